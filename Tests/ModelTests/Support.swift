import Foundation
@testable import Model
import Numerics

/// Central finite differences over float32 parameters, compared with analytic gradients.
///
/// Float32 forward passes carry ~1e-7 relative noise, so the step is large (1e-2) and the
/// tolerance mixes relative and absolute parts; a wrong gradient (a dropped term, a
/// transposed block, a gate in the wrong slot) is off by far more than that.
struct GradientChecker {
    var epsilon: Float = 1e-2
    var relativeTolerance: Double = 1e-2
    var absoluteTolerance: Double = 2e-4

    /// Checks `analytic` against d(loss)/d(values[i]) for every i (or `indices`).
    /// Returns one message per mismatch, naming the tensor and index.
    func check(_ name: String, values: UnsafeMutablePointer<Float>, count: Int, analytic: [Float],
               indices: [Int]? = nil, loss: () -> Double) -> [String] {
        var failures: [String] = []
        for i in indices ?? Array(0..<count) {
            let saved = values[i]
            values[i] = saved + epsilon
            let up = loss()
            values[i] = saved - epsilon
            let down = loss()
            values[i] = saved
            let numeric = (up - down) / Double(2 * epsilon)
            let a = Double(analytic[i])
            if abs(numeric - a) > absoluteTolerance + relativeTolerance * max(abs(numeric), abs(a)) {
                failures.append("\(name)[\(i)]: analytic \(a), numeric \(numeric)")
            }
        }
        return failures
    }
}

/// Runs `loss` once, backpropagates it through the tagger and checks every parameter's
/// gradient against finite differences of `loss`; one message per mismatch.
func taggerGradientFailures(_ tagger: Tagger, checker: GradientChecker = GradientChecker(),
                            loss: () -> Double) -> [String] {
    _ = loss()
    tagger.parameters.zeroGradients()
    tagger.backward()
    return parameterGradientFailures(tagger.parameters, checker: checker, loss: loss)
}

/// Checks the gradients already in `parameters` against finite differences of `loss`,
/// tensor by tensor; one message per mismatch.
func parameterGradientFailures(_ parameters: ParameterSet, checker: GradientChecker = GradientChecker(),
                               loss: () -> Double) -> [String] {
    parameters.parameters.flatMap { p in
        checker.check(p.name, values: parameters.value(p), count: p.count, analytic: parameters.gradientArray(p), loss: loss)
    }
}

/// Deterministic pseudo-random floats in [-scale, scale).
func randomFloats(_ n: Int, seed: UInt64, scale: Float = 1) -> [Float] {
    var rng = Xoshiro256(seed: seed)
    return (0..<n).map { _ in rng.uniform(-scale, scale) }
}

/// Sentences of word ids in 1..<vocab with the given lengths, and tags in 0..<tags.
func randomBatch(lengths: [Int], vocab: Int, tags: Int, seed: UInt64) -> (words: [[Int]], tags: [[Int]]) {
    var rng = Xoshiro256(seed: seed)
    let words = lengths.map { n in (0..<n).map { _ in 1 + Int(rng.next() % UInt64(vocab - 1)) } }
    let tagIDs = lengths.map { n in (0..<n).map { _ in Int(rng.next() % UInt64(tags)) } }
    return (words, tagIDs)
}

/// Root of the package (for fixtures and the shared data folder).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
