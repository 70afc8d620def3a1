import ArgumentParser
import Corpus
import Foundation
import Training

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score a trained model on a tagged corpus.",
        discussion: """
            Prints token accuracy, accuracy on words unknown to the model's vocabulary (OOV), \
            the mean negative log-likelihood per token, per-tag precision/recall/F1 and the most \
            frequent confusions. --json prints one JSON object instead (keys accuracy, tokens, \
            loss, oov_accuracy, oov_tokens, per_tag, macro, micro, confusion).
            """)

    @Option(name: .customLong("model"), help: ArgumentHelp("Model directory written by `tagbench train`.", valueName: "dir"))
    var modelPath: String

    @Option(name: .customLong("data"), help: ArgumentHelp("Tagged corpus to score.", valueName: "path"))
    var dataPath: String

    @Option(help: "Corpus format: conllu or conll2.")
    var format: CorpusFormat = .conllu

    @Option(help: "CoNLL-U column holding the gold tags: upos or xpos.")
    var tagColumn: TagColumnOption = .upos

    @Flag(help: "Print one JSON object.")
    var json = false

    func run() throws {
        do { try evaluateModel() } catch let error as ExitCode { throw error } catch { throw fail(error) }
    }

    private func evaluateModel() throws {
        configureThreads()
        let model = try LoadedModel(path: modelPath)
        let sentences = try readCorpus(.file(path: dataPath), format: format, tagColumn: tagColumn.column)
        let corpus = try encode(sentences, vocabulary: model.vocabulary, name: dataPath, characters: model.usesCharacters)
        let result = try evaluate(model.tagger, on: corpus)
        var metrics = TaggingMetrics(
            gold: corpus.tags, predicted: result.predictions,
            unknown: TaggingMetrics.unknownWordFlags(sentences.map(\.words), vocabulary: model.vocabulary),
            tags: model.vocabulary.tags)
        metrics.loss = result.loss
        if json {
            print(String(decoding: try metrics.jsonData(), as: UTF8.self))
        } else {
            print(metrics.report(), terminator: "")
        }
    }
}
