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
    /// First moment (Adam, AdamW) or velocity (SGD with momentum); second moment (Adam).
    public private(set) var m: [Float] = [], v: [Float] = []

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

    /// Applies one update from the gradients currently in `parameters.gradients`.
    public func step(_ parameters: ParameterSet) {
        let n = parameters.totalCount
        if m.count != n { m = Array(repeating: 0, count: n) }
        if kind != .sgd, v.count != n { v = Array(repeating: 0, count: n) }
        step += 1
        let w = parameters.values.pointer, g = parameters.gradients.pointer
        let lr = learningRate, wd = weightDecay
        m.withUnsafeMutableBufferPointer { mb in
            v.withUnsafeMutableBufferPointer { vb in
                for p in parameters.parameters where !parameters.frozen.contains(p.name) {
                    let range = p.offset..<(p.offset + p.count)
                    switch kind {
                    case .sgd:
                        // PyTorch's SGD: v = μ·v + g; w -= lr·v (plain SGD when μ = 0).
                        for i in range {
                            let gi = g[i] + wd * w[i]
                            mb[i] = momentum * mb[i] + gi
                            w[i] -= lr * mb[i]
                        }
                    case .adam, .adamw:
                        let c1 = 1 - powf(beta1, Float(step)), c2 = 1 - powf(beta2, Float(step))
                        let stepSize = lr / c1, c2root = c2.squareRoot()
                        let decoupled = kind == .adamw
                        for i in range {
                            var gi = g[i]
                            if decoupled { w[i] -= lr * wd * w[i] } else { gi += wd * w[i] }
                            mb[i] = beta1 * mb[i] + (1 - beta1) * gi
                            vb[i] = beta2 * vb[i] + (1 - beta2) * gi * gi
                            w[i] -= stepSize * mb[i] / (vb[i].squareRoot() / c2root + epsilon)
                        }
                    }
                }
            }
        }
    }

    /// Restores saved state (resume).
    public func restore(step: Int, m: [Float], v: [Float]) {
        self.step = step
        self.m = m
        self.v = v
    }
}

/// Scales all gradients so their global L2 norm is at most `maxNorm`
/// (`torch.nn.utils.clip_grad_norm_`). Returns the norm before clipping.
@discardableResult
public func clipGradientNorm(_ parameters: ParameterSet, maxNorm: Float) -> Float {
    let g = parameters.gradients.pointer
    var sum: Double = 0
    for i in 0..<parameters.totalCount { sum += Double(g[i]) * Double(g[i]) }
    let norm = Float(sum.squareRoot())
    if maxNorm > 0, norm > maxNorm {
        let scale = maxNorm / (norm + 1e-6)
        for i in 0..<parameters.totalCount { g[i] *= scale }
    }
    return norm
}
