import Assets
import Corpus
import Model
import Numerics
import Testing
@testable import Training

// `eval` scores a corpus block by block (bounded memory): these pin down that counts added a
// block at a time give exactly the figures of the whole corpus scored at once.

/// `count` sentences of 1...7 tokens with tag ids in 0..<`tags`, predictions right about
/// half the time, and unknown-word flags; seeded.
private func randomCorpus(count: Int, tags: Int, seed: UInt64)
    -> (gold: [[Int]], predicted: [[Int]], unknown: [[Bool]]) {
    var rng = Xoshiro256(seed: seed)
    var gold: [[Int]] = [], predicted: [[Int]] = [], unknown: [[Bool]] = []
    for _ in 0..<count {
        let n = Int.random(in: 1...7, using: &rng)
        let g = (0..<n).map { _ in Int.random(in: 0..<tags, using: &rng) }
        gold.append(g)
        predicted.append(g.map { Bool.random(using: &rng) ? $0 : Int.random(in: 0..<tags, using: &rng) })
        unknown.append(g.map { _ in Int.random(in: 0..<4, using: &rng) == 0 })
    }
    return (gold, predicted, unknown)
}

@Suite("Metrics added block by block")
struct MetricsAccumulationTests {
    @Test("token metrics: the two halves added in turn equal the whole, at every split")
    func taggingMetricsHalvesEqualTheWhole() throws {
        let tags = ["DET", "NOUN", "VERB", "ADJ", "X"]  // X never occurs: ids 0..<4 only
        let c = randomCorpus(count: 40, tags: 4, seed: 7)
        let whole = TaggingMetrics(gold: c.gold, predicted: c.predicted, unknown: c.unknown, tags: tags)
        for split in 0...c.gold.count {
            var metrics = TaggingMetrics(gold: Array(c.gold[..<split]), predicted: Array(c.predicted[..<split]),
                                         unknown: Array(c.unknown[..<split]), tags: tags)
            metrics.add(gold: Array(c.gold[split...]), predicted: Array(c.predicted[split...]),
                        unknown: Array(c.unknown[split...]))
            #expect(metrics == whole, "split at \(split)")
            #expect(try metrics.jsonData() == whole.jsonData(), "split at \(split)")
            #expect(metrics.report() == whole.report(), "split at \(split)")
        }
    }

    @Test("token metrics: many small blocks from empty equal the whole; loss is kept")
    func taggingMetricsFromEmpty() {
        let tags = ["A", "B", "C"]
        let c = randomCorpus(count: 25, tags: 3, seed: 11)
        let whole = TaggingMetrics(gold: c.gold, predicted: c.predicted, unknown: c.unknown, tags: tags)
        var metrics = TaggingMetrics(tags: tags)
        #expect(metrics.tokens == 0 && metrics.oovAccuracy == nil && metrics.perTag.isEmpty)
        metrics.loss = 0.5
        for start in stride(from: 0, to: c.gold.count, by: 4) {
            let r = start..<min(start + 4, c.gold.count)
            metrics.add(gold: Array(c.gold[r]), predicted: Array(c.predicted[r]), unknown: Array(c.unknown[r]))
        }
        #expect(metrics.loss == 0.5)
        metrics.loss = nil
        #expect(metrics == whole)
    }

