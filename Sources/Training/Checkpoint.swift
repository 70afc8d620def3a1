import Corpus
import Foundation
import Model

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a checkpoint or model directory could not be written, read or used. The description
/// is one line naming the file.
public enum CheckpointError: Error, CustomStringConvertible, Equatable {
    case cannotRead(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case missingTensor(file: String, name: String, expectedShape: [Int])
    case unexpectedTensor(file: String, name: String)
    case wrongDType(file: String, name: String, dtype: SafetensorsFile.DType)
    case wrongShape(file: String, name: String, shape: [Int], expectedShape: [Int])
    case invalidConfig(file: String, problem: String)
    case invalidVocabulary(file: String, problem: String)
    case checksumMismatch(file: String, stored: String, actual: String)

    public var description: String {
        switch self {
        case let .cannotRead(path, reason):
            "cannot read \(path): \(reason)"
        case let .cannotWrite(path, reason):
            "cannot write \(path): \(reason)"
        case let .missingTensor(file, name, expected):
            "\(file): tensor \(name) is missing (this model expects shape \(expected))"
        case let .unexpectedTensor(file, name):
            "\(file): tensor \(name.controlCharactersEscaped) is not part of this model"
        case let .wrongDType(file, name, dtype):
            "\(file): tensor \(name) has dtype \(dtype.rawValue), this model expects F32"
        case let .wrongShape(file, name, shape, expected):
            "\(file): tensor \(name) has shape \(shape), this model expects \(expected)"
        case let .invalidConfig(file, problem), let .invalidVocabulary(file, problem):
            "\(file): \(problem)"
        case let .checksumMismatch(file, stored, actual):
            "\(file): the tensors do not match the file's checksum (stored \(stored), computed \(actual)); the file is damaged"
        }
    }
}

// MARK: - Parameters

/// Writes every parameter of `set` (in `set.parameters` order, with its name and shape) as
/// an F32 tensor of a safetensors file with a checksum (`tagbench.crc32`), atomically.
///
/// Throws `CheckpointError.cannotWrite` when the file cannot be written; an existing file at
/// `url` is then left as it was.
public func saveParameters(_ set: ParameterSet, to url: URL, metadata: [String: String] = [:]) throws {
    try SafetensorsFile(set, metadata: metadata).checksummed().write(to: url)
}

/// Reads a safetensors file and copies its tensors into `set`, which must be allocated.
///
/// Throws `CheckpointError.cannotRead` and `SafetensorsError` for an unreadable or malformed
/// file, and the errors of `loadParameters(into:from:fileName:)` for a file of another model.
public func loadParameters(into set: ParameterSet, from url: URL) throws {
    try loadParameters(into: set, from: SafetensorsFile(contentsOf: url), fileName: url.lastPathComponent)
}

/// Copies the tensors of `file` into `set`, which must be allocated.
///
/// Every parameter must be present as F32 with exactly its shape, the file may hold no
/// other tensor (unless its name starts with one of `ignoringPrefixes`), and a stored
/// checksum must match. Throws `CheckpointError` (`checksumMismatch`, `missingTensor`,
/// `wrongDType`, `wrongShape`, `unexpectedTensor`, naming `fileName`) before changing any value.
public func loadParameters(into set: ParameterSet, from file: SafetensorsFile, fileName: String,
                           ignoringPrefixes: [String] = []) throws {
    precondition(set.values.count == set.totalCount, "loadParameters: allocate the ParameterSet first")
    try file.verifyChecksum(fileName: fileName)
    try checkTensors(of: file, against: set.parameters.map { ($0.name, $0.shape) }, fileName: fileName,
                     ignoringPrefixes: ignoringPrefixes)
    for p in set.parameters {
        set.set(p, file.tensors[p.name]!.floats())
    }
}

/// Checks that `file` holds the tensors `expected` (names and shapes) as F32 and no other
/// (but those whose name starts with one of `ignoringPrefixes`); reads no tensor data and
/// allocates nothing a model would. Throws `CheckpointError` (`missingTensor`, `wrongDType`,
/// `wrongShape`, `unexpectedTensor`, naming `fileName`).
func checkTensors(of file: SafetensorsFile, against expected: [(name: String, shape: [Int])], fileName: String,
                  ignoringPrefixes: [String] = []) throws {
    for (name, shape) in expected {
        guard let tensor = file.tensors[name] else {
            throw CheckpointError.missingTensor(file: fileName, name: name, expectedShape: shape)
        }
        guard tensor.dtype == .f32 else { throw CheckpointError.wrongDType(file: fileName, name: name, dtype: tensor.dtype) }
        guard tensor.shape == shape else {
            throw CheckpointError.wrongShape(file: fileName, name: name, shape: tensor.shape, expectedShape: shape)
        }
    }
    let names = Set(expected.map(\.name))
    if let extra = file.names.first(where: { name in
        !names.contains(name) && !ignoringPrefixes.contains { name.hasPrefix($0) }
    }) {
        throw CheckpointError.unexpectedTensor(file: fileName, name: extra)
    }
}

extension SafetensorsFile {
    /// The parameters of `set` as F32 tensors, in `set.parameters` order.
    init(_ set: ParameterSet, metadata: [String: String]) {
        self.init(set.parameters.map { ($0.name, Tensor(shape: $0.shape, floats: set.array($0))) }, metadata: metadata)
    }
}

// MARK: - Model directory

/// A saved tagger: `config.json`, `vocab.json` and `model.safetensors` in one directory, the
/// public format of `docs/model-format.md`.
///
/// Load one, build the model its `config` describes, then call `loadParameters(into:)`.
public struct ModelDirectory: Sendable {
    public static let configFile = "config.json"
    public static let vocabularyFile = "vocab.json"
    public static let weightsFile = "model.safetensors"

