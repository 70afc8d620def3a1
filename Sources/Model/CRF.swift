import Numerics

/// A linear-chain conditional random field over the tag scores of a packed batch: the
/// `crf` decoder. It scores whole tag sequences, so it learns which tag may follow which.
///
/// Parameters (K tags), named and ordered as the pytorch-crf package's `CRF` module:
/// - `crf.start_transitions` [K]: score of a sentence starting with tag j,
/// - `crf.end_transitions` [K]: score of a sentence ending with tag j,
/// - `crf.transitions` [K, K]: `[i, j]` is the score of tag i followed by tag j.
///
/// For a sentence of n tokens with emission scores e [n, K] (the output layer's logits),
/// a tag sequence y scores
/// `start[y_0] + Σ_t e[t, y_t] + Σ_{t≥1} transitions[y_{t-1}, y_t] + end[y_{n-1}]`, and
/// `p(y | sentence) = exp(score(y)) / Z` with Z the sum over all K^n sequences.
///
/// Everything runs on the packed layout (`PackedLayout`): the recursions at timestep t visit
/// rows `offsets[t] ..< offsets[t] + batchSizes[t]` only, and the row of sorted sentence s at
/// t - 1 is `offsets[t-1] + s` (sentences are sorted longest first), so padding never enters.
/// Buffers (N packed tokens, K tags, B sentences), sized for the largest batch and reused:
/// - `alpha` [N, K]: log of the summed scores of every prefix ending in tag j at that token
///   (its emission included),
/// - `beta` [N, K]: log of the summed scores of every suffix after tag i at that token
///   (`end` at a sentence's last token),
/// - `logZ` [B]: log partition of each sentence, in sorted order,
/// - `gold` [B]: score of each sentence's gold path, in sorted order,
/// - `best` [N, K] and `backpointers` [N, K]: Viterbi's best prefix scores and the previous
///   tag of each.
/// All log-sum-exps subtract their maximum first. Not thread-safe (the tagger owns one).
final class CRF {
    let startTransitions: Parameter
    let endTransitions: Parameter
    let transitions: Parameter
    let numTags: Int

    private let alpha = Buffer(count: 0), beta = Buffer(count: 0), logZ = Buffer(count: 0)
    private let best = Buffer(count: 0)
    private var backpointers: [Int32] = []
    private var gold: [Double] = []

    init(numTags: Int, parameters: ParameterSet) {
        self.numTags = numTags
        startTransitions = parameters.declare("crf.start_transitions", shape: [numTags])
        endTransitions = parameters.declare("crf.end_transitions", shape: [numTags])
        transitions = parameters.declare("crf.transitions", shape: [numTags, numTags])
    }

    var parameterList: [Parameter] { [startTransitions, endTransitions, transitions] }

    /// Whether sorted sentence s ends at timestep t (it is running at t).
    @inline(__always)
    private func isLast(_ layout: PackedLayout, t: Int, s: Int) -> Bool {
        t + 1 == layout.maxLength || s >= layout.batchSizes[t + 1]
    }

    // MARK: Forward algorithm and loss

    /// The forward algorithm: fills `alpha` [N, K] and `logZ` [B] from the emissions [N, K].
    func forwardScores(_ p: ParameterSet, _ layout: PackedLayout, emissions e: UnsafePointer<Float>) {
        let K = numTags, N = layout.tokenCount
        alpha.ensureCapacity(N * K); logZ.ensureCapacity(layout.batchCount)
        let a = alpha.pointer, start = p.value(startTransitions), end = p.value(endTransitions)
        let trans = UnsafePointer(p.value(transitions))
        for t in 0..<layout.maxLength {
            for s in 0..<layout.batchSizes[t] {
                let r = (layout.offsets[t] + s) * K
                if t == 0 {
                    for j in 0..<K { a[r + j] = start[j] + e[r + j] }
                } else {
                    let prev = UnsafePointer(a + (layout.offsets[t - 1] + s) * K)
                    for j in 0..<K { a[r + j] = e[r + j] + logSumExp(prev, trans + j, stride: K, K) }
                }
                if isLast(layout, t: t, s: s) {
                    logZ[s] = logSumExp(UnsafePointer(a + r), UnsafePointer(end), stride: 1, K)
                }
            }
        }
    }

