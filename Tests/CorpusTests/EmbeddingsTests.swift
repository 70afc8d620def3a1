import Corpus
import Foundation
import Testing

/// Writes each text (raw bytes allowed) to a fresh file in a temporary folder; returns the paths.
private func files(_ contents: [[UInt8]]) throws -> [String] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tagbench-emb-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return try contents.enumerated().map { i, bytes in
        let url = folder.appendingPathComponent("part\(i + 1).txt")
        try Data(bytes).write(to: url)
        return url.path
    }
}

private func files(_ texts: String...) throws -> [String] { try files(texts.map { Array($0.utf8) }) }

/// The one-line message of the error `body` throws, or nil.
private func message(_ body: () throws -> Void) -> String? {
    do { try body() } catch { return "\(error)" }
    return nil
}

private let glove = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("../shared/data/glove").standardized
private let glovePaths: [String]? = {
    let paths = (1...13).map { glove.appendingPathComponent(String(format: "glove.6B.50d.top100k.part%02d.txt", $0)).path }
    guard paths.allSatisfy(FileManager.default.fileExists) else {
        print("EmbeddingsTests: GloVe parts not found at \(glove.path); skipping the real-data tests")
        return nil
    }
    return paths
}()

@Suite struct EmbeddingsTests {
    @Test func readsEveryRowWhenWantingNil() throws {
        let e = try PretrainedEmbeddings.read(text: "the 0.5 -1 2e-3\ncat 1 2 3\n", name: "v.txt")
        #expect(e.dimension == 3 && e.linesRead == 2)
        #expect(e.vectors == ["the": [0.5, -1, 0.002], "cat": [1, 2, 3]])
    }

    @Test func keepsOnlyWantedWordsButCountsEveryRow() throws {
        let e = try PretrainedEmbeddings.read(text: "the 1 2\ncat 3 4\ndog 5 6\n", name: "v.txt", wanting: ["cat", "bird"])
        #expect(e.vectors == ["cat": [3, 4]])
        #expect(e.linesRead == 3)
    }

    @Test func wantedWordsAreTheVocabularyWordsAndTheirLowercasedForms() {
        let vocabulary = Vocabulary(words: ["<pad>", "<unk>", "The", "cat", "NASA"], tags: [], chars: [])
        #expect(PretrainedEmbeddings.words(wantedBy: vocabulary) == ["The", "the", "cat", "NASA", "nasa"])
    }

