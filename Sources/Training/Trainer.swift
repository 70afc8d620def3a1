import Foundation
import Model
import Numerics

/// How a run trains; every field has the default a new user should get.
public struct TrainingOptions: Codable, Sendable, Equatable {
    public var batchSize = 32
    public var epochs = 20
    public var learningRate: Float = 2e-3
    public var optimizer: OptimizerKind = .adam
    /// Global gradient-norm limit; 0 turns clipping off.
    public var clip: Float = 5
    /// Epochs without a better dev accuracy (span F1 for span tags) before stopping early.
    public var patience = 3
    public var seed: UInt64 = 1
    /// Factor applied to the learning rate after each epoch (1 = constant).
    public var learningRateDecay: Float = 1
    /// Stop after this much training time (checked between batches).
    public var maxSeconds: Double?
    /// Probability of replacing a training word by `<unk>` (id 1).
    public var wordDropout: Float = 0
    /// Batches per length-sorting pool (see `bucketedBatches`).
    public var bucketPool = 50
    /// Skip a batch whose loss or gradient is not finite (and report it) instead of stopping.
    public var skipBadBatches = false
    /// Split each batch of a one-direction model between the two cores (see `BatchWorkers`).
    /// A bidirectional model runs its two directions on the two cores instead.
    public var dataParallel = true

    public init() {}
}

/// What the trainer reports after each batch.
public struct BatchProgress: Sendable {
    public var epoch: Int
    /// 1-based index of the batch in the epoch, and the epoch's number of batches.
    public var batch: Int, batchCount: Int
    public var loss: Double
    public var tokens: Int
    /// Training throughput so far in this epoch (forward, backward and update).
    public var tokensPerSecond: Double
    public var elapsedSeconds: Double
    /// Estimate for the rest of the run, assuming every epoch is run.
    public var etaSeconds: Double
    public var learningRate: Float
    /// The layout of the batch just trained (for the batch viewer).
    public var layout: PackedLayout
    /// Caller indices of the batch's sentences in the training corpus.
    public var sentenceIndices: [Int]
}

/// One epoch's figures; `metrics.json` holds the list of them.
public struct EpochSummary: Codable, Sendable, Equatable {
    public var epoch: Int
    public var trainLoss: Double
    public var devLoss: Double?
    public var devAccuracy: Double?
    /// conlleval span F1 on the dev set for a chunking or named-entity tag set (null in JSON
    /// otherwise); when present it, not accuracy, picks the best epoch.
    public var devSpanF1: Double?
    public var tokensPerSecond: Double
    public var seconds: Double
    public var learningRate: Float
    /// Whether this epoch is the best so far (and so was saved).
    public var best: Bool

    enum CodingKeys: String, CodingKey {
        case epoch, trainLoss = "train_loss", devLoss = "dev_loss", devAccuracy = "dev_accuracy"
        case devSpanF1 = "dev_span_f1"
        case tokensPerSecond = "tokens_per_second", seconds, learningRate = "learning_rate", best
    }

    // By hand only so that `dev_span_f1` is written as null, not left out, for a POS run.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(epoch, forKey: .epoch)
        try c.encode(trainLoss, forKey: .trainLoss)
        try c.encodeIfPresent(devLoss, forKey: .devLoss)
        try c.encodeIfPresent(devAccuracy, forKey: .devAccuracy)
        try c.encode(devSpanF1, forKey: .devSpanF1)
        try c.encode(tokensPerSecond, forKey: .tokensPerSecond)
        try c.encode(seconds, forKey: .seconds)
        try c.encode(learningRate, forKey: .learningRate)
        try c.encode(best, forKey: .best)
    }
}

/// A batch whose loss or gradient was not finite; its step was not applied.
public struct BadBatch: Sendable, Equatable {
    public var epoch: Int
    /// 1-based index of the batch in the epoch.
    public var batch: Int
    /// Indices of the batch's sentences in the training corpus (0-based).
    public var sentences: [Int]
    /// "loss" or "gradient": which was not finite.
    public var what: String

    /// "epoch 2, batch 17: the loss is not finite (training sentences 3, 18)".
    public var description: String {
        "epoch \(epoch), batch \(batch): the \(what) is not finite (training sentences \(listed(sentences.map { $0 + 1 })))"
    }
}

public enum TrainingEvent: Sendable {
    case batch(BatchProgress)
    case epoch(EpochSummary)
    /// A bad batch skipped under `skipBadBatches`.
    case skipped(BadBatch)
}

/// Why training stopped.
public enum StopReason: String, Codable, Sendable {
    case finished, earlyStopping = "early_stopping", timeLimit = "time_limit", interrupted
}

public enum TrainingError: Error, CustomStringConvertible {
    case emptyCorpus
    /// The loss or gradient of a batch was not finite; the step was not applied.
    case nonFinite(BadBatch)

