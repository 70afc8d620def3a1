import Foundation
import Testing
@testable import Training

private typealias Tensor = SafetensorsFile.Tensor

// MARK: - Helpers (shared with CheckpointTests)

/// Runs `body` in a fresh directory under the temporary directory and removes it afterwards.
func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tagbench-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    return try body(dir)
}

func fileNames(in dir: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
}

/// A safetensors file with exactly this header text (no padding) and data buffer.
func rawSafetensors(header: String, data: [UInt8] = []) -> Data {
    Data.littleEndian([UInt64(header.utf8.count)]) + Data(header.utf8) + Data(data)
}

/// The description of the `SafetensorsError` that decoding `data` throws, or nil.
func decodingError(_ data: Data, file: String = "model.safetensors") -> String? {
    do {
        _ = try SafetensorsFile(decoding: data, fileName: file)
        return nil
    } catch {
        #expect(error is SafetensorsError)
        return "\(error)"
    }
}

/// A seeded SplitMix64, so random tests are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random bit patterns (every exponent, subnormals included) except NaN, plus the edge cases.
func awkwardFloats(_ count: Int, seed: UInt64) -> [Float] {
    var rng = SplitMix(state: seed)
    let edges: [Float] = [
        0, -0.0, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, Float(bitPattern: 0x0001_16C2), .leastNormalMagnitude,
        .greatestFiniteMagnitude, -.infinity, .infinity, 1, -1, .pi,
    ]
    var values = edges
    while values.count < count {
        let value = Float(bitPattern: UInt32.random(in: .min ... .max, using: &rng))
        if !value.isNaN { values.append(value) }
    }
    return Array(values.prefix(count))
}

func bitPatterns(_ values: [Float]) -> [UInt32] { values.map(\.bitPattern) }

// MARK: - Round trips

@Test func writtenFileReadsBackBitForBit() throws {
    let weights = awkwardFloats(6 * 7, seed: 1)
    let subnormals: [Float] = [-0.0, .leastNonzeroMagnitude, Float(bitPattern: 0x0015_CA23)]
    let file = SafetensorsFile([
        ("weight", Tensor(shape: [6, 7], floats: weights)),
        ("bias", Tensor(shape: [3], floats: subnormals)),
        ("scalar", Tensor(shape: [], floats: [42])),
        ("empty", Tensor(shape: [0, 4], floats: [])),
        ("steps", Tensor(shape: [2, 2], ints: [0, -1, .max, .min])),
    ], metadata: ["format": "pt", "note": "quote \" backslash \\ newline \n tab \t ü"])

    try withTemporaryDirectory { dir in
        let url = dir.appendingPathComponent("model.safetensors")
        try file.write(to: url)
        let read = try SafetensorsFile(contentsOf: url)
        #expect(read == file)
        #expect(bitPatterns(read.tensors["weight"]!.floats()) == bitPatterns(weights))
        #expect(bitPatterns(read.tensors["bias"]!.floats()) == bitPatterns(subnormals))
        #expect(read.tensors["scalar"]!.floats() == [42])
        #expect(read.tensors["empty"]!.shape == [0, 4])
        #expect(read.tensors["steps"]!.ints() == [0, -1, .max, .min])
        #expect(read.names == ["weight", "bias", "scalar", "empty", "steps"])
        #expect(read.metadata == file.metadata)
    }
}

