import Foundation
import Testing
@testable import Corpus

private func read(_ text: String) throws -> [TaggedSentence] {
    try TwoColumnReader.readAll(text: text, name: "train.txt")
}

@Suite struct TwoColumnReading {
    @Test func wordsAndTagsBetweenBlankLines() throws {
        let sentences = try read("The DT\ncat NN\n\n\n\nsat VBD\n")
        #expect(sentences.map(\.words) == [["The", "cat"], ["sat"]])
        #expect(sentences.map(\.tags) == [["DT", "NN"], ["VBD"]])
        #expect(sentences.map(\.line) == [1, 6])
        #expect(sentences[0].conlluLines.isEmpty)
    }

    @Test func lastColumnIsTheTag() throws {
        // CoNLL-2003: word POS chunk NE; CoNLL-2000: word POS chunk. Spaces or tabs, any run.
        let sentences = try read("EU NNP B-NP B-ORG\nrejects\tVBZ\tB-VP\tO\nGerman  JJ   B-NP  B-MISC\n\nHe PRP B-NP O")
        #expect(sentences[0].words == ["EU", "rejects", "German"])
        #expect(sentences[0].tags == ["B-ORG", "O", "B-MISC"])
        #expect(sentences[1].tags == ["O"])
        let chunks = try read("He PRP B-NP\nreckons VBZ B-VP\n")
        #expect(chunks[0].tags == ["B-NP", "B-VP"])
    }

    @Test func docstartLinesAreSkipped() throws {
        let sentences = try read("-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\n\n-DOCSTART- -X- -X- O\n\nPeter NNP B-NP B-PER\n")
        #expect(sentences.map(\.words) == [["EU"], ["Peter"]])
        #expect(sentences.map(\.line) == [3, 7])
    }

    @Test func byteOrderMarkCRLFAndWhitespaceOnlyLines() throws {
        let sentences = try read("\u{FEFF}The DT\r\ncat NN\r\n \t \r\nsat VBD\r\n")
        #expect(sentences.map(\.words) == [["The", "cat"], ["sat"]])
        #expect(sentences[0].tags == ["DT", "NN"])
    }

    @Test func readsFromFile() throws {
        try withTemporaryFile(Array("The DT\ncat NN\n\nsat VBD".utf8)) { path in
            let fromFile = try TwoColumnReader.readAll(path: path)
            #expect(fromFile == (try read("The DT\ncat NN\n\nsat VBD\n")))
        }
    }
}

@Suite struct TwoColumnErrors {
    @Test func lineWithOneColumn() {
        expectError("train.txt:5: expected a word and a tag, found 1 column") {
            try read("a X\nb Y\n\nc Z\nlonely\n")
        }
    }

    @Test(arguments: [
        ("New\tYork NNP", "train.txt:3: expected 2 columns as on line 1, found 3 (a word or tag cannot contain a space or tab)"),
        ("New York\tNNP", "train.txt:3: expected 2 columns as on line 1, found 3 (a word or tag cannot contain a space or tab)"),
        ("cat NN B-NP", "train.txt:3: expected 2 columns as on line 1, found 3 (a word or tag cannot contain a space or tab)"),
    ])
    func aWordWithASpaceOrTabChangesTheColumnCount(line: String, message: String) {
        expectError(message) { try read("The DT\n\n\(line)\n") }
    }

    @Test func docstartLinesDoNotSetTheColumnCount() throws {
        let sentences = try read("-DOCSTART-\n\nThe DT\ncat NN\n")
        #expect(sentences.map(\.tags) == [["DT", "NN"]])
    }

    @Test func noSentences() {
        for text in ["", "\n\n", " \r\n", "-DOCSTART- -X- O\n\n"] {
            expectError("train.txt: no sentences") { try read(text) }
        }
    }

    @Test func invalidUTF8() throws {
        try withTemporaryFile(Array("a X\n".utf8) + [0x62, 0xFE, 0x20, 0x59, 0x0A]) { path in
            expectError("\(path):2: invalid UTF-8") { try TwoColumnReader.readAll(path: path) }
        }
    }
}
