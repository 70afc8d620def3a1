import Foundation
import Testing
@testable import Model
import Numerics

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

// MARK: - Lazy rows

/// A set like a tagger's: a table [V, E] (E not a multiple of the 8 SIMD lanes), then two
/// small dense tensors; big enough (`Parallel.minimumCount`) for both cores when `rows`
/// is large.
private func tableSet(rows: Int, width: Int) -> (ParameterSet, table: Parameter) {
    let p = ParameterSet()
    let table = p.declare("embedding.weight", shape: [rows, width])
    p.declare("rnn.weight", shape: [7, 9])
    p.declare("output.bias", shape: [5])
    p.allocate()
    var rng = Xoshiro256(seed: 11)
    for i in 0..<p.totalCount { p.values[i] = rng.uniform(-1, 1) }
    return (p, table)
}

/// Rules and settings whose zero-gradient step still moves a weight (and plain SGD, whose
/// does not).
private let lazyCases: [(OptimizerKind, Float, Float?)] = [
    (.adam, 0, nil), (.adam, 0, 0.01), (.adamw, 0, nil), (.sgd, 0.9, 0.001), (.sgd, 0, nil),
]

@Test(arguments: lazyCases.indices, [false, true])
func lazyRowsEndBitForBitAtTheDenseSteps(_ index: Int, big: Bool) throws {
    let (kind, momentum, decay) = lazyCases[index]
    let V = big ? 3_001 : 23, E = 13
    let (dense, table) = tableSet(rows: V, width: E)
    let (lazy, _) = tableSet(rows: V, width: E)
    let denseRule = Optimizer(kind, learningRate: 0.01, momentum: momentum, weightDecay: decay)
    let lazyRule = Optimizer(kind, learningRate: 0.01, momentum: momentum, weightDecay: decay)
    var rng = Xoshiro256(seed: 5)
    func bits(_ a: [Float]) -> [UInt32] { a.map(\.bitPattern) }
    // The rows the last step used: the only ones of the table with a gradient to clear.
    var previous = TouchedRows(tensor: table, rows: [])
    for step in 1...60 {
        // A batch's rows (a few, often repeated ones), with gradients in only those rows.
        let touched = TouchedRows(tensor: table, rows: (0..<Int(rng.next() % 6)).map { _ in
            Int(rng.next() % UInt64(rng.next() % 2 == 0 ? 4 : V))
        })
        // The forward pass reads its rows: settled, they equal the dense run's.
        lazyRule.settle(lazy, rows: touched.rows)
        for row in touched.rows {
            let o = table.offset + row * E
            #expect((o..<(o + E)).allSatisfy { lazy.values[$0].bitPattern == dense.values[$0].bitPattern },
                    "row \(row) at step \(step)")
        }
        dense.zeroGradients()
        lazy.zeroGradients(previous)
        previous = touched
        for i in touched.otherRanges(dense.totalCount).joined() {
            let g = rng.uniform(-1, 1)
            dense.gradients[i] = g; lazy.gradients[i] = g
        }
        for row in touched.rows {
            for j in 0..<E {
                let g = rng.uniform(-1, 1)
                dense.gradients[table.offset + row * E + j] = g; lazy.gradients[table.offset + row * E + j] = g
            }
        }
        let stale = zip(lazy.gradients.toArray(), dense.gradients.toArray()).filter { $0 != $1 }.count
        #expect(stale == 0, "zeroing the last step's rows left \(stale) gradients at step \(step)")
        // (Clipping is left out: the two norms may round apart, and so would the scaled
        // gradients; `clippingWithTouchedRows…` checks the norm.)
        if step % 7 == 0 { denseRule.learningRate *= 0.8; lazyRule.learningRate *= 0.8 }
        denseRule.step(dense)
        // Now and then a dense step or a full settle in the middle, as checkpoints do.
        if step % 23 == 0 {
            lazyRule.step(lazy)
        } else {
            lazyRule.step(lazy, touched: touched)
            if step % 17 == 0 { lazyRule.settle(lazy) }
        }
    }
    lazyRule.settle(lazy)
    #expect(lazyRule.isSettled)
    let got = lazy.values.toArray(), want = dense.values.toArray()
    let differing = zip(got, want).filter { $0.bitPattern != $1.bitPattern }.count
    #expect(differing == 0, "\(kind): \(differing) of \(got.count) weights differ from dense steps")
    #expect(bits(lazyRule.m) == bits(denseRule.m), "first moments differ")
    if kind != .sgd { #expect(bits(lazyRule.v) == bits(denseRule.v), "second moments differ") }
}

@Test func clippingWithTouchedRowsEqualsTheDenseNormAndScale() {
    let (p, table) = tableSet(rows: 40, width: 13)
    let touched = TouchedRows(tensor: table, rows: [31, 2, 2, 17])
    p.zeroGradients()
    var rng = Xoshiro256(seed: 3)
    for i in touched.otherRanges(p.totalCount).joined() { p.gradients[i] = rng.uniform(-2, 2) }
    for row in touched.rows { for j in 0..<13 { p.gradients[table.offset + row * 13 + j] = rng.uniform(-2, 2) } }
    let g = p.gradients.toArray()
    let exact = g.reduce(0.0) { $0 + Double($1) * Double($1) }.squareRoot()
    let norm = clipGradientNorm(p, maxNorm: 1, touched: touched)
    #expect(abs(Double(norm) - exact) < 1e-5 * exact)
    let scale = 1 / (norm + 1e-6)
    #expect(p.gradients.toArray() == g.map { $0 * scale })
    #expect(touched.rows == [2, 17, 31])
}

@Test func aFrozenTouchedTensorIsNeitherUpdatedNorLeftBehind() {
    let (p, table) = tableSet(rows: 10, width: 13)
    p.frozen = [table.name]
    let before = p.array(table)
    let rule = Optimizer(.adam, learningRate: 0.1)
    for i in 0..<p.totalCount { p.gradients[i] = 1 }
    rule.step(p, touched: TouchedRows(tensor: table, rows: [1, 2]))
    #expect(rule.isSettled)
    #expect(p.array(table) == before)
}