@Test func headerIsPaddedWithSpacesToAMultipleOfEightWithOffsetsIntoTheDataBuffer() throws {
    let file = SafetensorsFile([("a", Tensor(shape: [2], floats: [1, 2])), ("b", Tensor(shape: [1], ints: [7]))])
    let data = file.encoded()
    let length = Int(data.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
    #expect(length % 8 == 0)
    #expect(data.count == 8 + length + 8 + 8)
    let header = String(decoding: data[8..<(8 + length)], as: UTF8.self)
    let json = #"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"I64","shape":[1],"data_offsets":[8,16]}}"#
    #expect(length - json.utf8.count < 8)
    #expect(header == json + String(repeating: " ", count: length - json.utf8.count))
    #expect(Array(data.suffix(16)) == [0, 0, 0x80, 0x3F, 0, 0, 0, 0x40, 7, 0, 0, 0, 0, 0, 0, 0])
}

@Test func readsF64AndI32TensorsAndConvertsThem() throws {
    let f64 = Data.littleEndian([(0.5).bitPattern, (-2.25).bitPattern, (1e300).bitPattern])
    let i32 = Data.littleEndian([Int32(3), -4])
    let data = rawSafetensors(
        header: #"{"d":{"dtype":"F64","shape":[3],"data_offsets":[0,24]},"i":{"dtype":"I32","shape":[2],"data_offsets":[24,32]}}"#,
        data: Array(f64 + i32)
    )
    let file = try SafetensorsFile(decoding: data, fileName: "x.safetensors")
    #expect(file.tensors["d"]!.dtype == .f64)
    #expect(file.tensors["d"]!.floats() == [0.5, -2.25, .infinity])
    #expect(file.tensors["i"]!.ints() == [3, -4])
    #expect(file.tensors["i"]!.floats() == [3, -4])
}

@Test func readerAcceptsWhitespaceEscapesAndTensorsOutOfOrder() throws {
    let data = rawSafetensors(
        header: " {\n \"b\\u00e9\" : {\"shape\": [1], \"dtype\": \"F32\", \"data_offsets\": [4, 8]},"
            + " \"__metadata__\": {\"k\\ud83d\\ude00\": \"v\\/\"}, \"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 4]} }   ",
        data: [0, 0, 0x80, 0x3F, 0, 0, 0, 0x40]
    )
    let file = try SafetensorsFile(decoding: data, fileName: "x")
    #expect(file.names == ["a", "bé"])
    #expect(file.tensors["bé"]!.floats() == [2])
    #expect(file.metadata == ["k😀": "v/"])
}

// MARK: - Malformed files

@Test func truncatedFileIsRefused() {
    #expect(decodingError(Data([1, 2, 3])) == "model.safetensors: file is 3 bytes, too short to hold the 8-byte header length")
}

@Test func headerLengthPastTheEndIsRefused() {
    var data = Data.littleEndian([UInt64(9999)])
    data += Data(repeating: 0x20, count: 804)
    #expect(decodingError(data) == "model.safetensors: header length 9999 runs past the end of the file (812 bytes)")
    #expect(decodingError(Data.littleEndian([UInt64.max])) == "model.safetensors: header length 18446744073709551615 runs past the end of the file (8 bytes)")
}

@Test func headerThatIsNotJSONIsRefused() {
    #expect(decodingError(rawSafetensors(header: #"{"a": {"dtype": "F32",}"#))
        == "model.safetensors: header is not valid JSON (expected a key in double quotes, found '}' at byte 22)")
    #expect(decodingError(rawSafetensors(header: "")) == "model.safetensors: header is not valid JSON (unexpected end of file, expected a value)")
    #expect(decodingError(rawSafetensors(header: "{} x")) == "model.safetensors: header is not valid JSON (unexpected 'x' after the end of the JSON value at byte 3)")
    #expect(decodingError(rawSafetensors(header: "[1]")) == "model.safetensors: header is not a JSON object")
    #expect(decodingError(Data.littleEndian([UInt64(2)]) + Data([0x7B, 0xFF])) == "model.safetensors: header is not valid UTF-8")
    #expect(decodingError(rawSafetensors(header: String(repeating: "[", count: 100_000)))
        == "model.safetensors: header is not valid JSON (nested more than 64 levels deep at byte 64)")
}

