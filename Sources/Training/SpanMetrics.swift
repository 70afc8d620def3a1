import Foundation

/// Precision, recall and F1 of chunks (spans) of one type, or of all types together, with
/// the counts they come from.
public struct SpanScore: Codable, Sendable, Equatable {
    public var precision: Double
    public var recall: Double
    public var f1: Double
    /// Chunks in the gold tags.
    public var gold: Int
    /// Chunks in the predicted tags.
    public var predicted: Int
    /// Predicted chunks equal to a gold chunk: same first token, same last token, same type.
    public var correct: Int

    /// Derives the rates from the counts (0 where a denominator is 0, as conlleval does).
    public init(gold: Int, predicted: Int, correct: Int) {
        self.gold = gold
        self.predicted = predicted
        self.correct = correct
        precision = predicted > 0 ? Double(correct) / Double(predicted) : 0
        recall = gold > 0 ? Double(correct) / Double(gold) : 0
        f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }
}

/// Span-level scores of chunking or named-entity tags, computed exactly as the CoNLL-2000
/// `conlleval` script computes them, as fractions in [0, 1] (conlleval prints percentages).
///
/// A tag is split at its first hyphen into a prefix and a type (`B-PER` → `B`, `PER`;
/// `B-I-X` → `B`, `I-X`); a tag without a hyphen has an empty type (`O` → `O`, ``). A chunk
/// starts and ends between two tokens according to conlleval's rules:
/// - a chunk ends after `prev` when `prev` is `B` or `I` and the tag is `B`, `S` or `O`; or
///   `prev` is `E` or `S` and the tag is one of `B I E S O`; or `prev` is neither `O` nor
///   `.` and the type changes;
/// - a chunk starts at a tag `B` after `B I E S O`; at `S` always; at `I` or `E` after
///   `O`, `E` or `S` (so an ill-formed `I-X` after `O` starts a chunk, as does `I-X` after
///   `E-X`); and at any tag other than `O` and `.` whose type differs from the previous one
///   (so `I-X` after `B-Y` starts an `X` chunk).
///
/// conlleval itself knows `B I E O` (BIO, IOB1 and the IOE schemes); the rules for `S`
/// (and `E` followed by `B`) are the usual BIOES extension, and they change nothing for a
/// tag set without `S` tags. conlleval's `[`/`]` tags and its `-r` (raw) mode are not
/// supported: `[` and `]` are ordinary tags here.
///
/// A predicted chunk is correct when a gold chunk starts at the same token, both end at the
/// same token and they have the same type. Sentences are separated as in conlleval's input
/// by a boundary that counts as an `O` token for both sequences and not as a token, so a
/// chunk of a span scheme never crosses a sentence boundary. Token accuracy counts tokens
/// whose predicted tag equals the gold tag.
///
/// The JSON form has the keys `tokens`, `correct_tags`, `accuracy`, `precision`, `recall`,
/// `f1`, `gold_chunks`, `predicted_chunks`, `correct_chunks` and `per_type` (type →
/// `{precision, recall, f1, gold, predicted, correct}`, every type found in gold or
/// predictions).
public struct SpanMetrics: Codable, Sendable, Equatable {
    /// Tokens scored (sentence boundaries are not tokens).
    public var tokens: Int
    /// Tokens whose predicted tag equals the gold tag.
    public var correctTags: Int
    /// conlleval's "accuracy": `correctTags / tokens`, 0 without tokens.
    public var accuracy: Double
    public var precision: Double
    public var recall: Double
    public var f1: Double
    public var goldChunks: Int
    public var predictedChunks: Int
    public var correctChunks: Int
    /// Scores per chunk type, for every type with a chunk in gold or predictions.
    public var perType: [String: SpanScore]

    enum CodingKeys: String, CodingKey {
        case tokens, accuracy, precision, recall, f1
        case correctTags = "correct_tags", goldChunks = "gold_chunks", predictedChunks = "predicted_chunks"
        case correctChunks = "correct_chunks", perType = "per_type"
    }

    /// All types together, as one `SpanScore`.
    public var overall: SpanScore { SpanScore(gold: goldChunks, predicted: predictedChunks, correct: correctChunks) }

