/// The recurrent cell of a tagger.
public enum CellKind: String, Codable, Sendable, CaseIterable {
    case lstm, gru

    /// Gate blocks per hidden unit: LSTM i,f,g,o; GRU r,z,n (PyTorch's order).
    public var gateCount: Int { self == .lstm ? 4 : 3 }
}

/// How a tagger turns its tag scores into a loss and a tagging (`decoder` in `config.json`).
public enum DecoderKind: String, Codable, Sendable, CaseIterable {
    /// Each token on its own: log-softmax over the K scores, masked mean NLL, argmax.
    case softmax
    /// A linear-chain CRF over the whole sentence (`CRF`): the forward algorithm's
    /// likelihood of the gold tag sequence, Viterbi decoding.
    case crf
}

/// Character-level CNN word features (see `docs/model-format.md`).
public struct CharCNNConfig: Codable, Sendable, Equatable {
    public var embeddingDim: Int
    public var filters: Int
    public var width: Int

    public init(embeddingDim: Int = 30, filters: Int = 50, width: Int = 3) {
        self.embeddingDim = embeddingDim
        self.filters = filters
        self.width = width
    }

    enum CodingKeys: String, CodingKey {
        case embeddingDim = "embedding_dim", filters, width
    }
}

/// Architecture of a tagger; written as `config.json` in a model directory.
///
/// The JSON keys are a public format (`docs/model-format.md`): change them only with a
/// new `version`.
public struct TaggerConfig: Codable, Sendable, Equatable {
    public var format: String = "tagbench-tagger"
    public var version: Int = 1
    public var cell: CellKind
    public var layers: Int
    public var bidirectional: Bool
    public var embeddingDim: Int
    public var hiddenSize: Int
    /// Dropout probability on the embeddings, between RNN layers and before the output layer.
    public var dropout: Float
    public var charCNN: CharCNNConfig?
    /// The output layer: per-token softmax or a linear-chain CRF.
    public var decoder: DecoderKind
    public var numTags: Int
    /// Rows of `embedding.weight`, including `<pad>` (0) and `<unk>` (1).
    public var vocabSize: Int
    /// Rows of `char_embedding.weight` when `charCNN` is set.
    public var charVocabSize: Int?

    public init(
        cell: CellKind = .lstm, layers: Int = 1, bidirectional: Bool = false,
        embeddingDim: Int = 100, hiddenSize: Int = 128, dropout: Float = 0,
        charCNN: CharCNNConfig? = nil, decoder: DecoderKind = .softmax, numTags: Int, vocabSize: Int,
        charVocabSize: Int? = nil
    ) {
        self.cell = cell
        self.layers = layers
        self.bidirectional = bidirectional
        self.embeddingDim = embeddingDim
        self.hiddenSize = hiddenSize
        self.dropout = dropout
        self.charCNN = charCNN
        self.decoder = decoder
        self.numTags = numTags
        self.vocabSize = vocabSize
        self.charVocabSize = charVocabSize
    }

    public var directions: Int { bidirectional ? 2 : 1 }

    enum CodingKeys: String, CodingKey {
        case format, version, cell, layers, bidirectional
        case embeddingDim = "embedding_dim", hiddenSize = "hidden_size", dropout
        case charCNN = "char_cnn", decoder, numTags = "num_tags"
        case vocabSize = "vocab_size", charVocabSize = "char_vocab_size"
    }

    /// Decodes every key as written by `encode(to:)`; a missing `decoder` means softmax.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        format = try c.decode(String.self, forKey: .format)
        version = try c.decode(Int.self, forKey: .version)
        cell = try c.decode(CellKind.self, forKey: .cell)
        layers = try c.decode(Int.self, forKey: .layers)
        bidirectional = try c.decode(Bool.self, forKey: .bidirectional)
        embeddingDim = try c.decode(Int.self, forKey: .embeddingDim)
        hiddenSize = try c.decode(Int.self, forKey: .hiddenSize)
        dropout = try c.decode(Float.self, forKey: .dropout)
        charCNN = try c.decodeIfPresent(CharCNNConfig.self, forKey: .charCNN)
        self.decoder = try c.decodeIfPresent(DecoderKind.self, forKey: .decoder) ?? .softmax
        numTags = try c.decode(Int.self, forKey: .numTags)
        vocabSize = try c.decode(Int.self, forKey: .vocabSize)
        charVocabSize = try c.decodeIfPresent(Int.self, forKey: .charVocabSize)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(format, forKey: .format)
        try c.encode(version, forKey: .version)
        try c.encode(cell, forKey: .cell)
        try c.encode(layers, forKey: .layers)
        try c.encode(bidirectional, forKey: .bidirectional)
        try c.encode(embeddingDim, forKey: .embeddingDim)
        try c.encode(hiddenSize, forKey: .hiddenSize)
        try c.encode(dropout, forKey: .dropout)
        // `char_cnn` is always present: null when there are no character features.
        try c.encode(charCNN, forKey: .charCNN)
        try c.encode(decoder, forKey: .decoder)
        try c.encode(numTags, forKey: .numTags)
        try c.encode(vocabSize, forKey: .vocabSize)
        try c.encodeIfPresent(charVocabSize, forKey: .charVocabSize)
    }
}
