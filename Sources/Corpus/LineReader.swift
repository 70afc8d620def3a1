import Foundation

/// An error in a corpus file, located at a line where there is one.
///
/// Its `description` is one line a user can act on, `path:line: what is wrong`
/// (or `path: what is wrong` for the whole file), e.g.
/// `train.conllu:17: expected 10 tab-separated columns, found 7`.
public struct CorpusError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// What is wrong, without the location.
    public enum Problem: Sendable, Equatable {
        case cannotRead(String)
        case invalidUTF8
        case noSentences
        case columnCount(found: Int)
        case invalidID(String)
        case unexpectedID(expected: Int, found: String)
        case emptyForm
        case missingTag(TagColumn)
        case noWords
        case needWordAndTag(found: Int)
        /// A two-column line whose column count differs from the first word line's
        /// (`firstLine`): most often a word with a space or tab inside.
        case columnCountChanged(expected: Int, firstLine: Int, found: Int)
        /// An embeddings row with the wrong number of values (`expected` nil: a word alone
        /// on the first row, so no dimension is known).
        case wrongDimension(expected: Int?, found: Int)
        case notANumber(String)
        /// The `count dim` header announces `count` vectors; the file holds `found`.
        case headerMismatch(count: Int, found: Int)
        /// The `count dim` header gives a dimension below 1.
        case headerDimension(Int)
        case noVectors
        /// A line longer than `LineReader.maximumLineLength` bytes.
        case lineTooLong(limit: Int)
    }

    /// The file path, or a display name such as `<embedded>/train.conllu`.
    public var file: String
    /// 1-based line number; nil when the problem concerns the whole file.
    public var line: Int?
    public var problem: Problem

    public init(file: String, line: Int?, problem: Problem) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        return "\(location): \(message)"
    }

    public var errorDescription: String? { description }

    private var message: String {
        switch problem {
        case .cannotRead(let reason): "cannot read: \(reason)"
        case .invalidUTF8: "invalid UTF-8"
        case .noSentences: "no sentences"
        case .columnCount(let found): "expected 10 tab-separated columns, found \(found)"
        case .invalidID(let id): "invalid ID '\(id.controlCharactersEscaped)': expected an integer, a range a-b with a<b, or a decimal n.m"
        case .unexpectedID(let expected, let found): "expected word ID \(expected), found \(found.controlCharactersEscaped)"
        case .emptyForm: "empty FORM"
        case .missingTag(let column): "no \(column) tag"
        case .noWords: "sentence has no words"
        case .needWordAndTag(let found): "expected a word and a tag, found \(found) column\(found == 1 ? "" : "s")"
        case .columnCountChanged(let expected, let firstLine, let found):
            "expected \(expected) columns as on line \(firstLine), found \(found) (a word or tag cannot contain a space or tab)"
        case .wrongDimension(let expected?, let found): "expected \(expected) value\(expected == 1 ? "" : "s"), found \(found)"
        case .wrongDimension(nil, _): "expected a word followed by its vector, found only a word"
        case .notANumber(let text): "expected a finite number, found '\(text.controlCharactersEscaped)'"
        case .headerMismatch(let count, let found): "the header announces \(count) vectors, the file has \(found)"
        case .headerDimension(let dimension): "the header gives dimension \(dimension), expected a positive number of values per vector"
        case .noVectors: "no vectors"
        case .lineTooLong(let limit): "line longer than \(limit >> 20) MiB (is this a text file?)"
        }
    }
}

