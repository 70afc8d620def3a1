/// Why a batch cannot be built.
public enum BatchError: Error, Equatable, CustomStringConvertible {
    case emptyBatch
    case emptySentence(index: Int)
    case lengthMismatch(index: Int, words: Int, tags: Int)
    case idOutOfRange(index: Int, position: Int, id: Int, limit: Int)
    /// The model has character features and the batch came without characters.
    case missingChars
    /// `chars` holds a different number of sentences than `words`.
    case charSentencesMismatch(words: Int, chars: Int)
    /// Sentence `index` has a different number of character lists than words.
    case charWordsMismatch(index: Int, words: Int, chars: Int)
    case emptyWord(index: Int, position: Int)
    case charOutOfRange(index: Int, position: Int, char: Int, id: Int, limit: Int)

    public var description: String {
        switch self {
        case .emptyBatch: "a batch needs at least one sentence"
        case .emptySentence(let i): "sentence \(i) of the batch is empty; every sentence needs at least one token"
        case .lengthMismatch(let i, let w, let t): "sentence \(i) has \(w) words but \(t) tags"
        case .idOutOfRange(let i, let p, let id, let limit):
            "sentence \(i), token \(p): id \(id) is outside 0..<\(limit)"
        case .missingChars: "this model has character features: pass the character ids of every word (chars:)"
        case .charSentencesMismatch(let w, let c): "the batch has \(w) sentences but character lists for \(c)"
        case .charWordsMismatch(let i, let w, let c): "sentence \(i) has \(w) words but \(c) character lists"
        case .emptyWord(let i, let p): "sentence \(i), token \(p): the word has no characters"
        case .charOutOfRange(let i, let p, let k, let id, let limit):
            "sentence \(i), token \(p), character \(k): id \(id) is outside 0..<\(limit)"
        }
    }
}

/// The layout of one variable-length mini-batch, exactly as PyTorch's
/// `pack_padded_sequence(..., enforce_sorted=False)` builds it.
///
/// Sentences are sorted by length, longest first (stable: ties keep the caller's order).
/// The packed data is time-major and holds real tokens only: timestep t occupies rows
/// `offsets[t] ..< offsets[t] + batchSizes[t]`, one row per sentence still running, in
/// sorted order. So the RNN at step t sees exactly `batchSizes[t]` rows and no padding
/// token ever enters the recurrence. `N = tokenCount` rows in all.
public struct PackedLayout: Sendable, Equatable {
    /// Lengths in the caller's order.
    public let lengths: [Int]
    /// `order[s]` = caller index of the sentence at sorted position s.
    public let order: [Int]
    /// `inverse[i]` = sorted position of the caller's sentence i.
    public let inverse: [Int]
    /// `batchSizes[t]` = number of sentences longer than t (non-increasing; T entries).
    public let batchSizes: [Int]
    /// `offsets[t]` = first packed row of timestep t; `offsets[T]` = N (T + 1 entries).
    public let offsets: [Int]

    /// Builds the layout for sentences of these lengths (caller order).
    /// - Throws: `BatchError` for an empty batch or an empty sentence.
    public init(lengths: [Int]) throws {
        guard !lengths.isEmpty else { throw BatchError.emptyBatch }
        if let i = lengths.firstIndex(where: { $0 <= 0 }) { throw BatchError.emptySentence(index: i) }
        self.lengths = lengths
        // Stable: equal lengths keep ascending caller index.
        order = lengths.indices.sorted { a, b in
            lengths[a] != lengths[b] ? lengths[a] > lengths[b] : a < b
        }
        var inv = [Int](repeating: 0, count: lengths.count)
        for (s, i) in order.enumerated() { inv[i] = s }
        inverse = inv
        let maxLength = lengths[order[0]]
        var sizes = [Int](repeating: 0, count: maxLength)
        for length in lengths { for t in 0..<length { sizes[t] += 1 } }
        batchSizes = sizes
        var offs = [0]
        offs.reserveCapacity(maxLength + 1)
        for size in sizes { offs.append(offs.last! + size) }
        offsets = offs
    }

    /// B: sentences in the batch.
    public var batchCount: Int { lengths.count }
    /// T: the longest length (the padded width).
    public var maxLength: Int { batchSizes.count }
    /// N: real tokens in the batch (the packed rows).
    public var tokenCount: Int { offsets[batchSizes.count] }
    /// Length of the sentence at sorted position s.
    public func sortedLength(_ s: Int) -> Int { lengths[order[s]] }
    /// Share of the padded B×T grid that is padding, in [0, 1).
    public var paddingFraction: Double {
        1 - Double(tokenCount) / Double(batchCount * maxLength)
    }

    /// Packed row of token t of the caller's sentence i (t < lengths[i]).
    @inline(__always)
    public func row(sentence i: Int, position t: Int) -> Int { offsets[t] + inverse[i] }

    /// Packs per-sentence sequences (caller order) into time-major packed order.
    public func pack<Element>(_ sentences: [[Element]]) -> [Element] {
        precondition(sentences.count == batchCount)
        var out: [Element] = []
        out.reserveCapacity(tokenCount)
        for t in 0..<maxLength {
            for s in 0..<batchSizes[t] { out.append(sentences[order[s]][t]) }
        }
        return out
    }

    /// Unpacks packed rows back to per-sentence sequences in the caller's order.
    public func unpack<Element>(_ packed: [Element]) -> [[Element]] {
        precondition(packed.count == tokenCount)
        return lengths.indices.map { i in (0..<lengths[i]).map { t in packed[row(sentence: i, position: t)] } }
    }

    /// Unpacks a packed matrix [N, width] to the padded view [B, T, width] in the caller's
    /// order, zeros at padded positions (`pad_packed_sequence(batch_first=True)`).
    public func unpackPadded(_ packed: UnsafePointer<Float>, width: Int) -> [Float] {
        var out = [Float](repeating: 0, count: batchCount * maxLength * width)
        for i in 0..<batchCount {
            for t in 0..<lengths[i] {
                let src = packed + row(sentence: i, position: t) * width
                let dst = (i * maxLength + t) * width
                for j in 0..<width { out[dst + j] = src[j] }
            }
        }
        return out
    }

    /// The padded id grid [B][T] in sorted order (row s is caller sentence `order[s]`),
    /// with `padding` after each sentence's end: what the batch viewer draws.
    public func paddedSorted<Element>(_ sentences: [[Element]], padding: Element) -> [[Element]] {
        order.map { i in sentences[i] + Array(repeating: padding, count: maxLength - sentences[i].count) }
    }

    /// Mask [B][T] in the caller's order: true at real tokens.
    public var mask: [[Bool]] {
        lengths.map { n in (0..<maxLength).map { $0 < n } }
    }
}
