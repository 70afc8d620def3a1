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
    /// Epochs without a better dev accuracy before stopping early.
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
    public var tokensPerSecond: Double
    public var seconds: Double
    public var learningRate: Float
    /// Whether this epoch is the best so far (and so was saved).
    public var best: Bool

    enum CodingKeys: String, CodingKey {
        case epoch, trainLoss = "train_loss", devLoss = "dev_loss", devAccuracy = "dev_accuracy"
        case tokensPerSecond = "tokens_per_second", seconds, learningRate = "learning_rate", best
    }
}

public enum TrainingEvent: Sendable {
    case batch(BatchProgress)
    case epoch(EpochSummary)
}

/// Why training stopped.
public enum StopReason: String, Codable, Sendable {
    case finished, earlyStopping = "early_stopping", timeLimit = "time_limit", interrupted
}

public enum TrainingError: Error, CustomStringConvertible {
    case emptyCorpus
    case nonFiniteLoss(epoch: Int, batch: Int, sentences: [Int])

    public var description: String {
        switch self {
        case .emptyCorpus: "the training corpus has no sentences"
        case .nonFiniteLoss(let e, let b, let s):
            "epoch \(e), batch \(b): the loss is not finite (sentences \(s.prefix(10).map(String.init).joined(separator: ", "))\(s.count > 10 ? ", …" : "")); the step was not applied"
        }
    }
}

/// Trains a tagger: shuffled, length-bucketed batches; clipping; learning-rate decay;
/// dev evaluation after each epoch; early stopping; the best epoch handed to `onBest`.
public final class Trainer {
    public let tagger: Tagger
    public let optimizer: Optimizer
    public let options: TrainingOptions
    public private(set) var history: [EpochSummary] = []
    private var rng: Xoshiro256

    public init(tagger: Tagger, options: TrainingOptions) {
        self.tagger = tagger
        self.options = options
        optimizer = Optimizer(options.optimizer, learningRate: options.learningRate)
        rng = Xoshiro256(seed: options.seed)
        tagger.rng = Xoshiro256(seed: options.seed &+ 0x5EED)
    }

    /// Runs up to `options.epochs` epochs.
    /// - Parameters:
    ///   - onEvent: called after every batch and epoch, on the training thread.
    ///   - onBest: called when an epoch is the best so far (save the model there).
    ///   - shouldStop: polled between batches; true ends the run as `.interrupted`.
    /// - Throws: `TrainingError` (empty corpus, non-finite loss), `BatchError`, and
    ///   whatever `onBest` throws.
    @discardableResult
    public func train(
        on train: EncodedCorpus, dev: EncodedCorpus?,
        onEvent: (TrainingEvent) -> Void = { _ in },
        onBest: (EpochSummary) throws -> Void = { _ in },
        shouldStop: () -> Bool = { false }
    ) throws -> StopReason {
        guard train.count > 0 else { throw TrainingError.emptyCorpus }
        let lengths = train.words.map(\.count)
        let start = Date()
        var bestScore = -Double.infinity
        var sinceBest = 0
        var epochSeconds: [Double] = []
        for epoch in 1...max(options.epochs, 1) {
            let epochStart = Date()
            let batches = bucketedBatches(lengths: lengths, batchSize: options.batchSize, poolBatches: options.bucketPool, rng: &rng)
            var lossSum = 0.0, tokens = 0
            for (b, batch) in batches.enumerated() {
                if shouldStop() { return .interrupted }
                if let limit = options.maxSeconds, Date().timeIntervalSince(start) >= limit { return .timeLimit }
                var sentences = train.batch(batch)
                if options.wordDropout > 0 {
                    // Word dropout replaces the word id only: the characters stay.
                    sentences.words = sentences.words.map { $0.map { rng.nextFloat() < options.wordDropout ? 1 : $0 } }
                }
                tagger.parameters.zeroGradients()
                let loss = try tagger.forward(words: sentences.words, chars: sentences.chars, tags: sentences.tags,
                                              training: true)!
                guard loss.isFinite else { throw TrainingError.nonFiniteLoss(epoch: epoch, batch: b + 1, sentences: batch) }
                tagger.backward()
                if options.clip > 0 { clipGradientNorm(tagger.parameters, maxNorm: options.clip) }
                optimizer.step(tagger.parameters)
                let n = tagger.layout!.tokenCount
                lossSum += loss * Double(n)
                tokens += n
                let epochElapsed = Date().timeIntervalSince(epochStart)
                let perBatch = epochElapsed / Double(b + 1)
                let epochEstimate = perBatch * Double(batches.count)
                let remainingEpochs = Double(max(options.epochs, 1) - epoch)
                onEvent(.batch(BatchProgress(
                    epoch: epoch, batch: b + 1, batchCount: batches.count, loss: loss, tokens: n,
                    tokensPerSecond: Double(tokens) / max(epochElapsed, 1e-9),
                    elapsedSeconds: Date().timeIntervalSince(start),
                    etaSeconds: perBatch * Double(batches.count - b - 1) + remainingEpochs * epochEstimate,
                    learningRate: optimizer.learningRate, layout: tagger.layout!, sentenceIndices: batch)))
            }
            let trainSeconds = Date().timeIntervalSince(epochStart)
            epochSeconds.append(trainSeconds)
            let devResult = try dev.map { try evaluate(tagger, on: $0) }
            // Early stopping watches dev accuracy, or the training loss without a dev set.
            let score = devResult?.accuracy ?? -lossSum / Double(max(tokens, 1))
            let improved = score > bestScore
            var summary = EpochSummary(
                epoch: epoch, trainLoss: lossSum / Double(max(tokens, 1)), devLoss: devResult?.loss,
                devAccuracy: devResult?.accuracy, tokensPerSecond: Double(tokens) / max(trainSeconds, 1e-9),
                seconds: Date().timeIntervalSince(epochStart), learningRate: optimizer.learningRate, best: improved)
            if improved {
                bestScore = score
                sinceBest = 0
                try onBest(summary)
            } else {
                sinceBest += 1
            }
            summary.best = improved
            history.append(summary)
            onEvent(.epoch(summary))
            optimizer.learningRate *= options.learningRateDecay
            if sinceBest >= options.patience { return .earlyStopping }
        }
        return .finished
    }
}