extension String {
    /// The string with control characters (C0, DEL, C1) written as `\u{1B}`: text quoted
    /// from a file in an error message must not break its one line or drive the terminal.
    public var controlCharactersEscaped: String {
        var out = ""
        for scalar in unicodeScalars {
            if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) {
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Reads a text file or string line by line, without loading a file whole.
///
/// Lines are numbered from 1 and handed over without their line end (`\n` or
/// `\r\n`); a UTF-8 byte-order mark at the very start is skipped; a last line
/// without a line end is still a line. A line that is not valid UTF-8 throws
/// `CorpusError` (`invalidUTF8`) at that line, and so does a line longer than
/// `maximumLineLength` bytes (`lineTooLong`), so memory stays bounded on a file with no line
/// ends; anything `body` throws also stops the read.
public struct LineReader: Sendable {
    private enum Source: Sendable {
        case file(String)
        case text(String)
    }

    private let source: Source
    /// The name used in error messages: the path, or the display name given.
    public let name: String

    /// Bytes read from a file at a time.
    static let chunkSize = 64 * 1024

    /// The longest line accepted, in bytes: far beyond any sentence (a 10,000-word line is
    /// about 60 KB), small enough that a file without line ends cannot exhaust memory.
    public static let maximumLineLength = 16 << 20

    /// Reads the file at `path` (opened when reading starts).
    public init(path: String) {
        source = .file(path)
        name = path
    }

    /// Reads `text`, reporting errors against `name` (e.g. `<embedded>/train.conllu`).
    public init(text: String, name: String) {
        source = .text(text)
        self.name = name
    }

    /// Calls `body` with each line and its 1-based line number, in order.
    public func forEachLine(_ body: (_ line: String, _ number: Int) throws -> Void) throws {
        var splitter = Splitter(name: name)
        switch source {
        case .text(var text):
            try text.withUTF8 { try splitter.feed($0, body) }
        case .file(let path):
            guard let file = fopen(path, "rb") else { throw readError(errno) }
            defer { fclose(file) }
            var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
            while true {
                let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
                try chunk.withUnsafeBufferPointer { try splitter.feed(.init(rebasing: $0.prefix(count)), body) }
                if count < chunk.count {
                    if ferror(file) != 0 { throw readError(errno) }
                    break
                }
            }
        }
        try splitter.finish(body)
    }

    private func readError(_ code: Int32) -> CorpusError {
        CorpusError(file: name, line: nil, problem: .cannotRead(String(cString: strerror(code))))
    }
}

/// Cuts a stream of byte chunks into lines; a line split across chunks is carried over.
private struct Splitter {
    typealias Body = (String, Int) throws -> Void
    let name: String
    var carry: [UInt8] = []
    var number = 0

    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, _ body: Body) throws {
        var start = 0
        while let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            if carry.isEmpty {
                try emit(UnsafeBufferPointer(rebasing: bytes[start..<end]), body)
            } else {
                carry.append(contentsOf: bytes[start..<end])
                try emitCarry(body)
            }
            start = end + 1
        }
        carry.append(contentsOf: bytes[start...])
        // One byte more than the limit: room for the `\r` of a CRLF end not yet seen.
        if carry.count > LineReader.maximumLineLength + 1 { throw tooLong(number + 1) }
    }

    mutating func finish(_ body: Body) throws {
        if !carry.isEmpty { try emitCarry(body) }
    }

    private func tooLong(_ line: Int) -> CorpusError {
        CorpusError(file: name, line: line, problem: .lineTooLong(limit: LineReader.maximumLineLength))
    }

    private mutating func emitCarry(_ body: Body) throws {
        let line = carry
        carry.removeAll(keepingCapacity: true)
        try line.withUnsafeBufferPointer { try emit($0, body) }
    }

    private mutating func emit(_ raw: UnsafeBufferPointer<UInt8>, _ body: Body) throws {
        number += 1
        var bytes = raw[...]
        if number == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
        if bytes.count > LineReader.maximumLineLength { throw tooLong(number) }
        let line = String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
        // Decoding repairs invalid input with U+FFFD, so valid input is exactly what comes back.
        if bytes.contains(where: { $0 >= 0x80 }), !line.utf8.elementsEqual(bytes) {
            throw CorpusError(file: name, line: number, problem: .invalidUTF8)
        }
        try body(line, number)
    }
}
