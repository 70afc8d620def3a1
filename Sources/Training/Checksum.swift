import Foundation

/// CRC-32 (IEEE 802.3, as zlib's `crc32` and Python's `zlib.crc32`), to catch a checkpoint
/// damaged after it was written.
public struct CRC32: Sendable {
    public private(set) var value: UInt32 = 0

    public init() {}

    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    public mutating func update(_ data: Data) {
        var c = ~value
        Self.table.withUnsafeBufferPointer { table in
            data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                for byte in bytes { c = table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
            }
        }
        value = ~c
    }

    /// Eight lowercase hex digits.
    public var hex: String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: 8 - s.count) + s
    }
}

extension SafetensorsFile {
    /// The metadata key of the tensors' checksum.
    public static let checksumKey = "tagbench.crc32"

    /// CRC-32 of every tensor's name, dtype, shape and bytes, in name order (independent of
    /// where each tensor sits in the file).
    public var tensorChecksum: String {
        var crc = CRC32()
        for name in names.sorted() {
            let t = tensors[name]!
            crc.update(Data("\(name)|\(t.dtype.rawValue)|\(t.shape)|".utf8))
            crc.update(t.bytes)
        }
        return crc.hex
    }

    /// The file with its checksum in the metadata, as tagbench writes every checkpoint.
    public func checksummed() -> SafetensorsFile {
        var file = self
        file.metadata[Self.checksumKey] = tensorChecksum
        return file
    }

    /// Throws `CheckpointError.checksumMismatch` when the file carries a checksum its
    /// tensors do not match. Files without one (written by other tools) pass.
    public func verifyChecksum(fileName: String) throws {
        guard let stored = metadata[Self.checksumKey] else { return }
        let actual = tensorChecksum
        guard stored == actual else {
            throw CheckpointError.checksumMismatch(file: fileName, stored: stored, actual: actual)
        }
    }
}
