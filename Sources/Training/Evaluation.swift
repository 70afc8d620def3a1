import Model

/// Loss and accuracy of a tagger on a corpus, with its predictions, and span scores for a
/// chunking or named-entity corpus.
public struct Evaluation: Sendable {
    /// Mean negative log-likelihood per real token.
    public var loss: Double
    /// Share of tokens tagged correctly, in [0, 1].
    public var accuracy: Double
    public var tokens: Int
    /// Predicted tag ids per sentence, in corpus order.
    public var predictions: [[Int]]
    /// conlleval's span precision, recall and F1 when the corpus's tag names are known and
    /// form a span scheme (`SpanMetrics.isSpanScheme`: BIO, IOB1, IOE, BIOES), else nil.
    public var spans: SpanMetrics?
}

/// Runs the tagger over the corpus in batches (dropout off, on both cores: see `Predictor`)
/// and scores it; span scores when `corpus.tagNames` is a span scheme.
public func evaluate(_ tagger: Tagger, on corpus: EncodedCorpus, batchSize: Int = 256) throws -> Evaluation {
    try evaluate(Predictor(tagger), on: corpus, batchSize: batchSize)
}

/// `evaluate(_:on:batchSize:)` with a predictor kept between calls (a trainer's).
public func evaluate(_ predictor: Predictor, on corpus: EncodedCorpus, batchSize: Int = 256) throws -> Evaluation {
    var lossSum = 0.0, correct = 0, tokens = 0
    var predictions = [[Int]](repeating: [], count: corpus.count)
    for batch in sequentialBatches(count: corpus.count, batchSize: batchSize) {
        let b = corpus.batch(batch), tags = b.tags
        let n = b.tokenCount
        let result = try predictor.run(words: b.words, chars: b.chars, tags: tags)
        lossSum += result.loss! * Double(n)
        tokens += n
        for (j, predicted) in result.predictions.enumerated() {
            predictions[batch[j]] = predicted
            correct += zip(predicted, tags[j]).filter { $0 == $1 }.count
        }
    }
    let spans = corpus.tagNames.flatMap { names in
        SpanMetrics.isSpanScheme(names) ? SpanMetrics(gold: corpus.tags, predicted: predictions, tags: names) : nil
    }
    return Evaluation(loss: tokens > 0 ? lossSum / Double(tokens) : 0,
                      accuracy: tokens > 0 ? Double(correct) / Double(tokens) : 0,
                      tokens: tokens, predictions: predictions, spans: spans)
}
