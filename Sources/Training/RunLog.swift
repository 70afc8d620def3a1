import Foundation
import Model

/// The record of a training run, written as `metrics.json` in the model directory after
/// every epoch (atomically, so it is always complete).
public struct RunLog: Codable, Sendable {
    public static let fileName = "metrics.json"

    public var train: String
    public var dev: String?
    public var options: TrainingOptions
    public var config: TaggerConfig
    /// One entry per finished epoch, in order.
    public var epochs: [EpochSummary] = []
    public var bestEpoch: Int?
    public var stopReason: StopReason?

    public init(train: String, dev: String?, options: TrainingOptions, config: TaggerConfig) {
        self.train = train
        self.dev = dev
        self.options = options
        self.config = config
    }

    enum CodingKeys: String, CodingKey {
        case train, dev, options, config, epochs, bestEpoch = "best_epoch", stopReason = "stop_reason"
    }

    /// The best epoch's figures, if any epoch finished.
    public var best: EpochSummary? { epochs.first { $0.epoch == bestEpoch } }

    public func write(to directory: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try writeAtomically(try encoder.encode(self), to: directory.appendingPathComponent(Self.fileName))
    }
}

extension TrainingOptions {
    enum CodingKeys: String, CodingKey {
        case batchSize = "batch_size", epochs, learningRate = "learning_rate", optimizer, clip, patience, seed
        case learningRateDecay = "learning_rate_decay", maxSeconds = "max_seconds", wordDropout = "word_dropout"
        case bucketPool = "bucket_pool"
    }
}
