import Dispatch
import Model
import Numerics

/// Data-parallel forward and backward for models that leave a core idle: a one-direction
/// RNN runs its recurrence on one core (a bidirectional one already runs a direction on
/// each). The batch's sentences are split into two halves of about equal tokens; the
/// tagger and a replica over the same weights each run one half at once; then the
/// replica's gradient is added into the tagger's, each weighted by its share of the tokens,
/// which gives the gradient of the whole batch's mean loss (up to rounding) in a fixed
/// order, so runs stay reproducible.
///
/// The embedding gradient is sparse: only the rows of the batch's words are non-zero. The
/// replica keeps its gradients zero between batches, and only its touched rows (and the
/// other, small tensors) are added and cleared, so the cost does not grow with the
/// vocabulary.
final class BatchWorkers {
    let tagger: Tagger
    let replica: Tagger
    /// The last batch split: its two halves (indices into the batch) and their layouts.
    private(set) var halves: [[Int]] = []
    private let embedding: Parameter?
    private let denseTensors: [Parameter]

    init(tagger: Tagger, replicaSeed: UInt64) {
        self.tagger = tagger
        replica = tagger.replica(seed: replicaSeed)
        embedding = tagger.parameters["embedding.weight"]
        denseTensors = tagger.parameters.parameters.filter { $0.name != "embedding.weight" }
    }

    /// Splits sentences (by length) into two halves of about equal tokens: longest first,
    /// each to the half with fewer tokens so far (the first on ties).
    static func split(lengths: [Int]) -> [[Int]] {
        let order = lengths.indices.sorted { lengths[$0] > lengths[$1] || (lengths[$0] == lengths[$1] && $0 < $1) }
        var halves: [[Int]] = [[], []], tokens = [0, 0]
        for i in order {
            let h = tokens[1] < tokens[0] ? 1 : 0
            halves[h].append(i)
            tokens[h] += lengths[i]
        }
        return halves.map { $0.sorted() }
    }

    /// Forward and backward of `batch` over both workers; the tagger's gradients then hold
    /// the whole batch's. The tagger's gradients must be zero. Returns the mean loss per
    /// token (maybe not finite: the caller checks).
    /// - Throws: `BatchError` from either half.
    func forwardBackward(_ batch: EncodedCorpus) throws -> Double {
        let lengths = batch.words.map(\.count)
        halves = Self.split(lengths: lengths)
        let parts = halves.map { batch.batch($0) }
        let outcomes = onBothCores { k -> Double in
            let worker = k == 0 ? tagger : replica, part = parts[k]
            let loss = try worker.forward(words: part.words, chars: part.chars, tags: part.tags, training: true)!
            if loss.isFinite { worker.backward() }
            return loss
        }
        let losses = outcomes.map { (try? $0.get()) ?? .nan }
        let n = parts.map(\.tokenCount), total = Double(n[0] + n[1])
        let loss = (losses[0] * Double(n[0]) + losses[1] * Double(n[1])) / total
        guard loss.isFinite else {
            // Rare (a bad batch or an error): keep the replica's gradients zero the simple way.
            replica.parameters.zeroGradients()
            for outcome in outcomes { _ = try outcome.get() }
            return loss
        }
        combine(weights: (Float(Double(n[0]) / total), Float(Double(n[1]) / total)),
                rows: parts.map { Set($0.words.joined()) })
        return loss
    }

    /// gradient = a·gradient + b·replica's, then the replica's cleared, touching only the
    /// embedding rows of each half's words.
    private func combine(weights: (a: Float, b: Float), rows: [Set<Int>]) {
        let p = tagger.parameters, q = replica.parameters
        let g = p.gradients.pointer, h = q.gradients.pointer
        let (a, b) = weights
        for t in denseTensors {
            for i in t.offset..<(t.offset + t.count) {
                g[i] = a * g[i] + b * h[i]
                h[i] = 0
            }
        }
        guard let embedding else { return }
        let width = embedding.shape[1]
        for row in rows[0] {
            let r = g + embedding.offset + row * width
            for j in 0..<width { r[j] *= a }
        }
        for row in rows[1] {
            let r = g + embedding.offset + row * width, s = h + embedding.offset + row * width
            for j in 0..<width {
                r[j] += b * s[j]
                s[j] = 0
            }
        }
    }

