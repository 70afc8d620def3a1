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

private func smallConfig(_ vocabulary: Vocabulary, dropout: Float = 0.2, bidirectional: Bool = true) -> TaggerConfig {
    TaggerConfig(cell: .lstm, layers: 1, bidirectional: bidirectional, embeddingDim: 16, hiddenSize: 16, dropout: dropout,
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
        case .skipped(let bad): Issue.record("skipped \(bad)")
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

/// Bit patterns of every weight, to compare runs exactly.
private func bits(_ tagger: Tagger) -> [UInt32] { tagger.parameters.values.toArray().map(\.bitPattern) }

/// (The one-direction cases train data-parallel: two workers, two dropout generators.)
@Test(arguments: [(OptimizerKind.adam, 1, 5, true), (.adamw, 2, 0, true), (.sgd, 1, 1, true), (.adam, 3, 12, true),
                  (.adam, 2, 7, false), (.adamw, 1, 3, false)])
func aRunInterruptedAndResumedEndsWithTheSameWeights(optimizer: OptimizerKind, stopEpoch: Int, stopBatch: Int,
                                                     bidirectional: Bool) throws {
    let data = try embedded(limit: 200)
    let config = smallConfig(data.vocabulary, bidirectional: bidirectional)
    var o = options(epochs: 3)
    o.optimizer = optimizer
    o.learningRateDecay = 0.9
    // The reference: never interrupted.
    let reference = Tagger(config: config, seed: 5)
    let referenceTrainer = Trainer(tagger: reference, options: o)
    try referenceTrainer.train(on: data.train, dev: data.dev)

    try withTemporaryDirectory { dir in
        // Interrupted before batch `stopBatch` of epoch `stopEpoch`, saved, and the process "gone".
        do {
            let tagger = Tagger(config: config, seed: 5)
            var batchesSeen = 0, epoch = 1
            let trainer = Trainer(tagger: tagger, options: o)
            let stop = try trainer.train(
                on: data.train, dev: data.dev,
                onEvent: { if case .epoch = $0 { epoch += 1; batchesSeen = 0 } else { batchesSeen += 1 } },
                shouldStop: { epoch == stopEpoch && batchesSeen == stopBatch })
            #expect(stop == .interrupted)
            try ResumePoint.save(trainer, extra: ["note": "kept"], to: dir)
        }
        let point = try ResumePoint.load(from: dir)
        #expect(point.config == config && point.options == o && point.extra["note"] == "kept")
        #expect(point.state.epoch == stopEpoch && point.state.nextBatch == stopBatch)
        // A new tagger with other initial weights and generators: everything comes from the file.
        let resumed = Tagger(config: point.config, seed: 77)
        let trainer = Trainer(tagger: resumed, options: point.options)
        try point.restore(into: trainer)
        #expect(try trainer.train(on: data.train, dev: data.dev) == .finished)
        #expect(bits(resumed) == bits(reference))
        #expect(trainer.history.map(\.trainLoss) == referenceTrainer.history.map(\.trainLoss))
        #expect(trainer.history.map(\.devAccuracy) == referenceTrainer.history.map(\.devAccuracy))
        #expect(trainer.optimizer.m == referenceTrainer.optimizer.m && trainer.optimizer.v == referenceTrainer.optimizer.v)
    }
}

@Test func aFinishedRunHasNothingLeftToResume() throws {
    let data = try embedded(limit: 40)
    let tagger = Tagger(config: smallConfig(data.vocabulary), seed: 1)
    let trainer = Trainer(tagger: tagger, options: options(epochs: 2))
    #expect(try trainer.train(on: data.train, dev: nil) == .finished)
    try withTemporaryDirectory { dir in
        try ResumePoint.save(trainer, to: dir)
        let point = try ResumePoint.load(from: dir)
        #expect(point.state.stopReason == .finished)
        let again = Trainer(tagger: Tagger(config: point.config), options: point.options)
        try point.restore(into: again)
        var batches = 0
        #expect(try again.train(on: data.train, dev: nil, onEvent: { _ in batches += 1 }) == .finished)
        #expect(batches == 0)
    }
}

@Test func aDamagedResumePointOrCheckpointIsRefusedByItsChecksum() throws {
    let data = try embedded(limit: 40)
    let config = smallConfig(data.vocabulary)
    let tagger = Tagger(config: config, seed: 1)
    let trainer = Trainer(tagger: tagger, options: options(epochs: 1))
    try trainer.train(on: data.train, dev: nil)
    try withTemporaryDirectory { dir in
        try ResumePoint.save(trainer, to: dir)
        try ModelDirectory.save(config: config, vocabulary: data.vocabulary, parameters: tagger.parameters, to: dir)
        for name in [ResumePoint.fileName, ModelDirectory.weightsFile] {
            let url = dir.appendingPathComponent(name)
            var bytes = try Data(contentsOf: url)
            bytes[bytes.count - 3] ^= 0x40  // one bit of the last tensor's data
            try bytes.write(to: url)
        }
        #expect(throws: CheckpointError.self) { try ResumePoint.load(from: dir) }
        let loaded = try ModelDirectory.load(from: dir)
        #expect {
            try loaded.loadParameters(into: Tagger(config: config).parameters)
        } throws: { error in
            "\(error)".hasPrefix("model.safetensors: the tensors do not match the file's checksum")
        }
    }
}

@Test func badBatchesAreSkippedAndReportedUnderSkipBadBatches() throws {
    let data = try embedded(limit: 120)
    let tagger = Tagger(config: smallConfig(data.vocabulary, dropout: 0), seed: 1)
    // A NaN embedding row poisons exactly the batches with that word.
    let word = data.train.words[7][0]
    let embedding = tagger.parameters["embedding.weight"]!
    tagger.parameters.value(embedding)[word * 16] = .nan
    var o = options(epochs: 1)
    o.wordDropout = 0
    o.skipBadBatches = true
    var skipped: [BadBatch] = [], trained = 0
    let trainer = Trainer(tagger: tagger, options: o)
    #expect(try trainer.train(on: data.train, dev: nil, onEvent: { event in
        switch event {
        case .skipped(let bad): skipped.append(bad)
        case .batch: trained += 1
        case .epoch: break
        }
    }) == .finished)
    let poisoned = (0..<data.train.count).filter { data.train.words[$0].contains(word) }
    #expect(!skipped.isEmpty && trained > 0)
    #expect(Set(skipped.flatMap(\.sentences)).isSuperset(of: poisoned))
    // Only those: a NaN input reaches the loss (the activations' clamps let it through).
    #expect(skipped.allSatisfy { $0.sentences.contains { poisoned.contains($0) } },
            "\(skipped) poisoned \(poisoned)")
    #expect(skipped.allSatisfy { $0.what == "loss" }, "\(skipped.map(\.what))")
    #expect(trainer.state.skippedBatches == skipped.count)
    // Only the poisoned entry is NaN: no bad step reached the other weights.
    let values = tagger.parameters.values.toArray()
    #expect(values.filter(\.isNaN).count == 1)
}

