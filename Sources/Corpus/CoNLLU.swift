/// The CoNLL-U column a tagger learns and writes: UPOS (4th) or XPOS (5th).
public enum TagColumn: Sendable, CustomStringConvertible {
    case upos, xpos

    /// 0-based index among the 10 columns.
    var index: Int { self == .upos ? 3 : 4 }

    public var description: String { self == .upos ? "UPOS" : "XPOS" }
}

/// Reads a CoNLL-U file or string sentence by sentence, streaming from disk.
///
/// A sentence is its comment lines (`#`) and token lines up to a blank line or the
/// end of input. The tagger sees only syntactic words (integer IDs); multi-word token
/// ranges (`3-4`) and empty nodes (`8.1`) are kept in `conlluLines` for writing back,
/// unless the reader is made with `keepingLines: false` (for training and scoring, which never
/// write back: the lines are about half the memory of a corpus held whole).
/// Every token line must have exactly 10 tab-separated columns, a valid ID, a non-empty
/// FORM; word IDs must run 1, 2, 3… within a sentence and each word needs a tag
/// (not `_`) in the chosen column. A byte-order mark and CRLF line ends are accepted.
/// Anything else, and input with no sentences, throws `CorpusError`.
public struct CoNLLUReader: SentenceReader, Sendable {
    public let tagColumn: TagColumn
    /// Whether sentences keep their lines in `conlluLines` (else it is empty).
    public let keepsLines: Bool
    private let reader: LineReader

    /// Reads the file at `path`; errors name the path as given.
    public init(path: String, tagColumn: TagColumn = .upos, keepingLines: Bool = true) {
        reader = LineReader(path: path)
        self.tagColumn = tagColumn
        keepsLines = keepingLines
    }

    /// Reads `text`; errors name it `name` (e.g. `<embedded>/train.conllu`).
    public init(text: String, name: String, tagColumn: TagColumn = .upos, keepingLines: Bool = true) {
        reader = LineReader(text: text, name: name)
        self.tagColumn = tagColumn
        keepsLines = keepingLines
    }

    /// Calls `body` with each sentence in order as soon as it is read (see `SentenceReader`).
    public func forEachSentence(_ body: (TaggedSentence) throws -> Void) throws {
        let name = reader.name
        let keepsLines = keepsLines
        var words: [String] = [], tags: [String] = [], lines: [String] = []
        // Lines of the sentence so far (kept in `lines` only when `keepsLines`).
        var lineCount = 0
        var firstLine = 0, firstTokenLine: Int?, count = 0
        var tabs: [Int] = []

        func endSentence() throws {
            guard lineCount > 0 else { return }
            guard let line = firstTokenLine, !words.isEmpty else {
                throw CorpusError(file: name, line: firstLine, problem: .noWords)
            }
            try body(TaggedSentence(words: words, tags: tags, line: line, conlluLines: lines))
            count += 1
            words.removeAll(keepingCapacity: true)
            tags.removeAll(keepingCapacity: true)
            lines = []
            lineCount = 0
            firstTokenLine = nil
        }

        try reader.forEachLine { line, number in
            if line.isEmpty { return try endSentence() }
            if lineCount == 0 { firstLine = number }
            lineCount += 1
            if keepsLines { lines.append(line) }
            if line.utf8.first == UInt8(ascii: "#") { return }
            var text = line
            try text.withUTF8 { bytes in
                func fail(_ problem: CorpusError.Problem) -> CorpusError {
                    CorpusError(file: name, line: number, problem: problem)
                }
                tabs.removeAll(keepingCapacity: true)
                tabs.append(-1)
                for i in bytes.indices where bytes[i] == UInt8(ascii: "\t") { tabs.append(i) }
                tabs.append(bytes.count)
                guard tabs.count == 11 else { throw fail(.columnCount(found: tabs.count - 1)) }
                func field(_ k: Int) -> UnsafeBufferPointer<UInt8> {
                    UnsafeBufferPointer(rebasing: bytes[(tabs[k] + 1)..<tabs[k + 1]])
                }
                let id = field(0)
                guard let kind = TokenID(id) else { throw fail(.invalidID(String(decoding: id, as: UTF8.self))) }
                guard !field(1).isEmpty else { throw fail(.emptyForm) }
                if firstTokenLine == nil { firstTokenLine = number }
                guard case .word(let n) = kind else { return }
                guard n == words.count + 1 else {
                    throw fail(.unexpectedID(expected: words.count + 1, found: String(decoding: id, as: UTF8.self)))
                }
                let tag = field(tagColumn.index)
                guard !tag.isEmpty, !(tag.count == 1 && tag[0] == UInt8(ascii: "_")) else {
                    throw fail(.missingTag(tagColumn))
                }
                words.append(String(decoding: field(1), as: UTF8.self))
                tags.append(String(decoding: tag, as: UTF8.self))
            }
        }
        try endSentence()
        if count == 0 { throw CorpusError(file: name, line: nil, problem: .noSentences) }
    }

