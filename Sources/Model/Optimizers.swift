import Numerics

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which update rule a trainer uses.
public enum OptimizerKind: String, Codable, Sendable, CaseIterable {
    case sgd, adam, adamw
}

/// An update rule over a whole `ParameterSet`, treated as one flat vector.
///
/// Frozen tensors (`ParameterSet.frozen`) are skipped. The optimiser's state (moments,
/// step count) has the set's layout, so it can be saved and restored with it.
///
/// Lazy rows: with momentum or Adam, a row whose gradient is zero still moves at every
/// step, so a dense step reads and writes the whole embedding table for the few rows a
/// batch used. `step(_:touched:)` instead updates only the batch's rows of that tensor and
/// leaves the others behind, recording each step's learning rate; `settle` later brings a
/// row up to date by running its missed steps, one by one with a zero gradient, through
/// the same arithmetic: the values are bit for bit those of dense steps. Until then the
/// rows left behind are stale: settle the rows a forward pass reads (`settle(_:rows:)`)
/// and everything (`settle(_:)`) before the weights or moments are read as a whole.
public final class Optimizer: @unchecked Sendable {
    public let kind: OptimizerKind
    /// Learning rate; the trainer may change it between steps (decay, the workbench's keys).
    public var learningRate: Float
    public let momentum: Float
    public let beta1: Float, beta2: Float, epsilon: Float
    /// L2 penalty for SGD and Adam (added to the gradient); decoupled decay for AdamW.
    public let weightDecay: Float
    /// Steps taken so far (Adam's bias correction uses it).
    public private(set) var step = 0
    /// First moment (Adam, AdamW) or velocity (SGD with momentum), and the second moment
    /// (Adam, AdamW), in the parameter set's layout.
    private var first = Buffer(count: 0), second = Buffer(count: 0)
    /// The tensor whose rows may be behind, and the step each of its rows is current at.
    private var lazyTensor: Parameter?
    private var rowStep: [Int] = []
    /// The constants of every step (step s at index s - 1), for catching up.
    private var history: [StepConstants] = []

    public init(_ kind: OptimizerKind, learningRate: Float, momentum: Float = 0.9,
                beta1: Float = 0.9, beta2: Float = 0.999, epsilon: Float = 1e-8, weightDecay: Float? = nil) {
        self.kind = kind
        self.learningRate = learningRate
        self.momentum = momentum
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        // AdamW's usual default (as PyTorch's) is 0.01; the others default to none.
        self.weightDecay = weightDecay ?? (kind == .adamw ? 0.01 : 0)
    }

    /// The optimiser's state as arrays (to save it), empty before the first step.
    /// Settle first after lazy steps (see the type's notes).
    public var m: [Float] {
        precondition(isSettled, "Optimizer.m: rows are behind; call settle(_:) first")
        return first.toArray()
    }
    public var v: [Float] {
        precondition(isSettled, "Optimizer.v: rows are behind; call settle(_:) first")
        return second.toArray()
    }

    /// Whether no row is behind.
    public var isSettled: Bool { lazyTensor == nil }

    /// Applies one update from the gradients currently in `parameters.gradients`.
    /// - Parameter touched: when given, only these rows of its tensor can have a non-zero
    ///   gradient: they are updated and the tensor's other rows left behind (see the type's
    ///   notes). Without it every value is updated (rows behind are settled first).
    public func step(_ parameters: ParameterSet, touched: TouchedRows? = nil) {
        let n = parameters.totalCount
        if first.count != n { first = Buffer(count: n) }
        if kind != .sgd, second.count != n { second = Buffer(count: n) }
        let sparse = touched.flatMap { parameters.frozen.contains($0.tensor.name) ? nil : $0 }
        if lazyTensor != nil, lazyTensor != sparse?.tensor { settle(parameters) }
        if let sparse, lazyTensor == nil {
            lazyTensor = sparse.tensor
            rowStep = [Int](repeating: step, count: sparse.tensor.shape[0])
        }
        step += 1
        history.append(constants(step: step))
        let now = step
        let active = parameters.parameters.filter { !parameters.frozen.contains($0.name) && $0 != sparse?.tensor }
        let w0 = parameters.values.pointer, g0 = parameters.gradients.pointer
        // Each tensor is cut in two, one half per core: elementwise, so the same bits.
        Parallel.run(count: active.reduce(0) { $0 + $1.count }) { part in
            for p in active {
                let r = Parallel.piece(part, of: Parallel.parts, count: p.count)
                update(now, w0 + p.offset + r.lowerBound, g0 + p.offset + r.lowerBound, at: p.offset + r.lowerBound,
                       count: r.count)
            }
        }
        guard let sparse else { return }
        let t = sparse.tensor, width = sparse.width
        rowStep.withUnsafeMutableBufferPointer { steps in
            let steps = UncheckedSendable(steps.baseAddress!)
            // A core's share: its rows' missed steps, then this one (disjoint rows).
            Parallel.run(count: sparse.rows.count * width * 4) { part in
                for k in Parallel.share(part, count: sparse.rows.count) {
                    let row = sparse.rows[k], o = t.offset + row * width
                    catchUp(steps.value + row, to: now - 1, w0 + o, at: o, width: width)
                    update(now, w0 + o, g0 + o, at: o, count: width)
                    steps.value[row] = now
                }
            }
        }
    }

