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
        let words = batch.map { corpus.words[$0] }, tags = batch.map { corpus.tags[$0] }
        let chars = corpus.chars.map { all in batch.map { all[$0] } }
        let n = words.reduce(0) { $0 + $1.count }
        let loss = try tagger.forward(words: words, chars: chars, tags: tags, training: false)!
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
