import Corpus
import FuzzSupport

/// GloVe text reader: no crash, file and in-memory readers agree, errors are one clean line,
/// and every vector read has the file's dimension and only finite values.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGloVe(_ data: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: data, count: count)
    let path = scratchFile(bytes)
    let fromFile = outcome { try PretrainedEmbeddings.read(path: path) }
    if let text = validUTF8(bytes) {
        let fromText = outcome { try PretrainedEmbeddings.read(text: text, name: path) }
        switch (fromFile, fromText) {
        case let (.success(a), .success(b)):
            precondition(a.dimension == b.dimension && a.linesRead == b.linesRead && a.vectors == b.vectors,
                         "file and text readers disagree")
        case let (.failure(a), .failure(b)):
            precondition(a == b, "file and text readers disagree: \(a.text) / \(b.text)")
        default:
            preconditionFailure("one reader succeeds, the other fails")
        }
    }
    guard case .success(let embeddings) = fromFile else { return 0 }
    precondition(embeddings.dimension >= 1 || embeddings.vectors.isEmpty, "dimension \(embeddings.dimension)")
    precondition(embeddings.linesRead >= embeddings.vectors.count)
    for vector in embeddings.vectors.values {
        precondition(vector.count == embeddings.dimension && vector.allSatisfy(\.isFinite))
    }
    return 0
}