    /// Brings the given rows of the lazy tensor up to date (the rows a forward pass is about
    /// to read). Rows that are current, and calls without a lazy tensor, cost nothing.
    public func settle(_ parameters: ParameterSet, rows: some Sequence<Int>) {
        guard let t = lazyTensor else { return }
        let width = t.shape[1], w0 = parameters.values.pointer, step = step
        let behind = rows.filter { rowStep[$0] < step }
        rowStep.withUnsafeMutableBufferPointer { steps in
            let steps = UncheckedSendable(steps.baseAddress!)
            // Disjoint rows on the two cores (when the missed steps add up to enough work).
            Parallel.run(count: behind.count * width * 64) { part in
                for row in behind[Parallel.share(part, count: behind.count)] {
                    catchUp(steps.value + row, to: step, w0 + t.offset + row * width, at: t.offset + row * width,
                            width: width)
                }
            }
        }
    }

    /// Brings every row up to date: afterwards the weights and moments are exactly those of
    /// dense steps, and the next step may be lazy or dense.
    public func settle(_ parameters: ParameterSet) {
        guard let t = lazyTensor else { return }
        settle(parameters, rows: 0..<t.shape[0])
        lazyTensor = nil
        rowStep = []
    }

    /// Runs the steps a row missed, after `current.pointee` up to and including `target`,
    /// with a zero gradient, and records the row as current at `target`.
    @inline(__always)
    private func catchUp(_ current: UnsafeMutablePointer<Int>, to target: Int, _ w: UnsafeMutablePointer<Float>,
                         at offset: Int, width: Int) {
        guard current.pointee < target else { return }
        history.withUnsafeBufferPointer { all in
            let missed = UnsafeBufferPointer(rebasing: all[current.pointee..<target])
            switch kind {
            case .sgd:
                Self.sgdIdle(w, first.pointer + offset, width, steps: missed, momentum: momentum, decay: weightDecay)
            case .adam, .adamw:
                Self.adamIdle(w, first.pointer + offset, second.pointer + offset, width, steps: missed, beta1: beta1,
                              beta2: beta2, epsilon: epsilon, l2: kind == .adamw ? 0 : weightDecay)
            }
        }
        current.pointee = target
    }

    /// Step `s`'s update of `count` values at flat `offset` (w and g point there).
    @inline(__always)
    private func update(_ s: Int, _ w: UnsafeMutablePointer<Float>, _ g: UnsafeMutablePointer<Float>,
                        at offset: Int, count: Int) {
        let k = history[s - 1]
        switch kind {
        case .sgd:
            Self.sgd(w, g, first.pointer + offset, count, lr: k.lr, momentum: momentum, decay: weightDecay)
        case .adam, .adamw:
            Self.adam(w, g, first.pointer + offset, second.pointer + offset, count, k, beta1: beta1, beta2: beta2,
                      epsilon: epsilon, l2: kind == .adamw ? 0 : weightDecay)
        }
    }

    /// What a step needs besides the gradient, fixed when it is taken: the learning rate and,
    /// for Adam, lr/c1, 1/√c2 (c1, c2 the bias corrections) and AdamW's shrink factor.
    struct StepConstants {
        var lr: Float, stepSize: Float, inverseRoot: Float, shrink: Float
    }

