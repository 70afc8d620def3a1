/// Reads the CoNLL-2000/2003 column format: one `word TAG` line per word, sentences
/// separated by blank lines, streaming from disk.
///
/// Columns are separated by spaces or tabs. The first column is the word and the LAST
/// is the tag, so a CoNLL-2003 line `EU NNP B-NP B-ORG` yields the named-entity tag
/// `B-ORG` and a CoNLL-2000 line `He PRP B-NP` the chunk tag `B-NP`; a plain two-column
/// file yields its second column. `-DOCSTART-` lines are skipped, and runs of blank
/// (or whitespace-only) lines never make empty sentences. A byte-order mark and CRLF
/// line ends are accepted.
///
/// Spaces and tabs always separate columns, so a word or tag cannot contain one. Every
/// word line must have as many columns as the first: a line with more (`New York NNP`,
/// `New<TAB>York<TAB>NNP` in a two-column file) is an error rather than a silently wrong
/// word. A line with one column, a column count that changes, invalid UTF-8 and input with
/// no sentences throw `CorpusError`.
public struct TwoColumnReader: SentenceReader, Sendable {
    private let reader: LineReader

    /// Reads the file at `path`; errors name the path as given.
    public init(path: String) {
        reader = LineReader(path: path)
    }

    /// Reads `text`; errors name it `name`.
    public init(text: String, name: String) {
        reader = LineReader(text: text, name: name)
    }

    /// Calls `body` with each sentence in order as soon as it is read (see `SentenceReader`).
    public func forEachSentence(_ body: (TaggedSentence) throws -> Void) throws {
        let name = reader.name
        var words: [String] = [], tags: [String] = []
        var firstLine = 0, count = 0
        var columnCount: (count: Int, line: Int)?

        func endSentence() throws {
            guard !words.isEmpty else { return }
            try body(TaggedSentence(words: words, tags: tags, line: firstLine))
            count += 1
            words.removeAll(keepingCapacity: true)
            tags.removeAll(keepingCapacity: true)
        }

        try reader.forEachLine { line, number in
            let columns = line.utf8.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
            guard let first = columns.first, let last = columns.last else { return try endSentence() }
            let word = String(Substring(first))
            if word == "-DOCSTART-" { return try endSentence() }
            guard columns.count >= 2 else {
                throw CorpusError(file: name, line: number, problem: .needWordAndTag(found: columns.count))
            }
            if let columnCount, columns.count != columnCount.count {
                throw CorpusError(file: name, line: number, problem: .columnCountChanged(
                    expected: columnCount.count, firstLine: columnCount.line, found: columns.count))
            }
            if columnCount == nil { columnCount = (columns.count, number) }
            if words.isEmpty { firstLine = number }
            words.append(word)
            tags.append(String(Substring(last)))
        }
        try endSentence()
        if count == 0 { throw CorpusError(file: name, line: nil, problem: .noSentences) }
    }

    /// Reads every sentence of the file at `path`, or throws at the first error.
    public static func readAll(path: String) throws -> [TaggedSentence] {
        try TwoColumnReader(path: path).readAll()
    }

    /// Reads every sentence of `text`, or throws at the first error.
    public static func readAll(text: String, name: String) throws -> [TaggedSentence] {
        try TwoColumnReader(text: text, name: name).readAll()
    }
}