@Test func aNonFiniteGradientStopsTheRun() throws {
    let data = try embedded(limit: 40)
    let tagger = Tagger(config: smallConfig(data.vocabulary, dropout: 0), seed: 1)
    // A huge output weight overflows the gradient of the layer below while the loss stays finite.
    let output = tagger.parameters["output.weight"]!
    for i in 0..<output.count { tagger.parameters.value(output)[i] = i % 2 == 0 ? 1e37 : -1e37 }
    let before = bits(tagger)
    var o = options()
    o.wordDropout = 0
    #expect {
        try Trainer(tagger: tagger, options: o).train(on: data.train, dev: nil)
    } throws: { error in
        "\(error)".contains("is not finite") && "\(error)".contains("training sentences")
    }
    #expect(bits(tagger) == before)
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

@Test func theChecksumIsTheStandardCRC32() {
    var crc = CRC32()
    crc.update(Data("1234".utf8))
    crc.update(Data("56789".utf8))
    #expect(crc.hex == "cbf43926")  // the check value of CRC-32/ISO-HDLC (zlib's crc32)
}

@Test func splittingABatchBetweenTwoWorkersGivesTheWholeBatchGradient() throws {
    let data = try embedded(limit: 64)
    for cell in [CellKind.lstm, .gru] {
        var config = smallConfig(data.vocabulary, dropout: 0, bidirectional: false)
        config.cell = cell
        config.layers = 2
        let whole = Tagger(config: config, seed: 3), split = Tagger(config: config, seed: 3)
        let batch = data.train.batch(Array(0..<21))
        whole.parameters.zeroGradients()
        let expected = try whole.forward(words: batch.words, tags: batch.tags, training: true)!
        whole.backward()
        let workers = BatchWorkers(tagger: split, replicaSeed: 9)
        split.parameters.zeroGradients()
        let loss = try workers.forwardBackward(batch)
        #expect(abs(loss - expected) < 1e-6 * abs(expected))
        let a = whole.parameters.gradients.toArray(), b = split.parameters.gradients.toArray()
        let scale = a.map(abs).max()!
        let worst = zip(a, b).map { abs($0 - $1) }.max()!
        #expect(worst < 1e-5 * scale, "\(cell): largest gradient difference \(worst) (largest gradient \(scale))")
        #expect(workers.replica.parameters.gradients.toArray().allSatisfy { $0 == 0 }, "the replica's gradients are cleared")
        // The same predictions, in the batch's order, as one worker gives.
        #expect(workers.predictedTags() == whole.predictedTags())
        // Both workers read the same weights: an update through one is seen by the other.
        split.parameters.values[5] = 42
        #expect(workers.replica.parameters.values[5] == 42)
    }
}

@Test func theTwoHalvesOfABatchHaveAboutEqualTokens() {
    #expect(BatchWorkers.split(lengths: [5, 4, 3, 3, 1]) == [[0, 3], [1, 2, 4]])  // 5+3 and 4+3+1
    #expect(BatchWorkers.split(lengths: [2, 2]) == [[0], [1]])
    var rng = Xoshiro256(seed: 1)
    let lengths = (0..<32).map { _ in 1 + Int(rng.next() % 50) }
    let halves = BatchWorkers.split(lengths: lengths)
    #expect(halves.flatMap { $0 }.sorted() == Array(0..<32))
    let tokens = halves.map { $0.reduce(0) { $0 + lengths[$1] } }
    #expect(abs(tokens[0] - tokens[1]) <= 50)
}

