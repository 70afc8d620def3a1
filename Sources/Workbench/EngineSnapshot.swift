import Model
import Training

/// What the training engine is doing.
public enum EngineState: Sendable, Equatable {
    case starting
    case training
    /// Scoring the dev set after an epoch.
    case evaluating
    case paused
    case finished(StopReason)
    case failed(String)

    public var label: String {
        switch self {
        case .starting: "starting"
        case .training: "training"
        case .evaluating: "evaluating"
        case .paused: "paused"
        case .finished(.finished): "finished"
        case .finished(.earlyStopping): "finished (early stop)"
        case .finished(.timeLimit): "finished (time limit)"
        case .finished(.interrupted): "stopped"
        case .failed: "failed"
        }
    }

    /// Whether the run can still train (quitting then asks first).
    public var isRunning: Bool {
        switch self {
        case .starting, .training, .evaluating, .paused: true
        case .finished, .failed: false
        }
    }
}

/// One trained mini-batch as the batch viewer draws it.
///
/// Everything per sentence is in the caller's order (the order of `sentenceIndices`);
/// `layout.order` gives the sorted order the grid shows.
public struct BatchView: Sendable, Equatable {
    /// Global number of the batch in the run (1-based, across epochs).
    public var serial: Int
    public var epoch: Int
    /// 1-based batch number in the epoch, and the epoch's number of batches.
    public var batch: Int, batchCount: Int
    public var loss: Double
    /// The learning rate of this batch's update.
    public var learningRate: Float
    public var layout: PackedLayout
    /// Index of each sentence in the training corpus.
    public var sentenceIndices: [Int]
    public var tokens: [[String]]
    public var gold: [[String]]
    /// The tags the model predicted for the batch in its training forward pass (before that
    /// batch's update), or nil when not available.
    public var predicted: [[String]]?

    public init(serial: Int, epoch: Int, batch: Int, batchCount: Int, loss: Double, learningRate: Float = 0, layout: PackedLayout,
                sentenceIndices: [Int], tokens: [[String]], gold: [[String]], predicted: [[String]]?) {
        self.serial = serial
        self.epoch = epoch
        self.batch = batch
        self.batchCount = batchCount
        self.loss = loss
        self.learningRate = learningRate
        self.layout = layout
        self.sentenceIndices = sentenceIndices
        self.tokens = tokens
        self.gold = gold
        self.predicted = predicted
    }
}

/// The tags of a sentence typed into the tag box.
public struct TagResult: Sendable, Equatable {
    public var request: Int
    public var words: [String]
    public var tags: [String]
    /// Probability of each chosen tag, in [0, 1].
    public var probabilities: [Double]
    /// When the model was taken: "epoch 2 batch 17/33".
    public var modelAt: String
    public var error: String?
}

/// Everything the screen shows about the run, published whole after each batch or
/// command: a reader never sees half of a batch's figures.
public struct EngineSnapshot: Sendable {
    /// Increases with every publication; the UI redraws when it changes.
    public var version = 0
    public var state: EngineState = .starting
    public var epoch = 0, epochs = 0
    public var batch = 0, batchCount = 0
    /// Batches trained in the whole run.
    public var batchesDone = 0
    public var loss: Double?
    public var tokensPerSecond = 0.0
    /// Training time without pauses.
    public var elapsedSeconds = 0.0
    public var etaSeconds: Double?
    public var learningRate: Float = 0
    /// Train loss of every batch of the run, in order.
    public var lossHistory: [Double] = []
    /// `batchesDone` at the end of each finished epoch (where dev figures are plotted).
    public var epochEnds: [Int] = []
    public var epochSummaries: [EpochSummary] = []
    /// The most recent batches, oldest first.
    public var recentBatches: [BatchView] = []
    public var modelSummary = ""
    public var trainSentences = 0, devSentences = 0
    public var checkpointDirectory: String?
    /// The latest event worth a line on screen ("saved to …", "learning rate 1e-3").
    public var message: String?
    public var lastTagResult: TagResult?

    public init() {}

    public var devAccuracy: Double? { epochSummaries.last?.devAccuracy }
    public var bestDevAccuracy: Double? { epochSummaries.compactMap(\.devAccuracy).max() }
    /// The latest dev span F1: nil before the first epoch and for a tag set without spans.
    public var devSpanF1: Double? { epochSummaries.last?.devSpanF1 }
}

/// The engine's model summary line: "BiLSTM 2×128 · emb 100 · 17 tags · 1.2M params".
public func modelSummary(_ config: TaggerConfig, parameterCount: Int) -> String {
    let cell = (config.bidirectional ? "Bi" : "") + config.cell.rawValue.uppercased()
    var parts = ["\(cell) \(config.layers)×\(config.hiddenSize)", "emb \(config.embeddingDim)"]
    if config.charCNN != nil { parts.append("chars") }
    if config.dropout > 0 { parts.append("drop \(formatDecimal(Double(config.dropout), digits: 2))") }
    parts.append("\(config.numTags) tags")
    parts.append("vocab \(formatCount(config.vocabSize))")
    parts.append("\(formatCount(parameterCount)) params")
    return parts.joined(separator: " · ")
}