    public var config: TaggerConfig
    public var vocabulary: Vocabulary
    /// The weights as read, not yet checked against a model.
    public var weights: SafetensorsFile

    /// Writes the three files into `dir` (created when missing), each atomically.
    ///
    /// The config and vocabulary are validated first, as `load(from:)` would. The weights get
    /// `"format": "pt"` metadata (as PyTorch-origin safetensors files do) unless `metadata`
    /// sets it. `config.json` is written last, so a directory with one holds a complete model
    /// unless an older save left it. Throws `CheckpointError`.
    public static func save(
        config: TaggerConfig, vocabulary: Vocabulary, parameters: ParameterSet,
        metadata: [String: String] = [:], to dir: URL
    ) throws {
        try validate(config)
        try validate(vocabulary, for: config)
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        } catch {
            throw CheckpointError.cannotWrite(path: dir.path, reason: "cannot create the directory")
        }
        let pt = ["format": "pt"].merging(metadata) { _, given in given }
        try SafetensorsFile(parameters, metadata: pt).checksummed().write(to: dir.appendingPathComponent(weightsFile))
        try writeAtomically(encodeJSON(vocabulary), to: dir.appendingPathComponent(vocabularyFile))
        try writeAtomically(encodeJSON(config), to: dir.appendingPathComponent(configFile))
    }

    /// The most values (parameters) a model may have: 8 GiB of F32.
    public static let maximumParameterCount = 1 << 31
    /// The most any one size of `config.json` may be (a vocabulary, a dimension, tags).
    public static let maximumSize = 1 << 24
    /// The most RNN layers `config.json` may declare.
    public static let maximumLayers = 1024

    /// Reads and validates the three files of `dir`.
    ///
    /// `config.json` must have format "tagbench-tagger", version 1, positive sizes (at most
    /// `maximumSize`, `maximumLayers` layers, `maximumParameterCount` values in all), cell
    /// lstm or gru, decoder softmax or crf (softmax when absent); `vocab.json` must match
    /// its sizes; `model.safetensors` must hold exactly the F32 tensors of the shapes
    /// `Tagger.parameterShapes(for: config)` lists. So a tagger built from `config` (which
    /// allocates every parameter) is only built for weights that fit it. The checksum is
    /// verified by `loadParameters(into:)`.
    /// Throws `CheckpointError` and `SafetensorsError`.
    public static func load(from dir: URL) throws -> ModelDirectory {
        let config = try decodeConfig(readFile(dir.appendingPathComponent(configFile)))
        let vocabulary = try decode(Vocabulary.self, readFile(dir.appendingPathComponent(vocabularyFile))) {
            CheckpointError.invalidVocabulary(file: vocabularyFile, problem: $0)
        }
        try validate(vocabulary, for: config)
        let weights = try SafetensorsFile(contentsOf: dir.appendingPathComponent(weightsFile))
        // validate(config) has bounded the sizes, so the shapes exist and the list is short.
        try checkTensors(of: weights, against: try parameterShapes(for: config), fileName: weightsFile)
        return ModelDirectory(config: config, vocabulary: vocabulary, weights: weights)
    }

    /// Copies the weights into `set` (the parameters of a model built from `config`).
    /// Throws `CheckpointError` when a tensor is missing, extra or of the wrong shape.
    public func loadParameters(into set: ParameterSet) throws {
        try Training.loadParameters(into: set, from: weights, fileName: Self.weightsFile)
    }

    // MARK: Validation

