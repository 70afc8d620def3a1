import Assets
import Corpus
import Foundation
import Model
import Numerics
import Testing
@testable import Training

/// The embedded corpus, encoded (the first `limit` training sentences).
private func embedded(limit: Int = 300) throws -> (train: EncodedCorpus, dev: EncodedCorpus, vocabulary: Vocabulary) {
    let train = Array(try CoNLLUReader.readAll(text: DefaultCorpus.train, name: DefaultCorpus.trainName).prefix(limit))
    let dev = try CoNLLUReader.readAll(text: DefaultCorpus.dev, name: DefaultCorpus.devName)
    // Every dev tag must be known: build tags from both (words from train only).
    let vocabulary = Vocabulary.build(words: train.map(\.words), tags: train.map(\.tags) + dev.map(\.tags))
    return (try encode(train, vocabulary: vocabulary, name: "train"), try encode(dev, vocabulary: vocabulary, name: "dev"), vocabulary)
}

private func smallConfig(_ vocabulary: Vocabulary, dropout: Float = 0.2) -> TaggerConfig {
    TaggerConfig(cell: .lstm, layers: 1, bidirectional: true, embeddingDim: 16, hiddenSize: 16, dropout: dropout,
                 numTags: vocabulary.tags.count, vocabSize: vocabulary.words.count)
}

private func options(epochs: Int = 2, seed: UInt64 = 1) -> TrainingOptions {
    var o = TrainingOptions()
    o.epochs = epochs
    o.seed = seed
    o.batchSize = 16
    o.wordDropout = 0.05
    return o
}

@Test func aFixedSeedGivesTheSameRunTwice() throws {
    let data = try embedded()
    func run(seed: UInt64) throws -> [UInt32] {
        let tagger = Tagger(config: smallConfig(data.vocabulary), seed: seed)
        try Trainer(tagger: tagger, options: options(seed: seed)).train(on: data.train, dev: data.dev)
        return tagger.parameters.values.toArray().map(\.bitPattern)
    }
    let a = try run(seed: 3), b = try run(seed: 3), c = try run(seed: 4)
    #expect(a == b)
    #expect(a != c)
}

@Test func trainingLearnsTheEmbeddedCorpusAndReportsEveryEpoch() throws {
    let data = try embedded(limit: 1000)
    let tagger = Tagger(config: smallConfig(data.vocabulary), seed: 1)
    var batches = 0, epochs: [EpochSummary] = [], best: [Int] = []
    let trainer = Trainer(tagger: tagger, options: options(epochs: 4))
    let stop = try trainer.train(on: data.train, dev: data.dev, onEvent: { event in
        switch event {
        case .batch(let b):
            batches += 1
            #expect(b.layout.tokenCount == b.tokens && b.sentenceIndices.count == b.layout.batchCount)
        case .epoch(let e): epochs.append(e)
        }
    }, onBest: { best.append($0.epoch) })
    #expect(stop == .finished)
    #expect(epochs.map(\.epoch) == [1, 2, 3, 4])
    #expect(batches == 4 * ((1000 + 15) / 16))
    #expect(epochs.last!.trainLoss < epochs.first!.trainLoss)
    #expect(epochs.last!.devAccuracy! > 0.6, "dev accuracy \(epochs.last!.devAccuracy!)")
    #expect(best.first == 1 && best == epochs.filter(\.best).map(\.epoch))
    #expect(trainer.history == epochs)
}

@Test func stoppingConditionsEndTheRunBetweenBatches() throws {
    let data = try embedded(limit: 64)
    let tagger = Tagger(config: smallConfig(data.vocabulary), seed: 1)
    var o = options(epochs: 50)
    o.maxSeconds = 1e-9
    #expect(try Trainer(tagger: tagger, options: o).train(on: data.train, dev: nil) == .timeLimit)
    var polls = 0
    let stop = try Trainer(tagger: tagger, options: options(epochs: 50)).train(
        on: data.train, dev: nil, shouldStop: { polls += 1; return polls > 5 })
    #expect(stop == .interrupted && polls == 6)
    // Without improvement for `patience` epochs the run stops early: a zero learning rate
    // never improves after the first epoch.
    var still = options(epochs: 50)
    still.learningRate = 1e-30
    still.patience = 2
    let trainer = Trainer(tagger: tagger, options: still)
    #expect(try trainer.train(on: data.train, dev: data.dev) == .earlyStopping)
    #expect(trainer.history.count == 3)
}

@Test func aNonFiniteLossStopsTheRunWithoutApplyingTheStep() throws {
    let data = try embedded(limit: 40)
    let tagger = Tagger(config: smallConfig(data.vocabulary, dropout: 0), seed: 1)
    tagger.parameters.value(tagger.parameters["output.bias"]!)[0] = .nan
    let before = tagger.parameters.values.toArray().map(\.bitPattern)
    #expect {
        try Trainer(tagger: tagger, options: options()).train(on: data.train, dev: nil)
    } throws: { error in
        "\(error)".contains("the loss is not finite") && "\(error)".contains("the step was not applied")
    }
    #expect(tagger.parameters.values.toArray().map(\.bitPattern) == before)
}

@Test func bucketedBatchesCoverEverySentenceOnceWithSimilarLengths() {
    var rng = Xoshiro256(seed: 9)
    let lengths = (0..<1000).map { _ in 1 + Int(rng.next() % 40) }
    let batches = bucketedBatches(lengths: lengths, batchSize: 32, rng: &rng)
    #expect(batches.flatMap { $0 }.sorted() == Array(0..<1000))
    #expect(batches.allSatisfy { $0.count <= 32 })
    // Bucketing keeps padding small: far below the ~40% of random batches.
    let padded = batches.reduce(0) { $0 + $1.count * $1.map { lengths[$0] }.max()! }
    let real = lengths.reduce(0, +)
    #expect(Double(padded - real) / Double(padded) < 0.05)
}

@Test func aSavedModelPredictsExactlyAsTheOriginal() throws {
    let data = try embedded(limit: 100)
    let config = smallConfig(data.vocabulary)
    let tagger = Tagger(config: config, seed: 2)
    try Trainer(tagger: tagger, options: options(epochs: 1)).train(on: data.train, dev: nil)
    try withTemporaryDirectory { dir in
        try ModelDirectory.save(config: config, vocabulary: data.vocabulary, parameters: tagger.parameters, to: dir)
        let loaded = try ModelDirectory.load(from: dir)
        #expect(loaded.config == config && loaded.vocabulary == data.vocabulary)
        let copy = Tagger(config: loaded.config, seed: 99)
        try loaded.loadParameters(into: copy.parameters)
        #expect(copy.parameters.values.toArray().map(\.bitPattern) == tagger.parameters.values.toArray().map(\.bitPattern))
        #expect(try copy.predict(data.dev.words) == tagger.predict(data.dev.words))
    }
}
