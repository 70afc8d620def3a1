import Corpus
import FuzzSupport

/// Two-column (CoNLL-2000/2003) reader: no crash, file and in-memory readers agree, errors
/// are one clean line, and every word and tag read is a non-empty run without spaces or tabs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTwoColumn(_ data: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: data, count: count)
    let path = scratchFile(bytes)
    let fromFile = outcome { try TwoColumnReader.readAll(path: path) }
    if let text = validUTF8(bytes) {
        precondition(outcome { try TwoColumnReader.readAll(text: text, name: path) } == fromFile,
                     "file and text readers disagree")
    }
    guard case .success(let sentences) = fromFile else { return 0 }
    for sentence in sentences {
        precondition(!sentence.words.isEmpty && sentence.words.count == sentence.tags.count)
        for field in sentence.words + sentence.tags {
            precondition(!field.isEmpty && !field.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 }), "bad field \(field.debugDescription)")
        }
    }
    return 0
}
