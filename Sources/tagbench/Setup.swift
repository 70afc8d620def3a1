import Assets
import Corpus
import Foundation
import Model
import Training

/// Everything a training run needs, read and checked before any training starts.
struct PreparedRun {
    var trainName: String
    var devName: String?
    var vocabulary: Vocabulary
    var config: TaggerConfig
    var train: EncodedCorpus
    var dev: EncodedCorpus?
    var trainSentences: [TaggedSentence]
    var devSentences: [TaggedSentence]?

    /// Reads the corpora (the embedded one by default), builds the vocabulary from the
    /// training data and encodes both splits.
    /// - Throws: `CorpusError` (`file:line: problem`), `DatasetError` (a dev tag never
    ///   seen in training).
    static func prepare(data: DataOptions, model: ModelOptions) throws -> PreparedRun {
        let trainSource: CorpusSource, devSource: CorpusSource?
        let format: CorpusFormat
        if let path = data.trainPath {
            trainSource = .file(path: path)
            devSource = data.devPath.map { .file(path: $0) }
            format = data.format
        } else {
            trainSource = .text(DefaultCorpus.train, name: DefaultCorpus.trainName)
            devSource = data.devPath.map { .file(path: $0) } ?? .text(DefaultCorpus.dev, name: DefaultCorpus.devName)
            format = data.trainPath == nil && data.devPath == nil ? .conllu : data.format
        }
        let trainSentences = try readCorpus(trainSource, format: format, tagColumn: data.tagColumn.column)
        let devSentences = try devSource.map { try readCorpus($0, format: format, tagColumn: data.tagColumn.column) }
        let vocabulary = Vocabulary.build(words: trainSentences.map(\.words), tags: trainSentences.map(\.tags),
                                          minCount: data.minCount)
        let config = Self.config(for: model, vocabulary: vocabulary)
        let characters = model.charCNN
        let train = try encode(trainSentences, vocabulary: vocabulary, name: trainSource.name, characters: characters)
        let dev = try devSource.map {
            try encode(devSentences!, vocabulary: vocabulary, name: $0.name, characters: characters)
        }
        return PreparedRun(trainName: trainSource.name, devName: devSource?.name, vocabulary: vocabulary,
                           config: config, train: train, dev: dev,
                           trainSentences: trainSentences, devSentences: devSentences)
    }

    /// The architecture `model` describes over `vocabulary`.
    static func config(for model: ModelOptions, vocabulary: Vocabulary) -> TaggerConfig {
        TaggerConfig(
            cell: model.cell, layers: model.layers, bidirectional: model.bidirectional,
            embeddingDim: model.embeddingDim, hiddenSize: model.hiddenSize, dropout: model.dropout,
            charCNN: model.charCNNConfig, decoder: model.decoder, numTags: vocabulary.tags.count,
            vocabSize: vocabulary.words.count, charVocabSize: model.charCNN ? vocabulary.chars.count : nil)
    }

    /// This run's data with the architecture of `model`, which must encode the data the
    /// same way (the same `--char-cnn`; the vocabulary's `--min-count` is the caller's to
    /// keep): a search reads and encodes its corpora once for many trials.
    func reconfigured(for model: ModelOptions) -> PreparedRun {
        precondition(model.charCNN == (train.chars != nil), "reconfigured: --char-cnn changes the encoding")
        var run = self
        run.config = Self.config(for: model, vocabulary: vocabulary)
        return run
    }

    /// A new tagger for this run, its embeddings initialised from the pretrained vectors
    /// of `model.embeddings` when given (coverage reported on standard error), and frozen
    /// with `--freeze-embeddings`. `resuming` skips the vectors: a resume point's weights
    /// replace any initialisation.
    /// - Throws: `CorpusError` for a malformed vectors file, `PretrainedEmbeddingError`
    ///   when their dimension is not `--emb`.
    func makeTagger(model: ModelOptions, seed: UInt64, resuming: Bool = false) throws -> Tagger {
        let tagger = Tagger(config: config, seed: seed)
        if model.freezeEmbeddings { tagger.parameters.frozen.insert("embedding.weight") }
        guard !model.embeddings.isEmpty, !resuming else { return tagger }
        let vectors = try PretrainedEmbeddings.read(paths: model.embeddings,
                                                    wanting: PretrainedEmbeddings.words(wantedBy: vocabulary))
        let coverage = try initialiseEmbeddings(tagger, vocabulary: vocabulary, from: vectors)
        note("\(coverage)\(model.freezeEmbeddings ? "; frozen" : "")")
        return tagger
    }

