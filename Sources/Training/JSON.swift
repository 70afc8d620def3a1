import Foundation

/// A parsed JSON value, the line it starts on and, for a scalar, its source text.
///
/// Foundation's parsers keep no positions, silently drop duplicate keys, read `true` as 1
/// and round every number through `Double`; a space file's errors should say where, and a
/// safetensors header needs its integers exact (`text`) and its duplicate names seen.
struct JSONNode {
    struct Member {
        var key: String
        var keyLine: Int
        var value: JSONNode
    }

    enum Kind {
        /// The members in the order of the text (duplicates included when the parser
        /// allows them).
        case object([Member])
        case array([JSONNode])
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
    }

    var kind: Kind
    var line: Int
    /// The source text of a scalar (a number exactly as written; a string in quotes), for
    /// messages and exact reading; a short description of a container.
    var text: String

    /// The value when it is a number written as a non-negative integer that fits an `Int`,
    /// read from its text (no `Double` round trip): `2` but not `2.0`, `1e2` or `true`.
    var nonNegativeInteger: Int? {
        guard case .number = kind, let value = Int(text), value >= 0 else { return nil }
        return value
    }
}

/// A strict JSON parser (RFC 8259) over bytes, with a nesting limit so no input can
/// exhaust the stack.
struct JSONParser {
    struct Failure: Error {
        /// 1-based line of the problem.
        var line: Int
        /// Byte offset of the problem; `bytes.count` at the end of the text.
        var offset: Int
        var problem: String
    }

    let bytes: [UInt8]
    /// How many objects and lists may nest.
    let maximumDepth: Int
    /// Whether an object may name a key twice (kept in order), or it is an error.
    let allowsDuplicateKeys: Bool
    private var index = 0
    private var line = 1

    init(bytes: [UInt8], maximumDepth: Int, allowsDuplicateKeys: Bool = false) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
        self.allowsDuplicateKeys = allowsDuplicateKeys
    }

    /// The one value of the whole text, with nothing but whitespace around it.
    mutating func parseDocument() throws(Failure) -> JSONNode {
        skipWhitespace()
        let value = try parseValue(depth: 0)
        skipWhitespace()
        guard index == bytes.count else { throw fail("unexpected \(describe(bytes[index])) after the end of the JSON value") }
        return value
    }

    private func fail(_ problem: String) -> Failure { Failure(line: line, offset: index, problem: problem) }

    private func describe(_ byte: UInt8) -> String {
        (0x21..<0x7F).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : String(format: "byte 0x%02X", byte)
    }

    /// Whether `byte` is JSON whitespace: space, tab, line feed or carriage return.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, Self.isWhitespace(bytes[index]) {
            if bytes[index] == UInt8(ascii: "\n") { line += 1 }
            index += 1
        }
    }

    /// A value inside `depth` objects and lists.
    private mutating func parseValue(depth: Int) throws(Failure) -> JSONNode {
        guard index < bytes.count else { throw fail("unexpected end of file, expected a value") }
        let startLine = line
        switch bytes[index] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard depth < maximumDepth else { throw fail("nested more than \(maximumDepth) levels deep") }
            if bytes[index] == UInt8(ascii: "{") { return try parseObject(depth: depth) }
            return try parseList(depth: depth)
        case UInt8(ascii: "\""):
            let s = try parseString()
            return JSONNode(kind: .string(s), line: startLine, text: "\"\(s)\"")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try parseNumber(line: startLine)
        default:
            for (word, kind) in [("true", JSONNode.Kind.bool(true)), ("false", .bool(false)), ("null", .null)] {
                let w = Array(word.utf8)
                if bytes.count - index >= w.count, Array(bytes[index..<index + w.count]) == w {
                    index += w.count
                    return JSONNode(kind: kind, line: startLine, text: word)
                }
            }
            throw fail("unexpected \(describe(bytes[index])), expected a value")
        }
    }

    private mutating func parseObject(depth: Int) throws(Failure) -> JSONNode {
        let startLine = line
        index += 1
        var members: [JSONNode.Member] = []
        var keys: Set<String> = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return JSONNode(kind: .object(members), line: startLine, text: "{}")
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw fail(index < bytes.count ? "expected a key in double quotes, found \(describe(bytes[index]))" : "unexpected end of file inside an object")
            }
            let keyLine = line
            let key = try parseString()
            if !allowsDuplicateKeys, !keys.insert(key).inserted { throw fail("the key \"\(key)\" appears twice") }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw fail("expected ':' after the key \"\(key)\"") }
            index += 1
            skipWhitespace()
            members.append(.init(key: key, keyLine: keyLine, value: try parseValue(depth: depth + 1)))
            skipWhitespace()
            guard index < bytes.count else { throw fail("unexpected end of file inside an object") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; break }
            throw fail("expected ',' or '}' in an object, found \(describe(bytes[index]))")
        }
        return JSONNode(kind: .object(members), line: startLine, text: "an object")
    }

    private mutating func parseList(depth: Int) throws(Failure) -> JSONNode {
        let startLine = line
        index += 1
        var items: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return JSONNode(kind: .array(items), line: startLine, text: "[]")
        }
        while true {
            skipWhitespace()
            items.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            guard index < bytes.count else { throw fail("unexpected end of file inside a list") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; break }
            throw fail("expected ',' or ']' in a list, found \(describe(bytes[index]))")
        }
        return JSONNode(kind: .array(items), line: startLine, text: "a list")
    }

    private mutating func parseString() throws(Failure) -> String {
        index += 1  // the opening quote
        var out: [UInt8] = []
        while true {
            guard index < bytes.count else { throw fail("unexpected end of file inside a string") }
            let b = bytes[index]
            index += 1
            switch b {
            case UInt8(ascii: "\""):
                guard let s = String(validating: out, as: UTF8.self) else { throw fail("a string is not valid UTF-8") }
                return s
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { throw fail("unexpected end of file inside a string") }
                let e = bytes[index]
                index += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(8)
                case UInt8(ascii: "f"): out.append(12)
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "t"): out.append(9)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code) {
                        guard bytes.count - index >= 2, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw fail("a \\u escape is half of a surrogate pair")
                        }
                        index += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw fail("a \\u escape is half of a surrogate pair") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw fail("a \\u escape is half of a surrogate pair") }
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    throw fail("unknown escape \\\(Character(Unicode.Scalar(e))) in a string")
                }
            case 0..<0x20:
                throw fail(b == 10 ? "a string runs past the end of the line (missing closing quote?)" : "a control character inside a string")
            default:
                out.append(b)
            }
        }
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard bytes.count - index >= 4 else { throw fail("a \\u escape needs four hex digits") }
        var code: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw fail("a \\u escape needs four hex digits")
            }
            code = code << 4 | digit
            index += 1
        }
        return code
    }

    private mutating func parseNumber(line startLine: Int) throws(Failure) -> JSONNode {
        let start = index
        func digits() -> Int {
            let from = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - from
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else {
            throw fail("a number needs digits")
        }
        if bytes[index] == UInt8(ascii: "0") { index += 1 } else { _ = digits() }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw fail("a number needs digits after the decimal point") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw fail("a number needs digits in its exponent") }
        }
        if index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            throw fail("a number may not have leading zeros")
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let value = Double(text) else { throw fail("\(text) is not a number") }
        return JSONNode(kind: .number(value), line: startLine, text: text)
    }
}