    /// Whether `tags` is a span scheme: every tag is `O` or a prefix `B`, `I`, `E` or `S`,
    /// a hyphen and a non-empty type (`B-PER`, `I-NP`, `S-LOC`), and at least one tag is not
    /// `O`. This covers BIO (IOB2), IOB1, IOE and BIOES; part-of-speech tag sets are not span
    /// schemes (`NOUN`, `NN` and `-LRB-` all fail the rule).
    public static func isSpanScheme<S: Sequence<String>>(_ tags: S) -> Bool {
        var sawChunkTag = false
        for tag in tags {
            if tag == "O" { continue }
            let t = ChunkTag(tag)
            guard ["B", "I", "E", "S"].contains(t.prefix), tag.contains("-"), !t.type.isEmpty else { return false }
            sawChunkTag = true
        }
        return sawChunkTag
    }

    /// Scores predicted tags against gold tags, given as strings per sentence.
    /// The two nested arrays must have the same shape (a precondition).
    public init(gold: [[String]], predicted: [[String]]) {
        precondition(gold.count == predicted.count, "SpanMetrics: \(gold.count) gold sentences, \(predicted.count) predicted")
        var counter = ChunkCounter()
        for (s, (g, p)) in zip(gold, predicted).enumerated() {
            precondition(g.count == p.count, "SpanMetrics: sentence \(s) lengths differ")
            counter.sentence(g.map(ChunkTag.init), p.map(ChunkTag.init))
        }
        self.init(counter.finished())
    }

    /// Scores predicted tag ids against gold tag ids (`tags` names them in id order).
    /// The two nested arrays must have the same shape and ids must be in `0..<tags.count`.
    public init(gold: [[Int]], predicted: [[Int]], tags: [String]) {
        var counts = SpanCounts(tags: tags)
        counts.add(gold: gold, predicted: predicted)
        self = counts.metrics
    }

    fileprivate init(_ c: ChunkCounter) {
        tokens = c.tokens
        correctTags = c.correctTags
        accuracy = c.tokens > 0 ? Double(c.correctTags) / Double(c.tokens) : 0
        let overall = SpanScore(gold: c.gold.values.reduce(0, +), predicted: c.predicted.values.reduce(0, +),
                                correct: c.correct.values.reduce(0, +))
        precision = overall.precision
        recall = overall.recall
        f1 = overall.f1
        goldChunks = overall.gold
        predictedChunks = overall.predicted
        correctChunks = overall.correct
        let types = Set(c.gold.keys).union(c.predicted.keys)
        perType = Dictionary(uniqueKeysWithValues: types.map { type in
            (type, SpanScore(gold: c.gold[type, default: 0], predicted: c.predicted[type, default: 0],
                             correct: c.correct[type, default: 0]))
        })
    }

