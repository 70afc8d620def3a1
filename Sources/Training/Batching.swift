import Numerics

/// Sentences as ids, ready for the model: `words[i]` and `tags[i]` have equal lengths.
///
/// `chars[i][t]`, when present, lists the character ids of word t of sentence i (for a
/// model with character features).
public struct EncodedCorpus: Sendable {
    public var words: [[Int]]
    public var tags: [[Int]]
    public var chars: [[[Int]]]?
    /// The tag names in id order (`Vocabulary.tags`), when known: evaluation scores spans
    /// when they are a span scheme (`SpanMetrics.isSpanScheme`).
    public var tagNames: [String]?

    public init(words: [[Int]], tags: [[Int]], chars: [[[Int]]]? = nil, tagNames: [String]? = nil) {
        precondition(words.count == tags.count && (chars?.count ?? words.count) == words.count)
        self.words = words
        self.tags = tags
        self.chars = chars
        self.tagNames = tagNames
    }

    public var count: Int { words.count }
    public var tokenCount: Int { words.reduce(0) { $0 + $1.count } }

    /// The sentences at `indices` (one mini-batch), in that order.
    public func batch(_ indices: [Int]) -> EncodedCorpus {
        EncodedCorpus(words: indices.map { words[$0] }, tags: indices.map { tags[$0] },
                      chars: chars.map { all in indices.map { all[$0] } }, tagNames: tagNames)
    }
}

/// Splits sentence indices into mini-batches of similar length, in a shuffled order.
///
/// Sentences are shuffled, then sorted by length inside pools of `poolBatches` batches, cut
/// into batches and the batches shuffled: padding stays small (similar lengths together)
/// while every epoch sees a different mix. The same generator state gives the same batches.
public func bucketedBatches(lengths: [Int], batchSize: Int, poolBatches: Int = 50,
                            rng: inout Xoshiro256) -> [[Int]] {
    precondition(batchSize > 0)
    var indices = Array(lengths.indices)
    indices.shuffle(using: &rng)
    var batches: [[Int]] = []
    let pool = batchSize * poolBatches
    var start = 0
    while start < indices.count {
        let end = min(start + pool, indices.count)
        let chunk = indices[start..<end].sorted { lengths[$0] != lengths[$1] ? lengths[$0] > lengths[$1] : $0 < $1 }
        var b = 0
        while b < chunk.count {
            batches.append(Array(chunk[b..<min(b + batchSize, chunk.count)]))
            b += batchSize
        }
        start = end
    }
    batches.shuffle(using: &rng)
    return batches
}

/// Consecutive batches in corpus order (evaluation: no shuffling needed).
public func sequentialBatches(count: Int, batchSize: Int) -> [[Int]] {
    stride(from: 0, to: count, by: batchSize).map { Array($0..<min($0 + batchSize, count)) }
}
