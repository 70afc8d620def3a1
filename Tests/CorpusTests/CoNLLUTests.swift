import Assets
import Foundation
import Testing
@testable import Corpus

/// A sentence with a comment, a multi-word token (`3-4`) and an empty node (`5.1`).
private let sample = """
    # sent_id = 1
    # text = I can't go.
    1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_
    2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_
    2\tca\tcan\tAUX\tMD\t_\t3\taux\t_\t_
    3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
    4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
    4.1\tgo\tgo\tVERB\tVB\t_\t_\t4:conj\t_\t_
    5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

    1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_


    """

/// A word line with ID `id` and the given number of columns (default 10).
private func token(_ id: String, _ form: String = "w", upos: String = "NOUN", xpos: String = "NN", columns: Int = 10) -> String {
    let fields = [id, form, "_", upos, xpos, "_", "0", "root", "_", "_", "extra"]
    return fields.prefix(columns).joined(separator: "\t")
}

private func read(_ text: String, _ column: TagColumn = .upos) throws -> [TaggedSentence] {
    try CoNLLUReader.readAll(text: text, name: "train.conllu", tagColumn: column)
}

@Suite struct CoNLLUReading {
    @Test func taggerSeesSyntacticWordsOnly() throws {
        let sentences = try read(sample)
        #expect(sentences.count == 2)
        #expect(sentences[0].words == ["I", "ca", "n't", "go", "."])
        #expect(sentences[0].tags == ["PRON", "AUX", "PART", "VERB", "PUNCT"])
        #expect(sentences[0].line == 3)
        #expect(sentences[0].conlluLines.count == 9)
        #expect(sentences[1].words == ["Yes"])
        #expect(sentences[1].line == 11)
    }

    @Test func xposColumn() throws {
        let sentences = try read(sample, .xpos)
        #expect(sentences[0].tags == ["PRP", "MD", "RB", "VB", "."])
        #expect(sentences[1].tags == ["UH"])
    }

    @Test func lastSentenceWithoutFinalBlankLine() throws {
        for text in ["\(token("1"))\n\(token("2"))", "\(token("1"))\n\(token("2"))\n"] {
            let sentences = try read(text)
            #expect(sentences.map(\.words) == [["w", "w"]])
        }
    }

    @Test func runsOfBlankLinesMakeNoEmptySentences() throws {
        let sentences = try read("\n\n\(token("1"))\n\n\n\n\(token("1"))\n\n\n")
        #expect(sentences.map(\.line) == [3, 7])
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let crlf = "\u{FEFF}" + sample.replacingOccurrences(of: "\n", with: "\r\n")
        let sentences = try read(crlf)
        #expect(sentences == (try read(sample)))
        #expect(sentences[0].conlluLines[0] == "# sent_id = 1")
    }

    @Test func formsMayContainSpaces() throws {
        let sentences = try read(token("1", "New York"))
        #expect(sentences[0].words == ["New York"])
    }

    @Test func sentencesStreamUntilTheFirstError() throws {
        var seen = 0
        let reader = CoNLLUReader(text: "\(token("1"))\n\n\(token("1"))\n\n\(token("x"))\n", name: "t.conllu")
        let error = #expect(throws: CorpusError.self) { try reader.forEachSentence { _ in seen += 1 } }
        #expect(seen == 2)
        #expect(error?.description == "t.conllu:5: invalid ID 'x': expected an integer, a range a-b with a<b, or a decimal n.m")
    }

    @Test func embeddedCorpusReads() throws {
        let train = try CoNLLUReader.readAll(text: DefaultCorpus.train, name: DefaultCorpus.trainName)
        let dev = try CoNLLUReader.readAll(text: DefaultCorpus.dev, name: DefaultCorpus.devName)
        #expect(!train.isEmpty && !dev.isEmpty)
    }
}

