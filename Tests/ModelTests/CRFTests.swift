import Foundation
import Testing
@testable import Model
import Numerics

/// The linear-chain CRF decoder: its forward algorithm, marginals and Viterbi against a
/// brute-force enumeration of every tag sequence, its gradients against finite
/// differences, and the tagger built on it.
struct CRFTests {
    /// Every length layout of a batch of 1 to 3 sentences of lengths 1...4, in caller order
    /// (sorted, reversed and interleaved alike).
    static let layouts: [[Int]] = {
        var all: [[Int]] = (1...4).map { [$0] }
        for a in 1...4 { for b in 1...4 { all.append([a, b]) } }
        for a in 1...4 { for b in 1...4 { for c in 1...4 { all.append([a, b, c]) } } }
        return all
    }()

    /// A CRF with K tags and random scores in its own parameter set, and random emissions
    /// [N, K] for a batch of `lengths`.
    struct Case {
        let parameters = ParameterSet()
        let crf: CRF
        let layout: PackedLayout
        let emissions: Buffer
        let targets: [Int32]
        var K: Int { crf.numTags }

        init(lengths: [Int], K: Int, seed: UInt64, scale: Float = 1.5) throws {
            crf = CRF(numTags: K, parameters: parameters)
            parameters.allocate()
            for (i, v) in randomFloats(parameters.totalCount, seed: seed, scale: scale).enumerated() { parameters.values[i] = v }
            layout = try PackedLayout(lengths: lengths)
            emissions = Buffer(randomFloats(layout.tokenCount * K, seed: seed &+ 1, scale: 2))
            targets = layout.pack(randomBatch(lengths: lengths, vocab: 2, tags: K, seed: seed &+ 2).tags).map { Int32($0) }
        }

        func loss() -> Double {
            targets.withUnsafeBufferPointer { crf.loss(parameters, layout, emissions: emissions.pointer, targets: $0.baseAddress!) }
        }

        /// Sentence i's emissions [n][K] and gold tags, read back from the packed rows.
        func sentence(_ i: Int) -> (emissions: [[Float]], tags: [Int]) {
            let rows = (0..<layout.lengths[i]).map { layout.row(sentence: i, position: $0) }
            return (rows.map { r in (0..<K).map { emissions[r * K + $0] } }, rows.map { Int(targets[$0]) })
        }

        /// The CRF score of `path` for sentence i, in Double, straight from the definition.
        func score(_ path: [Int], sentence i: Int) -> Double {
            let e = sentence(i).emissions
            let start = parameters.array(crf.startTransitions), end = parameters.array(crf.endTransitions)
            let trans = parameters.array(crf.transitions)
            var s = Double(start[path[0]]) + Double(end[path.last!])
            for (t, tag) in path.enumerated() {
                s += Double(e[t][tag])
                if t > 0 { s += Double(trans[path[t - 1] * K + tag]) }
            }
            return s
        }

        /// Every tag sequence of sentence i (K^n of them) with its score.
        func everyPath(sentence i: Int) -> [(path: [Int], score: Double)] {
            var paths: [[Int]] = [[]]
            for _ in 0..<layout.lengths[i] { paths = paths.flatMap { p in (0..<K).map { p + [$0] } } }
            return paths.map { ($0, score($0, sentence: i)) }
        }
    }

    static func logSumExp(_ xs: [Double]) -> Double {
        let m = xs.max()!
        return m + log(xs.reduce(0) { $0 + exp($1 - m) })
    }

    // MARK: (1) forward algorithm and marginals = brute force

    @Test(arguments: [3, 4])
    func logPartitionAndGoldScoreEqualBruteForceEnumeration(K: Int) throws {
        for (n, lengths) in Self.layouts.enumerated() {
            let c = try Case(lengths: lengths, K: K, seed: UInt64(100 + n))
            let loss = c.loss()
            let logZ = c.crf.logPartitions(c.layout), gold = c.crf.goldPathScores(c.layout)
            var expectedLoss = 0.0
            for i in lengths.indices {
                let paths = c.everyPath(sentence: i)
                let bruteZ = Self.logSumExp(paths.map(\.score))
                let bruteGold = c.score(c.sentence(i).tags, sentence: i)
                #expect(abs(logZ[i] - bruteZ) < 1e-4 * max(1, abs(bruteZ)), "\(lengths) K=\(K) sentence \(i): log Z \(logZ[i]) vs \(bruteZ)")
                #expect(abs(gold[i] - bruteGold) < 1e-5 * max(1, abs(bruteGold)), "\(lengths) K=\(K) sentence \(i): gold \(gold[i]) vs \(bruteGold)")
                expectedLoss += bruteZ - bruteGold
            }
            expectedLoss /= Double(c.layout.tokenCount)
            #expect(abs(loss - expectedLoss) < 1e-4, "\(lengths) K=\(K): loss \(loss) vs \(expectedLoss)")
        }
    }

