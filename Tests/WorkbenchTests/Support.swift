import Corpus
import Foundation
import Model
import Training
@testable import Workbench

/// Helpers shared by the workbench tests.

/// The repository root (tests read the embedded corpus from `Assets/`).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

let colourTheme = Theme(color: true, unicode: true)
let monoTheme = Theme(color: false, unicode: true)
let asciiTheme = Theme(color: false, unicode: false)

/// A batch of four sentences of lengths 2, 4, 1, 3 (caller order), with words "w<i>.<t>"
/// and gold tags alternating NOUN/VERB; the model got the token (1, 2) wrong.
func knownBatch(serial: Int = 7) throws -> BatchView {
    let lengths = [2, 4, 1, 3]
    let layout = try PackedLayout(lengths: lengths)
    let tokens = lengths.enumerated().map { i, n in (0..<n).map { "w\(i).\($0)" } }
    let gold = lengths.map { n in (0..<n).map { $0 % 2 == 0 ? "NOUN" : "VERB" } }
    var predicted = gold
    predicted[1][2] = "ADJ"
    return BatchView(serial: serial, epoch: 2, batch: 3, batchCount: 9, loss: 0.5, learningRate: 1e-3, layout: layout,
                     sentenceIndices: [40, 41, 42, 43], tokens: tokens, gold: gold, predicted: predicted)
}

/// The embedded training corpus's first `limit` sentences, encoded with a vocabulary built
/// from them.
func embeddedCorpus(limit: Int = 200) throws -> (sentences: [TaggedSentence], vocabulary: Vocabulary, encoded: EncodedCorpus) {
    let path = repositoryRoot.appendingPathComponent("Assets/corpus/train.conllu").path
    let sentences = Array(try CoNLLUReader.readAll(path: path).prefix(limit))
    let vocabulary = Vocabulary.build(words: sentences.map(\.words), tags: sentences.map(\.tags), minCount: 1)
    let encoded = EncodedCorpus(words: sentences.map { $0.words.map(vocabulary.wordID) },
                                tags: sentences.map { $0.tags.map { vocabulary.tagID($0)! } })
    return (sentences, vocabulary, encoded)
}

/// A small session on the embedded corpus (no dev set unless asked), not started.
func smallSession(epochs: Int = 3, batchSize: Int = 8, limit: Int = 120, dev: Bool = false,
                  checkpoint: URL? = nil, hidden: Int = 16) throws -> TrainingSession {
    let (sentences, vocabulary, encoded) = try embeddedCorpus(limit: limit)
    let config = TaggerConfig(cell: .lstm, layers: 1, bidirectional: true, embeddingDim: 16, hiddenSize: hidden,
                              numTags: vocabulary.tags.count, vocabSize: vocabulary.words.count)
    var options = TrainingOptions()
    options.epochs = epochs
    options.batchSize = batchSize
    options.patience = 100
    return TrainingSession(tagger: Tagger(config: config, seed: 3), vocabulary: vocabulary, train: encoded,
                           trainWords: sentences.map(\.words), dev: dev ? encoded : nil, options: options,
                           checkpointDirectory: checkpoint)
}

/// A fresh empty directory under the system's temporary directory.
func temporaryDirectory(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tagbench-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

extension CellGrid {
    /// The cells of row `r` from column `c` on, `count` of them.
    func cells(row r: Int, from c: Int, count: Int) -> [Cell] {
        (c..<min(c + count, width)).map { self[r, $0] }
    }

    /// Whether every row is exactly `width` columns wide (no wide character split).
    var isWellFormed: Bool {
        for r in 0..<height {
            var c = 0
            while c < width {
                let cell = self[r, c]
                if cell.isContinuation { return false }  // a continuation without its lead
                if cell.width == 2 {
                    guard c + 1 < width, self[r, c + 1].isContinuation else { return false }
                    c += 2
                } else {
                    c += 1
                }
            }
        }
        return true
    }
}

/// An epoch's figures (EpochSummary has no public memberwise initialiser; it is Codable).
func epochSummary(epoch: Int, trainLoss: Double, devLoss: Double?, devAccuracy: Double?) throws -> EpochSummary {
    var fields = ["\"epoch\": \(epoch)", "\"train_loss\": \(trainLoss)", "\"tokens_per_second\": 1", "\"seconds\": 1",
                  "\"learning_rate\": 0.002", "\"best\": true"]
    if let devLoss { fields.append("\"dev_loss\": \(devLoss)") }
    if let devAccuracy { fields.append("\"dev_accuracy\": \(devAccuracy)") }
    return try JSONDecoder().decode(EpochSummary.self, from: Data(("{" + fields.joined(separator: ", ") + "}").utf8))
}
