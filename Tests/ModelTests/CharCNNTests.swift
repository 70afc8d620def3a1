import Testing
@testable import Model
import Numerics
import Training

/// The character CNN alone and inside the tagger: finite-difference gradients, the
/// padding character row, the per-word definition and the errors of a bad batch.
struct CharCNNTests {
    static let config = CharCNNConfig(embeddingDim: 3, filters: 4, width: 3)
    static let charVocab = 7

    /// Words of 1, 2, 5 and 7 characters (7 > width), the characters of word n at
    /// `offsets[n] ..< offsets[n+1]`; the last word holds a padding id 0 in its middle.
    static let words: [[Int32]] = [[3], [1, 6], [2, 5, 4, 4, 1], [6, 2, 3, 0, 5, 1, 2]]

    /// A CharCNN with random parameters over `words`, and its flattened input.
    static func layer() -> (CharCNN, ParameterSet, chars: [Int32], offsets: [Int32]) {
        let p = ParameterSet()
        let cnn = CharCNN(vocabularySize: charVocab, config: config, parameters: p)
        p.allocate()
        for (i, v) in randomFloats(p.totalCount, seed: 21).enumerated() { p.values[i] = v }
        p.value(cnn.table).update(repeating: 0, count: config.embeddingDim)
        let offsets = words.reduce(into: [Int32(0)]) { $0.append($0.last! + Int32($1.count)) }
        return (cnn, p, words.flatMap { $0 }, offsets)
    }

    @Test func layerGradientsMatchFiniteDifferences() {
        let (cnn, p, chars, offsets) = Self.layer()
        let n = Self.words.count, f = Self.config.filters
        let features = Buffer(count: n * f)
        let weights = randomFloats(n * f, seed: 22)  // loss = Σ weights ⊙ features
        let loss = { () -> Double in
            cnn.forward(p, chars: chars, offsets: offsets, n: n, features: features.pointer, stride: f)
            return (0..<(n * f)).reduce(0.0) { $0 + Double(weights[$1]) * Double(features[$1]) }
        }
        _ = loss()
        weights.withUnsafeBufferPointer {
            cnn.backward(p, chars: chars, offsets: offsets, n: n, dFeatures: $0.baseAddress!, stride: f)
        }
        var failures: [String] = []
        for q in p.parameters {
            // Row 0 of the table is padding: its numeric gradient is not zero (id 0 sits
            // inside the last word) but it must get none; checked below.
            let skip = q == cnn.table ? Self.config.embeddingDim : 0
            failures += GradientChecker().check(q.name, values: p.value(q), count: q.count, analytic: p.gradientArray(q),
                                                indices: Array(skip..<q.count), loss: loss)
        }
        #expect(failures.isEmpty, "\(failures.prefix(8))")
        #expect(p.gradientArray(cnn.table).prefix(Self.config.embeddingDim).allSatisfy { $0 == 0 })
        // Every used row got some gradient, so the check above was not vacuous.
        for id in Set(chars) where id != 0 {
            let row = p.gradientArray(cnn.table)[(Int(id) * 3)..<(Int(id) * 3 + 3)]
            #expect(row.contains { $0 != 0 }, "char \(id)")
        }
    }

    /// The features equal the definition in docs/model-format.md, computed naively per
    /// word: zero-padded cross-correlation plus bias, maximum over the word's own positions.
    @Test func featuresFollowTheDefinition() {
        let (cnn, p, chars, offsets) = Self.layer()
        let n = Self.words.count, f = Self.config.filters, c = Self.config.embeddingDim, w = Self.config.width
        let features = Buffer(count: n * (f + 2))
        cnn.forward(p, chars: chars, offsets: offsets, n: n, features: features.pointer + 2, stride: f + 2)
        let e = p.array(cnn.table), weight = p.array(cnn.weight), bias = p.array(cnn.bias)
        for (word, ids) in Self.words.enumerated() {
            for o in 0..<f {
                var best = -Float.infinity
                for j in ids.indices {
                    var y = bias[o]
                    for ch in 0..<c {
                        for k in 0..<w where ids.indices.contains(j + k - 1) {
                            y += weight[(o * c + ch) * w + k] * e[Int(ids[j + k - 1]) * c + ch]
                        }
                    }
                    best = max(best, y)
                }
                #expect(abs(features[word * (f + 2) + 2 + o] - best) < 1e-5, "word \(word) filter \(o)")
            }
            // The stride leaves the other columns alone.
            #expect(features[word * (f + 2)] == 0 && features[word * (f + 2) + 1] == 0)
        }
    }

    static let architectures: [(CellKind, Int, Bool)] = [(.lstm, 2, true), (.gru, 1, false)]