    public var description: String {
        switch self {
        case .emptyCorpus: "the training corpus has no sentences"
        case .nonFinite(let bad):
            "\(bad.description); the step was not applied (--skip-bad-batches skips such batches)"
        }
    }
}

/// "3, 17, 42" with at most ten items, then "…".
func listed(_ items: [Int]) -> String {
    items.prefix(10).map(String.init).joined(separator: ", ") + (items.count > 10 ? ", … (\(items.count) in all)" : "")
}

/// Where a run stands between two batches: everything besides the weights and the
/// optimiser's moments that a resumed run needs to go on exactly as if it had never stopped.
public struct TrainingState: Codable, Sendable, Equatable {
    /// The epoch in progress (1-based), its batches, and the index of the next one to train.
    public var epoch = 1
    public var batches: [[Int]] = []
    public var nextBatch = 0
    /// Loss sum (per token × tokens), tokens and training seconds of the epoch so far.
    public var epochLossSum = 0.0
    public var epochTokens = 0
    public var epochSeconds = 0.0
    /// Training seconds of the whole run so far (what `maxSeconds` limits).
    public var elapsedSeconds = 0.0
    /// The trainer's generator (batches, word dropout) and the tagger's (dropout).
    public var rng: [UInt64] = []
    public var taggerRNG: [UInt64] = []
    /// The dropout generator of the data-parallel replica, when there is one.
    public var replicaRNG: [UInt64]?
    public var learningRate: Float = 0
    public var optimizerStep = 0
    /// Early stopping: the best score so far (nil before the first epoch) and epochs since.
    public var bestScore: Double?
    public var sinceBest = 0
    public var history: [EpochSummary] = []
    public var skippedBatches = 0
    /// Set when the run has ended (finished, stopped early or at its time limit).
    public var stopReason: StopReason?

    enum CodingKeys: String, CodingKey {
        case epoch, batches, nextBatch = "next_batch", epochLossSum = "epoch_loss_sum", epochTokens = "epoch_tokens"
        case epochSeconds = "epoch_seconds", elapsedSeconds = "elapsed_seconds", rng, taggerRNG = "tagger_rng"
        case replicaRNG = "replica_rng"
        case learningRate = "learning_rate", optimizerStep = "optimizer_step", bestScore = "best_score"
        case sinceBest = "since_best", history, skippedBatches = "skipped_batches", stopReason = "stop_reason"
    }
}

/// Trains a tagger: shuffled, length-bucketed batches; clipping; learning-rate decay;
/// dev evaluation after each epoch; early stopping; the best epoch handed to `onBest`.
///
/// A run can stop between any two batches (`shouldStop`) and go on later from `state`,
/// the weights and the optimiser (`resume(from:)`), ending with the same weights as a run
/// that never stopped.
public final class Trainer {
    public let tagger: Tagger
    public let optimizer: Optimizer
    public let options: TrainingOptions
    public var history: [EpochSummary] { state.history }
    /// Where the run stands; saved with the weights and optimiser for a later `resume`.
    public var state: TrainingState {
        var s = position
        s.rng = rng.state
        s.taggerRNG = tagger.rng.state
        s.replicaRNG = workers?.replica.rng.state
        s.learningRate = optimizer.learningRate
        s.optimizerStep = optimizer.step
        return s
    }
    private var position = TrainingState()
    private var rng: Xoshiro256
    /// The second worker of data-parallel training, for one-direction models.
    private let workers: BatchWorkers?
    /// Whether the last batch was split between the workers.
    private var lastBatchSplit = false
    /// The embedding rows of the last batch: with the other tensors, the only gradients
    /// the next batch must clear (nil: clear everything).
    private var lastTouched: TouchedRows?

    public init(tagger: Tagger, options: TrainingOptions) {
        self.tagger = tagger
        self.options = options
        optimizer = Optimizer(options.optimizer, learningRate: options.learningRate)
        rng = Xoshiro256(seed: options.seed)
        tagger.rng = Xoshiro256(seed: options.seed &+ 0x5EED)
        workers = options.dataParallel && tagger.config.directions == 1
            ? BatchWorkers(tagger: tagger, replicaSeed: options.seed &+ 0x5EED2) : nil
        predictor = Predictor(tagger, replica: workers?.replica, parallel: options.dataParallel)
    }

    /// Dev evaluation on both cores, sharing the training replica when there is one.
    private let predictor: Predictor

    /// The tags the model predicted for the last training batch (dropout on, before the
    /// update), in the batch's order: what the batch viewer shows.
    public func lastPredictedTags() -> [[Int]] {
        lastBatchSplit ? workers!.predictedTags() : tagger.predictedTags()
    }