    private func constants(step: Int) -> StepConstants {
        let c1 = 1 - powf(beta1, Float(step)), c2 = 1 - powf(beta2, Float(step))
        return StepConstants(lr: learningRate, stepSize: learningRate / c1, inverseRoot: 1 / c2.squareRoot(),
                             shrink: kind == .adamw ? 1 - learningRate * weightDecay : 1)
    }

    /// PyTorch's SGD: v = μ·v + (g + λ·w); w -= lr·v (plain SGD when μ = 0).
    private static func sgd(_ w: UnsafeMutablePointer<Float>, _ g: UnsafeMutablePointer<Float>,
                            _ v: UnsafeMutablePointer<Float>, _ n: Int, lr: Float, momentum: Float, decay: Float) {
        for i in 0..<n {
            let vi = momentum * v[i] + (g[i] + decay * w[i])
            v[i] = vi
            w[i] -= lr * vi
        }
    }

    /// `steps.count` SGD steps with a zero gradient: `sgd`'s operations with g = 0, so the
    /// same bits. (A row is small: it stays in the L1 cache through all the steps.)
    private static func sgdIdle(_ w: UnsafeMutablePointer<Float>, _ v: UnsafeMutablePointer<Float>, _ n: Int,
                                steps: UnsafeBufferPointer<StepConstants>, momentum: Float, decay: Float) {
        let zero: Float = 0
        for k in steps {
            for i in 0..<n {
                let vi = momentum * v[i] + (zero + decay * w[i])
                v[i] = vi
                w[i] -= k.lr * vi
            }
        }
    }

    /// PyTorch's Adam (L2 penalty `l2` in the gradient) and AdamW (decoupled decay, in
    /// `k.shrink`), with bias correction: w -= lr/c1 · m / (√v / √c2 + ε). Eight lanes at a
    /// time (explicit SIMD: the compiler cannot prove the four arrays apart, so it would not
    /// vectorise).
    private static func adam(_ w: UnsafeMutablePointer<Float>, _ g: UnsafeMutablePointer<Float>,
                             _ m: UnsafeMutablePointer<Float>, _ v: UnsafeMutablePointer<Float>, _ n: Int,
                             _ k: StepConstants, beta1: Float, beta2: Float, epsilon: Float, l2: Float) {
        typealias V = SIMD8<Float>
        var i = 0
        while i + 8 <= n {
            let wv = UnsafeRawPointer(w + i).loadUnaligned(as: V.self)
            let gv = UnsafeRawPointer(g + i).loadUnaligned(as: V.self) + l2 * wv
            let mv = beta1 * UnsafeRawPointer(m + i).loadUnaligned(as: V.self) + (1 - beta1) * gv
            let vv = beta2 * UnsafeRawPointer(v + i).loadUnaligned(as: V.self) + (1 - beta2) * gv * gv
            UnsafeMutableRawPointer(m + i).storeBytes(of: mv, as: V.self)
            UnsafeMutableRawPointer(v + i).storeBytes(of: vv, as: V.self)
            let update = k.stepSize * mv / (vv.squareRoot() * k.inverseRoot + epsilon)
            UnsafeMutableRawPointer(w + i).storeBytes(of: wv * k.shrink - update, as: V.self)
            i += 8
        }
        while i < n {
            let wi = w[i]
            let gi = g[i] + l2 * wi
            let mi = beta1 * m[i] + (1 - beta1) * gi
            let vi = beta2 * v[i] + (1 - beta2) * gi * gi
            m[i] = mi
            v[i] = vi
            w[i] = wi * k.shrink - k.stepSize * mi / (vi.squareRoot() * k.inverseRoot + epsilon)
            i += 1
        }
    }

