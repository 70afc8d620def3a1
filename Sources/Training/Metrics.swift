import Corpus
import Foundation

/// Precision, recall and F1 of one tag (or an average of them), with the tag's gold count.
public struct TagScore: Codable, Sendable, Equatable {
    public var precision: Double
    public var recall: Double
    public var f1: Double
    /// Tokens whose gold tag is this one (for an average: all tokens counted).
    public var support: Int

    public init(precision: Double, recall: Double, f1: Double, support: Int) {
        self.precision = precision
        self.recall = recall
        self.f1 = f1
        self.support = support
    }
}

/// Counts of gold tag (row) against predicted tag (column), over the whole tag set.
public struct ConfusionMatrix: Codable, Sendable, Equatable {
    /// The tag names in id order; row and column `i` are tag id `i`.
    public var tags: [String]
    /// `matrix[gold][predicted]`, K×K.
    public var matrix: [[Int]]

    /// One off-diagonal cell: how often `gold` was tagged as `predicted`.
    public struct Confusion: Sendable, Equatable {
        public var gold: String
        public var predicted: String
        public var count: Int
    }

    /// The off-diagonal cells with a non-zero count, most frequent first (ties in row-major
    /// order), at most `limit` of them.
    public func mostFrequentConfusions(limit: Int = 10) -> [Confusion] {
        var cells: [Confusion] = []
        for (g, row) in matrix.enumerated() {
            for (p, count) in row.enumerated() where g != p && count > 0 {
                cells.append(Confusion(gold: tags[g], predicted: tags[p], count: count))
            }
        }
        // A stable sort keeps row-major order among equal counts.
        return Array(cells.enumerated().sorted { a, b in
            a.element.count != b.element.count ? a.element.count > b.element.count : a.offset < b.offset
        }.map(\.element).prefix(limit))
    }
}

/// How well predicted tags match gold tags: accuracy overall and on words unknown to the
/// training vocabulary, per-tag precision/recall/F1, their averages and a confusion matrix.
///
/// Conventions (the usual ones, as scikit-learn's with `zero_division=0`):
/// - a tag that occurs neither in gold nor in the predictions is left out of `perTag` and of
///   the macro average: there is nothing to score, and a dev set that happens to lack a rare
///   tag should not lower the average; it keeps its (zero) row and column in `confusion`;
/// - a tag never predicted has precision 0, a tag never in gold has recall 0, and F1 is 0
///   when precision and recall are both 0;
/// - the micro average pools all tokens; since every token has exactly one gold and one
///   predicted tag, micro precision, recall and F1 all equal the accuracy;
/// - with no unknown tokens, `oovAccuracy` is nil (`null` in JSON), and with no tokens at
///   all, every rate is 0.
///
/// The JSON form (`jsonData()`) has the keys `accuracy`, `tokens`, `correct`, `loss` (null
/// unless set), `oov_accuracy`, `oov_tokens`, `oov_correct`, `per_tag` (tag → `{precision,
/// recall, f1, support}`), `macro`, `micro` and `confusion` (`{"tags": […], "matrix": [[…]]}`).
public struct TaggingMetrics: Codable, Sendable, Equatable {
    public var tokens: Int
    public var correct: Int
    /// Share of tokens tagged correctly, in [0, 1].
    public var accuracy: Double
    /// Tokens whose word is unknown to the training vocabulary (id `<unk>`).
    public var oovTokens: Int
    public var oovCorrect: Int
    /// Accuracy on the unknown words; nil when there are none.
    public var oovAccuracy: Double?
    /// Mean negative log-likelihood per token, when the caller has it (`Evaluation.loss`).
    public var loss: Double?
    /// Scores of every tag that occurs in gold or predictions.
    public var perTag: [String: TagScore]
    /// Unweighted mean over the tags in `perTag`; `support` is the token count.
    public var macro: TagScore
    /// Pooled over all tokens; equals the accuracy (see above).
    public var micro: TagScore
    public var confusion: ConfusionMatrix

    enum CodingKeys: String, CodingKey {
        case tokens, correct, accuracy, loss, macro, micro, confusion
        case oovTokens = "oov_tokens", oovCorrect = "oov_correct", oovAccuracy = "oov_accuracy"
        case perTag = "per_tag"
    }

