import Corpus
import FuzzSupport

/// CoNLL-U reader. Beyond not crashing: the file and in-memory readers agree; every error is
/// one clean line; every sentence read writes back (`conlluText`) to text that reads again
/// to the same words and tags.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCoNLLU(_ data: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: data, count: count)
    // The first byte picks the tag column, so both columns are fuzzed.
    let column: TagColumn = bytes.first.map { $0 & 1 == 0 } ?? true ? .upos : .xpos
    let path = scratchFile(bytes)
    let fromFile = outcome { try CoNLLUReader.readAll(path: path, tagColumn: column) }
    if let text = validUTF8(bytes) {
        let fromText = outcome { try CoNLLUReader.readAll(text: text, name: path, tagColumn: column) }
        precondition(fromText == fromFile, "file and text readers disagree")
    }
    guard case .success(let sentences) = fromFile else { return 0 }
    precondition(!sentences.isEmpty, "success with no sentences")
    var written = ""
    for sentence in sentences {
        precondition(!sentence.words.isEmpty && sentence.words.count == sentence.tags.count)
        precondition(sentence.words.allSatisfy { !$0.isEmpty && !$0.contains("\t") })
        precondition(sentence.tags.allSatisfy { !$0.isEmpty && $0 != "_" && !$0.contains("\t") })
        written += sentence.conlluText(replacingTagsWith: sentence.tags, column: column)
    }
    let again = try! CoNLLUReader.readAll(text: written, name: "written", tagColumn: column)
    precondition(again.map(\.words) == sentences.map(\.words), "words change on writing back")
    precondition(again.map(\.tags) == sentences.map(\.tags), "tags change on writing back")
    return 0
}
