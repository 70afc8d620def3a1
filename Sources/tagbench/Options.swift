import ArgumentParser
import Corpus
import Model
import Training

extension CellKind: ExpressibleByArgument {}
extension DecoderKind: ExpressibleByArgument {}
extension OptimizerKind: ExpressibleByArgument {}
extension CorpusFormat: ExpressibleByArgument {}

enum TagColumnOption: String, ExpressibleByArgument, CaseIterable {
    case upos, xpos
    var column: TagColumn { self == .upos ? .upos : .xpos }
}

/// Where the training and development data come from.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("train"), help: ArgumentHelp(
        "Training corpus. Default: the embedded corpus of original lyric lines.", valueName: "path"))
    var trainPath: String?

    @Option(name: .customLong("dev"), help: ArgumentHelp(
        "Development corpus, evaluated after every epoch (early stopping and the best model use it). Default: the embedded dev split when --train is not given, else none.",
        valueName: "path"))
    var devPath: String?

    @Option(help: "Corpus format: conllu (CoNLL-U) or conll2 (`word TAG` per line, blank line between sentences).")
    var format: CorpusFormat = .conllu

    @Option(help: "CoNLL-U column to learn: upos (the 17 universal tags) or xpos (language-specific tags).")
    var tagColumn: TagColumnOption = .upos

    @Option(help: "Words seen fewer times than this in training become <unk>.")
    var minCount = 2
}

/// The architecture of a new model.
struct ModelOptions: ParsableArguments {
    @Option(help: "Recurrent cell: lstm or gru.")
    var cell: CellKind = .lstm

    @Option(help: "Stacked recurrent layers.")
    var layers = 1

    @Flag(help: "Run every layer in both directions (the backward one starts at each sentence's own last word).")
    var bidirectional = false

    @Option(name: .customLong("emb"), help: "Word embedding size E.")
    var embeddingDim = 100

    @Option(name: .customLong("hidden"), help: "Hidden size H of each direction.")
    var hiddenSize = 128

    @Option(help: "Dropout probability on the RNN input, between layers and before the output layer (training only).")
    var dropout: Float = 0

    @Option(help: "Output layer: softmax (each token's tag on its own) or crf (a linear-chain CRF that scores whole tag sequences, learning which tag follows which; decoded with Viterbi).")
    var decoder: DecoderKind = .softmax

    @Flag(help: "Add character-level CNN features to each word (helps with unknown words).")
    var charCNN = false

    @Option(name: .customLong("char-emb"), help: "Character embedding size (with --char-cnn).")
    var charEmbeddingDim = 30

    @Option(help: "Convolution filters, the size of a word's character features (with --char-cnn).")
    var charFilters = 50

    @Option(help: "Convolution width in characters, odd (with --char-cnn).")
    var charWidth = 3

    @Option(parsing: .upToNextOption, help: ArgumentHelp(
        "Pretrained word vectors in the GloVe text format (`word v1 … vE` per line, optional `count dim` first line) to initialise the embeddings; several files are read in order as one (e.g. the parts of a split file).",
        valueName: "path"))
    var embeddings: [String] = []

    @Flag(help: "Keep the pretrained embeddings fixed during training (with --embeddings).")
    var freezeEmbeddings = false

    /// The character CNN's settings, when enabled.
    var charCNNConfig: CharCNNConfig? {
        charCNN ? CharCNNConfig(embeddingDim: charEmbeddingDim, filters: charFilters, width: charWidth) : nil
    }

    func validate() throws {
        guard layers >= 1 else { throw ValidationError("--layers must be at least 1") }
        guard embeddingDim >= 1, hiddenSize >= 1 else { throw ValidationError("--emb and --hidden must be at least 1") }
        guard (0..<1).contains(dropout) else { throw ValidationError("--dropout must be in [0, 1)") }
        guard charEmbeddingDim >= 1, charFilters >= 1 else { throw ValidationError("--char-emb and --char-filters must be at least 1") }
        guard charWidth >= 1, charWidth % 2 == 1 else { throw ValidationError("--char-width must be a positive odd number") }
        if freezeEmbeddings && embeddings.isEmpty { throw ValidationError("--freeze-embeddings needs --embeddings") }
    }
}

