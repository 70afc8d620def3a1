/// Word vectors read from the GloVe text format, keeping only the words a model needs.
///
/// The format is one `word v1 v2 … vd` row per line, fields separated by single spaces
/// (trailing spaces, as word2vec writes them, are ignored), with an optional first line
/// `count dim` as word2vec's text output has: a first line of exactly two integer fields
/// is that header. Blank lines are skipped. When a word occurs twice, its first row wins.
public struct PretrainedEmbeddings: Sendable {
    /// Values per vector.
    public let dimension: Int
    /// The wanted words' vectors, each `dimension` long.
    public var vectors: [String: [Float]]
    /// Vector rows read, wanted or not (a header line and blank lines not counted).
    public let linesRead: Int

    public init(dimension: Int, vectors: [String: [Float]], linesRead: Int) {
        self.dimension = dimension
        self.vectors = vectors
        self.linesRead = linesRead
    }

    /// The words to ask for on behalf of `vocabulary`: each word and its lowercased form,
    /// the two forms its lookup rule tries (`<pad>` and `<unk>` are not words).
    public static func words(wantedBy vocabulary: Vocabulary) -> Set<String> {
        var wanted = Set<String>()
        for word in vocabulary.words.dropFirst(2) {
            wanted.insert(word)
            wanted.insert(word.lowercased())
        }
        return wanted
    }

    /// Reads the file at `path`, keeping the vectors of `wanting` (all of them when nil).
    /// - Throws: `CorpusError` at the first bad line (see `read(paths:wanting:)`).
    public static func read(path: String, wanting: Set<String>? = nil) throws -> PretrainedEmbeddings {
        try read(paths: [path], wanting: wanting)
    }

    /// Reads several files in order as if they were one (e.g. the parts of a split file):
    /// a header may only open the first; errors name the file and its own line number.
    /// Streams the files, so memory holds only the wanted vectors.
    /// - Throws: `CorpusError` for an unreadable file or invalid UTF-8; a header whose
    ///   dimension is not positive; a row whose value count differs from the header's or
    ///   the first row's (`expected 50 values, found 49`);
    ///   a value that is not a finite number; a header whose count disagrees with the rows;
    ///   a file without vector rows.
    public static func read(paths: [String], wanting: Set<String>? = nil) throws -> PretrainedEmbeddings {
        precondition(!paths.isEmpty, "PretrainedEmbeddings.read: no paths")
        return try read(paths.map { LineReader(path: $0) }, wanting: wanting)
    }

    /// Reads `text` as the contents of a file called `name` (tests, embedded data).
    public static func read(text: String, name: String, wanting: Set<String>? = nil) throws -> PretrainedEmbeddings {
        try read([LineReader(text: text, name: name)], wanting: wanting)
    }

    private static func read(_ readers: [LineReader], wanting: Set<String>?) throws -> PretrainedEmbeddings {
        var dimension: Int?
        var header: (count: Int, line: Int)?
        var vectors: [String: [Float]] = [:]
        var rows = 0
        for (part, reader) in readers.enumerated() {
            let rowsBefore = rows
            try reader.forEachLine { line, number in
                func fail(_ problem: CorpusError.Problem) -> CorpusError {
                    CorpusError(file: reader.name, line: number, problem: problem)
                }
                var line = line
                try line.withUTF8 { bytes in
                    var fields = splitFields(bytes)
                    while fields.last?.isEmpty == true { fields.removeLast() }
                    guard let first = fields.first else { return }
                    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[first]), as: UTF8.self)
                    let values = fields.dropFirst()
                    if part == 0, number == 1, values.count == 1, let count = Int(word),
                       let dim = Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[values.first!]), as: UTF8.self)) {
                        guard dim >= 1 else { throw fail(.headerDimension(dim)) }
                        header = (count, number)
                        dimension = dim
                        return
                    }
                    if dimension == nil {
                        guard !values.isEmpty else { throw fail(.wrongDimension(expected: nil, found: 0)) }
                        dimension = values.count
                    }
                    guard values.count == dimension else {
                        throw fail(.wrongDimension(expected: dimension, found: values.count))
                    }
                    rows += 1
                    let keep = wanting?.contains(word) ?? true
                    var vector: [Float] = []
                    if keep { vector.reserveCapacity(values.count) }
                    // Every row is checked, kept or not: a malformed file is an error either way.
                    for field in values {
                        let text = UnsafeBufferPointer(rebasing: bytes[field])
                        guard let value = parseFloat(text), value.isFinite else {
                            throw fail(.notANumber(String(decoding: text, as: UTF8.self)))
                        }
                        if keep { vector.append(value) }
                    }
                    if keep, vectors[word] == nil { vectors[word] = vector }
                }
            }
            if rows == rowsBefore {
                throw CorpusError(file: reader.name, line: nil, problem: .noVectors)
            }
        }
        if let header, header.count != rows {
            throw CorpusError(file: readers[0].name, line: header.line, problem: .headerMismatch(count: header.count, found: rows))
        }
        return PretrainedEmbeddings(dimension: dimension!, vectors: vectors, linesRead: rows)
    }
}

/// The byte ranges of the fields of `bytes` separated by single spaces (empty fields kept).
private func splitFields(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var fields: [Range<Int>] = []
    var start = 0
    for i in 0..<bytes.count where bytes[i] == UInt8(ascii: " ") {
        fields.append(start..<i)
        start = i + 1
    }
    fields.append(start..<bytes.count)
    return fields
}

/// The whole of `text` as a float (`Float(String)`: correctly rounded, locale-independent),
/// or nil. Numbers are under 16 bytes, so the `String` is a small one and allocates nothing.
private func parseFloat(_ text: UnsafeBufferPointer<UInt8>) -> Float? {
    Float(String(decoding: text, as: UTF8.self))
}