    /// The mean negative log-likelihood of the gold paths per real token:
    /// `Σ_sentences (log Z − score(gold)) / N`, on the same per-token scale as the softmax
    /// loss. Runs the forward algorithm; `backward` may follow.
    /// - Parameter targets: [N] gold tag ids in packed order.
    func loss(_ p: ParameterSet, _ layout: PackedLayout, emissions e: UnsafePointer<Float>,
              targets: UnsafePointer<Int32>) -> Double {
        forwardScores(p, layout, emissions: e)
        goldScores(p, layout, emissions: e, targets: targets)
        var total: Double = 0
        for s in 0..<layout.batchCount { total += Double(logZ[s]) - gold[s] }
        return total / Double(layout.tokenCount)
    }

    /// Fills `gold` [B] (sorted order) with the score of each sentence's `targets` path.
    private func goldScores(_ p: ParameterSet, _ layout: PackedLayout, emissions e: UnsafePointer<Float>,
                            targets y: UnsafePointer<Int32>) {
        let K = numTags, start = p.value(startTransitions), end = p.value(endTransitions), trans = p.value(transitions)
        gold.removeAll(keepingCapacity: true)
        gold.append(contentsOf: repeatElement(0, count: layout.batchCount))
        for t in 0..<layout.maxLength {
            for s in 0..<layout.batchSizes[t] {
                let r = layout.offsets[t] + s, tag = Int(y[r])
                var score = Double(e[r * K + tag])
                if t == 0 {
                    score += Double(start[tag])
                } else {
                    score += Double(trans[Int(y[layout.offsets[t - 1] + s]) * K + tag])
                }
                if isLast(layout, t: t, s: s) { score += Double(end[tag]) }
                gold[s] += score
            }
        }
    }

    /// The log partition of each sentence of the last `forwardScores`/`loss`, caller order.
    func logPartitions(_ layout: PackedLayout) -> [Double] {
        layout.inverse.map { Double(logZ[$0]) }
    }

    /// The gold-path score of each sentence of the last `loss`, caller order.
    func goldPathScores(_ layout: PackedLayout) -> [Double] {
        layout.inverse.map { gold[$0] }
    }

    // MARK: Backward algorithm and gradients

    /// The backward algorithm: fills `beta` [N, K] from the emissions [N, K].
    private func backwardScores(_ p: ParameterSet, _ layout: PackedLayout, emissions e: UnsafePointer<Float>) {
        let K = numTags, N = layout.tokenCount
        beta.ensureCapacity(N * K)
        let b = beta.pointer, end = p.value(endTransitions), trans = UnsafePointer(p.value(transitions))
        for t in stride(from: layout.maxLength - 1, through: 0, by: -1) {
            for s in 0..<layout.batchSizes[t] {
                let r = (layout.offsets[t] + s) * K
                if isLast(layout, t: t, s: s) {
                    (b + r).update(from: end, count: K)
                    continue
                }
                // beta[r, i] = LSE_j (trans[i, j] + e[next, j] + beta[next, j])
                let next = (layout.offsets[t + 1] + s) * K
                for i in 0..<K {
                    let row = trans + i * K
                    var m = -Float.infinity
                    for j in 0..<K { m = max(m, row[j] + e[next + j] + b[next + j]) }
                    var sum: Float = 0
                    for j in 0..<K { sum += expf32(row[j] + e[next + j] + b[next + j] - m) }
                    b[r + i] = m + logf32(sum)
                }
            }
        }
    }

