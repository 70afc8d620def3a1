/// One sentence of a tagged corpus: its words, one tag per word, and where it came from.
///
/// `words` are the syntactic words a tagger sees (for CoNLL-U: not multi-word
/// token ranges, not empty nodes). `conlluLines` keeps a CoNLL-U sentence exactly
/// as read, so it can be written back with only the tag column replaced.
public struct TaggedSentence: Sendable, Equatable {
    public var words: [String]
    /// One tag per word, `tags.count == words.count`.
    public var tags: [String]
    /// 1-based line number of the sentence's first token line (after any comments).
    public var line: Int
    /// For CoNLL-U, every line of the sentence in order, without line ends: comments,
    /// words, multi-word ranges and empty nodes. Empty for other formats, and when the
    /// reader was asked not to keep them (`CoNLLUReader(…, keepingLines: false)`).
    public var conlluLines: [String]

    public init(words: [String], tags: [String], line: Int, conlluLines: [String] = []) {
        precondition(words.count == tags.count, "one tag per word")
        self.words = words
        self.tags = tags
        self.line = line
        self.conlluLines = conlluLines
    }
}

/// A corpus reader of any format: hands over sentences in order, or throws `CorpusError`.
public protocol SentenceReader {
    /// Calls `body` with each sentence in order as soon as it is read.
    ///
    /// Sentences before a malformed line have already been handed over when the
    /// error is thrown; use `readAll` to get all or nothing.
    func forEachSentence(_ body: (TaggedSentence) throws -> Void) throws
}

extension SentenceReader {
    /// Every sentence, or the first error: nothing half-read reaches a caller.
    public func readAll() throws -> [TaggedSentence] {
        var sentences: [TaggedSentence] = []
        try forEachSentence { sentences.append($0) }
        return sentences
    }
}
