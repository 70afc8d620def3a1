import Foundation
import Model

/// A resumable point of a training run: the weights as they are now (not the best ones),
/// the optimiser's moments, the trainer's `TrainingState` and whatever the caller needs to
/// rebuild the run (`extra`: the command line, say), in one safetensors file written
/// atomically with a checksum.
///
/// Tensors: every parameter under its own name, and the optimiser's first and second
/// moments as `optimizer.m.<name>` and `optimizer.v.<name>` (absent before the first step;
/// SGD has no second moment). Metadata: `tagbench.training_state` (the state as JSON),
/// `tagbench.config` (the model's `config.json`), `tagbench.options` (`TrainingOptions`
/// as JSON), the checksum, and the caller's `extra` keys.
public struct ResumePoint: Sendable {
    public static let fileName = "resume.safetensors"
    static let stateKey = "tagbench.training_state", configKey = "tagbench.config", optionsKey = "tagbench.options"
    static let momentPrefixes = ["optimizer.m.", "optimizer.v."]

    public var state: TrainingState
    public var config: TaggerConfig
    public var options: TrainingOptions
    /// The caller's own metadata, as saved.
    public var extra: [String: String]
    let file: SafetensorsFile
    let fileName: String

    /// Writes the trainer's resume point into `dir` (as `resume.safetensors`), atomically:
    /// the file holds either the previous point or this one, whole.
    /// - Throws: `CheckpointError.cannotWrite`.
    public static func save(_ trainer: Trainer, extra: [String: String] = [:], to dir: URL) throws {
        trainer.settle()
        let set = trainer.tagger.parameters
        var tensors = set.parameters.map { ($0.name, SafetensorsFile.Tensor(shape: $0.shape, floats: set.array($0))) }
        for (prefix, moments) in zip(momentPrefixes, [trainer.optimizer.m, trainer.optimizer.v]) where !moments.isEmpty {
            for p in set.parameters {
                tensors.append((prefix + p.name, .init(shape: p.shape, floats: Array(moments[p.offset..<p.offset + p.count]))))
            }
        }
        var metadata = extra
        metadata[stateKey] = try json(trainer.state)
        metadata[configKey] = try json(trainer.tagger.config)
        metadata[optionsKey] = try json(trainer.options)
        try SafetensorsFile(tensors, metadata: metadata).checksummed().write(to: dir.appendingPathComponent(fileName))
    }

    /// Whether `dir` holds a resume point.
    public static func exists(in dir: URL) -> Bool {
        FileManager.default.fileExists(atPath: dir.appendingPathComponent(fileName).path)
    }

    /// Reads and checks the resume point of `dir` (its checksum and metadata).
    /// - Throws: `CheckpointError` (unreadable, damaged, not a resume point) and
    ///   `SafetensorsError`.
    public static func load(from dir: URL) throws -> ResumePoint {
        let url = dir.appendingPathComponent(fileName)
        let file = try SafetensorsFile(decoding: readFile(url), fileName: fileName)
        try file.verifyChecksum(fileName: fileName)
        func field<T: Decodable>(_ key: String, _ type: T.Type) throws -> T {
            guard let text = file.metadata[key] else {
                throw CheckpointError.invalidConfig(file: fileName, problem: "not a tagbench resume point (no \(key) metadata)")
            }
            do {
                return try JSONDecoder().decode(T.self, from: Data(text.utf8))
            } catch {
                throw CheckpointError.invalidConfig(file: fileName, problem: "the \(key) metadata is malformed")
            }
        }
        let state = try field(stateKey, TrainingState.self)
        guard state.rng.count == 4, state.taggerRNG.count == 4 else {
            throw CheckpointError.invalidConfig(file: fileName, problem: "the training state has no random generator state")
        }
        var extra = file.metadata
        for key in [stateKey, configKey, optionsKey, SafetensorsFile.checksumKey] { extra[key] = nil }
        return ResumePoint(state: state, config: try field(configKey, TaggerConfig.self),
                           options: try field(optionsKey, TrainingOptions.self), extra: extra,
                           file: file, fileName: fileName)
    }

    /// Puts the saved weights, moments and state into `trainer`, whose tagger must have been
    /// built from `config`.
    /// - Throws: `CheckpointError` when a tensor is missing or of another shape.
    public func restore(into trainer: Trainer) throws {
        let set = trainer.tagger.parameters
        try loadParameters(into: set, from: file, fileName: fileName, ignoringPrefixes: Self.momentPrefixes)
        let moments = try Self.momentPrefixes.map { prefix -> [Float] in
            guard file.tensors[prefix + (set.parameters.first?.name ?? "")] != nil else { return [] }
            var flat = [Float](repeating: 0, count: set.totalCount)
            for p in set.parameters {
                guard let t = file.tensors[prefix + p.name], t.dtype == .f32, t.shape == p.shape else {
                    throw CheckpointError.missingTensor(file: fileName, name: prefix + p.name, expectedShape: p.shape)
                }
                flat.replaceSubrange(p.offset..<p.offset + p.count, with: t.floats())
            }
            return flat
        }
        trainer.resume(from: state, m: moments[0], v: moments[1])
    }
}

private func json(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}