@Test func timeSpentPausedBetweenBatchesDoesNotCountTowardsTheTimeLimit() throws {
    let data = try embedded(limit: 64)
    let tagger = Tagger(config: smallConfig(data.vocabulary), seed: 1)
    var o = options(epochs: 50)
    o.maxSeconds = 1
    var polls = 0, batches = 0
    // Paused for longer than the whole limit before the first batch (as the workbench's
    // pause key blocks in shouldStop): training must still start.
    let stop = try Trainer(tagger: tagger, options: o).train(
        on: data.train, dev: nil,
        onEvent: { if case .batch = $0 { batches += 1 } },
        shouldStop: {
            polls += 1
            if polls == 1 { Thread.sleep(forTimeInterval: 1.5) }
            return false
        })
    #expect(stop == .timeLimit)
    #expect(batches > 0, "the pause was counted as training time")
}

@Test func trainingStepsThatLeaveEmbeddingRowsBehindEndBitForBitAsDenseSteps() throws {
    // The trainer updates only each batch's embedding rows and settles the rest later;
    // plain dense steps on the same batches must give the same bits.
    let data = try embedded(limit: 120)
    let config = smallConfig(data.vocabulary, dropout: 0, bidirectional: false)
    var o = options(epochs: 1)
    o.wordDropout = 0
    o.clip = 0  // no scaling: the sparse and dense norms may round apart
    o.dataParallel = false
    let lazy = Tagger(config: config, seed: 4), dense = Tagger(config: config, seed: 4)
    let trainer = Trainer(tagger: lazy, options: o)
    let rule = Optimizer(o.optimizer, learningRate: o.learningRate)
    let batches = stride(from: 0, to: data.train.count, by: 8).map { Array($0..<min($0 + 8, data.train.count)) }
    for (k, batch) in batches.enumerated() {
        let b = data.train.batch(batch)
        if k == 6 { trainer.optimizer.learningRate *= 0.5; rule.learningRate *= 0.5 }
        _ = try #require(try trainer.trainStep(b))
        dense.parameters.zeroGradients()
        try dense.forward(words: b.words, chars: b.chars, tags: b.tags, training: true)
        dense.backward()
        clipGradientNorm(dense.parameters, maxNorm: 0)
        rule.step(dense.parameters)
    }
    #expect(!trainer.optimizer.isSettled, "no row was left behind: the test does not test laziness")
    trainer.settle()
    let differing = zip(lazy.parameters.values.toArray(), dense.parameters.values.toArray())
        .filter { $0.bitPattern != $1.bitPattern }.count
    #expect(differing == 0, "\(differing) of \(lazy.parameters.totalCount) weights differ")
    #expect(trainer.optimizer.m.map(\.bitPattern) == rule.m.map(\.bitPattern))
}

@Test func aPredictorTakesNewWeightsWhenRefreshed() throws {
    let data = try embedded(limit: 60)
    let tagger = Tagger(config: smallConfig(data.vocabulary, dropout: 0, bidirectional: false), seed: 2)
    let predictor = Predictor(tagger)
    let dev = data.dev.batch(Array(0..<min(40, data.dev.count)))
    func forwardTags() throws -> [[Int]] { try tagger.predict(dev.words) }
    #expect(try predictor.run(words: dev.words).predictions == forwardTags())
    // Weights change (a few training steps): the predictor's table is of the old ones...
    var o = options(epochs: 1)
    o.learningRate = 0.05
    let trainer = Trainer(tagger: tagger, options: o)
    for k in 0..<4 { _ = try trainer.trainStep(data.train.batch(Array((k * 15)..<(k * 15 + 15)))) }
    trainer.settle()
    let current = try forwardTags()
    let stale = try predictor.run(words: dev.words).predictions
    // ...until refreshed.
    predictor.refresh()
    #expect(try predictor.run(words: dev.words).predictions == current)
    #expect(stale != current, "the steps did not change a prediction: the test shows nothing")
}

@Test func aWordIdOutsideTheVocabularyIsABatchErrorNotACrash() throws {
    let data = try embedded(limit: 40)
    let tagger = Tagger(config: smallConfig(data.vocabulary, bidirectional: false), seed: 1)
    let trainer = Trainer(tagger: tagger, options: options(epochs: 1))
    _ = try trainer.trainStep(data.train.batch([0, 1, 2]))
    var bad = data.train.batch([3, 4])
    bad.words[1][0] = data.vocabulary.words.count
    #expect(throws: BatchError.self) { try trainer.trainStep(bad) }
    // The trainer goes on with the next batch, its rows behind or not.
    #expect(try trainer.trainStep(data.train.batch([5, 6, 7])) != nil)
    trainer.settle()
    #expect(trainer.optimizer.isSettled)
}