    /// Puts the trainer where a saved run stood. The tagger's weights must already be the
    /// saved ones; `m` and `v` are the optimiser's moments (empty before its first step).
    public func resume(from state: TrainingState, m: [Float], v: [Float]) {
        precondition(state.rng.count == 4 && state.taggerRNG.count == 4, "Trainer.resume: the state has no generators")
        position = state
        rng.state = state.rng
        tagger.rng.state = state.taggerRNG
        if let replicaRNG = state.replicaRNG, replicaRNG.count == 4 { workers?.replica.rng.state = replicaRNG }
        optimizer.learningRate = state.learningRate
        optimizer.restore(step: state.optimizerStep, m: m, v: v)
    }

    /// Runs up to `options.epochs` epochs, from the start or from where `resume` put it.
    /// - Parameters:
    ///   - onEvent: called after every batch and epoch, on the training thread.
    ///   - onBest: called when an epoch is the best so far (save the model there).
    ///   - onEpochEnd: called after each epoch's summary, with the trainer at the start of
    ///     the next epoch (save a resume point there).
    ///   - shouldStop: polled between batches; true ends the run as `.interrupted`, with
    ///     `state` ready to be saved. Time spent in it is not counted as training time.
    /// - Throws: `TrainingError` (empty corpus, a non-finite loss or gradient unless
    ///   `skipBadBatches`), `BatchError`, and whatever `onBest` throws.
    @discardableResult
    public func train(
        on train: EncodedCorpus, dev: EncodedCorpus?,
        onEvent: (TrainingEvent) -> Void = { _ in },
        onBest: (EpochSummary) throws -> Void = { _ in },
        onEpochEnd: () throws -> Void = {},
        shouldStop: () -> Bool = { false }
    ) throws -> StopReason {
        guard train.count > 0 else { throw TrainingError.emptyCorpus }
        // However the run ends, the weights and moments are whole again (see `Optimizer`).
        defer { settle() }
        if let reason = position.stopReason { return reason }
        let lengths = train.words.map(\.count)
        let epochs = max(options.epochs, 1)
        var sessionStart = Date()
        /// Training seconds of the run so far, counting earlier sessions.
        func elapsed() -> Double { position.elapsedSeconds + Date().timeIntervalSince(sessionStart) }
        func finish(_ reason: StopReason?) -> StopReason? {
            position.elapsedSeconds = elapsed()
            sessionStart = Date()
            if reason != .interrupted { position.stopReason = reason }
            return reason
        }
        while position.epoch <= epochs {
            let epoch = position.epoch
            if position.batches.isEmpty {
                position.batches = bucketedBatches(lengths: lengths, batchSize: options.batchSize,
                                                   poolBatches: options.bucketPool, rng: &rng)
            }
            let batches = position.batches
            var epochStart = Date().addingTimeInterval(-position.epochSeconds)
            while position.nextBatch < batches.count {
                let b = position.nextBatch, batch = batches[b]
                // Time spent in `shouldStop` (a paused workbench waits there) is not training
                // time: it counts neither towards `maxSeconds` nor in the epoch's tokens/s.
                let pollStart = Date()
                let stop = shouldStop()
                let polled = Date().timeIntervalSince(pollStart)
                sessionStart += polled
                epochStart += polled
                if stop {
                    position.epochSeconds = Date().timeIntervalSince(epochStart)
                    return finish(.interrupted)!
                }
                if let limit = options.maxSeconds, elapsed() >= limit {
                    position.epochSeconds = Date().timeIntervalSince(epochStart)
                    return finish(.timeLimit)!
                }
                position.nextBatch += 1
                let sentences = train.batch(batch)
                guard let loss = try trainStep(sentences) else {
                    let bad = BadBatch(epoch: epoch, batch: b + 1, sentences: batch, what: lastFailure)
                    guard options.skipBadBatches else {
                        position.nextBatch -= 1
                        position.epochSeconds = Date().timeIntervalSince(epochStart)
                        position.elapsedSeconds = elapsed()
                        sessionStart = Date()
                        throw TrainingError.nonFinite(bad)
                    }
                    position.skippedBatches += 1
                    onEvent(.skipped(bad))
                    continue
                }
                let layout = lastBatchSplit ? try PackedLayout(lengths: sentences.words.map(\.count)) : tagger.layout!
                let n = layout.tokenCount
                position.epochLossSum += loss * Double(n)
                position.epochTokens += n
                let epochElapsed = Date().timeIntervalSince(epochStart)
                let perBatch = epochElapsed / Double(b + 1)
                let epochEstimate = perBatch * Double(batches.count)
                onEvent(.batch(BatchProgress(
                    epoch: epoch, batch: b + 1, batchCount: batches.count, loss: loss, tokens: n,
                    tokensPerSecond: Double(position.epochTokens) / max(epochElapsed, 1e-9),
                    elapsedSeconds: elapsed(),
                    etaSeconds: perBatch * Double(batches.count - b - 1) + Double(epochs - epoch) * epochEstimate,
                    learningRate: optimizer.learningRate, layout: layout, sentenceIndices: batch)))
            }
            let trainSeconds = Date().timeIntervalSince(epochStart)
            let lossSum = position.epochLossSum, tokens = position.epochTokens
            // Evaluation, the best model's save and the resume point read every weight.
            settle()
            if dev != nil { predictor.refresh() }
            let devResult = try dev.map { try evaluate(predictor, on: $0) }
            // Early stopping watches dev span F1 for a span tag set (what a chunker is judged by),
            // else dev accuracy, or the training loss without a dev set.
            let score = devResult.map { $0.spans?.f1 ?? $0.accuracy } ?? -lossSum / Double(max(tokens, 1))
            let improved = score > (position.bestScore ?? -.infinity)
            var summary = EpochSummary(
                epoch: epoch, trainLoss: lossSum / Double(max(tokens, 1)), devLoss: devResult?.loss,
                devAccuracy: devResult?.accuracy, devSpanF1: devResult?.spans?.f1,
                tokensPerSecond: Double(tokens) / max(trainSeconds, 1e-9),
                seconds: Date().timeIntervalSince(epochStart), learningRate: optimizer.learningRate, best: improved)
            if improved {
                position.bestScore = score
                position.sinceBest = 0
                try onBest(summary)
            } else {
                position.sinceBest += 1
            }
            summary.best = improved
            position.history.append(summary)
            onEvent(.epoch(summary))
            optimizer.learningRate *= options.learningRateDecay
            position.epoch += 1
            position.batches = []
            position.nextBatch = 0
            position.epochLossSum = 0
            position.epochTokens = 0
            position.epochSeconds = 0
            epochStart = Date()
            let stop: StopReason? = position.sinceBest >= options.patience ? .earlyStopping
                : position.epoch > epochs ? .finished : nil
            _ = finish(stop)
            try onEpochEnd()
            if let stop { return stop }
        }
        return .finished
    }