    /// Reads every sentence of the file at `path`, or throws at the first error.
    public static func readAll(path: String, tagColumn: TagColumn = .upos) throws -> [TaggedSentence] {
        try CoNLLUReader(path: path, tagColumn: tagColumn).readAll()
    }

    /// Reads every sentence of `text`, or throws at the first error.
    public static func readAll(text: String, name: String, tagColumn: TagColumn = .upos) throws -> [TaggedSentence] {
        try CoNLLUReader(text: text, name: name, tagColumn: tagColumn).readAll()
    }
}

/// The ID column of a CoNLL-U token line.
private enum TokenID {
    /// A syntactic word, numbered from 1.
    case word(Int)
    /// A multi-word token `a-b`, a < b.
    case range
    /// An empty node `n.m`.
    case emptyNode

    init?(_ text: some Collection<UInt8>) {
        if let n = Self.number(text) {
            self = .word(n)
        } else if let (a, b) = Self.pair(text, UInt8(ascii: "-")), a < b {
            self = .range
        } else if Self.pair(text, UInt8(ascii: ".")) != nil {
            self = .emptyNode
        } else {
            return nil
        }
    }

    /// Two numbers joined by `separator`, as in `3-4` or `8.1`.
    private static func pair(_ text: some Collection<UInt8>, _ separator: UInt8) -> (Int, Int)? {
        guard let i = text.firstIndex(of: separator),
              let a = number(text[..<i]), let b = number(text[text.index(after: i)...]) else { return nil }
        return (a, b)
    }

    /// Plain decimal digits only, at most 9 of them (no sign, no overflow).
    private static func number(_ text: some Collection<UInt8>) -> Int? {
        guard !text.isEmpty, text.count <= 9 else { return nil }
        var n = 0
        for byte in text {
            guard (0x30...0x39).contains(byte) else { return nil }
            n = n * 10 + Int(byte - 0x30)
        }
        return n
    }
}

extension TaggedSentence {
    /// The sentence as CoNLL-U text with `tags` in `column` of its word lines.
    ///
    /// Every other line and column comes back exactly as read; each line ends in `\n`
    /// and a blank line follows, so concatenating the sentences of an LF file with
    /// their own tags reproduces it. A sentence not read from CoNLL-U gets minimal
    /// lines (ID, FORM, the tag; `_` elsewhere). `tags.count` must equal `words.count`.
    public func conlluText(replacingTagsWith tags: [String], column: TagColumn = .upos) -> String {
        precondition(tags.count == words.count, "one tag per word")
        var text = ""
        if conlluLines.isEmpty {
            for (i, (word, tag)) in zip(words, tags).enumerated() {
                var fields = ["\(i + 1)", word] + Array(repeating: "_", count: 8)
                fields[column.index] = tag
                text += fields.joined(separator: "\t") + "\n"
            }
        } else {
            var next = 0
            for line in conlluLines {
                var fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                if !line.hasPrefix("#"), case .word = TokenID(fields[0].utf8) {
                    fields[column.index] = Substring(tags[next])
                    next += 1
                    text += fields.joined(separator: "\t")
                } else {
                    text += line
                }
                text += "\n"
            }
        }
        return text + "\n"
    }
}
