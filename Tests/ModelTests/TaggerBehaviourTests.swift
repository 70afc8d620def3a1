import Testing
@testable import Model
import Numerics

/// Padding never changes a result: a sentence gets the same outputs alone and in a
/// batch with longer ones, in either direction and with either cell.
@Test(arguments: [CellKind.lstm, .gru], [false, true])
func paddingNeverChangesAResult(cell: CellKind, bidirectional: Bool) throws {
    let config = TaggerConfig(cell: cell, layers: 2, bidirectional: bidirectional, embeddingDim: 6,
                              hiddenSize: 5, numTags: 4, vocabSize: 20)
    let tagger = Tagger(config: config, seed: 3)
    let sentence = [4, 9, 2]
    _ = try tagger.predict([sentence])
    let alone = tagger.logProbabilities()[0]
    _ = try tagger.predict([[1, 2, 3, 4, 5, 6, 7], sentence, [8, 8, 8, 8, 8], [3]])
    let batched = tagger.logProbabilities()[1]
    for t in 0..<sentence.count {
        for k in 0..<4 { #expect(abs(alone[t][k] - batched[t][k]) < 1e-5, "token \(t) tag \(k)") }
    }
    // And the masked loss of the batch equals the padded, masked mean computed naively.
    let words = [[1, 2, 3, 4, 5, 6, 7], sentence, [8, 8, 8, 8, 8], [3]]
    let tags = words.map { $0.map { $0 % 4 } }
    let loss = try tagger.forward(words: words, tags: tags, training: false)!
    let lp = tagger.logProbabilities()
    var total = 0.0, count = 0
    let T = 7
    for i in words.indices {
        for t in 0..<T where t < words[i].count {  // the mask
            total -= Double(lp[i][t][tags[i][t]]); count += 1
        }
    }
    #expect(abs(loss - total / Double(count)) < 1e-6)
}

/// Results come back in the caller's order whatever the sort did.
@Test func predictionsComeBackInTheCallersOrder() throws {
    let tagger = Tagger(config: TaggerConfig(embeddingDim: 5, hiddenSize: 4, numTags: 3, vocabSize: 12), seed: 5)
    let batch = [[1, 2], [3, 4, 5, 6], [7], [8, 9, 10]]
    let together = try tagger.predict(batch)
    for (i, s) in batch.enumerated() {
        #expect(try tagger.predict([s])[0] == together[i])
    }
    #expect(together.map(\.count) == [2, 4, 1, 3])
}

@Test func badBatchesAreErrors() {
    let tagger = Tagger(config: TaggerConfig(embeddingDim: 3, hiddenSize: 2, numTags: 3, vocabSize: 5))
    #expect(throws: BatchError.emptySentence(index: 1)) { try tagger.predict([[1], []]) }
    #expect(throws: BatchError.idOutOfRange(index: 0, position: 1, id: 5, limit: 5)) { try tagger.predict([[1, 5]]) }
    #expect(throws: BatchError.lengthMismatch(index: 0, words: 2, tags: 1)) {
        try tagger.forward(words: [[1, 2]], tags: [[0]], training: true)
    }
    #expect(throws: BatchError.idOutOfRange(index: 0, position: 0, id: 3, limit: 3)) {
        try tagger.forward(words: [[1]], tags: [[3]], training: true)
    }
}