    /// Scores `predicted` against `gold` (tag ids per sentence, in 0..<`tags.count`).
    ///
    /// - Parameters:
    ///   - unknown: per token, whether its word is unknown to the training vocabulary (see
    ///     `unknownWordFlags`); nil counts no token as unknown.
    ///   - tags: the tag names in id order (`Vocabulary.tags`).
    /// The three nested arrays must have the same shape (a precondition: a mismatch is a bug
    /// in the caller, not in the data).
    public init(gold: [[Int]], predicted: [[Int]], unknown: [[Bool]]? = nil, tags: [String]) {
        self.init(tags: tags)
        add(gold: gold, predicted: predicted, unknown: unknown)
    }

    /// No tokens yet over the tag set `tags` (names in id order): a start for `add`.
    public init(tags: [String]) {
        let K = tags.count
        self.init(confusion: ConfusionMatrix(tags: tags, matrix: [[Int]](repeating: [Int](repeating: 0, count: K), count: K)))
    }

    /// Adds more sentences to the scores, as if they had been scored together with the ones
    /// already counted: adding a corpus block by block gives the figures of the whole corpus.
    ///
    /// The arguments are those of `init(gold:predicted:unknown:tags:)` (same preconditions,
    /// tag ids in 0..<`confusion.tags.count`). `loss` is left as it is: a mean over tokens
    /// cannot be added up, so a caller sums the loss itself (`EvaluationTotals`) and sets it.
    public mutating func add(gold: [[Int]], predicted: [[Int]], unknown: [[Bool]]? = nil) {
        precondition(gold.count == predicted.count, "TaggingMetrics: \(gold.count) gold sentences, \(predicted.count) predicted")
        precondition(unknown == nil || unknown!.count == gold.count, "TaggingMetrics: \(unknown!.count) unknown-word sentences")
        let K = confusion.tags.count
        var matrix = confusion.matrix
        var oovTokens = oovTokens, oovCorrect = oovCorrect
        for (s, (goldTags, predictedTags)) in zip(gold, predicted).enumerated() {
            precondition(goldTags.count == predictedTags.count, "TaggingMetrics: sentence \(s) lengths differ")
            let flags = unknown?[s]
            precondition(flags == nil || flags!.count == goldTags.count, "TaggingMetrics: sentence \(s) unknown flags")
            for (t, (g, p)) in zip(goldTags, predictedTags).enumerated() {
                precondition((0..<K).contains(g) && (0..<K).contains(p), "TaggingMetrics: tag id outside 0..<\(K)")
                matrix[g][p] += 1
                if flags?[t] == true {
                    oovTokens += 1
                    if g == p { oovCorrect += 1 }
                }
            }
        }
        let loss = loss
        self = TaggingMetrics(confusion: ConfusionMatrix(tags: confusion.tags, matrix: matrix),
                              oovTokens: oovTokens, oovCorrect: oovCorrect)
        self.loss = loss
    }

    /// Derives every figure from a confusion matrix and the unknown-word counts.
    public init(confusion: ConfusionMatrix, oovTokens: Int = 0, oovCorrect: Int = 0) {
        let m = confusion.matrix, K = confusion.tags.count
        let goldCounts = m.map { $0.reduce(0, +) }
        let predictedCounts = (0..<K).map { p in m.reduce(0) { $0 + $1[p] } }
        tokens = goldCounts.reduce(0, +)
        correct = (0..<K).reduce(0) { $0 + m[$1][$1] }
        accuracy = ratio(correct, tokens)
        self.oovTokens = oovTokens
        self.oovCorrect = oovCorrect
        oovAccuracy = oovTokens > 0 ? ratio(oovCorrect, oovTokens) : nil
        // In tag order, so that the macro sums do not depend on dictionary order.
        let scored = (0..<K).filter { goldCounts[$0] > 0 || predictedCounts[$0] > 0 }.map { k in
            let precision = ratio(m[k][k], predictedCounts[k]), recall = ratio(m[k][k], goldCounts[k])
            return (confusion.tags[k], TagScore(precision: precision, recall: recall,
                                                f1: harmonicMean(precision, recall), support: goldCounts[k]))
        }
        perTag = Dictionary(scored, uniquingKeysWith: { first, _ in first })
        let n = Double(max(scored.count, 1))
        macro = TagScore(precision: scored.reduce(0) { $0 + $1.1.precision } / n,
                         recall: scored.reduce(0) { $0 + $1.1.recall } / n,
                         f1: scored.reduce(0) { $0 + $1.1.f1 } / n, support: tokens)
        micro = TagScore(precision: accuracy, recall: accuracy, f1: accuracy, support: tokens)
        self.confusion = confusion
    }