    @Test(arguments: [3, 4])
    func logMarginalsEqualBruteForcePosteriors(K: Int) throws {
        for (n, lengths) in Self.layouts.enumerated() where n % 3 == 0 {
            let c = try Case(lengths: lengths, K: K, seed: UInt64(300 + n))
            let out = Buffer(count: c.layout.tokenCount * K)
            c.crf.logMarginals(c.parameters, c.layout, emissions: c.emissions.pointer, out: out.pointer)
            for i in lengths.indices {
                let paths = c.everyPath(sentence: i)
                let logZ = Self.logSumExp(paths.map(\.score))
                for t in 0..<lengths[i] {
                    let r = c.layout.row(sentence: i, position: t)
                    for k in 0..<K {
                        let brute = paths.filter { $0.path[t] == k }.reduce(0.0) { $0 + exp($1.score - logZ) }
                        let ours = exp(Double(out[r * K + k]))
                        #expect(abs(ours - brute) < 1e-5, "\(lengths) sentence \(i) token \(t) tag \(k): \(ours) vs \(brute)")
                    }
                }
            }
        }
    }

    // MARK: (2) Viterbi = brute-force argmax

    @Test(arguments: [3, 4])
    func viterbiEqualsBruteForceArgmax(K: Int) throws {
        for (n, lengths) in Self.layouts.enumerated() {
            let c = try Case(lengths: lengths, K: K, seed: UInt64(500 + n))
            let decoded = c.crf.decode(c.parameters, c.layout, emissions: c.emissions.pointer)
            #expect(decoded.map(\.count) == lengths)
            for i in lengths.indices {
                let paths = c.everyPath(sentence: i)
                let best = paths.max { $0.score < $1.score }!
                #expect(decoded[i] == best.path, "\(lengths) K=\(K) sentence \(i): \(decoded[i]) (\(c.score(decoded[i], sentence: i))) vs \(best.path) (\(best.score))")
            }
        }
    }

    /// With every score equal, every path ties: Viterbi takes the lowest tag ids.
    @Test func viterbiBreaksTiesTowardTheLowestTag() throws {
        let c = try Case(lengths: [2, 4, 1], K: 3, seed: 1)
        c.parameters.values.zero()
        c.emissions.zero()
        #expect(c.crf.decode(c.parameters, c.layout, emissions: c.emissions.pointer) == [[0, 0], [0, 0, 0, 0], [0]])
    }

    // MARK: (3) the layer's gradients = finite differences

    @Test(arguments: [[3, 5, 1, 3], [1], [4, 4, 2]])
    func crfGradientsMatchFiniteDifferences(lengths: [Int]) throws {
        let c = try Case(lengths: lengths, K: 4, seed: 21, scale: 1)
        _ = c.loss()
        c.parameters.zeroGradients()
        let dE = Buffer(count: c.layout.tokenCount * c.K)
        c.targets.withUnsafeBufferPointer {
            c.crf.backward(c.parameters, c.layout, emissions: c.emissions.pointer, targets: $0.baseAddress!, dEmissions: dE.pointer)
        }
        var failures = parameterGradientFailures(c.parameters, loss: c.loss)
        failures += GradientChecker().check("emissions", values: c.emissions.pointer, count: c.layout.tokenCount * c.K,
                                            analytic: dE.toArray(), loss: c.loss)
        #expect(failures.isEmpty, "\(lengths): \(failures.prefix(8))")
        // Every tensor gets a gradient (a check that passes on all-zero gradients proves
        // little), except the transitions of one-token sentences, which have none.
        for p in c.crf.parameterList where p != c.crf.transitions || lengths.max()! > 1 {
            #expect(c.parameters.gradientArray(p).contains { $0 != 0 }, "\(p.name)")
        }
    }

