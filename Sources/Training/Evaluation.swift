import Model

/// Loss and accuracy of a tagger on a corpus, with its predictions.
public struct Evaluation: Sendable {
    /// Mean negative log-likelihood per real token.
    public var loss: Double
    /// Share of tokens tagged correctly, in [0, 1].
    public var accuracy: Double
    public var tokens: Int
    /// Predicted tag ids per sentence, in corpus order.
    public var predictions: [[Int]]
}

/// Runs the tagger over the corpus in batches (dropout off) and scores it.
public func evaluate(_ tagger: Tagger, on corpus: EncodedCorpus, batchSize: Int = 256) throws -> Evaluation {
    var lossSum = 0.0, correct = 0, tokens = 0
    var predictions = [[Int]](repeating: [], count: corpus.count)
    for batch in sequentialBatches(count: corpus.count, batchSize: batchSize) {
        let b = corpus.batch(batch), tags = b.tags
        let n = b.tokenCount
        let loss = try tagger.forward(words: b.words, chars: b.chars, tags: tags, training: false)!
        lossSum += loss * Double(n)
        tokens += n
        for (j, predicted) in tagger.predictedTags().enumerated() {
            predictions[batch[j]] = predicted
            correct += zip(predicted, tags[j]).filter { $0 == $1 }.count
        }
    }
    return Evaluation(loss: tokens > 0 ? lossSum / Double(tokens) : 0,
                      accuracy: tokens > 0 ? Double(correct) / Double(tokens) : 0,
                      tokens: tokens, predictions: predictions)
}
