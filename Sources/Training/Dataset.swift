import Corpus
import Foundation

/// The file formats a corpus can be read from.
public enum CorpusFormat: String, CaseIterable, Codable, Sendable {
    /// CoNLL-U (Universal Dependencies): the tag comes from the UPOS or XPOS column.
    case conllu
    /// Two columns, `word TAG` per line and a blank line between sentences (CoNLL-2000/2003).
    case conll2
}

/// Where a corpus comes from: a file, or text compiled into the binary.
public enum CorpusSource: Sendable {
    case file(path: String)
    case text(String, name: String)

    /// How messages name the corpus.
    public var name: String {
        switch self {
        case .file(let path): path
        case .text(_, let name): name
        }
    }
}

/// Reads every sentence of a corpus, or throws the first `CorpusError` (`file:line: problem`).
/// For training and scoring: CoNLL-U sentences come without `conlluLines` (see `corpusReader`).
public func readCorpus(_ source: CorpusSource, format: CorpusFormat, tagColumn: TagColumn = .upos) throws -> [TaggedSentence] {
    try corpusReader(source, format: format, tagColumn: tagColumn).readAll()
}

/// A reader that hands over a corpus's sentences one at a time (`forEachSentence`), for
/// reading a corpus too big to hold in blocks. CoNLL-U sentences come without their
/// `conlluLines`, which only writing CoNLL-U back needs (`CoNLLUReader(…, keepingLines:)`):
/// they were about half the memory of a corpus held whole.
public func corpusReader(_ source: CorpusSource, format: CorpusFormat, tagColumn: TagColumn = .upos) -> any SentenceReader {
    switch (source, format) {
    case (.file(let path), .conllu): CoNLLUReader(path: path, tagColumn: tagColumn, keepingLines: false)
    case (.text(let text, let name), .conllu): CoNLLUReader(text: text, name: name, tagColumn: tagColumn, keepingLines: false)
    case (.file(let path), .conll2): TwoColumnReader(path: path)
    case (.text(let text, let name), .conll2): TwoColumnReader(text: text, name: name)
    }
}

/// A corpus that cannot be used with a vocabulary.
public enum DatasetError: Error, Equatable, CustomStringConvertible {
    /// A tag that the training data never shows (so the model has no output for it).
    case unknownTag(file: String, line: Int, tag: String)

    public var description: String {
        switch self {
        case .unknownTag(let file, let line, let tag):
            "\(file):\(line): tag \"\(tag.controlCharactersEscaped)\" does not occur in the training data, so the model cannot predict it"
        }
    }
}

/// Maps words and tags to ids with the vocabulary's lookup rule.
/// - Parameters:
///   - name: the corpus name for error messages.
///   - characters: also encode every word's characters (for models with character features).
/// - Throws: `DatasetError.unknownTag` for a tag outside the vocabulary.
public func encode(_ sentences: [TaggedSentence], vocabulary: Vocabulary, name: String,
                   characters: Bool = false) throws -> EncodedCorpus {
    var words: [[Int]] = [], tags: [[Int]] = []
    words.reserveCapacity(sentences.count)
    tags.reserveCapacity(sentences.count)
    for sentence in sentences {
        words.append(sentence.words.map(vocabulary.wordID))
        tags.append(try sentence.tags.map { tag in
            guard let id = vocabulary.tagID(tag) else {
                throw DatasetError.unknownTag(file: name, line: sentence.line, tag: tag)
            }
            return id
        })
    }
    let chars = characters ? sentences.map { $0.words.map(vocabulary.charIDs) } : nil
    return EncodedCorpus(words: words, tags: tags, chars: chars, tagNames: vocabulary.tags)
}