@Test func unknownDTypeIsRefused() {
    let data = rawSafetensors(header: #"{"w":{"dtype":"BF16","shape":[2],"data_offsets":[0,4]}}"#, data: [0, 0, 0, 0])
    #expect(decodingError(data) == #"model.safetensors: tensor w has unknown dtype "BF16" (this reader supports F32, F64, I32, I64)"#)
}

@Test(arguments: [#"[-1]"#, #"[2.0]"#, #"[true]"#, #"["2"]"#, #"2"#, #"null"#, #"[1e2]"#])
func shapeThatIsNotAListOfNonNegativeIntegersIsRefused(shape: String) {
    let data = rawSafetensors(header: #"{"w":{"dtype":"F32","shape":\#(shape),"data_offsets":[0,0]}}"#)
    #expect(decodingError(data) == "model.safetensors: tensor w has a shape that is not a list of non-negative integers")
}

@Test func dataOffsetsPastTheEndAreRefused() {
    let data = rawSafetensors(header: #"{"w":{"dtype":"F32","shape":[3],"data_offsets":[0,12]}}"#, data: [0, 0, 0, 0, 0, 0, 0, 0])
    #expect(decodingError(data) == "model.safetensors: tensor w has data_offsets [0, 12] past the end of the data buffer (8 bytes)")
}

@Test func dataOffsetsThatDoNotMatchTheShapeAreRefused() {
    let short = rawSafetensors(header: #"{"w":{"dtype":"F32","shape":[2,3],"data_offsets":[0,8]}}"#, data: .init(repeating: 0, count: 8))
    #expect(decodingError(short) == "model.safetensors: tensor w has 8 bytes of data but F32 [2, 3] needs 24")
    let backwards = rawSafetensors(header: #"{"w":{"dtype":"F32","shape":[1],"data_offsets":[4,0]}}"#, data: .init(repeating: 0, count: 8))
    #expect(decodingError(backwards) == "model.safetensors: tensor w has data_offsets [4, 0] that end before they begin")
    let notIntegers = rawSafetensors(header: #"{"w":{"dtype":"F32","shape":[1],"data_offsets":[0]}}"#, data: .init(repeating: 0, count: 4))
    #expect(decodingError(notIntegers) == "model.safetensors: tensor w has data_offsets that are not two non-negative integers")
    let huge = rawSafetensors(header: #"{"w":{"dtype":"F64","shape":[4294967296,4294967296],"data_offsets":[0,0]}}"#)
    #expect(decodingError(huge) == "model.safetensors: tensor w has shape [4294967296, 4294967296], too large to address")
}

@Test func overlappingTensorsAreRefused() {
    let data = rawSafetensors(
        header: #"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}"#,
        data: .init(repeating: 0, count: 8)
    )
    #expect(decodingError(data) == "model.safetensors: tensor b overlaps tensor a in the data buffer")
}

@Test func duplicateTensorNamesAreRefused() {
    let data = rawSafetensors(
        header: #"{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}"#,
        data: .init(repeating: 0, count: 8)
    )
    #expect(decodingError(data) == "model.safetensors: tensor a appears twice in the header")
}

@Test func metadataWithNonStringValuesIsRefused() {
    #expect(decodingError(rawSafetensors(header: #"{"__metadata__":{"epoch":3}}"#))
        == #"model.safetensors: __metadata__ value for "epoch" is not a string"#)
}

@Test(arguments: [
    (#"{"x\u001b[2J\n":{"dtype":"F32","shape":[1],"data_offsets":[0,3]}}"#,
     #"model.safetensors: tensor x\u{1B}[2J\u{A} has 3 bytes of data but F32 [1] needs 4"#),
    (#"{"a\r":{"dtype":"F\u0007","shape":[1],"data_offsets":[0,4]}}"#,
     #"model.safetensors: tensor a\u{D} has unknown dtype "F\u{7}" (this reader supports F32, F64, I32, I64)"#),
    (#"{"\u0085":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"\u0085":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}"#,
     #"model.safetensors: tensor \u{85} appears twice in the header"#),
    (#"{"__metadata__":{"\n":3}}"#, #"model.safetensors: __metadata__ value for "\u{A}" is not a string"#),
    // Found by FuzzSafetensors once the header parser quoted keys in its messages.
    (#"{"\bt"d"#, #"model.safetensors: header is not valid JSON (expected ':' after the key "\u{8}t" at byte 6)"#),
])
func controlCharactersFromTheHeaderAreEscapedInErrors(header: String, message: String) {
    #expect(decodingError(rawSafetensors(header: header, data: .init(repeating: 0, count: 8))) == message)
}

/// Inputs `scripts/fuzz` found (fuzz/crashes/FuzzSafetensors-*), each now a clean one-line error.
@Test func fuzzRegressions() {
    // A tensor name with a line feed (`"x\u00e9\n"`) reached the one-line message raw.
    let newlineInName = Data([
        0x40, 0, 0, 0, 0, 0, 0, 0,
    ] + Array(#"{"x\u00e9\n":{"dtype":"F32","shape":[1],"data_offs,ts":[0,4]}}  "#.utf8) + [0, 0, 0x80, 0x3F])
    #expect(decodingError(newlineInName)
            == #"model.safetensors: tensor xé\u{A} has data_offsets that are not two non-negative integers"#)
}

@Test func unreadableFileIsReportedWithItsPath() throws {
    try withTemporaryDirectory { dir in
        let url = dir.appendingPathComponent("absent.safetensors")
        let error = #expect(throws: CheckpointError.self) { try SafetensorsFile(contentsOf: url) }
        #expect(error?.description == "cannot read \(url.path): No such file or directory")
    }
}

// MARK: - Atomic writes

@Test func atomicWriteReplacesTheFileAndLeavesNoTemporaryFile() throws {
    try withTemporaryDirectory { dir in
        let url = dir.appendingPathComponent("model.safetensors")
        try writeAtomically(Data("old".utf8), to: url)
        try writeAtomically(Data("new contents".utf8), to: url)
        #expect(try Data(contentsOf: url) == Data("new contents".utf8))
        #expect(try fileNames(in: dir) == ["model.safetensors"])
    }
}

@Test func atomicWriteIntoAMissingDirectoryFailsCleanly() throws {
    try withTemporaryDirectory { dir throws in
        let url = dir.appendingPathComponent("missing/model.safetensors")
        let error = #expect(throws: CheckpointError.self) {
            try SafetensorsFile([("a", Tensor(shape: [1], floats: [1]))]).write(to: url)
        }
        #expect(error?.description == "cannot write \(url.path): cannot create a temporary file in \(dir.path)/missing: No such file or directory")
        #expect(try fileNames(in: dir).isEmpty)
    }
}

@Test func failedAtomicWriteKeepsTheOldFileAndRemovesItsTemporaryFile() throws {
    // A non-empty directory cannot be replaced by a file, so the final rename fails after the
    // temporary file was written (this works even as root, where permissions do not bind).
    try withTemporaryDirectory { dir in
        let target = dir.appendingPathComponent("model.safetensors")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try Data("old".utf8).write(to: target.appendingPathComponent("keep"))
        let error = #expect(throws: CheckpointError.self) { try writeAtomically(Data("new".utf8), to: target) }
        #expect(error?.description.hasPrefix("cannot write \(target.path): cannot replace the file: ") == true)
        #expect(try fileNames(in: dir) == ["model.safetensors"])
        #expect(try Data(contentsOf: target.appendingPathComponent("keep")) == Data("old".utf8))
    }
}

@Test(.enabled(if: geteuid() != 0, "permissions do not bind root"))
func atomicWriteIntoAnUnwritableDirectoryKeepsTheOldFile() throws {
    try withTemporaryDirectory { dir in
        let url = dir.appendingPathComponent("model.safetensors")
        try writeAtomically(Data("old".utf8), to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: dir.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path) }
        #expect(throws: CheckpointError.self) { try writeAtomically(Data("new".utf8), to: url) }
        #expect(try Data(contentsOf: url) == Data("old".utf8))
        #expect(try fileNames(in: dir) == ["model.safetensors"])
    }
}