    private static func decodeConfig(_ data: Data) throws -> TaggerConfig {
        func invalid(_ problem: String) -> CheckpointError { .invalidConfig(file: configFile, problem: problem) }
        // Format and version first, so another tool's JSON is named as such rather than
        // reported as a missing key.
        struct Identity: Decodable { var format: String?; var version: Int?; var decoder: String? }
        let identity = try decode(Identity.self, data, invalid)
        if let problem = identityProblem(format: identity.format, version: identity.version) { throw invalid(problem) }
        // Named with its value, before the enum's decoding would only call it invalid.
        if let decoder = identity.decoder, DecoderKind(rawValue: decoder) == nil {
            throw invalid("decoder \"\(decoder.controlCharactersEscaped)\" is not supported (expected one of \(decoderNames))")
        }
        let config = try decode(TaggerConfig.self, data, invalid)
        try validate(config)
        return config
    }

    private static func identityProblem(format: String?, version: Int?) -> String? {
        if format != "tagbench-tagger" {
            return "format is \(format.map { "\"\($0.controlCharactersEscaped)\"" } ?? "missing"), expected \"tagbench-tagger\""
        }
        if version != 1 { return "version \(version.map(String.init) ?? "is missing"), this build reads version 1" }
        return nil
    }

    private static func validate(_ config: TaggerConfig) throws {
        func invalid(_ problem: String) -> CheckpointError { .invalidConfig(file: configFile, problem: problem) }
        if let problem = identityProblem(format: config.format, version: config.version) { throw invalid(problem) }
        var sizes = [
            ("layers", config.layers), ("embedding_dim", config.embeddingDim), ("hidden_size", config.hiddenSize),
            ("num_tags", config.numTags), ("vocab_size", config.vocabSize),
        ]
        if let cnn = config.charCNN {
            sizes += [("char_cnn.embedding_dim", cnn.embeddingDim), ("char_cnn.filters", cnn.filters), ("char_cnn.width", cnn.width)]
            guard let chars = config.charVocabSize else { throw invalid("char_vocab_size is required with char_cnn") }
            sizes.append(("char_vocab_size", chars))
        }
        for (key, size) in sizes where size <= 0 {
            throw invalid("\(key) must be positive, found \(size)")
        }
        // Bounds before any arithmetic on the sizes, so nothing overflows or lists millions of tensors.
        if config.layers > maximumLayers { throw invalid("layers must be at most \(maximumLayers), found \(config.layers)") }
        for (key, size) in sizes where size > maximumSize {
            throw invalid("\(key) must be at most \(maximumSize), found \(size)")
        }
        if let width = config.charCNN?.width, width % 2 == 0 {
            throw invalid("char_cnn.width must be odd (the convolution pads (width-1)/2 each side), found \(width)")
        }
        guard (0..<1).contains(config.dropout) else { throw invalid("dropout must be in [0, 1), found \(config.dropout)") }
        _ = try parameterShapes(for: config)
    }

    /// `Tagger.parameterShapes(for: config)` once `config`'s sizes are positive and bounded;
    /// throws `invalidConfig` when the values do not fit in `Int` or number more than
    /// `maximumParameterCount`.
    private static func parameterShapes(for config: TaggerConfig) throws -> [(name: String, shape: [Int])] {
        let tooMany = "the sizes give more parameters than this build loads (\(maximumParameterCount), 8 GiB of F32)"
        guard let shapes = Tagger.parameterShapes(for: config) else {
            throw CheckpointError.invalidConfig(file: configFile, problem: tooMany)
        }
        // Each count and their sum fit in Int: parameterShapes has checked.
        let total = shapes.reduce(0) { $0 + $1.shape.reduce(1, *) }
        guard total <= maximumParameterCount else {
            throw CheckpointError.invalidConfig(
                file: configFile, problem: "the sizes give \(total) parameters, more than this build loads (\(maximumParameterCount), 8 GiB of F32)")
        }
        return shapes
    }

    private static func validate(_ vocabulary: Vocabulary, for config: TaggerConfig) throws {
        func invalid(_ problem: String) -> CheckpointError { .invalidVocabulary(file: vocabularyFile, problem: problem) }
        let special = [Vocabulary.paddingToken, Vocabulary.unknownToken]
        var tables = [("words", vocabulary.words, "vocab_size", config.vocabSize), ("tags", vocabulary.tags, "num_tags", config.numTags)]
        if config.charCNN != nil, let chars = config.charVocabSize {
            tables.append(("chars", vocabulary.chars, "char_vocab_size", chars))
        }
        for (key, table, sizeKey, size) in tables {
            guard table.count == size else { throw invalid("\(key) has \(table.count) entries, \(configFile) says \(sizeKey) \(size)") }
            if key != "tags", Array(table.prefix(2)) != special {
                throw invalid("\(key) must start with \"<pad>\", \"<unk>\"")
            }
            var seen: Set<String> = []
            if let duplicate = table.first(where: { !seen.insert($0).inserted }) {
                throw invalid("\(key) lists \"\(duplicate.controlCharactersEscaped)\" twice")
            }
        }
    }
}

