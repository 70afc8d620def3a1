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
