import Corpus
import Foundation

/// A safetensors file in memory: named tensors and string metadata.
///
/// The layout (huggingface/safetensors): an 8-byte little-endian header length N, N bytes of
/// UTF-8 JSON `{"name": {"dtype", "shape", "data_offsets": [begin, end]}, "__metadata__":
/// {...}}`, then the data buffer, which `data_offsets` index. Values are little-endian.
/// This type reads F32, F64, I32 and I64 tensors and writes whatever it holds.
public struct SafetensorsFile: Sendable, Equatable {
    /// Element types this reader understands.
    public enum DType: String, Sendable, CaseIterable {
        case f32 = "F32", f64 = "F64", i32 = "I32", i64 = "I64"

        /// Bytes per element.
        public var size: Int {
            switch self {
            case .f32, .i32: 4
            case .f64, .i64: 8
            }
        }
    }

    /// One tensor: its element type, row-major shape and little-endian bytes.
    public struct Tensor: Sendable, Equatable {
        public let dtype: DType
        public let shape: [Int]
        /// `count × dtype.size` bytes, little-endian.
        public let bytes: Data

        /// Number of elements: the product of `shape` (1 for a scalar).
        public var count: Int { shape.reduce(1, *) }

        /// A tensor over raw little-endian bytes; `bytes.count` must match the shape.
        public init(dtype: DType, shape: [Int], bytes: Data) {
            precondition(shape.allSatisfy { $0 >= 0 }, "Tensor: negative dimension in \(shape)")
            precondition(bytes.count == shape.reduce(1, *) * dtype.size, "Tensor: \(bytes.count) bytes for \(dtype.rawValue) \(shape)")
            self.dtype = dtype
            self.shape = shape
            self.bytes = bytes
        }

        /// An F32 tensor; `floats.count` must be the product of `shape`.
        public init(shape: [Int], floats: [Float]) {
            self.init(dtype: .f32, shape: shape, bytes: .littleEndian(floats.map(\.bitPattern)))
        }

        /// An I64 tensor; `ints.count` must be the product of `shape`.
        public init(shape: [Int], ints: [Int]) {
            self.init(dtype: .i64, shape: shape, bytes: .littleEndian(ints.map(Int64.init)))
        }

        /// The values as Float32, converting from any dtype (F64 rounds to nearest).
        public func floats() -> [Float] {
            switch dtype {
            case .f32: values(UInt32.self).map(Float.init(bitPattern:))
            case .f64: values(UInt64.self).map { Float(Double(bitPattern: $0)) }
            case .i32: values(Int32.self).map(Float.init)
            case .i64: values(Int64.self).map(Float.init)
            }
        }

        /// The values as Int. Precondition: `dtype` is I64 or I32.
        public func ints() -> [Int] {
            switch dtype {
            case .i64: values(Int64.self).map(Int.init)
            case .i32: values(Int32.self).map(Int.init)
            case .f32, .f64: preconditionFailure("Tensor.ints() on a \(dtype.rawValue) tensor")
            }
        }

        private func values<T: FixedWidthInteger>(_: T.Type) -> [T] {
            bytes.withUnsafeBytes { raw in
                (0..<count).map { T(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * MemoryLayout<T>.size, as: T.self)) }
            }
        }
    }

    /// The tensors by name.
    public private(set) var tensors: [String: Tensor]
    /// Tensor names in file order: as given to `init`, or by data offset when read.
    public private(set) var names: [String]
    /// The `__metadata__` entries (string to string).
    public var metadata: [String: String]

    /// A file holding `tensors` in the given order. Names must be unique and not `__metadata__`.
    public init(_ tensors: [(name: String, tensor: Tensor)], metadata: [String: String] = [:]) {
        self.tensors = Dictionary(tensors.map { ($0.name, $0.tensor) }, uniquingKeysWith: { _, _ in
            preconditionFailure("SafetensorsFile: duplicate tensor name")
        })
        precondition(self.tensors[Self.metadataKey] == nil, "SafetensorsFile: \(Self.metadataKey) is not a tensor name")
        self.names = tensors.map(\.name)
        self.metadata = metadata
    }

    static let metadataKey = "__metadata__"
}

// MARK: - Writing