    @Test("span counts: blocks added in order equal the whole, at every split, chunks across a block boundary included")
    func spanCountsHalvesEqualTheWhole() {
        // BIOES tags, and two that conlleval treats oddly: `B` (a chunk of no type) and `NOUN`,
        // which neither starts nor ends it, so that chunk stays open across sentences.
        let tags = ["O", "B-PER", "I-PER", "E-PER", "S-LOC", "B-LOC", "I-LOC", "B", "NOUN"]
        let c = randomCorpus(count: 60, tags: tags.count, seed: 5)
        let whole = SpanMetrics(gold: c.gold, predicted: c.predicted, tags: tags)
        #expect(whole.goldChunks > 0 && whole.correctChunks > 0)
        for split in 0...c.gold.count {
            var counts = SpanCounts(tags: tags)
            counts.add(gold: Array(c.gold[..<split]), predicted: Array(c.predicted[..<split]))
            counts.add(gold: Array(c.gold[split...]), predicted: Array(c.predicted[split...]))
            #expect(counts.metrics == whole, "split at \(split)")
        }
        // Reading `metrics` part-way closes nothing for the sentences still to come.
        var counts = SpanCounts(tags: tags)
        for (g, p) in zip(c.gold, c.predicted) {
            _ = counts.metrics
            counts.add(gold: [g], predicted: [p])
        }
        #expect(counts.metrics == whole)
    }

    @Test("evaluate in blocks of a multiple of the batch size gives the bits of one pass")
    func evaluationTotalsEqualOnePass() throws {
        let sentences = try CoNLLUReader.readAll(text: DefaultCorpus.train, name: DefaultCorpus.trainName)
        let vocabulary = Vocabulary.build(words: sentences.map(\.words), tags: sentences.map(\.tags))
        let corpus = try encode(sentences, vocabulary: vocabulary, name: "train")
        let config = TaggerConfig(cell: .lstm, layers: 1, bidirectional: false, embeddingDim: 8, hiddenSize: 8,
                                  dropout: 0, numTags: vocabulary.tags.count, vocabSize: vocabulary.words.count)
        let predictor = Predictor(Tagger(config: config, seed: 2))
        let whole = try evaluate(predictor, on: corpus, batchSize: 32)

        var totals = EvaluationTotals(tagNames: corpus.tagNames)
        var predictions: [[Int]] = []
        for start in stride(from: 0, to: corpus.count, by: 96) {
            let block = corpus.batch(Array(start..<min(start + 96, corpus.count)))
            predictions += try evaluate(predictor, on: block, batchSize: 32, adding: &totals)
        }
        #expect(corpus.count % 96 != 0, "the last block should be a short one")
        #expect(totals.loss.bitPattern == whole.loss.bitPattern, "\(totals.loss) ≠ \(whole.loss)")
        #expect(totals.accuracy == whole.accuracy && totals.tokens == whole.tokens)
        #expect(predictions == whole.predictions)
        #expect(totals.spans == nil && whole.spans == nil)
    }
}

@Suite("Reading a corpus to train on or score")
struct LeanReadingTests {
    @Test("readCorpus drops the CoNLL-U lines and keeps everything else; the reader keeps them by default")
    func readCorpusDropsTheLines() throws {
        let lean = try readCorpus(.text(DefaultCorpus.train, name: DefaultCorpus.trainName), format: .conllu)
        let full = try CoNLLUReader.readAll(text: DefaultCorpus.train, name: DefaultCorpus.trainName)
        #expect(lean.allSatisfy { $0.conlluLines.isEmpty })
        #expect(full.allSatisfy { !$0.conlluLines.isEmpty })
        #expect(lean.map(\.words) == full.map(\.words) && lean.map(\.tags) == full.map(\.tags))
        #expect(lean.map(\.line) == full.map(\.line))
    }

    @Test("without the lines, errors are the same: a comment-only sentence, a bad line")
    func errorsWithoutTheLines() {
        let token = "1\tHi\thi\tINTJ\t_\t_\t0\troot\t_\t_"
        for text in ["# just a comment\n\n\(token)\n", "\(token)\n\n# c\n1\tHi\n"] {
            func message(_ keepingLines: Bool) -> String {
                do {
                    _ = try CoNLLUReader(text: text, name: "t.conllu", keepingLines: keepingLines).readAll()
                    return "no error"
                } catch { return "\(error)" }
            }
            #expect(message(false) == message(true))
            #expect(message(false).hasPrefix("t.conllu:"), "\(message(false))")
        }
    }
}