    /// Adds the gradient of the last `loss` into `dEmissions` [N, K] and the three CRF
    /// parameters' gradients, from the forward–backward marginals:
    /// d/de[t, j] = (p(y_t = j) − [gold_t = j]) / N, and likewise for the start and end
    /// scores (first and last tokens) and the transitions (pairwise marginals).
    /// Call `loss` with the same emissions and targets first.
    func backward(_ p: ParameterSet, _ layout: PackedLayout, emissions e: UnsafePointer<Float>,
                  targets y: UnsafePointer<Int32>, dEmissions: UnsafeMutablePointer<Float>) {
        backwardScores(p, layout, emissions: e)
        let K = numTags, g = 1 / Float(layout.tokenCount)
        let a = alpha.pointer, b = beta.pointer, trans = p.value(transitions)
        let dStart = p.gradient(startTransitions), dEnd = p.gradient(endTransitions), dTrans = p.gradient(transitions)
        for t in 0..<layout.maxLength {
            for s in 0..<layout.batchSizes[t] {
                let row = layout.offsets[t] + s, r = row * K, tag = Int(y[row]), z = logZ[s]
                let last = isLast(layout, t: t, s: s)
                for j in 0..<K {
                    let d = g * (expf32(a[r + j] + b[r + j] - z) - (j == tag ? 1 : 0))
                    dEmissions[r + j] += d
                    if t == 0 { dStart[j] += d }
                    if last { dEnd[j] += d }
                }
                guard t > 0 else { continue }
                // p(y_{t-1} = i, y_t = j) = exp(alpha[prev, i] + trans[i, j] + e[t, j] + beta[t, j] − log Z)
                let prevRow = layout.offsets[t - 1] + s, prev = prevRow * K
                for i in 0..<K {
                    let ai = a[prev + i] - z
                    for j in 0..<K {
                        dTrans[i * K + j] += g * expf32(ai + trans[i * K + j] + e[r + j] + b[r + j])
                    }
                }
                dTrans[Int(y[prevRow]) * K + tag] -= g
            }
        }
    }

    /// Writes the log posterior marginals `log p(y_t = j | sentence)` [N, K] into `out`
    /// (packed order): forward and backward algorithms, `alpha + beta − log Z`.
    func logMarginals(_ p: ParameterSet, _ layout: PackedLayout, emissions e: UnsafePointer<Float>,
                      out: UnsafeMutablePointer<Float>) {
        forwardScores(p, layout, emissions: e)
        backwardScores(p, layout, emissions: e)
        let K = numTags
        for t in 0..<layout.maxLength {
            for s in 0..<layout.batchSizes[t] {
                let r = (layout.offsets[t] + s) * K, z = logZ[s]
                for j in 0..<K { out[r + j] = alpha[r + j] + beta[r + j] - z }
            }
        }
    }

    // MARK: Viterbi

    /// The highest-scoring tag sequence of every sentence, in the caller's order (Viterbi).
    /// Ties go to the lowest tag id, both for the last tag and for each predecessor.
    func decode(_ p: ParameterSet, _ layout: PackedLayout, emissions e: UnsafePointer<Float>) -> [[Int]] {
        let K = numTags, N = layout.tokenCount
        best.ensureCapacity(N * K)
        backpointers.removeAll(keepingCapacity: true)
        backpointers.append(contentsOf: repeatElement(0, count: N * K))
        let v = best.pointer, start = p.value(startTransitions), end = p.value(endTransitions), trans = p.value(transitions)
        var paths = layout.lengths.map { [Int](repeating: 0, count: $0) }
        backpointers.withUnsafeMutableBufferPointer { bp in
            for t in 0..<layout.maxLength {
                for s in 0..<layout.batchSizes[t] {
                    let r = (layout.offsets[t] + s) * K
                    if t == 0 {
                        for j in 0..<K { v[r + j] = start[j] + e[r + j] }
                    } else {
                        let prev = (layout.offsets[t - 1] + s) * K
                        for j in 0..<K {
                            var arg = 0, top = v[prev] + trans[j]
                            for i in 1..<K where v[prev + i] + trans[i * K + j] > top {
                                arg = i; top = v[prev + i] + trans[i * K + j]
                            }
                            v[r + j] = top + e[r + j]
                            bp[r + j] = Int32(arg)
                        }
                    }
                    guard isLast(layout, t: t, s: s) else { continue }
                    var tag = 0
                    for j in 1..<K where v[r + j] + end[j] > v[r + tag] + end[tag] { tag = j }
                    let i = layout.order[s]
                    paths[i][t] = tag
                    for u in stride(from: t, to: 0, by: -1) {
                        tag = Int(bp[(layout.offsets[u] + s) * K + tag])
                        paths[i][u - 1] = tag
                    }
                }
            }
        }
        return paths
    }
}

/// `log Σ_i exp(x[i] + y[i·stride])` over i in 0..<k, its maximum subtracted first.
@inline(__always)
private func logSumExp(_ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, stride: Int, _ k: Int) -> Float {
    var m = -Float.infinity
    for i in 0..<k { m = max(m, x[i] + y[i * stride]) }
    var sum: Float = 0
    for i in 0..<k { sum += expf32(x[i] + y[i * stride] - m) }
    return m + logf32(sum)
}