    /// backward adds into its gradients: twice gives double.
    @Test func backwardAddsIntoGradients() throws {
        let c = try Case(lengths: [2, 3], K: 3, seed: 4)
        _ = c.loss()
        c.parameters.zeroGradients()
        let dE = Buffer(count: c.layout.tokenCount * 3)
        for _ in 0..<2 {
            c.targets.withUnsafeBufferPointer {
                c.crf.backward(c.parameters, c.layout, emissions: c.emissions.pointer, targets: $0.baseAddress!, dEmissions: dE.pointer)
            }
        }
        let once = Buffer(count: c.layout.tokenCount * 3)
        let p2 = ParameterSet(), crf2 = CRF(numTags: 3, parameters: p2)
        p2.allocate()
        for i in 0..<p2.totalCount { p2.values[i] = c.parameters.values[i] }
        _ = c.targets.withUnsafeBufferPointer { crf2.loss(p2, c.layout, emissions: c.emissions.pointer, targets: $0.baseAddress!) }
        c.targets.withUnsafeBufferPointer {
            crf2.backward(p2, c.layout, emissions: c.emissions.pointer, targets: $0.baseAddress!, dEmissions: once.pointer)
        }
        for i in 0..<p2.totalCount { #expect(abs(c.parameters.gradients[i] - 2 * p2.gradients[i]) < 1e-6) }
        for i in 0..<once.count { #expect(abs(dE[i] - 2 * once[i]) < 1e-6) }
    }

    // MARK: (4) the whole tagger with the CRF = finite differences

    static func crfTagger(_ cell: CellKind, layers: Int = 1, bidirectional: Bool, seed: UInt64 = 7) -> Tagger {
        let config = TaggerConfig(cell: cell, layers: layers, bidirectional: bidirectional, embeddingDim: 4,
                                  hiddenSize: 3, decoder: .crf, numTags: 4, vocabSize: 9)
        let tagger = Tagger(config: config, seed: seed)
        // Non-zero CRF scores, so the check is not at the special point of all zeros.
        let p = tagger.parameters
        for name in ["crf.start_transitions", "crf.end_transitions", "crf.transitions"] {
            let q = p[name]!
            p.set(q, randomFloats(q.count, seed: seed &+ UInt64(q.offset), scale: 1))
        }
        return tagger
    }

    @Test(arguments: [(CellKind.lstm, false), (.lstm, true), (.gru, false), (.gru, true)])
    func wholeTaggerWithCRFGradientsMatchFiniteDifferences(cell: CellKind, bidirectional: Bool) throws {
        let tagger = Self.crfTagger(cell, bidirectional: bidirectional)
        let batch = randomBatch(lengths: [3, 5, 1, 3], vocab: 9, tags: 4, seed: 11)
        let failures = taggerGradientFailures(tagger) {
            try! tagger.forward(words: batch.words, tags: batch.tags, training: false)!
        }
        #expect(failures.isEmpty, "\(cell) bi=\(bidirectional): \(failures.prefix(8))")
        let names = tagger.parameters.parameters.map(\.name)
        #expect(Array(names.suffix(3)) == ["crf.start_transitions", "crf.end_transitions", "crf.transitions"])
        let row0 = tagger.parameters.gradientArray(tagger.parameters["embedding.weight"]!).prefix(4)
        #expect(row0.allSatisfy { $0 == 0 })
    }

    @Test func crfTaggerGradientsThroughDropoutMatchFiniteDifferences() throws {
        let config = TaggerConfig(cell: .lstm, layers: 2, bidirectional: true, embeddingDim: 4, hiddenSize: 3,
                                  dropout: 0.3, decoder: .crf, numTags: 4, vocabSize: 9)
        let tagger = Tagger(config: config, seed: 7)
        let batch = randomBatch(lengths: [3, 5, 1, 3], vocab: 9, tags: 4, seed: 13)
        let failures = taggerGradientFailures(tagger) {
            tagger.rng = Xoshiro256(seed: 99)
            return try! tagger.forward(words: batch.words, tags: batch.tags, training: true)!
        }
        #expect(failures.isEmpty, "\(failures.prefix(8))")
    }

    // MARK: (5) caller order and padding

    @Test(arguments: [CellKind.lstm, .gru])
    func crfPredictionsAndMarginalsComeBackInTheCallersOrder(cell: CellKind) throws {
        let tagger = Self.crfTagger(cell, layers: 2, bidirectional: true, seed: 5)
        let batch = [[1, 2], [3, 4, 5, 6], [7], [8, 1, 2], [6, 6, 6, 6, 6]]
        let together = try tagger.predict(batch)
        let marginals = tagger.logProbabilities()
        #expect(together.map(\.count) == [2, 4, 1, 3, 5])
        for (i, s) in batch.enumerated() {
            #expect(try tagger.predict([s])[0] == together[i], "sentence \(i)")
            let alone = tagger.logProbabilities()[0]
            for t in s.indices {
                for k in 0..<4 { #expect(abs(alone[t][k] - marginals[i][t][k]) < 1e-5, "sentence \(i) token \(t) tag \(k)") }
                // Posterior marginals are distributions.
                #expect(abs(alone[t].reduce(0) { $0 + exp(Double($1)) } - 1) < 1e-5)
            }
        }
        // The loss of a batch is the per-token mean of each sentence's own NLL (padding adds nothing).
        let tags = batch.map { $0.map { $0 % 4 } }
        let batchLoss = try tagger.forward(words: batch, tags: tags, training: false)!
        var total = 0.0
        for i in batch.indices {
            total += try tagger.forward(words: [batch[i]], tags: [tags[i]], training: false)! * Double(batch[i].count)
        }
        #expect(abs(batchLoss - total / Double(tags.joined().count)) < 1e-5)
    }

    // MARK: (6) learning transitions

    /// Word 1 takes tag 0 before word 2 and tag 1 before word 3: a forward-only RNN cannot
    /// see the next word, so only the CRF's transitions (0→2, 1→3) can tell them apart.
    static let words = [[1, 2], [1, 3], [4, 1, 2], [4, 1, 3], [5, 1, 3, 4], [5, 1, 2, 4], [1, 2, 1, 3], [1, 3, 1, 2]]
    static func tags(_ s: [Int]) -> [Int] {
        s.indices.map { t in s[t] == 1 ? (s[t + 1] == 2 ? 0 : 1) : [2: 2, 3: 3, 4: 4, 5: 4][s[t]]! }
    }

    static func train(_ decoder: DecoderKind, steps: Int) throws -> (first: Double, last: Double, tagger: Tagger) {
        let tags = words.map(Self.tags)
        let tagger = Tagger(config: TaggerConfig(cell: .lstm, bidirectional: false, embeddingDim: 8, hiddenSize: 8,
                                                 decoder: decoder, numTags: 5, vocabSize: 6), seed: 1)
        let optimizer = Optimizer(.adam, learningRate: 0.05)
        let first = try tagger.forward(words: words, tags: tags, training: true)!
        var last = first
        for _ in 0..<steps {
            tagger.parameters.zeroGradients()
            last = try tagger.forward(words: words, tags: tags, training: true)!
            tagger.backward()
            clipGradientNorm(tagger.parameters, maxNorm: 5)
            optimizer.step(tagger.parameters)
        }
        return (first, last, tagger)
    }

    @Test func crfLearnsTransitionsAForwardRNNCannotSee() throws {
        let tags = Self.words.map(Self.tags)
        let crf = try Self.train(.crf, steps: 120)
        #expect(crf.last < crf.first / 10, "loss \(crf.first) → \(crf.last)")
        #expect(try crf.tagger.predict(Self.words) == tags)
        let p = crf.tagger.parameters, trans = p.array(p["crf.transitions"]!)
        #expect(trans[0 * 5 + 2] > trans[0 * 5 + 3] && trans[1 * 5 + 3] > trans[1 * 5 + 2], "\(trans)")
        // The same model with a softmax gives [1, 2] and [1, 3] the same first tag: one is wrong.
        let softmax = try Self.train(.softmax, steps: 120)
        let predicted = try softmax.tagger.predict(Self.words)
        #expect(predicted[0][0] == predicted[1][0])
        #expect(predicted != tags)
    }

    // MARK: (7) config.json

    @Test func configWithCRFRoundTripsThroughJSON() throws {
        let config = TaggerConfig(cell: .gru, layers: 2, bidirectional: true, embeddingDim: 5, hiddenSize: 3,
                                  decoder: .crf, numTags: 4, vocabSize: 9)
        let data = try JSONEncoder().encode(config)
        #expect(String(decoding: data, as: UTF8.self).contains(#""decoder":"crf""#))
        #expect(try JSONDecoder().decode(TaggerConfig.self, from: data) == config)
        // A config from before the decoder was an enum reads as it always did.
        let old = TaggerConfig(embeddingDim: 5, hiddenSize: 3, numTags: 4, vocabSize: 9)
        let oldText = String(decoding: try JSONEncoder().encode(old), as: UTF8.self)
        #expect(oldText.contains(#""decoder":"softmax""#))
        #expect(try JSONDecoder().decode(TaggerConfig.self, from: Data(oldText.utf8)).decoder == .softmax)
        let withoutDecoder = oldText.replacingOccurrences(of: #""decoder":"softmax","#, with: "")
        #expect(try JSONDecoder().decode(TaggerConfig.self, from: Data(withoutDecoder.utf8)) == old)
        // An unknown decoder does not decode (ModelDirectory names it: CheckpointTests).
        let unknown = oldText.replacingOccurrences(of: #""decoder":"softmax""#, with: #""decoder":"beam""#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(TaggerConfig.self, from: Data(unknown.utf8)) }
    }

    /// A fresh CRF tagger has zero CRF scores, so it decodes as its emissions' argmax.
    @Test func untrainedCRFDecodesAsTheEmissionsArgmax() throws {
        let words = [[1, 2, 3], [4, 5]]
        let config = TaggerConfig(embeddingDim: 4, hiddenSize: 3, decoder: .crf, numTags: 4, vocabSize: 9)
        let crf = Tagger(config: config, seed: 3)
        var plainConfig = config
        plainConfig.decoder = .softmax
        let softmax = Tagger(config: plainConfig, seed: 3)
        #expect(try crf.predict(words) == softmax.predict(words))
    }
}
