import Foundation
import Testing
@testable import Model
import Numerics

/// Finite-difference checks of every layer and of the whole tagger, on batches with
/// unequal lengths (caller order [3, 5, 1, 3] sorts to [5, 3, 3, 1]).
struct GradientCheckTests {
    static let lengths = [3, 5, 1, 3]
    static let architectures: [(CellKind, Int, Bool)] = [
        (.lstm, 1, false), (.lstm, 1, true), (.lstm, 2, false), (.lstm, 2, true),
        (.gru, 1, false), (.gru, 1, true), (.gru, 2, false), (.gru, 2, true),
    ]

    @Test(arguments: architectures)
    func wholeTaggerGradientsMatchFiniteDifferences(cell: CellKind, layers: Int, bidirectional: Bool) throws {
        let config = TaggerConfig(cell: cell, layers: layers, bidirectional: bidirectional,
                                  embeddingDim: 4, hiddenSize: 3, numTags: 5, vocabSize: 9)
        let tagger = Tagger(config: config, seed: 7)
        let batch = randomBatch(lengths: Self.lengths, vocab: 9, tags: 5, seed: 11)
        let failures = taggerGradientFailures(tagger) {
            try! tagger.forward(words: batch.words, tags: batch.tags, training: false)!
        }
        #expect(failures.isEmpty, "\(cell) \(layers)L bi=\(bidirectional): \(failures.prefix(8))")
        // The padding row never gets a gradient.
        let row0 = tagger.parameters.gradientArray(tagger.parameters["embedding.weight"]!).prefix(4)
        #expect(row0.allSatisfy { $0 == 0 })
    }

    /// The RNN stack alone, including the gradient with respect to its packed input.
    @Test(arguments: architectures)
    func recurrentStackGradientsMatchFiniteDifferences(cell: CellKind, layers: Int, bidirectional: Bool) throws {
        let p = ParameterSet()
        let stack = RecurrentStack(cell: cell, inputSize: 3, hiddenSize: 4, layers: layers,
                                   bidirectional: bidirectional, dropout: 0, parameters: p)
        p.allocate()
        for (i, v) in randomFloats(p.totalCount, seed: 3, scale: 0.6).enumerated() { p.values[i] = v }
        let layout = try PackedLayout(lengths: Self.lengths)
        let N = layout.tokenCount, width = stack.outputSize
        let x = Buffer(randomFloats(N * 3, seed: 5))
        let weights = randomFloats(N * width, seed: 6)  // loss = Σ weights ⊙ output
        var rng = Xoshiro256(seed: 1)
        let loss = { () -> Double in
            let out = stack.forward(p, layout, x: x.pointer, training: false, rng: &rng)
            return (0..<(N * width)).reduce(0.0) { $0 + Double(weights[$1]) * Double(out[$1]) }
        }
        _ = loss()
        let dX = Buffer(count: N * 3)
        weights.withUnsafeBufferPointer { stack.backward(p, layout, dOut: $0.baseAddress!, dX: dX.pointer) }
        var failures = parameterGradientFailures(p, loss: loss)
        failures += GradientChecker().check("input", values: x.pointer, count: N * 3, analytic: dX.toArray(), loss: loss)
        #expect(failures.isEmpty, "\(failures.prefix(8))")
    }