    /// The predicted tags of the last batch's forward (dropout on), in the batch's order.
    func predictedTags() -> [[Int]] {
        var out = [[Int]](repeating: [], count: halves.reduce(0) { $0 + $1.count })
        for (worker, half) in zip([tagger, replica], halves) {
            for (i, tags) in zip(half, worker.predictedTags()) { out[i] = tags }
        }
        return out
    }
}

/// Inference on both cores for one-direction models: each batch is split into halves of
/// about equal tokens that run at once on the tagger and a replica over the same weights.
/// A bidirectional model, whose two directions already take the two cores, runs whole.
///
/// Layer 0's input projections are looked up in an `InputTable` of the weights as they
/// were when the predictor was made or last `refresh()`ed: refresh after they change.
public final class Predictor {
    public let tagger: Tagger
    let replica: Tagger?
    private var table: InputTable?
    /// Batches of fewer sentences run whole (splitting costs more than it saves).
    static let minimumSplit = 8

    /// - Parameters:
    ///   - replica: a replica of `tagger` to reuse (a trainer's); made when nil.
    ///   - parallel: false keeps every batch whole, on one core.
    public init(_ tagger: Tagger, replica: Tagger? = nil, parallel: Bool = true) {
        self.tagger = tagger
        self.replica = parallel && tagger.config.directions == 1 ? (replica ?? tagger.replica(seed: 0)) : nil
        refresh()
    }

    /// Takes the tagger's current weights (after training steps, a load).
    public func refresh() {
        table = nil  // the old one's memory first
        table = tagger.makeInputTable()
    }

    /// The forward pass of a batch with dropout off: the mean loss per real token when
    /// `tags` are given, and the most probable tags (Viterbi's with a CRF), in the batch's
    /// order. `chars` as in `Tagger.forward`.
    /// - Throws: `BatchError`.
    public func run(words: [[Int]], chars: [[[Int]]]? = nil, tags: [[Int]]? = nil) throws
        -> (loss: Double?, predictions: [[Int]]) {
        guard let replica, words.count >= Self.minimumSplit else {
            let loss = try tagger.infer(words: words, chars: chars, tags: tags, table: table)
            return (loss, tagger.predictedTags())
        }
        let halves = BatchWorkers.split(lengths: words.map(\.count))
        let results = try onBothCores { k -> (loss: Double?, predictions: [[Int]]) in
            let worker = k == 0 ? tagger : replica, half = halves[k]
            let loss = try worker.infer(words: half.map { words[$0] }, chars: chars.map { c in half.map { c[$0] } },
                                        tags: tags.map { t in half.map { t[$0] } }, table: table)
            return (loss, worker.predictedTags())
        }.map { try $0.get() }
        var predictions = [[Int]](repeating: [], count: words.count)
        var lossSum = 0.0, tokens = 0
        for (half, result) in zip(halves, results) {
            for (i, p) in zip(half, result.predictions) { predictions[i] = p }
            let n = half.reduce(0) { $0 + words[$1].count }
            lossSum += (result.loss ?? 0) * Double(n)
            tokens += n
        }
        return (tags == nil ? nil : lossSum / Double(tokens), predictions)
    }
}

/// Runs `body(0)` and `body(1)` at once, one per core, and returns their outcomes in that
/// order. The two calls must touch disjoint state (each its own tagger).
private func onBothCores<T>(_ body: (Int) throws -> T) -> [Result<T, Error>] {
    var outcomes: [Result<T, Error>?] = [nil, nil]
    outcomes.withUnsafeMutableBufferPointer { out in
        withoutActuallyEscaping(body) { body in
            let work = UncheckedSendable((body, out.baseAddress!))
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                work.value.1[k] = Result { try work.value.0(k) }
            }
        }
    }
    return outcomes.map { $0! }
}