extension SafetensorsFile {
    /// The file's bytes: header padded with spaces to a multiple of 8 bytes (as the reference
    /// implementation does), then the tensors' data in `names` order.
    public func encoded() -> Data {
        var fields: [String] = []
        if !metadata.isEmpty {
            let entries = metadata.sorted { $0.key < $1.key }.map { "\(jsonQuoted($0.key)):\(jsonQuoted($0.value))" }
            fields.append("\(jsonQuoted(Self.metadataKey)):{\(entries.joined(separator: ","))}")
        }
        var offset = 0
        for name in names {
            let tensor = tensors[name]!
            let shape = tensor.shape.map(String.init).joined(separator: ",")
            let end = offset + tensor.bytes.count
            fields.append(#"\#(jsonQuoted(name)):{"dtype":"\#(tensor.dtype.rawValue)","shape":[\#(shape)],"data_offsets":[\#(offset),\#(end)]}"#)
            offset = end
        }
        var header = Array("{\(fields.joined(separator: ","))}".utf8)
        header += repeatElement(UInt8(ascii: " "), count: (8 - header.count % 8) % 8)

        var data = Data.littleEndian([UInt64(header.count)])
        data.reserveCapacity(8 + header.count + offset)
        data.append(contentsOf: header)
        for name in names { data.append(tensors[name]!.bytes) }
        return data
    }

    /// Writes the file atomically (see `writeAtomically(_:to:)`): `url` holds either its old
    /// contents or the complete new file, never a partial one.
    ///
    /// Throws `CheckpointError.cannotWrite` when the file cannot be written.
    public func write(to url: URL) throws {
        try writeAtomically(encoded(), to: url)
    }
}

private func jsonQuoted(_ string: String) -> String {
    var out = "\""
    for scalar in string.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20:
            let hex = String(scalar.value, radix: 16)
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

extension Data {
    /// The values' little-endian bytes, back to back.
    static func littleEndian<T: FixedWidthInteger>(_ values: [T]) -> Data {
        var data = Data(count: values.count * MemoryLayout<T>.size)
        data.withUnsafeMutableBytes { raw in
            for (i, value) in values.enumerated() {
                raw.storeBytes(of: value.littleEndian, toByteOffset: i * MemoryLayout<T>.size, as: T.self)
            }
        }
        return data
    }
}

// MARK: - Reading

/// Why a safetensors file was refused. The description is one line naming the file.
public enum SafetensorsError: Error, CustomStringConvertible, Equatable {
    case truncated(file: String, size: Int)
    case headerPastEnd(file: String, headerLength: UInt64, fileSize: Int)
    case invalidHeader(file: String, problem: String)
    case duplicateName(file: String, name: String)
    case unknownDType(file: String, tensor: String, dtype: String)
    case invalidTensor(file: String, tensor: String, problem: String)

    /// One line: names and dtypes read from the file have their control characters escaped.
    public var description: String {
        switch self {
        case let .truncated(file, size):
            "\(file): file is \(size) bytes, too short to hold the 8-byte header length"
        case let .headerPastEnd(file, length, size):
            "\(file): header length \(length) runs past the end of the file (\(size) bytes)"
        case let .invalidHeader(file, problem):
            "\(file): \(problem)"
        case let .duplicateName(file, name):
            "\(file): tensor \(name.controlCharactersEscaped) appears twice in the header"
        case let .unknownDType(file, tensor, dtype):
            "\(file): tensor \(tensor.controlCharactersEscaped) has unknown dtype \"\(dtype.controlCharactersEscaped)\" (this reader supports \(DTypeList.supported))"
        case let .invalidTensor(file, tensor, problem):
            "\(file): tensor \(tensor.controlCharactersEscaped) \(problem)"
        }
    }

    private enum DTypeList {
        static let supported = SafetensorsFile.DType.allCases.map(\.rawValue).joined(separator: ", ")
    }
}

extension SafetensorsFile {
    /// Reads and validates the file at `url`.
    ///
    /// Throws `CheckpointError.cannotRead` when the file cannot be read and `SafetensorsError`
    /// when it is not a valid safetensors file of the supported dtypes.
    public init(contentsOf url: URL) throws {
        try self.init(decoding: readFile(url), fileName: url.lastPathComponent)
    }

    /// Parses and validates a whole file's bytes; `fileName` names the file in errors.
    ///
    /// Every tensor must lie inside the data buffer with exactly `shape product × dtype size`
    /// bytes, and no two tensors may overlap. Throws `SafetensorsError`.
    public init(decoding data: Data, fileName file: String) throws {
        guard data.count >= 8 else { throw SafetensorsError.truncated(file: file, size: data.count) }
        let headerLength = data.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
        guard headerLength <= UInt64(data.count - 8) else {
            throw SafetensorsError.headerPastEnd(file: file, headerLength: headerLength, fileSize: data.count)
        }
        let headerStart = data.startIndex + 8
        let bufferStart = headerStart + Int(headerLength)
        let bufferSize = data.endIndex - bufferStart
        let header = try HeaderEntry.parse(Array(data[headerStart..<bufferStart]), file: file)

        for entry in header.entries {
            guard entry.end >= entry.begin else {
                throw entry.invalid("has data_offsets [\(entry.begin), \(entry.end)] that end before they begin", file)
            }
            guard entry.end <= bufferSize else {
                throw entry.invalid("has data_offsets [\(entry.begin), \(entry.end)] past the end of the data buffer (\(bufferSize) bytes)", file)
            }
            guard entry.end - entry.begin == entry.byteCount else {
                throw entry.invalid("has \(entry.end - entry.begin) bytes of data but \(entry.dtype.rawValue) \(entry.shape) needs \(entry.byteCount)", file)
            }
        }
        let inFileOrder = header.entries.sorted { ($0.begin, $0.end) < ($1.begin, $1.end) }
        var previous: HeaderEntry?
        for entry in inFileOrder where entry.end > entry.begin {
            if let previous, entry.begin < previous.end {
                throw entry.invalid("overlaps tensor \(previous.name) in the data buffer", file)
            }
            previous = entry
        }

        self.init(
            inFileOrder.map { entry in
                let bytes = Data(data[(bufferStart + entry.begin)..<(bufferStart + entry.end)])
                return (entry.name, Tensor(dtype: entry.dtype, shape: entry.shape, bytes: bytes))
            },
            metadata: header.metadata
        )
    }
}

/// One tensor's header entry, checked for types but not yet against the data buffer.
private struct HeaderEntry {
    var name: String
    var dtype: SafetensorsFile.DType
    var shape: [Int]
    var byteCount: Int
    var begin: Int
    var end: Int

    func invalid(_ problem: String, _ file: String) -> SafetensorsError {
        .invalidTensor(file: file, tensor: name, problem: problem)
    }

    static func parse(_ bytes: [UInt8], file: String) throws -> (entries: [HeaderEntry], metadata: [String: String]) {
        guard String(bytes: bytes, encoding: .utf8) != nil else {
            throw SafetensorsError.invalidHeader(file: file, problem: "header is not valid UTF-8")
        }
        let json: JSONNode
        do {
            // Duplicate names are kept here and refused below, naming the tensor; a key repeated
            // inside a tensor's entry (the first counts) or the metadata (the last) is no error.
            var parser = JSONParser(bytes: bytes, maximumDepth: 64, allowsDuplicateKeys: true)
            json = try parser.parseDocument()
        } catch {
            // The problem may quote a key from the header: one line, its control characters escaped.
            let place = error.offset < bytes.count ? " at byte \(error.offset)" : ""
            throw SafetensorsError.invalidHeader(file: file, problem: "header is not valid JSON (\(error.problem.controlCharactersEscaped)\(place))")
        }
        guard case let .object(members) = json.kind else {
            throw SafetensorsError.invalidHeader(file: file, problem: "header is not a JSON object")
        }

        var seen: Set<String> = []
        var entries: [HeaderEntry] = []
        var metadata: [String: String] = [:]
        for member in members {
            let (name, value) = (member.key, member.value)
            guard seen.insert(name).inserted else { throw SafetensorsError.duplicateName(file: file, name: name) }
            if name == SafetensorsFile.metadataKey {
                guard case let .object(pairs) = value.kind else {
                    throw SafetensorsError.invalidHeader(file: file, problem: "__metadata__ is not a JSON object")
                }
                for pair in pairs {
                    guard case let .string(string) = pair.value.kind else {
                        throw SafetensorsError.invalidHeader(file: file, problem: "__metadata__ value for \"\(pair.key.controlCharactersEscaped)\" is not a string")
                    }
                    metadata[pair.key] = string
                }
            } else {
                entries.append(try entry(name, value, file))
            }
        }
        return (entries, metadata)
    }

    private static func entry(_ name: String, _ value: JSONNode, _ file: String) throws -> HeaderEntry {
        func invalid(_ problem: String) -> SafetensorsError { .invalidTensor(file: file, tensor: name, problem: problem) }
        guard case let .object(members) = value.kind else { throw invalid("is not described by a JSON object") }
        let fields = Dictionary(members.map { ($0.key, $0.value.kind) }, uniquingKeysWith: { first, _ in first })

        guard case let .string(dtypeName)? = fields["dtype"] else { throw invalid("has no \"dtype\" string") }
        guard let dtype = SafetensorsFile.DType(rawValue: dtypeName) else {
            throw SafetensorsError.unknownDType(file: file, tensor: name, dtype: dtypeName)
        }
        let badShape = invalid("has a shape that is not a list of non-negative integers")
        guard case let .array(dimensions)? = fields["shape"] else { throw badShape }
        let shape = dimensions.compactMap(\.nonNegativeInteger)
        guard shape.count == dimensions.count else { throw badShape }
        var byteCount = dtype.size
        for dimension in shape {
            let (product, overflow) = byteCount.multipliedReportingOverflow(by: dimension)
            guard !overflow else { throw invalid("has shape \(shape), too large to address") }
            byteCount = product
        }
        guard case let .array(offsets)? = fields["data_offsets"], offsets.count == 2,
              let begin = offsets[0].nonNegativeInteger, let end = offsets[1].nonNegativeInteger
        else { throw invalid("has data_offsets that are not two non-negative integers") }

        return HeaderEntry(name: name, dtype: dtype, shape: shape, byteCount: byteCount, begin: begin, end: end)
    }
}