    /// One line describing the data, for the start of a run.
    var summary: String {
        var s = "train: \(trainName) (\(train.count) sentences, \(train.tokenCount) tokens)"
        if let devName, let dev { s += "; dev: \(devName) (\(dev.count) sentences, \(dev.tokenCount) tokens)" }
        s += "; \(vocabulary.words.count) words, \(vocabulary.tags.count) tags"
        return s
    }
}

/// Creates the model directory and proves it writable before any training starts, so a
/// bad `--out` fails in a second, not after an epoch.
func prepareOutputDirectory(_ path: String) throws -> URL {
    let url = URL(fileURLWithPath: path, isDirectory: true)
    do {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let probe = url.appendingPathComponent(".tagbench-write-test")
        try writeAtomically(Data("ok".utf8), to: probe)
        try FileManager.default.removeItem(at: probe)
    } catch let error as CheckpointError {
        throw error
    } catch {
        throw OutputError.notWritable(path: path, reason: (error as NSError).localizedDescription)
    }
    return url
}

/// Refuses to start a run whose checkpoints cannot fit in `directory`'s file system: the
/// model and the resume point (weights and two optimiser moments), each written beside its
/// old copy before the rename, so about seven times the weights at the worst moment.
func checkFreeSpace(_ directory: URL, parameterCount: Int) throws {
    var stats = statvfs()
    guard statvfs(directory.path, &stats) == 0 else { return }  // unknown: let the writes report
    let free = Double(stats.f_bavail) * Double(stats.f_frsize)
    let needed = Double(parameterCount) * 4 * 7 + 1_000_000
    if free < needed {
        throw OutputError.noSpace(path: directory.path, neededMB: needed / 1e6, freeMB: free / 1e6)
    }
}

enum OutputError: Error, CustomStringConvertible {
    case notWritable(path: String, reason: String)
    case noSpace(path: String, neededMB: Double, freeMB: Double)
    var description: String {
        switch self {
        case .notWritable(let path, let reason): "cannot write the model directory \(path): \(reason)"
        case let .noSpace(path, needed, free):
            "not enough space for the checkpoints in \(path): about \(Int(needed.rounded(.up))) MB needed, \(Int(free)) MB free"
        }
    }
}

/// A trained model read back from its directory, ready to tag.
struct LoadedModel {
    let tagger: Tagger
    var vocabulary: Vocabulary
    /// Tags batches on both cores (see `Predictor`).
    let predictor: Predictor

    /// - Throws: `CheckpointError`/`SafetensorsError` naming the file and the problem.
    init(path: String) throws {
        let directory = try ModelDirectory.load(from: URL(fileURLWithPath: path, isDirectory: true))
        // `load` has compared the weights' shapes with the config's: building the tagger
        // allocates no more than model.safetensors holds.
        tagger = Tagger(config: directory.config)
        try directory.loadParameters(into: tagger.parameters)
        vocabulary = directory.vocabulary
        predictor = Predictor(tagger)
    }

    var usesCharacters: Bool { tagger.config.charCNN != nil }

    /// Tags of each sentence (words as strings), in order; batched for speed.
    func tag(_ sentences: [[String]], batchSize: Int = 256) throws -> [[String]] {
        var out: [[String]] = []
        out.reserveCapacity(sentences.count)
        for start in stride(from: 0, to: sentences.count, by: batchSize) {
            let batch = Array(sentences[start..<min(start + batchSize, sentences.count)])
            let words = batch.map { $0.map(vocabulary.wordID) }
            let chars = usesCharacters ? batch.map { $0.map(vocabulary.charIDs) } : nil
            out += try predictor.run(words: words, chars: chars).predictions.map { $0.map { vocabulary.tags[$0] } }
        }
        return out
    }
}