    // Through the whole tagger the checks step by 1e-3, not the default 1e-2: the max over
    // a word's positions is piecewise linear, and a step of 1e-2 in a convolution weight
    // moves some word's maximum across a kink (its argmax changes), which no analytic
    // gradient can match. Float32 noise at 1e-3 stays well under the tolerance.

    /// Runs `loss` (a forward with tags), backward, and checks every parameter's gradient.
    static func gradientFailures(_ tagger: Tagger, loss: () -> Double) -> [String] {
        taggerGradientFailures(tagger, checker: GradientChecker(epsilon: 1e-3), loss: loss)
    }

    @Test(arguments: architectures)
    func wholeTaggerGradientsMatchFiniteDifferences(cell: CellKind, layers: Int, bidirectional: Bool) throws {
        let config = TaggerConfig(cell: cell, layers: layers, bidirectional: bidirectional, embeddingDim: 4,
                                  hiddenSize: 3, charCNN: CharCNNConfig(embeddingDim: 3, filters: 3, width: 3),
                                  numTags: 5, vocabSize: 9, charVocabSize: 8)
        let tagger = Tagger(config: config, seed: 7)
        let batch = randomBatch(lengths: GradientCheckTests.lengths, vocab: 9, tags: 5, seed: 11)
        let chars = randomChars(batch.words, vocab: 8, seed: 12)
        let loss = { try! tagger.forward(words: batch.words, chars: chars, tags: batch.tags, training: false)! }
        let failures = Self.gradientFailures(tagger, loss: loss)
        #expect(failures.isEmpty, "\(cell) \(layers)L bi=\(bidirectional): \(failures.prefix(8))")
        let names = tagger.parameters.parameters.map(\.name)
        #expect(Array(names.prefix(4)) == ["embedding.weight", "char_embedding.weight", "char_cnn.weight", "char_cnn.bias"])
        #expect(tagger.parameters["rnn.weight_ih_l0"]!.shape == [cell.gateCount * 3, 4 + 3])
    }

    /// With dropout on the concatenated input and fixed masks, gradients still check.
    @Test func gradientsThroughDropoutMatchFiniteDifferences() throws {
        let config = TaggerConfig(cell: .lstm, layers: 1, bidirectional: true, embeddingDim: 3, hiddenSize: 3,
                                  dropout: 0.3, charCNN: CharCNNConfig(embeddingDim: 2, filters: 3, width: 3),
                                  numTags: 4, vocabSize: 9, charVocabSize: 6)
        let tagger = Tagger(config: config, seed: 8)
        let batch = randomBatch(lengths: GradientCheckTests.lengths, vocab: 9, tags: 4, seed: 14)
        let chars = randomChars(batch.words, vocab: 6, seed: 15)
        let loss = { () -> Double in
            tagger.rng = Xoshiro256(seed: 99)
            return try! tagger.forward(words: batch.words, chars: chars, tags: batch.tags, training: true)!
        }
        let failures = Self.gradientFailures(tagger, loss: loss)
        #expect(failures.isEmpty, "\(failures.prefix(8))")
    }

    /// A fresh tagger's char table has a zero padding row, and training keeps it zero.
    @Test func paddingCharRowStaysZero() throws {
        let config = TaggerConfig(embeddingDim: 4, hiddenSize: 4, charCNN: CharCNNConfig(embeddingDim: 3, filters: 4),
                                  numTags: 3, vocabSize: 6, charVocabSize: 5)
        let tagger = Tagger(config: config, seed: 3)
        let table = tagger.parameters["char_embedding.weight"]!
        #expect(tagger.parameters.array(table).prefix(3).allSatisfy { $0 == 0 })
        #expect(tagger.parameters.array(table).dropFirst(3).contains { $0 != 0 })
        let words = [[2, 3], [4]], chars = [[[1, 0, 2], [3]], [[4, 4, 0, 0, 1]]], tags = [[0, 1], [2]]
        let optimizer = Optimizer(.adamw, learningRate: 0.1, weightDecay: 0.1)
        for _ in 0..<3 {
            tagger.parameters.zeroGradients()
            try tagger.forward(words: words, chars: chars, tags: tags, training: true)
            tagger.backward()
            #expect(tagger.parameters.gradientArray(table).prefix(3).allSatisfy { $0 == 0 })
            optimizer.step(tagger.parameters)
        }
        #expect(tagger.parameters.array(table).prefix(3).allSatisfy { $0 == 0 })
    }

