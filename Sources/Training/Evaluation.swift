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

/// Running sums of an evaluation fed a corpus block by block (`evaluate(_:on:batchSize:adding:)`),
/// for a corpus too big to hold: memory is a block, not the corpus.
///
/// Blocks added in corpus order give exactly the figures of one `evaluate` over the whole
/// corpus when every block but the last holds a multiple of `batchSize` sentences: the
/// batches are then the same, and their losses are summed in the same order.
public struct EvaluationTotals: Sendable {
    /// Sum over batches of the batch's mean loss times its token count.
    public private(set) var lossSum = 0.0
    public private(set) var tokens = 0
    public private(set) var correct = 0
    /// conlleval's counts, when the tag names form a span scheme.
    public fileprivate(set) var spanCounts: SpanCounts?

    /// Nothing counted yet; span counts when `tagNames` (the tags in id order) is known and a
    /// span scheme (`SpanMetrics.isSpanScheme`).
    public init(tagNames: [String]?) {
        spanCounts = tagNames.flatMap { SpanMetrics.isSpanScheme($0) ? SpanCounts(tags: $0) : nil }
    }

    /// Mean negative log-likelihood per token so far, 0 without tokens.
    public var loss: Double { tokens > 0 ? lossSum / Double(tokens) : 0 }
    /// Share of tokens tagged correctly so far, 0 without tokens.
    public var accuracy: Double { tokens > 0 ? Double(correct) / Double(tokens) : 0 }
    /// conlleval's scores so far, or nil when not a span scheme.
    public var spans: SpanMetrics? { spanCounts?.metrics }

    fileprivate mutating func add(batchLoss: Double, tokens n: Int, correct c: Int) {
        lossSum += batchLoss * Double(n)
        tokens += n
        correct += c
    }
}

/// Runs the tagger over the corpus in batches (dropout off, on both cores: see `Predictor`)
/// and scores it; span scores when `corpus.tagNames` is a span scheme.
public func evaluate(_ tagger: Tagger, on corpus: EncodedCorpus, batchSize: Int = 256) throws -> Evaluation {
    try evaluate(Predictor(tagger), on: corpus, batchSize: batchSize)
}

/// `evaluate(_:on:batchSize:)` with a predictor kept between calls (a trainer's).
public func evaluate(_ predictor: Predictor, on corpus: EncodedCorpus, batchSize: Int = 256) throws -> Evaluation {
    var totals = EvaluationTotals(tagNames: corpus.tagNames)
    let predictions = try evaluate(predictor, on: corpus, batchSize: batchSize, adding: &totals)
    return Evaluation(loss: totals.loss, accuracy: totals.accuracy, tokens: totals.tokens,
                      predictions: predictions, spans: totals.spans)
}

/// Scores one block of a corpus and adds its counts to `totals` (see `EvaluationTotals`);
/// returns the block's predicted tag ids per sentence, in order. `totals` must have been made
/// with the same tag names as `corpus.tagNames`.
/// - Throws: `BatchError`; `totals` then holds a part of the block.
public func evaluate(_ predictor: Predictor, on corpus: EncodedCorpus, batchSize: Int = 256,
                     adding totals: inout EvaluationTotals) throws -> [[Int]] {
    var predictions = [[Int]](repeating: [], count: corpus.count)
    for batch in sequentialBatches(count: corpus.count, batchSize: batchSize) {
        let b = corpus.batch(batch), tags = b.tags
        let result = try predictor.run(words: b.words, chars: b.chars, tags: tags)
        var correct = 0
        for (j, predicted) in result.predictions.enumerated() {
            predictions[batch[j]] = predicted
            correct += zip(predicted, tags[j]).filter { $0 == $1 }.count
        }
        totals.add(batchLoss: result.loss!, tokens: b.tokenCount, correct: correct)
    }
    totals.spanCounts?.add(gold: corpus.tags, predicted: predictions)
    return predictions
}