    /// `steps.count` Adam steps with a zero gradient: `adam`'s operations with g = 0, so the
    /// same bits. (A copy of `adam`'s arithmetic on purpose: calling `adam` once per missed
    /// step with a row of zeros measured 10% slower on model (a)'s training.) A row is small, so it stays in the L1 cache through all the steps; each
    /// step is a pass over it, whose independent lanes keep the divider and square root busy
    /// (one value carried through the steps would wait on their latency instead).
    private static func adamIdle(_ w: UnsafeMutablePointer<Float>, _ m: UnsafeMutablePointer<Float>,
                                 _ v: UnsafeMutablePointer<Float>, _ n: Int, steps: UnsafeBufferPointer<StepConstants>,
                                 beta1: Float, beta2: Float, epsilon: Float, l2: Float) {
        typealias V = SIMD8<Float>
        let zero = V(repeating: 0)
        for k in steps {
            var i = 0
            while i + 8 <= n {
                let wv = UnsafeRawPointer(w + i).loadUnaligned(as: V.self)
                let gv = zero + l2 * wv
                let mv = beta1 * UnsafeRawPointer(m + i).loadUnaligned(as: V.self) + (1 - beta1) * gv
                let vv = beta2 * UnsafeRawPointer(v + i).loadUnaligned(as: V.self) + (1 - beta2) * gv * gv
                UnsafeMutableRawPointer(m + i).storeBytes(of: mv, as: V.self)
                UnsafeMutableRawPointer(v + i).storeBytes(of: vv, as: V.self)
                let update = k.stepSize * mv / (vv.squareRoot() * k.inverseRoot + epsilon)
                UnsafeMutableRawPointer(w + i).storeBytes(of: wv * k.shrink - update, as: V.self)
                i += 8
            }
            while i < n {
                let wi = w[i]
                let gi = zero[0] + l2 * wi
                let mi = beta1 * m[i] + (1 - beta1) * gi
                let vi = beta2 * v[i] + (1 - beta2) * gi * gi
                m[i] = mi
                v[i] = vi
                w[i] = wi * k.shrink - k.stepSize * mi / (vi.squareRoot() * k.inverseRoot + epsilon)
                i += 1
            }
        }
    }

    /// Restores saved state (resume): every row current at `step`.
    public func restore(step: Int, m: [Float], v: [Float]) {
        self.step = step
        first = Buffer(m)
        second = Buffer(v)
        lazyTensor = nil
        rowStep = []
        // Only steps after this one are ever caught up: the earlier entries are never read.
        history = [StepConstants](repeating: StepConstants(lr: 0, stepSize: 0, inverseRoot: 1, shrink: 1), count: step)
    }
}

/// Scales all gradients so their global L2 norm is at most `maxNorm`
/// (`torch.nn.utils.clip_grad_norm_`). Returns the norm before clipping.
/// - Parameter touched: when given, the rows of its tensor outside `touched.rows` are zero
///   and are not visited.
@discardableResult
public func clipGradientNorm(_ parameters: ParameterSet, maxNorm: Float, touched: TouchedRows? = nil) -> Float {
    let g = parameters.gradients.pointer, n = parameters.totalCount
    // The flat ranges that may be non-zero, in order.
    var ranges = [0..<n]
    if let touched {
        ranges = touched.otherRanges(n)
        let o = touched.tensor.offset, w = touched.width
        ranges += touched.rows.map { (o + $0 * w)..<(o + $0 * w + w) }
        ranges.sort { $0.lowerBound < $1.lowerBound }
    }
    // Float partial sums over blocks of at most 4096 values, added up in Double in block
    // order: accurate, vectorised, and the same bits however the blocks are shared
    // between the cores.
    let block = 4096
    let blocks = ranges.flatMap { r in stride(from: r.lowerBound, to: r.upperBound, by: block).map { $0..<min($0 + block, r.upperBound) } }
    // The cores take the blocks before and after the one where half the values are reached.
    let total = blocks.reduce(0) { $0 + $1.count }
    var cut = 0, seen = 0
    while cut < blocks.count, seen < total / 2 { seen += blocks[cut].count; cut += 1 }
    let shares = [0..<cut, cut..<blocks.count]
    var partials = [Float](repeating: 0, count: blocks.count)
    partials.withUnsafeMutableBufferPointer { out in
        let out = out.baseAddress!
        Parallel.run(count: total) { part in
            for b in shares[part] {
                var partial: Float = 0
                for i in blocks[b] { partial += g[i] * g[i] }
                out[b] = partial
            }
        }
    }
    let norm = Float(partials.reduce(0.0) { $0 + Double($1) }.squareRoot())
    if maxNorm > 0, norm > maxNorm {
        let scale = maxNorm / (norm + 1e-6)
        Parallel.run(count: total) { part in
            for b in shares[part] {
                for i in blocks[b] { g[i] *= scale }
            }
        }
    }
    return norm
}