    @Test func word2vecHeaderIsDetectedAndChecked() throws {
        let e = try PretrainedEmbeddings.read(text: "2 3\nthe 1 2 3\ncat 4 5 6\n", name: "w2v.txt")
        #expect(e.dimension == 3 && e.linesRead == 2 && e.vectors.count == 2)
        #expect(message { _ = try PretrainedEmbeddings.read(text: "3 3\nthe 1 2 3\ncat 4 5 6\n", name: "w2v.txt") }
                == "w2v.txt:1: the header announces 3 vectors, the file has 2")
        #expect(message { _ = try PretrainedEmbeddings.read(text: "2 4\nthe 1 2 3\ncat 4 5 6\n", name: "w2v.txt") }
                == "w2v.txt:2: expected 4 values, found 3")
    }

    @Test func aFirstRowOfTwoNumbersWithMoreValuesIsNotAHeader() throws {
        let e = try PretrainedEmbeddings.read(text: "1 2 3\n2 4 5\n", name: "v.txt")
        #expect(e.dimension == 2 && e.vectors == ["1": [2, 3], "2": [4, 5]])
    }

    @Test func trailingSpacesBlankLinesCRLFAndByteOrderMarkAreAccepted() throws {
        let e = try PretrainedEmbeddings.read(text: "\u{FEFF}the 1 2 \r\n\r\ncat 3 4\r\n\n", name: "v.txt")
        #expect(e.vectors == ["the": [1, 2], "cat": [3, 4]] && e.linesRead == 2)
    }

    @Test func firstRowOfARepeatedWordWins() throws {
        let e = try PretrainedEmbeddings.read(text: "a 1\nb 2\na 3\n", name: "v.txt")
        #expect(e.vectors == ["a": [1], "b": [2]] && e.linesRead == 3)
    }

    @Test func nonASCIIWordsAreKeptAsWritten() throws {
        let e = try PretrainedEmbeddings.read(text: "café 1\n東京 2\n😀 3\n", name: "v.txt")
        #expect(e.vectors == ["café": [1], "東京": [2], "😀": [3]])
    }

    @Test(arguments: [
        ("the 1 2 3\ncat 1 2\n", "v.txt:2: expected 3 values, found 2"),
        ("the 1 2 3\ncat 1 2 3 4\n", "v.txt:2: expected 3 values, found 4"),
        ("the 1\ncat\n", "v.txt:2: expected 1 value, found 0"),
        ("the\ncat 1\n", "v.txt:1: expected a word followed by its vector, found only a word"),
        ("the 1 2 3\ncat 1 x 3\n", "v.txt:2: expected a finite number, found 'x'"),
        ("the 1 nan 3\n", "v.txt:1: expected a finite number, found 'nan'"),
        ("the 1 inf 3\n", "v.txt:1: expected a finite number, found 'inf'"),
        ("the 1  3\n", "v.txt:1: expected a finite number, found ''"),
        ("the\t1\t2\n", "v.txt:1: expected a word followed by its vector, found only a word"),
        ("", "v.txt: no vectors"),
        ("\n\n", "v.txt: no vectors"),
        ("0 50\n", "v.txt: no vectors"),
        ("2 0\nthe\ncat\n", "v.txt:1: the header gives dimension 0, expected a positive number of values per vector"),
        ("1 -3\nthe 1 2 3\n", "v.txt:1: the header gives dimension -3, expected a positive number of values per vector"),
        ("the 1 2 3\ncat 1 2\nmat 1 2 3 4\n", "v.txt:2: expected 3 values, found 2"),
    ])
    func malformedInputIsAnErrorAtItsLine(text: String, expected: String) {
        #expect(message { _ = try PretrainedEmbeddings.read(text: text, name: "v.txt") } == expected)
    }

    @Test func doubleSpaceMakesAnExtraEmptyValue() {
        #expect(message { _ = try PretrainedEmbeddings.read(text: "a 1 2\nb 1  2\n", name: "v.txt") }
                == "v.txt:2: expected 2 values, found 3")
    }

    @Test func invalidUTF8IsAnErrorAtItsLine() throws {
        let path = try files([Array("the 1\n".utf8) + [0x63, 0xC3, 0x28, 0x20, 0x31, 0x0A]])[0]
        #expect(message { _ = try PretrainedEmbeddings.read(path: path) } == "\(path):2: invalid UTF-8")
    }

    @Test func missingFileIsAnError() {
        let m = message { _ = try PretrainedEmbeddings.read(path: "/nonexistent/glove.txt") }
        #expect(m?.hasPrefix("/nonexistent/glove.txt: cannot read:") == true)
    }

    @Test func severalPathsReadInOrderAsOneFile() throws {
        let paths = try files("2 2\nthe 1 2\n", "cat 3 4\n")
        let e = try PretrainedEmbeddings.read(paths: paths)
        #expect(e.dimension == 2 && e.linesRead == 2 && e.vectors == ["the": [1, 2], "cat": [3, 4]])
    }

    @Test func errorsInALaterPathNameThatFileAndItsOwnLine() throws {
        let paths = try files("the 1 2\nof 3 4\n", "cat 3 4\ndog 5\n")
        #expect(message { _ = try PretrainedEmbeddings.read(paths: paths) } == "\(paths[1]):2: expected 2 values, found 1")
    }

    @Test func aHeaderOnlyOpensTheFirstPath() throws {
        let paths = try files("the 1 2\n", "1 2\ncat 3 4\n")
        #expect(message { _ = try PretrainedEmbeddings.read(paths: paths) } == "\(paths[1]):1: expected 2 values, found 1")
    }

    @Test func aHeaderCountsTheRowsOfAllPaths() throws {
        #expect(try PretrainedEmbeddings.read(paths: files("2 1\na 1\n", "b 2\n")).linesRead == 2)
        let paths = try files("3 1\na 1\n", "b 2\n")
        #expect(message { _ = try PretrainedEmbeddings.read(paths: paths) } == "\(paths[0]):1: the header announces 3 vectors, the file has 2")
    }

    @Test func anEmptyPathAmongSeveralIsAnError() throws {
        let paths = try files("a 1\n", "", "b 2\n")
        #expect(message { _ = try PretrainedEmbeddings.read(paths: paths) } == "\(paths[1]): no vectors")
    }

    @Test(.enabled(if: glovePaths != nil, "GloVe parts not found at ../shared/data/glove/"))
    func realGloVePartsHold100kVectorsOfDimension50() throws {
        let e = try PretrainedEmbeddings.read(paths: glovePaths!)
        #expect(e.dimension == 50)
        #expect(e.linesRead == 100_000 && e.vectors.count == 100_000)
        let the = try #require(e.vectors["the"])
        #expect(the.count == 50 && the.prefix(3) == [0.418, 0.24968, -0.41242])
        #expect(e.vectors.values.allSatisfy { $0.count == 50 })
        for word in ["n't", "'s", ",", "favors"] { #expect(e.vectors[word] != nil, "\(word)") }
    }

    @Test(.enabled(if: glovePaths != nil, "GloVe parts not found at ../shared/data/glove/"))
    func realGloVeWantingASubsetKeepsOnlyThoseWords() throws {
        // Two parts (16,000 rows) are enough here: the line reader is slow in debug builds.
        let e = try PretrainedEmbeddings.read(paths: Array(glovePaths!.prefix(2)),
                                              wanting: ["the", "favors", "Tokyo", "tokyo", "qqqqzz"])
        #expect(Set(e.vectors.keys) == ["the", "favors", "tokyo"])
        #expect(e.dimension == 50 && e.linesRead == 16_000)
    }
}