    /// Which of loss and gradient made the last `step` fail.
    private var lastFailure = ""

    /// One forward, backward (data-parallel for a one-direction model), clipping and update
    /// on a batch, outside any epoch (`train` runs its batches through here; so does the
    /// training benchmark). The mean loss per token, or nil (with no update applied) when
    /// the loss or the gradient norm is not finite.
    /// - Throws: `BatchError`.
    public func trainStep(_ batch: EncodedCorpus) throws -> Double? {
        var sentences = batch
        if options.wordDropout > 0 {
            // Word dropout replaces the word id only: the characters stay.
            sentences.words = sentences.words.map { $0.map { rng.nextFloat() < options.wordDropout ? 1 : $0 } }
        }
        // Only the batch's embedding rows get a gradient: the optimiser updates just those
        // rows and leaves the others behind (exactly: see `Optimizer`), and the rows this
        // batch reads are brought up to date first.
        // (A word id outside the table is the forward pass's to report, as a `BatchError`.)
        let ids = sentences.words.joined(), vocabulary = 0..<tagger.config.vocabSize
        let touched = ids.allSatisfy(vocabulary.contains)
            ? tagger.parameters["embedding.weight"].map { TouchedRows(tensor: $0, rows: ids) } : nil
        if let lastTouched { tagger.parameters.zeroGradients(lastTouched) } else { tagger.parameters.zeroGradients() }
        lastTouched = touched
        if let touched { optimizer.settle(tagger.parameters, rows: touched.rows) }
        lastBatchSplit = workers != nil && sentences.count >= 2
        let loss: Double
        if lastBatchSplit {
            loss = try workers!.forwardBackward(sentences)
            guard loss.isFinite else { lastFailure = "loss"; return nil }
        } else {
            loss = try tagger.forward(words: sentences.words, chars: sentences.chars, tags: sentences.tags,
                                      training: true)!
            guard loss.isFinite else { lastFailure = "loss"; return nil }
            tagger.backward()
        }
        // The norm is computed even without clipping: it is how a NaN gradient shows.
        let norm = clipGradientNorm(tagger.parameters, maxNorm: options.clip, touched: touched)
        guard norm.isFinite else { lastFailure = "gradient"; return nil }
        optimizer.step(tagger.parameters, touched: touched)
        return loss
    }

    /// Brings the weights the optimiser left behind up to date (see `Optimizer`). `train`
    /// settles before it evaluates or calls back and when it returns; call this before
    /// reading the tagger's weights or the optimiser's moments after `trainStep`, or from
    /// `train`'s `shouldStop` (the workbench's tag requests and saves).
    public func settle() {
        optimizer.settle(tagger.parameters)
    }
}
