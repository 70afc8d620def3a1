import Foundation
import Testing
@testable import Model

/// One tensor [3] with a fixed gradient, stepped by each rule; expected values worked by
/// hand from PyTorch's update formulas.
private func singleTensor(_ values: [Float], gradient: [Float]) -> (ParameterSet, Parameter) {
    let p = ParameterSet()
    let w = p.declare("w", shape: [values.count])
    p.allocate()
    p.set(w, values)
    for (i, g) in gradient.enumerated() { p.gradient(w)[i] = g }
    return (p, w)
}

@Test func sgdWithMomentumFollowsPyTorch() {
    let (p, w) = singleTensor([1, -2, 0.5], gradient: [0.1, 0.2, -0.4])
    let opt = Optimizer(.sgd, learningRate: 0.5, momentum: 0.9)
    opt.step(p)  // v = g; w -= lr·g
    #expect(p.array(w) == [0.95, -2.1, 0.7])
    opt.step(p)  // v = 0.9·g + g = 1.9·g
    let expected: [Float] = [0.95 - 0.5 * 0.19, -2.1 - 0.5 * 0.38, 0.7 + 0.5 * 0.76]
    for (a, b) in zip(p.array(w), expected) { #expect(abs(a - b) < 1e-6) }
}

@Test func adamFirstStepMovesEachWeightByTheLearningRate() {
    // With bias correction the first Adam step is lr·sign(g) (up to epsilon).
    let (p, w) = singleTensor([1, -2, 0.5], gradient: [0.1, -3, 1e-3])
    Optimizer(.adam, learningRate: 0.01).step(p)
    let expected: [Float] = [0.99, -1.99, 0.49]
    for (a, b) in zip(p.array(w), expected) { #expect(abs(a - b) < 1e-5) }
}

@Test func adamWDecaysWeightsDecoupledFromTheGradient() {
    let (p, w) = singleTensor([2, -4], gradient: [0, 0])
    Optimizer(.adamw, learningRate: 0.1, weightDecay: 0.5).step(p)
    // Zero gradient: only the decay acts, w -= lr·wd·w.
    #expect(p.array(w) == [1.9, -3.8])
    let (q, v) = singleTensor([2, -4], gradient: [0, 0])
    Optimizer(.adam, learningRate: 0.1).step(q)
    #expect(q.array(v) == [2, -4])
}

@Test func frozenTensorsAreNotUpdated() {
    let (p, w) = singleTensor([1, 2], gradient: [1, 1])
    p.frozen = ["w"]
    Optimizer(.adam, learningRate: 0.1).step(p)
    #expect(p.array(w) == [1, 2])
}

@Test func clippingScalesTheGlobalNorm() {
    let (p, w) = singleTensor([0, 0], gradient: [3, 4])
    #expect(clipGradientNorm(p, maxNorm: 10) == 5)
    #expect(p.gradientArray(w) == [3, 4])
    #expect(clipGradientNorm(p, maxNorm: 1) == 5)
    let g = p.gradientArray(w)
    #expect(abs(g[0] - 0.6) < 1e-5 && abs(g[1] - 0.8) < 1e-5)
}

/// A set big enough to be split over both cores (`Parallel.minimumCount`), with tensors of
/// awkward sizes so the halves fall mid-vector, filled with a fixed pseudo-random pattern.
private func bigSet() -> ParameterSet {
    let p = ParameterSet()
    for (i, n) in [40_003, 17, 65_536, 1_001].enumerated() { p.declare("t\(i)", shape: [n]) }
    p.allocate()
    var x: UInt32 = 12345
    func next() -> Float { x = x &* 1_664_525 &+ 1_013_904_223; return Float(Int32(bitPattern: x >> 8) - 0x40_0000) / 0x40_0000 }
    for i in 0..<p.totalCount { p.values[i] = next(); p.gradients[i] = next() * 3 }
    return p
}

@Test(arguments: [OptimizerKind.sgd, .adam, .adamw])
func twoCoreStepsGiveTheSerialFormulasBitForBit(kind: OptimizerKind) {
    let p = bigSet()
    let w = p.values.toArray(), g = p.gradients.toArray()
    let opt = Optimizer(kind, learningRate: 0.01)
    opt.step(p)
    opt.step(p)
    // The same two steps element by element, with the scalar formulas.
    let lr: Float = 0.01, b1: Float = 0.9, b2: Float = 0.999, eps: Float = 1e-8
    let decay: Float = kind == .adamw ? 0.01 : 0
    var expected = w, m = [Float](repeating: 0, count: w.count), v = m
    for step in 1...2 {
        let c1 = 1 - powf(b1, Float(step)), c2 = 1 - powf(b2, Float(step))
        let stepSize = lr / c1, inverseRoot = 1 / c2.squareRoot()
        for i in expected.indices {
            if kind == .sgd {
                m[i] = 0.9 * m[i] + g[i]
                expected[i] -= lr * m[i]
            } else {
                m[i] = b1 * m[i] + (1 - b1) * g[i]
                v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i]
                expected[i] = expected[i] * (1 - lr * decay) - stepSize * m[i] / (v[i].squareRoot() * inverseRoot + eps)
            }
        }
    }
    let got = p.values.toArray()
    let differing = zip(got, expected).filter { $0.bitPattern != $1.bitPattern }.count
    #expect(differing == 0, "\(differing) of \(got.count) weights differ from the serial formula")
}

@Test func twoCoreClippingAndZeroingCoverEveryElement() {
    let p = bigSet()
    let g = p.gradients.toArray()
    var sum = 0.0
    for start in stride(from: 0, to: g.count, by: 4096) {
        var partial: Float = 0
        for i in start..<min(start + 4096, g.count) { partial += g[i] * g[i] }
        sum += Double(partial)
    }
    #expect(clipGradientNorm(p, maxNorm: 1) == Float(sum.squareRoot()))
    let scale = 1 / (Float(sum.squareRoot()) + 1e-6)
    #expect(p.gradients.toArray() == g.map { $0 * scale })
    p.zeroGradients()
    #expect(p.gradients.toArray().allSatisfy { $0 == 0 })
}
