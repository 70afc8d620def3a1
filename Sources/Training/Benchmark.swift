import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Model
import Numerics

/// Throughput measurements of the engine, for `tagbench bench` and BENCHMARKS.md.
public enum Benchmark {
    /// Seconds of a monotonic clock.
    @inline(__always)
    public static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// Peak resident set size of this process so far, in MiB.
    public static func peakRSSMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024  // Linux reports KiB
    }

    /// The batch's sentences; with `padded`, every one extended to the longest with id 0
    /// (and a one-character padding word), so the RNN runs over the whole B×T grid as an
    /// unpacked implementation would.
    static func slice(_ corpus: EncodedCorpus, _ batch: [Int], padded: Bool)
        -> (words: [[Int]], tags: [[Int]], chars: [[[Int]]]?, realTokens: Int) {
        let b = corpus.batch(batch)
        var words = b.words, tags = b.tags, chars = b.chars
        let real = b.tokenCount
        if padded {
            let T = words.map(\.count).max() ?? 0
            for i in words.indices {
                let extra = T - words[i].count
                words[i] += Array(repeating: 0, count: extra)
                tags[i] += Array(repeating: 0, count: extra)
                chars?[i] += Array(repeating: [0], count: extra)
            }
        }
        return (words, tags, chars, real)
    }

    /// Training throughput: forward, backward, clipping and the optimiser step over the
    /// given batches (sentence indices into `corpus`) after `warmup` untimed batches.
    /// With `padded`, the batches are padded first and the recurrence runs over the padding
    /// too (the loss then also counts padded positions; its cost is negligible either way).
    /// The batches are sliced from the corpus before the clock starts, as the PyTorch
    /// reference builds its tensors first.
    /// - Returns: real tokens per second over the timed batches.
    public static func trainTokensPerSecond(_ tagger: Tagger, corpus: EncodedCorpus, batches: [[Int]], warmup: Int,
                                            options: TrainingOptions, padded: Bool = false)
        throws -> (tokensPerSecond: Double, tokens: Int, seconds: Double) {
        let trainer = Trainer(tagger: tagger, options: options)
        let prepared = batches.map { slice(corpus, $0, padded: padded) }
        var tokens = 0, start = 0.0
        for (i, b) in prepared.enumerated() {
            if i == warmup { start = now() }
            _ = try trainer.trainStep(EncodedCorpus(words: b.words, tags: b.tags, chars: b.chars))
            if i >= warmup { tokens += b.realTokens }
        }
        // The rows the optimiser left behind are part of the work (and inference reads them).
        trainer.settle()
        let seconds = now() - start
        return (Double(tokens) / seconds, tokens, seconds)
    }

    /// Inference throughput: the forward pass with dropout off and the most probable tags,
    /// over the given batches after `warmup` untimed ones (sliced before the clock starts).
    /// The timed part includes building the predictor's table of input projections.
    public static func inferTokensPerSecond(_ tagger: Tagger, corpus: EncodedCorpus, batches: [[Int]], warmup: Int,
                                            padded: Bool = false, parallel: Bool = true) throws
        -> (tokensPerSecond: Double, tokens: Int, seconds: Double) {
        let prepared = batches.map { slice(corpus, $0, padded: padded) }
        var tokens = 0, start = 0.0
        let predictor = Predictor(tagger, parallel: parallel)
        for (i, b) in prepared.enumerated() {
            if i == warmup {
                start = now()
                predictor.refresh()
            }
            _ = try predictor.run(words: b.words, chars: b.chars)
            if i >= warmup { tokens += b.realTokens }
        }
        let seconds = now() - start
        return (Double(tokens) / seconds, tokens, seconds)
    }

    /// GFLOP/s of one square sgemm of size n (2n³ flops) with `threads` OpenBLAS threads,
    /// best of `repeats`: the peak the micro benchmark is compared with, measured in the
    /// same run. Leaves OpenBLAS at one thread, the engine's setting.
    public static func sgemmGFLOPS(n: Int = 1024, repeats: Int = 5, threads: Int = 2) -> Double {
        setBLASThreads(threads)
        defer { setBLASThreads(1) }
        let a = Buffer(count: n * n), b = Buffer(count: n * n), c = Buffer(count: n * n)
        var rng = Xoshiro256(seed: 1)
        for i in 0..<(n * n) { a[i] = rng.uniform(-1, 1); b[i] = rng.uniform(-1, 1) }
        var best = Double.infinity
        for _ in 0..<repeats {
            let t = now()
            sgemm(m: n, n: n, k: n, a: a.pointer, lda: n, b: b.pointer, ldb: n, beta: 0, c: c.pointer, ldc: n)
            best = min(best, now() - t)
        }
        return 2 * Double(n) * Double(n) * Double(n) / best / 1e9
    }

    /// One recurrent layer's forward and backward on a fixed packed batch.
    /// - Returns: GFLOP/s counting the matrix products only (2·N·G·(In+H) per direction
    ///   forward, twice that backward), and seconds per forward+backward.
    public static func recurrentLayerGFLOPS(cell: CellKind, inputSize: Int, hiddenSize: Int, bidirectional: Bool,
                                            lengths: [Int], repeats: Int = 20) throws -> (gflops: Double, seconds: Double) {
        let p = ParameterSet()
        let stack = RecurrentStack(cell: cell, inputSize: inputSize, hiddenSize: hiddenSize, layers: 1,
                                   bidirectional: bidirectional, dropout: 0, parameters: p)
        p.allocate()
        var rng = Xoshiro256(seed: 2)
        let k = 1 / Float(hiddenSize).squareRoot()
        for i in 0..<p.totalCount { p.values[i] = rng.uniform(-k, k) }
        let layout = try PackedLayout(lengths: lengths)
        let N = layout.tokenCount
        let x = Buffer(count: N * inputSize), dX = Buffer(count: N * inputSize), dOut = Buffer(count: N * stack.outputSize)
        for i in 0..<(N * inputSize) { x[i] = rng.uniform(-1, 1) }
        for i in 0..<(N * stack.outputSize) { dOut[i] = rng.uniform(-1, 1) }
        var best = Double.infinity
        for _ in 0..<(repeats + 2) {
            let t = now()
            _ = stack.forward(p, layout, x: x.pointer, training: false, rng: &rng)
            stack.backward(p, layout, dOut: dOut.pointer, dX: dX.pointer)
            best = min(best, now() - t)
        }
        let G = cell.gateCount * hiddenSize
        let flops = 3 * 2 * Double(N) * Double(G) * Double(inputSize + hiddenSize) * Double(stack.directionCount)
        return (flops / best / 1e9, best)
    }
}