    /// For each token, whether `vocabulary` maps its word to `<unk>` (exact, then lowercased
    /// lookup, as the model does): the "unknown word" flags `init(gold:predicted:unknown:tags:)`
    /// takes.
    public static func unknownWordFlags(_ sentences: [[String]], vocabulary: Vocabulary) -> [[Bool]] {
        sentences.map { $0.map { vocabulary.wordID($0) == Vocabulary.unknown } }
    }

    // Written by hand so that `oov_accuracy` and `loss` appear as null rather than vanish.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(tokens, forKey: .tokens)
        try c.encode(correct, forKey: .correct)
        try c.encode(accuracy, forKey: .accuracy)
        try c.encode(oovTokens, forKey: .oovTokens)
        try c.encode(oovCorrect, forKey: .oovCorrect)
        try c.encode(oovAccuracy, forKey: .oovAccuracy)
        try c.encode(loss, forKey: .loss)
        try c.encode(perTag, forKey: .perTag)
        try c.encode(macro, forKey: .macro)
        try c.encode(micro, forKey: .micro)
        try c.encode(confusion, forKey: .confusion)
    }

    /// The JSON form with sorted keys (stable output for scripts and diffs).
    public func jsonData(pretty: Bool = false) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted] : [.sortedKeys]
        return try encoder.encode(self)
    }

    /// A plain-text report: accuracy lines, a per-tag table (tags in id order, then the macro
    /// and micro averages) and the `confusions` most frequent confusions.
    public func report(confusions: Int = 10) -> String {
        var lines = ["accuracy      \(percent(accuracy))  (\(thousands(correct)) of \(thousands(tokens)) tokens)"]
        if let oovAccuracy {
            lines.append("OOV accuracy  \(percent(oovAccuracy))  (\(thousands(oovCorrect)) of \(thousands(oovTokens)) tokens unknown to the training vocabulary)")
        } else {
            lines.append("OOV accuracy  -       (no tokens unknown to the training vocabulary)")
        }
        if let loss { lines.append("loss          \(String(format: "%.4f", loss)) per token") }
        let rows = confusion.tags.compactMap { tag in perTag[tag].map { (tag, $0) } } + [("macro avg", macro), ("micro avg", micro)]
        let width = max(9, rows.map(\.0.count).max() ?? 0)
        let supportWidth = max(7, thousands(tokens).count)
        func pad(_ s: String, _ w: Int, left: Bool = false) -> String {
            let fill = String(repeating: " ", count: max(0, w - s.count))
            return left ? s + fill : fill + s
        }
        lines.append("")
        lines.append(pad("tag", width, left: true) + "  precision  recall      f1  " + pad("support", supportWidth))
        for (i, (tag, score)) in rows.enumerated() {
            if i == rows.count - 2 { lines.append("") }
            lines.append(pad(tag, width, left: true) + "  " + pad(String(format: "%.4f", score.precision), 9)
                         + "  " + pad(String(format: "%.4f", score.recall), 6) + "  " + pad(String(format: "%.4f", score.f1), 6)
                         + "  " + pad(thousands(score.support), supportWidth))
        }
        let top = confusion.mostFrequentConfusions(limit: confusions)
        if !top.isEmpty {
            lines.append("")
            lines.append("most frequent confusions (gold → predicted):")
            let gw = top.map(\.gold.count).max()!, pw = top.map(\.predicted.count).max()!
            let cw = top.map { thousands($0.count).count }.max()!
            for c in top {
                lines.append("  " + pad(c.gold, gw, left: true) + " → " + pad(c.predicted, pw, left: true)
                             + "  " + pad(thousands(c.count), cw))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `a / b`, or 0 when `b` is 0.
private func ratio(_ a: Int, _ b: Int) -> Double { b > 0 ? Double(a) / Double(b) : 0 }

private func harmonicMean(_ a: Double, _ b: Double) -> Double { a + b > 0 ? 2 * a * b / (a + b) : 0 }

private func percent(_ x: Double) -> String { String(format: "%6.2f%%", 100 * x) }

/// A count with thousands separators, independent of the locale: 18231 → `18,231`.
public func thousands(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (i, ch) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(ch)
    }
    return n < 0 ? "-" + out : out
}