@Suite struct CoNLLUWriting {
    @Test func unchangedTagsRoundTripByteForByte() throws {
        for column in [TagColumn.upos, .xpos] {
            let sentences = try read(sample, column)
            let text = sentences.map { $0.conlluText(replacingTagsWith: $0.tags, column: column) }.joined()
            #expect(text == sample)
        }
    }

    @Test func onlyTheTagColumnOfWordLinesChanges() throws {
        let sentence = try read(sample)[0]
        let lines = sentence.conlluText(replacingTagsWith: ["A", "B", "C", "D", "E"], column: .upos)
            .split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 11 && lines[9] == "" && lines[10] == "")
        #expect(lines[2] == "1\tI\tI\tA\tPRP\t_\t3\tnsubj\t_\t_")
        #expect(lines[3] == "2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_")
        #expect(lines[6] == "4\tgo\tgo\tD\tVB\t_\t0\troot\t_\tSpaceAfter=No")
        #expect(lines[7] == "4.1\tgo\tgo\tVERB\tVB\t_\t_\t4:conj\t_\t_")
        let xpos = sentence.conlluText(replacingTagsWith: ["A", "B", "C", "D", "E"], column: .xpos)
        #expect(xpos.contains("1\tI\tI\tPRON\tA\t_"))
    }

    @Test func sentenceFromAnotherFormatGetsMinimalLines() {
        let sentence = TaggedSentence(words: ["Hi", "!"], tags: ["X", "Y"], line: 1)
        #expect(sentence.conlluText(replacingTagsWith: ["INTJ", "PUNCT"]) == """
            1\tHi\t_\tINTJ\t_\t_\t_\t_\t_\t_
            2\t!\t_\tPUNCT\t_\t_\t_\t_\t_\t_


            """)
    }
}

@Suite struct CoNLLUErrors {
    @Test(arguments: [
        (token("1", columns: 7), "train.conllu:2: expected 10 tab-separated columns, found 7"),
        (token("1", "New\tYork"), "train.conllu:2: expected 10 tab-separated columns, found 11"),
        (token("1", columns: 11), "train.conllu:2: expected 10 tab-separated columns, found 11"),
        ("   ", "train.conllu:2: expected 10 tab-separated columns, found 1"),
        (token("1", ""), "train.conllu:2: empty FORM"),
        (token("1-1", "a"), "train.conllu:2: invalid ID '1-1': expected an integer, a range a-b with a<b, or a decimal n.m"),
        (token("2-1", "a"), "train.conllu:2: invalid ID '2-1': expected an integer, a range a-b with a<b, or a decimal n.m"),
        (token("1."), "train.conllu:2: invalid ID '1.': expected an integer, a range a-b with a<b, or a decimal n.m"),
        (token("+1"), "train.conllu:2: invalid ID '+1': expected an integer, a range a-b with a<b, or a decimal n.m"),
        (token(""), "train.conllu:2: invalid ID '': expected an integer, a range a-b with a<b, or a decimal n.m"),
        (token("2"), "train.conllu:2: expected word ID 1, found 2"),
        (token("0"), "train.conllu:2: expected word ID 1, found 0"),
        (token("1", upos: "_"), "train.conllu:2: no UPOS tag"),
        (token("1", upos: ""), "train.conllu:2: no UPOS tag"),
    ])
    func malformedLine(line: String, message: String) {
        expectError(message) { try read("# sent_id = 1\n\(line)\n") }
    }

    @Test func wordIDsMustBeConsecutive() {
        expectError("train.conllu:3: expected word ID 2, found 3") { try read("\(token("1"))\n\(token("1-2"))\n\(token("3"))\n") }
        expectError("train.conllu:3: expected word ID 1, found 2") { try read("\(token("1"))\n\n\(token("2"))\n") }
    }

    @Test func missingXPOSNamesTheColumn() {
        expectError("train.conllu:1: no XPOS tag") { try read(token("1", xpos: "_"), .xpos) }
    }

    @Test func sentenceMustHaveWords() {
        expectError("train.conllu:3: sentence has no words") { try read("\(token("1"))\n\n# text = \n\n\(token("1"))\n") }
        expectError("train.conllu:1: sentence has no words") { try read("\(token("1-2", "ab"))\n") }
    }

    @Test func noSentences() {
        for text in ["", "\n", "\n\n\r\n\n", "\u{FEFF}"] {
            expectError("train.conllu: no sentences") { try read(text) }
        }
    }

    @Test(arguments: [[0xFF], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98]] as [[UInt8]])
    func invalidUTF8(bytes: [UInt8]) throws {
        let file = Array("\(token("1"))\n\n".utf8) + Array("1\tw".utf8) + bytes + Array("\t_\tX\t_\t_\t0\troot\t_\t_\n".utf8)
        try withTemporaryFile(file) { path in
            expectError("\(path):3: invalid UTF-8") { try CoNLLUReader.readAll(path: path) }
        }
    }

    @Test func missingFile() {
        expectError("/nonexistent/train.conllu: cannot read: No such file or directory") {
            try CoNLLUReader.readAll(path: "/nonexistent/train.conllu")
        }
        let directory = FileManager.default.temporaryDirectory.path
        expectError("\(directory): cannot read: Is a directory") { try CoNLLUReader.readAll(path: directory) }
    }
}

@Suite struct CoNLLUFiles {
    @Test func fileMatchesStringAcrossChunkBoundaries() throws {
        // Multi-byte forms and CRLF ends fall on every offset modulo small primes, so some
        // line and some character straddle each 64 KiB chunk boundary.
        var text = "\u{FEFF}"
        for i in 0..<4000 {
            text += "# sent_id = \(i)\r\n1\tcafé\(i)\t_\tNOUN\t_\t_\t0\troot\t_\t_\r\n2\t日本\t_\tPROPN\t_\t_\t1\tnmod\t_\t_\r\n\r\n"
        }
        #expect(text.utf8.count > 3 * LineReader.chunkSize)
        let fromText = try read(text)
        try withTemporaryFile(Array(text.utf8)) { path in
            let fromFile = try CoNLLUReader.readAll(path: path)
            #expect(fromFile == fromText)
        }
        #expect(fromText.count == 4000)
        #expect(fromText[3999].words == ["café3999", "日本"])
        #expect(fromText[3999].line == 4 * 3999 + 2)
    }

    @Test(.enabled(if: ewtDev != nil, "UD English EWT dev not found at ../shared/data/ud-english-ewt/"))
    func readsEWTDevAndWritesItBack() throws {
        let path = try #require(ewtDev)
        let sentences = try CoNLLUReader.readAll(path: path)
        #expect(sentences.count == 2001)
        #expect(sentences.reduce(0) { $0 + $1.words.count } == 25_147)
        let written = sentences.map { $0.conlluText(replacingTagsWith: $0.tags) }.joined()
        #expect(written == (try String(contentsOfFile: path, encoding: .utf8)))
    }
}

/// The UD English EWT dev file next to the package, or nil (saying so) when absent.
let ewtDev: String? = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let path = root.appendingPathComponent("../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu").standardized.path
    guard FileManager.default.fileExists(atPath: path) else {
        print("skipped: EWT tests, \(path) not found (UD English EWT is not committed; see BRIEF.md)")
        return nil
    }
    return path
}()

// MARK: - Helpers shared by the corpus reader tests

/// Expects `body` to throw a `CorpusError` whose one-line description is `message`.
func expectError(_ message: String, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Any) {
    let error = #expect(throws: CorpusError.self, sourceLocation: sourceLocation) { try body() }
    #expect(error?.description == message, sourceLocation: sourceLocation)
}

/// Writes `bytes` to a fresh temporary file, passes its path to `body`, then removes it.
func withTemporaryFile(_ bytes: [UInt8], _ body: (String) throws -> Void) throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tagbench-\(UUID().uuidString).txt")
    try Data(bytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    try body(url.path)
}
