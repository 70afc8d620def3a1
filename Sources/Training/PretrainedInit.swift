import Corpus
import Foundation
import Model

/// How many vocabulary words got a pretrained vector, and how.
public struct EmbeddingCoverage: Sendable, Equatable, CustomStringConvertible {
    /// Words whose exact form has a vector.
    public var exact: Int
    /// Words found only through their lowercased form.
    public var viaLowercase: Int
    /// Words left with their random initial row.
    public var missing: Int

    public init(exact: Int, viaLowercase: Int, missing: Int) {
        self.exact = exact
        self.viaLowercase = viaLowercase
        self.missing = missing
    }

    /// Vocabulary words considered (`<pad>` and `<unk>` are not).
    public var words: Int { exact + viaLowercase + missing }
    public var covered: Int { exact + viaLowercase }
    /// Share of words covered, in [0, 1]; 0 for an empty vocabulary.
    public var fraction: Double { words > 0 ? Double(covered) / Double(words) : 0 }

    /// E.g. `pretrained embeddings cover 18,231 of 19,674 words (92.7%; 1,204 via lowercase)`.
    public var description: String {
        "pretrained embeddings cover \(thousands(covered)) of \(thousands(words)) words ("
            + String(format: "%.1f%%", 100 * fraction) + "; \(thousands(viaLowercase)) via lowercase)"
    }
}

/// Why pretrained vectors cannot go into a tagger.
public enum PretrainedEmbeddingError: Error, Equatable, CustomStringConvertible {
    case dimensionMismatch(embeddings: Int, model: Int)
    case vocabularySize(vocabulary: Int, model: Int)

    public var description: String {
        switch self {
        case .dimensionMismatch(let embeddings, let model):
            "embeddings have dimension \(embeddings), the model's embedding_dim is \(model); pass --emb \(embeddings)"
        case .vocabularySize(let vocabulary, let model):
            "the vocabulary has \(vocabulary) words, the model's vocab_size is \(model); build the model from this vocabulary"
        }
    }
}

/// Copies pretrained vectors into the tagger's word embedding rows and reports coverage.
///
/// Row `i` of `embedding.weight` [V, E] gets the vector of `vocabulary.words[i]`, else that
/// of its lowercased form (the vocabulary's own lookup rule); rows of words with neither keep
/// their initial values, as do row 0 (`<pad>`, zero) and row 1 (`<unk>`). Call it on a fresh
/// tagger, before training. To keep the vectors fixed while training, freeze the table
/// afterwards: `tagger.parameters.frozen.insert("embedding.weight")` (the optimiser skips
/// frozen parameters).
/// - Throws: `PretrainedEmbeddingError` when the vectors' dimension is not the model's
///   `embeddingDim`, or the vocabulary's size is not its `vocabSize`; nothing is copied then.
@discardableResult
public func initialiseEmbeddings(_ tagger: Tagger, vocabulary: Vocabulary,
                                 from pretrained: PretrainedEmbeddings) throws -> EmbeddingCoverage {
    let E = tagger.config.embeddingDim
    guard pretrained.dimension == E else {
        throw PretrainedEmbeddingError.dimensionMismatch(embeddings: pretrained.dimension, model: E)
    }
    guard vocabulary.words.count == tagger.config.vocabSize else {
        throw PretrainedEmbeddingError.vocabularySize(vocabulary: vocabulary.words.count, model: tagger.config.vocabSize)
    }
    guard let weight = tagger.parameters["embedding.weight"] else {
        preconditionFailure("initialiseEmbeddings: the tagger has no embedding.weight")
    }
    let rows = tagger.parameters.value(weight)
    var coverage = EmbeddingCoverage(exact: 0, viaLowercase: 0, missing: 0)
    for (i, word) in vocabulary.words.enumerated().dropFirst(2) {
        let vector: [Float]
        if let exact = pretrained.vectors[word] {
            vector = exact
            coverage.exact += 1
        } else if let lowered = pretrained.vectors[word.lowercased()] {
            vector = lowered
            coverage.viaLowercase += 1
        } else {
            coverage.missing += 1
            continue
        }
        precondition(vector.count == E, "initialiseEmbeddings: the vector of '\(word)' has \(vector.count) values, not \(E)")
        vector.withUnsafeBufferPointer { (rows + i * E).update(from: $0.baseAddress!, count: E) }
    }
    return coverage
}