// MARK: - JSON files

/// Pretty-printed with sorted keys, so the same model always gives the same bytes.
func encodeJSON(_ value: some Encodable) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(value)
    data.append(UInt8(ascii: "\n"))
    return data
}

/// Decodes JSON, turning a `DecodingError` into one line that names the key.
private func decode<T: Decodable>(
    _ type: T.Type, _ data: Data, _ invalid: (String) -> CheckpointError
) throws -> T {
    do {
        return try JSONDecoder().decode(type, from: data)
    } catch let error as DecodingError {
        func key(_ path: [CodingKey]) -> String {
            path.reduce("") { key, next in
                next.intValue.map { key + "[\($0)]" } ?? (key.isEmpty ? next.stringValue : key + "." + next.stringValue)
            }
        }
        switch error {
        case let .keyNotFound(missing, context):
            throw invalid("missing key \"\(key(context.codingPath + [missing]))\"")
        case let .typeMismatch(type, context), let .valueNotFound(type, context):
            throw invalid(context.codingPath.isEmpty ? "is not a JSON object" : "\"\(key(context.codingPath))\" must be \(jsonType(type))")
        case let .dataCorrupted(context) where context.codingPath.isEmpty:
            throw invalid("is not valid JSON")
        case let .dataCorrupted(context) where context.codingPath.last?.stringValue == "cell":
            throw invalid("cell must be one of \(CellKind.allCases.map(\.rawValue).joined(separator: ", "))")
        case let .dataCorrupted(context) where context.codingPath.last?.stringValue == "decoder":
            throw invalid("decoder must be one of \(decoderNames)")
        case let .dataCorrupted(context):
            throw invalid("\"\(key(context.codingPath))\" has an invalid value")
        @unknown default:
            throw invalid("cannot be decoded (\(error))")
        }
    }
}

/// "softmax, crf": the decoders a config may name.
private let decoderNames = DecoderKind.allCases.map(\.rawValue).joined(separator: ", ")

private func jsonType(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "a string"
    case is Bool.Type: "true or false"
    case is Int.Type, is Float.Type, is Double.Type: "a number"
    case is [Any].Type: "a list"
    default: "an object"
    }
}

// MARK: - Files

/// Replaces the file at `url` with `data` atomically: the data goes to a temporary file in the
/// same directory, which is flushed to disk (`fsync`) and then renamed over `url`.
///
/// Readers see the old file or the whole new one, never a partial file, and a failed write
/// removes its temporary file and leaves the old file untouched. Throws
/// `CheckpointError.cannotWrite`.
public func writeAtomically(_ data: Data, to url: URL) throws {
    let directory = url.deletingLastPathComponent()
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    func failure(_ step: String) -> CheckpointError {
        .cannotWrite(path: url.path, reason: "\(step): \(String(cString: strerror(errno)))")
    }

    let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw failure("cannot create a temporary file in \(directory.path)") }
    var renamed = false
    defer { if !renamed { unlink(temporary.path) } }
    do {
        defer { close(fd) }
        try data.withUnsafeBytes { raw in
            var written = 0
            while written < raw.count {
                let n = write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw failure("write failed")
                }
                written += n
            }
        }
        guard fsync(fd) == 0 else { throw failure("fsync failed") }
    }
    guard rename(temporary.path, url.path) == 0 else { throw failure("cannot replace the file") }
    renamed = true
    // Make the rename itself durable; a failure here loses nothing already written.
    let directoryFD = open(directory.path, O_RDONLY | O_CLOEXEC)
    if directoryFD >= 0 {
        fsync(directoryFD)
        close(directoryFD)
    }
}

/// The whole file at `url`. Throws `CheckpointError.cannotRead`.
func readFile(_ url: URL) throws -> Data {
    func failure() -> CheckpointError { .cannotRead(path: url.path, reason: String(cString: strerror(errno))) }
    let fd = open(url.path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw failure() }
    defer { close(fd) }
    var data = Data()
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
        if n < 0 {
            if errno == EINTR { continue }
            throw failure()
        }
        if n == 0 { return data }
        data.append(contentsOf: chunk[..<n])
    }
}