    /// A plain-text report: the chunk counts, overall precision/recall/F1 and token accuracy,
    /// then a table per type (types sorted, as conlleval sorts them).
    public func report() -> String {
        var lines = [
            "spans         \(thousands(tokens)) tokens with \(thousands(goldChunks)) chunks; found \(thousands(predictedChunks)); correct \(thousands(correctChunks))",
            "span F1       " + String(format: "%.4f  (precision %.4f, recall %.4f; conlleval token accuracy %.2f%%)",
                                      f1, precision, recall, 100 * accuracy),
        ]
        let rows = perType.keys.sorted().map { ($0.isEmpty ? "(none)" : $0, perType[$0]!) } + [("overall", overall)]
        let width = max(7, rows.map(\.0.count).max() ?? 0)
        let counts = max(5, thousands(max(goldChunks, predictedChunks)).count)
        func pad(_ s: String, _ w: Int, left: Bool = false) -> String {
            let fill = String(repeating: " ", count: max(0, w - s.count))
            return left ? s + fill : fill + s
        }
        lines.append("")
        lines.append(pad("type", width, left: true) + "  precision  recall      f1  " + pad("gold", counts) + "  "
                     + pad("found", counts) + "  " + pad("correct", max(7, counts)))
        for (i, (type, s)) in rows.enumerated() {
            if i == rows.count - 1 { lines.append("") }
            lines.append(pad(type, width, left: true) + "  " + pad(String(format: "%.4f", s.precision), 9)
                         + "  " + pad(String(format: "%.4f", s.recall), 6) + "  " + pad(String(format: "%.4f", s.f1), 6)
                         + "  " + pad(thousands(s.gold), counts) + "  " + pad(thousands(s.predicted), counts)
                         + "  " + pad(thousands(s.correct), max(7, counts)))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// conlleval's counts over a corpus given a block of sentences at a time, for scoring a
/// corpus too big to hold: `metrics` after adding blocks in corpus order is
/// `SpanMetrics(gold:predicted:tags:)` of all of them at once. The counting state is carried
/// from one block to the next, so a block boundary is an ordinary sentence boundary.
public struct SpanCounts: Sendable {
    private let parsed: [ChunkTag]
    private var counter = ChunkCounter()

    /// No sentences yet; `tags` names the tag ids in id order.
    public init(tags: [String]) {
        parsed = tags.map(ChunkTag.init)
    }

    /// Counts more sentences of tag ids (same shapes, ids in `0..<tags.count`: preconditions).
    public mutating func add(gold: [[Int]], predicted: [[Int]]) {
        precondition(gold.count == predicted.count, "SpanMetrics: \(gold.count) gold sentences, \(predicted.count) predicted")
        for (s, (g, p)) in zip(gold, predicted).enumerated() {
            precondition(g.count == p.count, "SpanMetrics: sentence \(s) lengths differ")
            counter.sentence(g.map { parsed[$0] }, p.map { parsed[$0] })
        }
    }

    /// The scores of every sentence added so far.
    public var metrics: SpanMetrics {
        var c = counter
        return SpanMetrics(c.finished())
    }
}

/// A tag split as conlleval splits it: before the first hyphen, and after it.
struct ChunkTag: Equatable {
    var prefix: Substring
    var type: Substring

    static let outside = ChunkTag("O")

    init(_ tag: String) {
        if let hyphen = tag.firstIndex(of: "-") {
            prefix = tag[..<hyphen]
            type = tag[tag.index(after: hyphen)...]
        } else {
            prefix = tag[...]
            type = ""
        }
    }

    /// Whether a chunk ends between `previous` and `self` (conlleval's endOfChunk, with S).
    func endsChunk(after previous: ChunkTag) -> Bool {
        switch (previous.prefix, prefix) {
        case ("B", "B"), ("B", "S"), ("B", "O"), ("I", "B"), ("I", "S"), ("I", "O"): return true
        case ("E", "B"), ("E", "I"), ("E", "E"), ("E", "S"), ("E", "O"): return true
        case ("S", "B"), ("S", "I"), ("S", "E"), ("S", "S"), ("S", "O"): return true
        default: return previous.prefix != "O" && previous.prefix != "." && previous.type != type
        }
    }

    /// Whether a chunk starts at `self` after `previous` (conlleval's startOfChunk, with S).
    func startsChunk(after previous: ChunkTag) -> Bool {
        switch (previous.prefix, prefix) {
        case ("B", "B"), ("I", "B"), ("O", "B"), ("E", "B"), ("S", "B"): return true
        case (_, "S"): return true
        case ("O", "I"), ("E", "I"), ("S", "I"), ("O", "E"), ("E", "E"), ("S", "E"): return true
        default: return prefix != "O" && prefix != "." && previous.type != type
        }
    }
}

/// conlleval's counting loop: one pass over gold and predicted tags together, a boundary
/// (`O` for both, not a token) after every sentence.
private struct ChunkCounter {
    var tokens = 0, correctTags = 0
    var gold: [String: Int] = [:], predicted: [String: Int] = [:], correct: [String: Int] = [:]
    private var lastGold = ChunkTag.outside, lastPredicted = ChunkTag.outside
    /// Whether the chunks now open in gold and prediction started together with the same type.
    private var inCorrect = false

    mutating func sentence(_ g: [ChunkTag], _ p: [ChunkTag]) {
        for (gt, pt) in zip(g, p) { step(gt, pt, isToken: true) }
        step(.outside, .outside, isToken: false)
    }

    private mutating func step(_ g: ChunkTag, _ p: ChunkTag, isToken: Bool) {
        if inCorrect {
            let goldEnds = g.endsChunk(after: lastGold), predictedEnds = p.endsChunk(after: lastPredicted)
            if goldEnds && predictedEnds && lastPredicted.type == lastGold.type {
                inCorrect = false
                correct[String(lastGold.type), default: 0] += 1
            } else if goldEnds != predictedEnds || g.type != p.type {
                inCorrect = false
            }
        }
        let goldStarts = g.startsChunk(after: lastGold), predictedStarts = p.startsChunk(after: lastPredicted)
        if goldStarts && predictedStarts && g.type == p.type { inCorrect = true }
        if goldStarts { gold[String(g.type), default: 0] += 1 }
        if predictedStarts { predicted[String(p.type), default: 0] += 1 }
        if isToken {
            tokens += 1
            if g == p { correctTags += 1 }
        }
        lastGold = g
        lastPredicted = p
    }

    /// The counts, with a chunk still open at the end of the input closed as conlleval does.
    mutating func finished() -> ChunkCounter {
        if inCorrect {
            correct[String(lastGold.type), default: 0] += 1
            inCorrect = false
        }
        return self
    }
}