    /// A word's features depend on its own characters only: the same sentence gets the
    /// same outputs alone and in a batch with longer sentences and longer words.
    @Test func paddingNeverChangesAResultWithCharacters() throws {
        let config = TaggerConfig(cell: .gru, layers: 1, bidirectional: true, embeddingDim: 4, hiddenSize: 5,
                                  charCNN: CharCNNConfig(embeddingDim: 3, filters: 4, width: 5),
                                  numTags: 4, vocabSize: 10, charVocabSize: 9)
        let tagger = Tagger(config: config, seed: 4)
        let sentence = [4, 9, 2], sentenceChars = [[2], [3, 4, 5, 6, 7, 8], [1, 2]]
        _ = try tagger.predict([sentence], chars: [sentenceChars])
        let alone = tagger.logProbabilities()[0]
        _ = try tagger.predict([[1, 2, 3, 4, 5], sentence, [8]],
                               chars: [[[1, 2, 3, 4, 5, 6, 7, 8, 1], [2], [3, 3], [4], [5]], sentenceChars, [[8, 8, 8]]])
        let batched = tagger.logProbabilities()[1]
        for t in 0..<3 {
            for k in 0..<4 { #expect(abs(alone[t][k] - batched[t][k]) < 1e-5, "token \(t) tag \(k)") }
        }
    }

    @Test func badCharactersAreErrors() throws {
        let config = TaggerConfig(embeddingDim: 3, hiddenSize: 2, charCNN: CharCNNConfig(embeddingDim: 2, filters: 2),
                                  numTags: 3, vocabSize: 5, charVocabSize: 4)
        let tagger = Tagger(config: config)
        #expect(throws: BatchError.missingChars) { try tagger.predict([[1, 2]]) }
        #expect(throws: BatchError.charSentencesMismatch(words: 2, chars: 1)) { try tagger.predict([[1], [2]], chars: [[[1]]]) }
        #expect(throws: BatchError.charWordsMismatch(index: 0, words: 2, chars: 1)) { try tagger.predict([[1, 2]], chars: [[[1]]]) }
        #expect(throws: BatchError.emptyWord(index: 1, position: 0)) { try tagger.predict([[1], [2]], chars: [[[1]], [[]]]) }
        #expect(throws: BatchError.charOutOfRange(index: 0, position: 1, char: 2, id: 4, limit: 4)) {
            try tagger.predict([[1, 2]], chars: [[[1], [2, 3, 4]]])
        }
        #expect(BatchError.charOutOfRange(index: 0, position: 1, char: 2, id: 4, limit: 4).description
            == "sentence 0, token 1, character 2: id 4 is outside 0..<4")
        // A model without character features ignores them.
        let plain = Tagger(config: TaggerConfig(embeddingDim: 3, hiddenSize: 2, numTags: 3, vocabSize: 5))
        #expect(try plain.predict([[1, 2]], chars: [[[1], [2]]]) == plain.predict([[1, 2]]))
    }
}

/// The trainer and `evaluate` hand each batch's characters to the tagger: when every
/// word id is `<unk>` and only the characters tell the tags apart, training reaches full
/// accuracy (with word dropout on, which must leave the characters alone).
@Test func trainerLearnsFromCharactersAlone() throws {
    var rng = Xoshiro256(seed: 5)
    let chars = (0..<40).map { _ in
        (0..<(1 + Int(rng.next() % 4))).map { _ in (0..<(1 + Int(rng.next() % 5))).map { _ in 2 + Int(rng.next() % 4) } }
    }
    let corpus = EncodedCorpus(words: chars.map { $0.map { _ in 1 } }, tags: chars.map { $0.map { $0.contains(3) ? 1 : 0 } },
                               chars: chars)
    let config = TaggerConfig(embeddingDim: 4, hiddenSize: 8, charCNN: CharCNNConfig(embeddingDim: 4, filters: 6),
                              numTags: 2, vocabSize: 3, charVocabSize: 6)
    var options = TrainingOptions()
    options.epochs = 40; options.batchSize = 8; options.learningRate = 0.02; options.patience = 40; options.wordDropout = 0.5
    let tagger = Tagger(config: config, seed: 1)
    try Trainer(tagger: tagger, options: options).train(on: corpus, dev: nil)
    #expect(try evaluate(tagger, on: corpus).accuracy == 1)
}

/// For each word, 1 to 6 character ids in 1..<vocab.
func randomChars(_ words: [[Int]], vocab: Int, seed: UInt64) -> [[[Int]]] {
    var rng = Xoshiro256(seed: seed)
    return words.map { s in
        s.map { _ in (0..<(1 + Int(rng.next() % 6))).map { _ in 1 + Int(rng.next() % UInt64(vocab - 1)) } }
    }
}