    @Test func linearGradientsMatchFiniteDifferences() {
        let p = ParameterSet()
        let linear = Linear(prefix: "output", inputSize: 4, outputSize: 3, parameters: p)
        p.allocate()
        for (i, v) in randomFloats(p.totalCount, seed: 8).enumerated() { p.values[i] = v }
        let rows = 5
        let x = Buffer(randomFloats(rows * 4, seed: 9)), y = Buffer(count: rows * 3)
        let weights = randomFloats(rows * 3, seed: 10)
        let loss = { () -> Double in
            linear.forward(p, x: x.pointer, rows: rows, y: y.pointer)
            return (0..<(rows * 3)).reduce(0.0) { $0 + Double(weights[$1]) * Double(y[$1]) }
        }
        _ = loss()
        let dX = Buffer(count: rows * 4)
        weights.withUnsafeBufferPointer { linear.backward(p, x: x.pointer, rows: rows, dy: $0.baseAddress!, dx: dX.pointer) }
        var failures = parameterGradientFailures(p, loss: loss)
        failures += GradientChecker().check("input", values: x.pointer, count: rows * 4, analytic: dX.toArray(), loss: loss)
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test func logSoftmaxAndMaskedNLLGradientsMatchFiniteDifferences() {
        let rows = 6, k = 4
        let logits = Buffer(randomFloats(rows * k, seed: 12, scale: 3))
        let targets: [Int32] = [0, 3, 2, 2, 1, 0]
        let lp = Buffer(count: rows * k)
        let loss = { () -> Double in
            LogSoftmax.forward(x: logits.pointer, y: lp.pointer, rows: rows, k: k)
            return targets.withUnsafeBufferPointer { MaskedNLL.forward(logProbs: lp.pointer, targets: $0.baseAddress!, rows: rows, k: k) }
        }
        _ = loss()
        let dLP = Buffer(count: rows * k), dLogits = Buffer(count: rows * k)
        targets.withUnsafeBufferPointer { MaskedNLL.backward(targets: $0.baseAddress!, rows: rows, k: k, dLogProbs: dLP.pointer) }
        LogSoftmax.backward(y: lp.pointer, dy: dLP.pointer, dx: dLogits.pointer, rows: rows, k: k)
        let failures = GradientChecker().check("logits", values: logits.pointer, count: rows * k, analytic: dLogits.toArray(), loss: loss)
        #expect(failures.isEmpty, "\(failures)")
        // Each row's log-probabilities normalise.
        for r in 0..<rows {
            let s = (0..<k).reduce(0.0) { $0 + exp(Double(lp[r * k + $1])) }
            #expect(abs(s - 1) < 1e-5)
        }
    }

    /// With dropout on and the same random stream for every evaluation, the masks are
    /// fixed, so the whole tagger's gradient through them can be checked as well.
    @Test(arguments: [CellKind.lstm, .gru])
    func gradientsThroughDropoutMatchFiniteDifferences(cell: CellKind) throws {
        let config = TaggerConfig(cell: cell, layers: 2, bidirectional: true, embeddingDim: 4, hiddenSize: 3,
                                  dropout: 0.3, numTags: 5, vocabSize: 9)
        let tagger = Tagger(config: config, seed: 7)
        let batch = randomBatch(lengths: Self.lengths, vocab: 9, tags: 5, seed: 13)
        let failures = taggerGradientFailures(tagger) {
            tagger.rng = Xoshiro256(seed: 99)
            return try! tagger.forward(words: batch.words, tags: batch.tags, training: true)!
        }
        #expect(failures.isEmpty, "\(failures.prefix(8))")
    }

    @Test func dropoutIsInvertedAndOffAtEvaluation() throws {
        let n = 20_000
        let x = Buffer([Float](repeating: 1, count: n)), y = Buffer(count: n), mask = Buffer(count: n)
        var rng = Xoshiro256(seed: 4)
        Dropout.forward(x: x.pointer, y: y.pointer, mask: mask.pointer, count: n, p: 0.25, rng: &rng)
        let zeros = y.toArray().filter { $0 == 0 }.count
        #expect(abs(Double(zeros) / Double(n) - 0.25) < 0.02)
        #expect(y.toArray().allSatisfy { $0 == 0 || abs($0 - 4.0 / 3.0) < 1e-6 })
        // Evaluation: two passes of a tagger with dropout agree exactly.
        let tagger = Tagger(config: TaggerConfig(dropout: 0.5, numTags: 3, vocabSize: 6), seed: 2)
        let a = try tagger.predict([[1, 2, 3]]), lpA = tagger.logProbabilities()
        let b = try tagger.predict([[1, 2, 3]]), lpB = tagger.logProbabilities()
        #expect(a == b && lpA == lpB)
    }
}
