import Corpus
import Foundation
import Model
import Testing
@testable import Training

private typealias Tensor = SafetensorsFile.Tensor

/// A one-layer LSTM tagger's parameters (E = 5, H = `hidden`, K = 2, V = 6), filled with
/// awkward values.
private func lstmParameters(hidden: Int = 3, seed: UInt64 = 7) -> ParameterSet {
    let set = ParameterSet()
    set.declare("embedding.weight", shape: [6, 5])
    set.declare("rnn.weight_ih_l0", shape: [4 * hidden, 5])
    set.declare("rnn.weight_hh_l0", shape: [4 * hidden, hidden])
    set.declare("rnn.bias_ih_l0", shape: [4 * hidden])
    set.declare("rnn.bias_hh_l0", shape: [4 * hidden])
    set.declare("output.weight", shape: [2, hidden])
    set.declare("output.bias", shape: [2])
    set.allocate()
    for (i, p) in set.parameters.enumerated() {
        set.set(p, awkwardFloats(p.count, seed: seed + UInt64(i)))
    }
    return set
}

private func allBits(_ set: ParameterSet) -> [[UInt32]] {
    set.parameters.map { bitPatterns(set.array($0)) }
}

/// The description of the error that loading `file` into a fresh `lstmParameters()` throws;
/// also checks that the failed load changed nothing.
private func loadingError(_ file: SafetensorsFile) throws -> String? {
    try withTemporaryDirectory { dir in
        let url = dir.appendingPathComponent("model.safetensors")
        try file.write(to: url)
        let set = lstmParameters(seed: 99)
        let before = allBits(set)
        defer { #expect(allBits(set) == before) }
        do {
            try loadParameters(into: set, from: url)
            return nil
        } catch {
            return "\(error)"
        }
    }
}

/// The tensors of `lstmParameters()` with `change` applied.
private func lstmWeights(_ change: (inout [(name: String, tensor: Tensor)]) -> Void) -> SafetensorsFile {
    let set = lstmParameters()
    var tensors = set.parameters.map { (name: $0.name, tensor: Tensor(shape: $0.shape, floats: set.array($0))) }
    change(&tensors)
    return SafetensorsFile(tensors)
}

// MARK: - Parameters

@Test func savedParametersLoadBackBitForBit() throws {
    try withTemporaryDirectory { dir in
        let url = dir.appendingPathComponent("model.safetensors")
        let saved = lstmParameters()
        try saveParameters(saved, to: url, metadata: ["epoch": "3"])
        let loaded = lstmParameters(seed: 1234)
        try loadParameters(into: loaded, from: url)
        #expect(allBits(loaded) == allBits(saved))
        #expect(try fileNames(in: dir) == ["model.safetensors"])
    }
}

@Test func savedFileHoldsEveryParameterInOrderAsF32WithItsShape() throws {
    try withTemporaryDirectory { dir in
        let url = dir.appendingPathComponent("model.safetensors")
        let set = lstmParameters()
        try saveParameters(set, to: url, metadata: ["epoch": "3"])
        let file = try SafetensorsFile(contentsOf: url)
        #expect(file.names == set.parameters.map(\.name))
        #expect(file.metadata == ["epoch": "3", SafetensorsFile.checksumKey: file.tensorChecksum])
        for p in set.parameters {
            #expect(file.tensors[p.name]?.dtype == .f32)
            #expect(file.tensors[p.name]?.shape == p.shape)
        }
    }
}

@Test func tensorOfAnotherShapeIsRefusedByName() throws {
    let file = try withTemporaryDirectory { dir in
        let url = dir.appendingPathComponent("model.safetensors")
        try saveParameters(lstmParameters(hidden: 4), to: url, metadata: [:])
        return try SafetensorsFile(contentsOf: url)
    }
    #expect(try loadingError(file) == "model.safetensors: tensor rnn.weight_ih_l0 has shape [16, 5], this model expects [12, 5]")
}

@Test func missingTensorIsRefused() throws {
    let file = lstmWeights { $0.removeAll { $0.name == "rnn.bias_hh_l0" } }
    #expect(try loadingError(file) == "model.safetensors: tensor rnn.bias_hh_l0 is missing (this model expects shape [12])")
}

@Test func extraTensorIsRefused() throws {
    let file = lstmWeights { $0.append(("rnn.weight_ih_l0_reverse", Tensor(shape: [12, 5], floats: .init(repeating: 0, count: 60)))) }
    #expect(try loadingError(file) == "model.safetensors: tensor rnn.weight_ih_l0_reverse is not part of this model")
}

@Test func tensorOfAnotherDTypeIsRefused() throws {
    let file = lstmWeights { tensors in
        let i = tensors.firstIndex { $0.name == "output.bias" }!
        tensors[i].tensor = Tensor(dtype: .f64, shape: [2], bytes: .littleEndian([(1.0).bitPattern, (2.0).bitPattern]))
    }
    #expect(try loadingError(file) == "model.safetensors: tensor output.bias has dtype F64, this model expects F32")
}

@Test func malformedCheckpointIsRefusedWithoutTouchingTheParameters() throws {
    try withTemporaryDirectory { dir in
        let url = dir.appendingPathComponent("model.safetensors")
        try saveParameters(lstmParameters(), to: url)
        try Data(contentsOf: url).dropLast(4).write(to: url)
        let set = lstmParameters(seed: 5)
        let before = allBits(set)
        let error = #expect(throws: SafetensorsError.self) { try loadParameters(into: set, from: url) }
        #expect(error?.description == "model.safetensors: tensor output.bias has data_offsets [624, 632] past the end of the data buffer (628 bytes)")
        #expect(allBits(set) == before)
    }
}

// MARK: - Model directory

private let config = TaggerConfig(cell: .lstm, embeddingDim: 5, hiddenSize: 3, numTags: 2, vocabSize: 6)
private let vocabulary = Vocabulary(words: ["<pad>", "<unk>", "the", "a", "dog", "runs"], tags: ["DET", "NOUN"], chars: ["<pad>", "<unk>", "t"])

@Test func modelDirectoryRoundTripsConfigVocabularyAndWeights() throws {
    try withTemporaryDirectory { dir in
        let saved = lstmParameters()
        let modelDir = dir.appendingPathComponent("models/tagger")
        try ModelDirectory.save(config: config, vocabulary: vocabulary, parameters: saved, to: modelDir)
        #expect(try fileNames(in: modelDir) == ["config.json", "model.safetensors", "vocab.json"])

        let model = try ModelDirectory.load(from: modelDir)
        #expect(model.config == config)
        #expect(model.vocabulary == vocabulary)
        #expect(model.weights.metadata == ["format": "pt", SafetensorsFile.checksumKey: model.weights.tensorChecksum])
        let loaded = lstmParameters(seed: 42)
        try model.loadParameters(into: loaded)
        #expect(allBits(loaded) == allBits(saved))
    }
}

@Test func configJSONIsPrettyPrintedWithSortedKeys() throws {
    try withTemporaryDirectory { dir in
        try ModelDirectory.save(config: config, vocabulary: vocabulary, parameters: lstmParameters(), to: dir)
        let text = try String(contentsOf: dir.appendingPathComponent("config.json"), encoding: .utf8)
        let keys = text.split(separator: "\n").compactMap { line in
            line.hasPrefix("  \"") ? String(line.dropFirst(3).prefix { $0 != "\"" }) : nil
        }
        #expect(keys == [
            "bidirectional", "cell", "char_cnn", "decoder", "dropout", "embedding_dim", "format",
            "hidden_size", "layers", "num_tags", "version", "vocab_size",
        ])
        #expect(text.contains(#""format" : "tagbench-tagger""#))
        #expect(text.contains(#""char_cnn" : null"#))
    }
}

