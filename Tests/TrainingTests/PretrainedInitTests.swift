import Corpus
import Foundation
import Model
import Testing
@testable import Training

private let vocabulary = Vocabulary(words: ["<pad>", "<unk>", "the", "Paris", "NEW", "zzz", "Apple"],
                                    tags: ["A", "B"], chars: ["<pad>", "<unk>"])

private func tagger(embeddingDim: Int = 3, vocabSize: Int = 7) -> Tagger {
    Tagger(config: TaggerConfig(embeddingDim: embeddingDim, hiddenSize: 2, numTags: 2, vocabSize: vocabSize), seed: 3)
}

private let pretrained = PretrainedEmbeddings(dimension: 3, vectors: [
    "the": [1, 2, 3], "paris": [4, 5, 6], "new": [7, 8, 9],
    "Apple": [10, 11, 12], "apple": [-1, -1, -1], "<unk>": [9, 9, 9], "<pad>": [9, 9, 9],
], linesRead: 7)

/// Row `i` of the tagger's embedding table.
private func row(_ t: Tagger, _ i: Int) -> [Float] {
    let p = t.parameters["embedding.weight"]!
    return Array(t.parameters.array(p)[(i * 3)..<(i * 3 + 3)])
}

@Suite struct PretrainedInitTests {
    @Test func knownWordsGetTheirVectorExactlyThenLowercased() throws {
        let t = tagger()
        try initialiseEmbeddings(t, vocabulary: vocabulary, from: pretrained)
        #expect(row(t, 2) == [1, 2, 3])     // the
        #expect(row(t, 3) == [4, 5, 6])     // Paris → paris
        #expect(row(t, 4) == [7, 8, 9])     // NEW → new
        #expect(row(t, 6) == [10, 11, 12])  // Apple: the exact form wins over apple
    }

    @Test func paddingUnknownAndMissingRowsKeepTheirInitialValues() throws {
        let fresh = tagger(), t = tagger()
        try initialiseEmbeddings(t, vocabulary: vocabulary, from: pretrained)
        #expect(row(t, 0) == [0, 0, 0])
        #expect(row(t, 1) == row(fresh, 1))
        #expect(row(t, 5) == row(fresh, 5))  // zzz
        // Nothing outside the embedding table moves.
        for p in t.parameters.parameters where p.name != "embedding.weight" {
            #expect(t.parameters.array(p) == fresh.parameters.array(p), "\(p.name)")
        }
    }

    @Test func coverageCountsExactLowercasedAndMissingWords() throws {
        let coverage = try initialiseEmbeddings(tagger(), vocabulary: vocabulary, from: pretrained)
        #expect(coverage == EmbeddingCoverage(exact: 2, viaLowercase: 2, missing: 1))
        #expect(coverage.words == 5 && coverage.covered == 4)
        #expect(coverage.fraction == 0.8)
        #expect(coverage.description == "pretrained embeddings cover 4 of 5 words (80.0%; 2 via lowercase)")
    }

    @Test func coverageDescriptionGroupsThousands() {
        let coverage = EmbeddingCoverage(exact: 17_027, viaLowercase: 1_204, missing: 1_443)
        #expect(coverage.description == "pretrained embeddings cover 18,231 of 19,674 words (92.7%; 1,204 via lowercase)")
        #expect(EmbeddingCoverage(exact: 0, viaLowercase: 0, missing: 0).fraction == 0)
    }

    @Test func wrongDimensionIsAnErrorThatSaysWhichFlagToPass() {
        let t = tagger(embeddingDim: 100)
        let fifty = PretrainedEmbeddings(dimension: 50, vectors: ["the": Array(repeating: 1, count: 50)], linesRead: 1)
        #expect(throws: PretrainedEmbeddingError.dimensionMismatch(embeddings: 50, model: 100)) {
            try initialiseEmbeddings(t, vocabulary: vocabulary, from: fifty)
        }
        #expect(PretrainedEmbeddingError.dimensionMismatch(embeddings: 50, model: 100).description
                == "embeddings have dimension 50, the model's embedding_dim is 100; pass --emb 50")
    }

    @Test func vocabularyOfAnotherSizeIsAnErrorAndNothingIsCopied() {
        let t = tagger(vocabSize: 8), before = t.parameters.values.toArray()
        #expect(throws: PretrainedEmbeddingError.vocabularySize(vocabulary: 7, model: 8)) {
            try initialiseEmbeddings(t, vocabulary: vocabulary, from: pretrained)
        }
        #expect(t.parameters.values.toArray() == before)
    }

    @Test func freezingKeepsTheCopiedVectorsThroughTraining() throws {
        let t = tagger()
        try initialiseEmbeddings(t, vocabulary: vocabulary, from: pretrained)
        t.parameters.frozen.insert("embedding.weight")
        let table = t.parameters.array(t.parameters["embedding.weight"]!)
        let output = t.parameters.array(t.parameters["output.weight"]!)
        var options = TrainingOptions()
        options.epochs = 2
        options.batchSize = 2
        try Trainer(tagger: t, options: options)
            .train(on: EncodedCorpus(words: [[2, 3, 4], [5, 6]], tags: [[0, 1, 0], [1, 1]]), dev: nil)
        #expect(t.parameters.array(t.parameters["embedding.weight"]!) == table)
        #expect(t.parameters.array(t.parameters["output.weight"]!) != output)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: gloveFirstPart), "GloVe not found at ../shared/data/glove/"))
    func realGloVeCoversTheCommonWordsOfASmallVocabulary() throws {
        let vocabulary = Vocabulary(words: ["<pad>", "<unk>", "The", "of", "Paris", "xqzvk"], tags: ["X"], chars: [])
        let e = try PretrainedEmbeddings.read(path: gloveFirstPart, wanting: PretrainedEmbeddings.words(wantedBy: vocabulary))
        let t = Tagger(config: TaggerConfig(embeddingDim: 50, hiddenSize: 2, numTags: 1, vocabSize: 6))
        let coverage = try initialiseEmbeddings(t, vocabulary: vocabulary, from: e)
        #expect(coverage == EmbeddingCoverage(exact: 1, viaLowercase: 2, missing: 1))
        let table = t.parameters.array(t.parameters["embedding.weight"]!)
        #expect(Array(table[100..<103]) == [0.418, 0.24968, -0.41242])  // row 2, "The" → the
    }
}

private let gloveFirstPart = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("../shared/data/glove/glove.6B.50d.top100k.part01.txt")
    .standardized.path