/// Overfitting works: on a tiny corpus whose tags need context (the same word takes
/// different tags), every optimiser drives the loss down and reaches 100% accuracy.
@Test(arguments: [(CellKind.lstm, OptimizerKind.adam), (.gru, .adamw), (.lstm, .sgd), (.gru, .adam)])
func trainingOnATinyCorpusReachesFullAccuracy(cell: CellKind, kind: OptimizerKind) throws {
    // Word 1 is tagged 0 after word 2 and 1 after word 3: only context tells them apart.
    let words = [[2, 1, 4], [3, 1, 4, 5], [5, 2, 1], [3, 1], [4, 4, 3, 1, 5, 2, 1], [1], [2, 2, 1, 3, 1]]
    func tag(_ s: [Int]) -> [Int] {
        s.indices.map { t in s[t] != 1 ? (s[t] % 3) + 2 : (t > 0 && s[t - 1] == 3 ? 1 : 0) }
    }
    let tags = words.map(tag)
    let tagger = Tagger(config: TaggerConfig(cell: cell, layers: 1, bidirectional: true, embeddingDim: 8,
                                             hiddenSize: 12, numTags: 5, vocabSize: 6), seed: 1)
    let optimizer = Optimizer(kind, learningRate: kind == .sgd ? 0.3 : 0.05)
    let first = try tagger.forward(words: words, tags: tags, training: true)!
    var last = first
    for _ in 0..<150 {
        tagger.parameters.zeroGradients()
        last = try tagger.forward(words: words, tags: tags, training: true)!
        tagger.backward()
        clipGradientNorm(tagger.parameters, maxNorm: 5)
        optimizer.step(tagger.parameters)
    }
    #expect(last < first / 10, "loss \(first) → \(last)")
    #expect(try tagger.predict(words) == tags)
    // Padding row still zero after training.
    #expect(tagger.parameters.array(tagger.parameters["embedding.weight"]!).prefix(8).allSatisfy { $0 == 0 })
}

/// Inference (`infer`, with and without the table of input projections, keeping nothing
/// for backward) gives the forward pass's log-probabilities up to rounding and the same
/// tags, for every cell, depth, direction count and decoder, on a batch where sentences
/// start and end at different steps.
@Test(arguments: [CellKind.lstm, .gru], [(1, false), (2, false), (1, true), (2, true)])
func inferenceMatchesTheForwardPass(cell: CellKind, shape: (layers: Int, bidirectional: Bool)) throws {
    for decoder in [DecoderKind.softmax, .crf] {
        let config = TaggerConfig(cell: cell, layers: shape.layers, bidirectional: shape.bidirectional, embeddingDim: 7,
                                  hiddenSize: 9, decoder: decoder, numTags: 5, vocabSize: 30)
        let tagger = Tagger(config: config, seed: 8)
        let words = [[3, 1, 4, 1, 5, 9, 2, 6], [5, 3], [5, 8, 9, 7, 9], [2], [3, 2, 3, 8, 4, 6]]
        let tags = words.map { $0.map { $0 % 5 } }
        let loss = try #require(try tagger.forward(words: words, tags: tags, training: false))
        let expected = tagger.logProbabilities(), expectedTags = tagger.predictedTags()
        let table = try #require(tagger.makeInputTable())
        for t in [nil, table] {
            let got = try #require(try tagger.infer(words: words, tags: tags, table: t))
            #expect(abs(got - loss) < 1e-5 * max(1, abs(loss)), "\(decoder) table \(t != nil): loss")
            let lp = tagger.logProbabilities()
            let differences = zip(lp.joined().joined(), expected.joined().joined()).map { abs($0 - $1) }
            let worst = differences.max() ?? 0
            #expect(worst < 1e-5, "\(decoder) table \(t != nil): log-probabilities differ by \(worst)")
            #expect(tagger.predictedTags() == expectedTags, "\(decoder) table \(t != nil)")
        }
    }
}

@Test func noInputTableForCharacterFeaturesOrWhenTooBig() {
    let words = TaggerConfig(embeddingDim: 4, hiddenSize: 3, numTags: 3, vocabSize: 10)
    #expect(Tagger(config: words).makeInputTable() != nil)
    #expect(Tagger(config: words).makeInputTable(limit: 10 * 4 * 3 - 1) == nil)
    var chars = words
    chars.charCNN = CharCNNConfig(embeddingDim: 3, filters: 4, width: 3)
    chars.charVocabSize = 8
    #expect(Tagger(config: chars).makeInputTable() == nil)
}