@Test(arguments: [
    (#""format" : "tagbench-tagger""#, #""format" : "other""#, #"config.json: format is "other", expected "tagbench-tagger""#),
    (#""format" : "tagbench-tagger","#, "", #"config.json: format is missing, expected "tagbench-tagger""#),
    (#""version" : 1"#, #""version" : 2"#, "config.json: version 2, this build reads version 1"),
    (#""cell" : "lstm""#, #""cell" : "rnn""#, "config.json: cell must be one of lstm, gru"),
    (#""layers" : 1"#, #""layers" : 0"#, "config.json: layers must be positive, found 0"),
    (#""layers" : 1"#, #""layers" : "one""#, #"config.json: "layers" must be a number"#),
    (#""hidden_size" : 3,"#, "", #"config.json: missing key "hidden_size""#),
    (#""decoder" : "softmax""#, #""decoder" : "beam""#, #"config.json: decoder "beam" is not supported (expected one of softmax, crf)"#),
    (#""decoder" : "softmax""#, #""decoder" : 1"#, #"config.json: "decoder" must be a string"#),
    (#""dropout" : 0"#, #""dropout" : 1.5"#, "config.json: dropout must be in [0, 1), found 1.5"),
    (#""char_cnn" : null"#, #""char_cnn" : {"embedding_dim": 4, "filters": 8, "width": 2}, "char_vocab_size": 3"#,
     "config.json: char_cnn.width must be odd (the convolution pads (width-1)/2 each side), found 2"),
    (#""vocab_size" : 6"#, #""vocab_size" : 7"#, "vocab.json: words has 6 entries, config.json says vocab_size 7"),
    (#""num_tags" : 2"#, #""num_tags" : 3"#, "vocab.json: tags has 2 entries, config.json says num_tags 3"),
    ("{", "[", "config.json: is not valid JSON"),
])
func invalidConfigIsRefusedByName(original: String, replacement: String, message: String) throws {
    try expectRefusal(editing: original, to: replacement, message: message)
}

/// Saves a model, replaces `original` by `replacement` in its config.json, and expects
/// loading to fail with exactly `message` (one line).
private func expectRefusal(editing original: String, to replacement: String, message: String) throws {
    try withTemporaryDirectory { dir in
        try ModelDirectory.save(config: config, vocabulary: vocabulary, parameters: lstmParameters(), to: dir)
        let url = dir.appendingPathComponent("config.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(original))
        try text.replacingOccurrences(of: original, with: replacement).write(to: url, atomically: false, encoding: .utf8)
        let error = #expect(throws: CheckpointError.self) { try ModelDirectory.load(from: dir) }
        #expect(error?.description == message)
        #expect(error?.description.contains("\n") == false)
    }
}

@Test func vocabularyWithoutPaddingAndUnknownFirstIsRefused() throws {
    try withTemporaryDirectory { dir throws in
        let bad = Vocabulary(words: ["the", "<pad>", "<unk>", "a", "dog", "runs"], tags: ["DET", "NOUN"], chars: [])
        let error = #expect(throws: CheckpointError.self) {
            try ModelDirectory.save(config: config, vocabulary: bad, parameters: lstmParameters(), to: dir)
        }
        #expect(error?.description == #"vocab.json: words must start with "<pad>", "<unk>""#)
        #expect(try fileNames(in: dir).isEmpty)
    }
}

@Test func savingAnInvalidConfigWritesNothing() throws {
    try withTemporaryDirectory { dir throws in
        var wide = config
        wide.charCNN = CharCNNConfig(width: 4)
        wide.charVocabSize = 3
        let error = #expect(throws: CheckpointError.self) {
            try ModelDirectory.save(config: wide, vocabulary: vocabulary, parameters: lstmParameters(), to: dir.appendingPathComponent("m"))
        }
        #expect(error?.description == "config.json: char_cnn.width must be odd (the convolution pads (width-1)/2 each side), found 4")
        #expect(try fileNames(in: dir).isEmpty)
    }
}

@Test func missingModelDirectoryIsReportedWithThePath() throws {
    try withTemporaryDirectory { dir in
        let missing = dir.appendingPathComponent("nope")
        let error = #expect(throws: CheckpointError.self) { try ModelDirectory.load(from: missing) }
        #expect(error?.description == "cannot read \(missing.path)/config.json: No such file or directory")
    }
}

// MARK: - CRF decoder

@Test func crfModelDirectoryRoundTripsWithItsTransitions() throws {
    try withTemporaryDirectory { dir in
        var crfConfig = config
        crfConfig.decoder = .crf
        let tagger = Tagger(config: crfConfig, seed: 3)
        let p = tagger.parameters
        for name in ["crf.start_transitions", "crf.end_transitions", "crf.transitions"] {
            p.set(p[name]!, (0..<p[name]!.count).map { Float($0 % 3) * 0.75 - Float(name.count % 5) * 0.125 })
        }
        try ModelDirectory.save(config: crfConfig, vocabulary: vocabulary, parameters: p, to: dir)
        let text = try String(contentsOf: dir.appendingPathComponent("config.json"), encoding: .utf8)
        #expect(text.contains(#""decoder" : "crf""#))

        let model = try ModelDirectory.load(from: dir)
        #expect(model.config == crfConfig)
        #expect(model.weights.tensors["crf.transitions"]?.shape == [2, 2])
        #expect(model.weights.tensors["crf.start_transitions"]?.shape == [2])
        let loaded = Tagger(config: model.config, seed: 99)
        try model.loadParameters(into: loaded.parameters)
        #expect(allBits(loaded.parameters) == allBits(p))
        let words = [[2, 3, 4], [5, 2]]
        #expect(try loaded.predict(words) == tagger.predict(words))

        // The same weights do not load into a softmax model: the CRF's tensors are named.
        let softmax = Tagger(config: config)
        let error = #expect(throws: CheckpointError.self) { try model.loadParameters(into: softmax.parameters) }
        #expect(error?.description == "model.safetensors: tensor crf.start_transitions is not part of this model")
    }
}

@Test func configWithoutADecoderLoadsAsSoftmax() throws {
    try withTemporaryDirectory { dir in
        try ModelDirectory.save(config: config, vocabulary: vocabulary, parameters: lstmParameters(), to: dir)
        let url = dir.appendingPathComponent("config.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: #""decoder" : "softmax","#, with: "").write(to: url, atomically: false, encoding: .utf8)
        #expect(!(try String(contentsOf: url, encoding: .utf8)).contains("decoder"))
        #expect(try ModelDirectory.load(from: dir).config.decoder == .softmax)
    }
}

// MARK: - Sizes checked before a model is built

@Test(arguments: [
    TaggerConfig(cell: .lstm, embeddingDim: 5, hiddenSize: 3, numTags: 2, vocabSize: 6),
    TaggerConfig(cell: .gru, layers: 3, bidirectional: true, embeddingDim: 4, hiddenSize: 2, numTags: 3, vocabSize: 5),
    TaggerConfig(cell: .lstm, layers: 2, bidirectional: true, embeddingDim: 3, hiddenSize: 4,
                 charCNN: CharCNNConfig(embeddingDim: 2, filters: 5, width: 3), decoder: .crf, numTags: 4, vocabSize: 7,
                 charVocabSize: 6),
])
func parameterShapesListTheTaggersDeclarationsWithoutBuildingIt(config: TaggerConfig) throws {
    let shapes = try #require(Tagger.parameterShapes(for: config))
    let declared = Tagger(config: config).parameters.parameters
    #expect(shapes.map(\.name) == declared.map(\.name))
    #expect(shapes.map(\.shape) == declared.map(\.shape))
}

@Test func parameterShapesAreNilWhenACountOverflows() {
    var huge = config
    huge.hiddenSize = 1 << 62
    #expect(Tagger.parameterShapes(for: huge) == nil)
    huge.hiddenSize = 3
    huge.vocabSize = Int.max
    #expect(Tagger.parameterShapes(for: huge) == nil)
    huge.vocabSize = 6
    huge.charCNN = CharCNNConfig(embeddingDim: 1 << 24, filters: 1 << 24, width: (1 << 24) - 1)
    huge.charVocabSize = 3
    #expect(Tagger.parameterShapes(for: huge) == nil)
}

/// config.json sizes that are huge, overflow, or are not those of the weights: one line naming
/// the file, before any model is built (200,000 hidden units would allocate 640 GB, 2^62 trap).
@Test(arguments: [
    (#""hidden_size" : 3"#, #""hidden_size" : 4611686018427387904"#,
     "config.json: hidden_size must be at most 16777216, found 4611686018427387904"),
    (#""hidden_size" : 3"#, #""hidden_size" : 9223372036854775807"#,
     "config.json: hidden_size must be at most 16777216, found 9223372036854775807"),
    (#""hidden_size" : 3"#, #""hidden_size" : 200000"#,
     "config.json: the sizes give 160006000032 parameters, more than this build loads (2147483648, 8 GiB of F32)"),
    (#""layers" : 1"#, #""layers" : 1000000"#, "config.json: layers must be at most 1024, found 1000000"),
    (#""char_cnn" : null"#,
     #""char_cnn" : {"embedding_dim": 16777216, "filters": 16777216, "width": 16777215}, "char_vocab_size": 3"#,
     "config.json: the sizes give more parameters than this build loads (2147483648, 8 GiB of F32)"),
    (#""hidden_size" : 3"#, #""hidden_size" : 1000"#,
     "model.safetensors: tensor rnn.weight_ih_l0 has shape [12, 5], this model expects [4000, 5]"),
    (#""layers" : 1"#, #""layers" : 1024"#,
     "model.safetensors: tensor rnn.weight_ih_l1 is missing (this model expects shape [12, 3])"),
    (#""bidirectional" : false"#, #""bidirectional" : true"#,
     "model.safetensors: tensor rnn.weight_ih_l0_reverse is missing (this model expects shape [12, 5])"),
    (#""decoder" : "softmax""#, #""decoder" : "crf""#,
     "model.safetensors: tensor crf.start_transitions is missing (this model expects shape [2])"),
    (#""embedding_dim" : 5"#, #""embedding_dim" : 16777216"#,
     "model.safetensors: tensor embedding.weight has shape [6, 5], this model expects [6, 16777216]"),
])
func configSizesAreCheckedAgainstTheWeightsBeforeAModelIsBuilt(original: String, replacement: String, message: String) throws {
    try expectRefusal(editing: original, to: replacement, message: message)
}

@Test func textFromTheFilesIsEscapedInCheckpointErrors() throws {
    try withTemporaryDirectory { dir in
        try ModelDirectory.save(config: config, vocabulary: vocabulary, parameters: lstmParameters(), to: dir)
        let url = dir.appendingPathComponent("config.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: #""format" : "tagbench-tagger""#, with: #""format" : "x\u001b[2J\r""#)
            .write(to: url, atomically: false, encoding: .utf8)
        var error = #expect(throws: CheckpointError.self) { try ModelDirectory.load(from: dir) }
        #expect(error?.description == #"config.json: format is "x\u{1B}[2J\u{D}", expected "tagbench-tagger""#)
        try text.replacingOccurrences(of: #""decoder" : "softmax""#, with: #""decoder" : "\u0007""#)
            .write(to: url, atomically: false, encoding: .utf8)
        error = #expect(throws: CheckpointError.self) { try ModelDirectory.load(from: dir) }
        #expect(error?.description == #"config.json: decoder "\u{7}" is not supported (expected one of softmax, crf)"#)
    }
    // A tensor the model does not have, named with a line feed.
    let set = lstmParameters()
    var tensors: [(name: String, tensor: Tensor)] = set.parameters.map { ($0.name, Tensor(shape: $0.shape, floats: set.array($0))) }
    tensors.append(("x\n\u{1B}", Tensor(shape: [1], floats: [0])))
    let file = SafetensorsFile(tensors)
    let error = #expect(throws: CheckpointError.self) { try loadParameters(into: lstmParameters(), from: file, fileName: "m.safetensors") }
    #expect(error?.description == #"m.safetensors: tensor x\u{A}\u{1B} is not part of this model"#)
}