/// How to train.
struct TrainingFlags: ParsableArguments {
    @Option(name: .customLong("batch"), help: "Sentences per mini-batch.")
    var batchSize = 32

    @Option(help: "Maximum number of passes over the training data.")
    var epochs = 20

    @Option(name: .customLong("lr"), help: "Learning rate.")
    var learningRate: Float = 2e-3

    @Option(name: .customLong("lr-decay"), help: "Factor applied to the learning rate after every epoch (1 keeps it constant).")
    var learningRateDecay: Float = 1

    @Option(help: "Update rule: adam, adamw or sgd (with momentum 0.9).")
    var optimizer: OptimizerKind = .adam

    @Option(help: "Clip the global gradient norm to this value (0 turns clipping off).")
    var clip: Float = 5

    @Option(help: "Stop after this many epochs without a better dev accuracy.")
    var patience = 3

    @Option(help: "Probability of replacing a training word by <unk>, so the model learns to tag unknown words.")
    var wordDropout: Float = 0

    @Option(help: "Random seed: the same seed and data give the same run.")
    var seed: UInt64 = 1

    @Option(help: "Stop training after this many seconds (the best model so far is kept).")
    var maxSeconds: Double?

    @Flag(help: "When a batch's loss or gradient is not finite (NaN or infinite), skip it with a warning naming its sentences instead of stopping. Either way its step is never applied.")
    var skipBadBatches = false

    @Option(help: "Batches per length-sorting pool: sentences are shuffled, sorted by length within pools of this many batches, then cut into batches. Bigger pools leave less padding; 1 sorts within each batch only. Default: 50 for train, 4 in the workbench (so padding and packing show).")
    var bucketPool: Int?

    func validate() throws {
        guard batchSize >= 1 else { throw ValidationError("--batch must be at least 1") }
        guard epochs >= 1 else { throw ValidationError("--epochs must be at least 1") }
        guard learningRate > 0, learningRate.isFinite else { throw ValidationError("--lr must be a positive number") }
        guard learningRateDecay > 0, learningRateDecay <= 1 else { throw ValidationError("--lr-decay must be in (0, 1]") }
        guard clip >= 0 else { throw ValidationError("--clip must not be negative") }
        guard patience >= 1 else { throw ValidationError("--patience must be at least 1") }
        guard (0..<1).contains(wordDropout) else { throw ValidationError("--word-dropout must be in [0, 1)") }
        if let maxSeconds, !(maxSeconds > 0) { throw ValidationError("--max-seconds must be positive") }
        if let bucketPool, bucketPool < 1 { throw ValidationError("--bucket-pool must be at least 1") }
    }

    /// The training options, with `defaultPool` batches per sorting pool unless given.
    func options(defaultPool: Int) -> TrainingOptions {
        var o = TrainingOptions()
        o.bucketPool = bucketPool ?? defaultPool
        o.batchSize = batchSize
        o.epochs = epochs
        o.learningRate = learningRate
        o.learningRateDecay = learningRateDecay
        o.optimizer = optimizer
        o.clip = clip
        o.patience = patience
        o.wordDropout = wordDropout
        o.seed = seed
        o.maxSeconds = maxSeconds
        o.skipBadBatches = skipBadBatches
        return o
    }
}

/// Everything a training run takes: data, model, training and where the model goes.
/// `train` and `workbench` share it, so they accept exactly the same options.
struct RunOptions: ParsableArguments {
    @OptionGroup(title: "Data") var data: DataOptions
    @OptionGroup(title: "Model") var model: ModelOptions
    @OptionGroup(title: "Training") var training: TrainingFlags

    @Option(name: .customLong("out"), help: ArgumentHelp("Model directory to write (created if missing).", valueName: "dir"))
    var outPath = "runs/tagger"
}
