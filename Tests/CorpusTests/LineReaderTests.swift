import Foundation
import Testing
@testable import Corpus

/// The lines `LineReader` hands over for `bytes` read from a file, or the error's message.
private func lines(ofFile bytes: [UInt8]) throws -> Swift.Result<[String], CorpusError> {
    var result: Swift.Result<[String], CorpusError> = .success([])
    try withTemporaryFile(bytes) { path in
        var lines: [String] = []
        do {
            try LineReader(path: path).forEachLine { line, _ in lines.append(line) }
            result = .success(lines)
        } catch let error as CorpusError {
            result = .failure(CorpusError(file: "f", line: error.line, problem: error.problem))
        }
    }
    return result
}

@Suite struct LineReaderLimits {
    @Test func aLineLongerThanTheLimitIsAnErrorAtItsLine() throws {
        let long = [UInt8](repeating: UInt8(ascii: "a"), count: LineReader.maximumLineLength + 1)
        // From a file the long line arrives in chunks and is refused while it is carried over.
        let fromFile = try lines(ofFile: Array("ok\n".utf8) + long + [0x0A])
        #expect(fromFile == .failure(CorpusError(file: "f", line: 2, problem: .lineTooLong(limit: LineReader.maximumLineLength))))
        #expect(CorpusError(file: "f", line: 2, problem: .lineTooLong(limit: LineReader.maximumLineLength)).description
                == "f:2: line longer than 16 MiB (is this a text file?)")
        // Without any line end at all (a binary file, a stream cut wrong), memory stays bounded too.
        #expect(try lines(ofFile: long).map(\.count) == .failure(
            CorpusError(file: "f", line: 1, problem: .lineTooLong(limit: LineReader.maximumLineLength))))
        // In memory, the same.
        let text = String(decoding: long, as: UTF8.self)
        expectError("t:1: line longer than 16 MiB (is this a text file?)") {
            try LineReader(text: text, name: "t").forEachLine { _, _ in }
        }
    }

    @Test func aLineOfExactlyTheLimitIsRead() throws {
        let long = [UInt8](repeating: UInt8(ascii: "a"), count: LineReader.maximumLineLength)
        #expect(try lines(ofFile: long + Array("\r\nb".utf8)).map { $0.map(\.count) } == .success([LineReader.maximumLineLength, 1]))
    }

    @Test func byteOrderMarkOnlyOpensTheFirstLine() throws {
        #expect(try lines(ofFile: [0xEF, 0xBB, 0xBF] + Array("a\n".utf8) + [0xEF, 0xBB, 0xBF] + Array("b\r\n".utf8))
                == .success(["a", "\u{FEFF}b"]))
    }

    @Test func carriageReturnsInsideALineStay() throws {
        #expect(try lines(ofFile: Array("a\rb\r\r\n\r".utf8)) == .success(["a\rb\r", ""]))
    }
}

@Suite struct ErrorMessages {
    /// Text quoted from a file must not break the one-line message or reach the terminal raw.
    @Test(arguments: [
        (CorpusError.Problem.invalidID("1\u{1B}[2J"), #"f:3: invalid ID '1\u{1B}[2J': expected an integer, a range a-b with a<b, or a decimal n.m"#),
        (.invalidID("1\r2"), #"f:3: invalid ID '1\u{D}2': expected an integer, a range a-b with a<b, or a decimal n.m"#),
        (.notANumber("0.5\u{7}"), #"f:3: expected a finite number, found '0.5\u{7}'"#),
        (.notANumber("\u{85}"), #"f:3: expected a finite number, found '\u{85}'"#),
        (.unexpectedID(expected: 2, found: "3"), "f:3: expected word ID 2, found 3"),
        (.notANumber("ünïcödé"), "f:3: expected a finite number, found 'ünïcödé'"),
    ])
    func controlCharactersAreEscaped(problem: CorpusError.Problem, message: String) {
        #expect(CorpusError(file: "f", line: 3, problem: problem).description == message)
    }
}
