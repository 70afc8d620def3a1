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
            frequent confusions. For chunking and named-entity tags (BIO, IOB1, IOE or BIOES: \
            every tag O or B-/I-/E-/S- and a type) it also prints span precision, recall and F1 \
            overall and per type, computed as the CoNLL conlleval script does. --json prints one \
            JSON object instead (keys accuracy, tokens, loss, oov_accuracy, oov_tokens, per_tag, \
            macro, micro, confusion, and spans: null, or the span figures). The corpus is read \
            and scored in blocks, so memory stays bounded on big files.
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

    /// Sentences read, encoded and scored together; a multiple of the evaluation batch (256),
    /// so that the batches, and so the figures, are those of one pass over the whole corpus.
    static let block = 512

    private func evaluateModel() throws {
        configureThreads()
        let model = try LoadedModel(path: modelPath)
        let vocabulary = model.vocabulary, predictor = Predictor(model.tagger)
        var totals = EvaluationTotals(tagNames: vocabulary.tags)
        var metrics = TaggingMetrics(tags: vocabulary.tags)
        // A block that cannot be scored (a tag the model does not know) stops the scoring, but
        // the rest is still read: a malformed line anywhere is reported first, as when the
        // whole file was read before scoring.
        var blockError: Error?
        var pending: [TaggedSentence] = []
        func flush() {
            defer { pending.removeAll(keepingCapacity: true) }
            guard blockError == nil, !pending.isEmpty else { return }
            do {
                let corpus = try encode(pending, vocabulary: vocabulary, name: dataPath, characters: model.usesCharacters)
                let predictions = try evaluate(predictor, on: corpus, adding: &totals)
                metrics.add(gold: corpus.tags, predicted: predictions,
                            unknown: TaggingMetrics.unknownWordFlags(pending.map(\.words), vocabulary: vocabulary))
            } catch {
                blockError = error
            }
        }
        try corpusReader(.file(path: dataPath), format: format, tagColumn: tagColumn.column).forEachSentence { sentence in
            pending.append(sentence)
            if pending.count >= Self.block { flush() }
        }
        flush()
        if let blockError { throw blockError }
        metrics.loss = totals.loss
        // Printed only now: an error anywhere in the file leaves nothing on standard output.
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(EvalReport(metrics: metrics, spans: totals.spans)), as: UTF8.self))
        } else {
            print(metrics.report(), terminator: "")
            if let spans = totals.spans { print("\n" + spans.report(), terminator: "") }
        }
    }
}

/// The JSON of `eval`: the token metrics' keys and `spans` (null unless a span task).
private struct EvalReport: Encodable {
    var metrics: TaggingMetrics
    var spans: SpanMetrics?

    enum CodingKeys: String, CodingKey { case spans }

    func encode(to encoder: Encoder) throws {
        try metrics.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(spans, forKey: .spans)
    }
}
