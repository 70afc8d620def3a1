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
    public var m: [Float] { first.toArray() }
    public var v: [Float] { second.toArray() }

    /// Applies one update from the gradients currently in `parameters.gradients`.
    public func step(_ parameters: ParameterSet) {
        let n = parameters.totalCount
        if first.count != n { first = Buffer(count: n) }
        if kind != .sgd, second.count != n { second = Buffer(count: n) }
        step += 1
        let c1 = 1 - powf(beta1, Float(step)), c2 = 1 - powf(beta2, Float(step))
        let active = parameters.parameters.filter { !parameters.frozen.contains($0.name) }
        let w0 = parameters.values.pointer, g0 = parameters.gradients.pointer
        let m0 = first.pointer, v0 = second.pointer
        let lr = learningRate
        // Each tensor is cut in two, one half per core: elementwise, so the same bits.
        Parallel.run(count: active.reduce(0) { $0 + $1.count }) { part in
            for p in active {
                let r = Parallel.piece(part, of: Parallel.parts, count: p.count)
                let o = p.offset + r.lowerBound
                switch kind {
                case .sgd:
                    Self.sgd(w0 + o, g0 + o, m0 + o, r.count, lr: lr, momentum: momentum, decay: weightDecay)
                case .adam, .adamw:
                    Self.adam(w0 + o, g0 + o, m0 + o, v0 + o, r.count, lr: lr, beta1: beta1, beta2: beta2,
                              epsilon: epsilon, decay: weightDecay, decoupled: kind == .adamw, c1: c1, c2: c2)
                }
            }
        }
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

    /// PyTorch's Adam (L2 penalty in the gradient) and AdamW (decoupled decay), with bias
    /// correction: w -= lr/c1 · m / (√v / √c2 + ε). Eight lanes at a time (explicit SIMD:
    /// the compiler cannot prove the four arrays apart, so it would not vectorise).
    private static func adam(_ w: UnsafeMutablePointer<Float>, _ g: UnsafeMutablePointer<Float>,
                             _ m: UnsafeMutablePointer<Float>, _ v: UnsafeMutablePointer<Float>, _ n: Int,
                             lr: Float, beta1: Float, beta2: Float, epsilon: Float, decay: Float, decoupled: Bool,
                             c1: Float, c2: Float) {
        let stepSize = lr / c1, inverseRoot = 1 / c2.squareRoot()
        let shrink: Float = decoupled ? 1 - lr * decay : 1, l2: Float = decoupled ? 0 : decay
        typealias V = SIMD8<Float>
        var i = 0
        while i + 8 <= n {
            let wv = UnsafeRawPointer(w + i).loadUnaligned(as: V.self)
            let gv = UnsafeRawPointer(g + i).loadUnaligned(as: V.self) + l2 * wv
            let mv = beta1 * UnsafeRawPointer(m + i).loadUnaligned(as: V.self) + (1 - beta1) * gv
            let vv = beta2 * UnsafeRawPointer(v + i).loadUnaligned(as: V.self) + (1 - beta2) * gv * gv
            UnsafeMutableRawPointer(m + i).storeBytes(of: mv, as: V.self)
            UnsafeMutableRawPointer(v + i).storeBytes(of: vv, as: V.self)
            let update = stepSize * mv / (vv.squareRoot() * inverseRoot + epsilon)
            UnsafeMutableRawPointer(w + i).storeBytes(of: wv * shrink - update, as: V.self)
            i += 8
        }
        while i < n {
            let wi = w[i]
            let gi = g[i] + l2 * wi
            let mi = beta1 * m[i] + (1 - beta1) * gi
            let vi = beta2 * v[i] + (1 - beta2) * gi * gi
            m[i] = mi
            v[i] = vi
            w[i] = wi * shrink - stepSize * mi / (vi.squareRoot() * inverseRoot + epsilon)
            i += 1
        }
    }

    /// Restores saved state (resume).
    public func restore(step: Int, m: [Float], v: [Float]) {
        self.step = step
        first = Buffer(m)
        second = Buffer(v)
    }
}

/// Scales all gradients so their global L2 norm is at most `maxNorm`
/// (`torch.nn.utils.clip_grad_norm_`). Returns the norm before clipping.
@discardableResult
public func clipGradientNorm(_ parameters: ParameterSet, maxNorm: Float) -> Float {
    let g = parameters.gradients.pointer, n = parameters.totalCount
    // Float partial sums over blocks of 4096, added up in Double in block order: accurate,
    // vectorised, and the same bits however the blocks are shared between the cores.
    let block = 4096, blocks = (n + block - 1) / block
    var partials = [Float](repeating: 0, count: blocks)
    partials.withUnsafeMutableBufferPointer { out in
        let out = out.baseAddress!
        Parallel.run(count: n) { part in
            for b in Parallel.piece(part, of: Parallel.parts, count: blocks) {
                var partial: Float = 0
                for i in (b * block)..<min(b * block + block, n) { partial += g[i] * g[i] }
                out[b] = partial
            }
        }
    }
    let norm = Float(partials.reduce(0.0) { $0 + Double($1) }.squareRoot())
    if maxNorm > 0, norm > maxNorm {
        let scale = maxNorm / (norm + 1e-6)
        Parallel.run(count: n) { part in
            for i in Parallel.piece(part, of: Parallel.parts, count: n) { g[i] *= scale }
        }
    }
    return norm
}
