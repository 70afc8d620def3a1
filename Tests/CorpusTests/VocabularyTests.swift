import Corpus
import Foundation
import Testing

private let vocabulary = Vocabulary(
    words: ["<pad>", "<unk>", "the", "Apple", "apple", "new"],
    tags: ["DET", "PROPN", "NOUN"],
    chars: ["<pad>", "<unk>", "a", "B", "é"]
)

// MARK: - Lookup

@Test func wordIDIsTheExactIndexFirst() {
    #expect(vocabulary.wordID("the") == 2)
    #expect(vocabulary.wordID("Apple") == 3)
    #expect(vocabulary.wordID("apple") == 4)
}

@Test func wordIDFallsBackToTheLowercasedForm() {
    #expect(vocabulary.wordID("The") == 2)
    #expect(vocabulary.wordID("NEW") == 5)
    #expect(vocabulary.wordID("APPLE") == 4)
}

@Test func unknownWordIsOne() {
    #expect(vocabulary.wordID("pear") == Vocabulary.unknown)
    #expect(vocabulary.wordID("") == 1)
    #expect(vocabulary.wordID("<pad>") == Vocabulary.padding)
}

@Test func charIDIsExactThenLowercasedThenUnknown() {
    #expect(vocabulary.charID("a") == 2)
    #expect(vocabulary.charID("A") == 2)
    #expect(vocabulary.charID("B") == 3)
    #expect(vocabulary.charID("b") == 1)
    #expect(vocabulary.charID("É") == 4)
    #expect(vocabulary.charIDs(of: "ABé!") == [2, 3, 4, 1])
    // A decomposed é is two scalars: e (unknown) and the combining accent (unknown).
    #expect(vocabulary.charIDs(of: "e\u{301}") == [1, 1])
}

@Test func tagIDIsTheExactIndexWithNoPaddingTag() {
    #expect(vocabulary.tagID("DET") == 0)
    #expect(vocabulary.tagID("NOUN") == 2)
    #expect(vocabulary.tagID("noun") == nil)
    #expect(vocabulary.tagID("<pad>") == nil)
}

// MARK: - Building

@Test func builderKeepsWordsSeenMinCountTimesByDescendingCountThenFirstAppearance() {
    let built = Vocabulary.build(
        words: [["b", "a", "c", "a"], ["c", "d", "b", "e"], ["a", "c", "B"]],
        tags: [["X", "Y", "X", "Y"], ["Z", "Y", "X", "X"], ["Y", "Z", "X"]]
    )
    #expect(built.words == ["<pad>", "<unk>", "a", "c", "b"])
    #expect(Vocabulary.build(words: [["b", "a", "c", "a"]], tags: [], minCount: 1).words == ["<pad>", "<unk>", "a", "b", "c"])
    #expect(Vocabulary.build(words: [["b", "a", "c", "a"]], tags: [], minCount: 3).words == ["<pad>", "<unk>"])
}

@Test func builderListsTagsInOrderOfFirstAppearance() {
    let built = Vocabulary.build(words: [["x", "y"], ["z"]], tags: [["NOUN", "VERB"], ["ADJ", "NOUN"]])
    #expect(built.tags == ["NOUN", "VERB", "ADJ"])
}

@Test func builderTakesCharactersFromEveryWordByDescendingCountThenFirstAppearance() {
    // "zebra" is too rare to be a word but still contributes its characters.
    let built = Vocabulary.build(words: [["ab", "ba", "ab"], ["zebra", "é"]], tags: [])
    #expect(built.words == ["<pad>", "<unk>", "ab"])
    #expect(built.chars == ["<pad>", "<unk>", "a", "b", "z", "e", "r", "é"])
}

@Test func builderNeverDuplicatesTheSpecialTokens() {
    let built = Vocabulary.build(words: [["<unk>", "<pad>", "<unk>", "<pad>"]], tags: [])
    #expect(built.words == ["<pad>", "<unk>"])
}

@Test func builderIsDeterministic() {
    let words = (0..<200).map { i in (0..<7).map { j in "w\((i * 7 + j) % 37)" } }
    let first = Vocabulary.build(words: words, tags: [])
    #expect((0..<5).allSatisfy { _ in Vocabulary.build(words: words, tags: []) == first })
}

// MARK: - JSON

@Test func jsonFormIsExactlyTheThreeTables() throws {
    let data = try JSONEncoder().encode(vocabulary)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String]])
    #expect(object == ["words": vocabulary.words, "tags": vocabulary.tags, "chars": vocabulary.chars])
}

@Test func decodedVocabularyLooksUpLikeTheOriginal() throws {
    let json = #"{"words": ["<pad>", "<unk>", "dog"], "tags": ["NOUN"], "chars": ["<pad>", "<unk>", "d"]}"#
    let decoded = try JSONDecoder().decode(Vocabulary.self, from: Data(json.utf8))
    #expect(decoded == Vocabulary(words: ["<pad>", "<unk>", "dog"], tags: ["NOUN"], chars: ["<pad>", "<unk>", "d"]))
    #expect(decoded.wordID("Dog") == 2)
    #expect(decoded.charIDs(of: "Do") == [2, 1])
    #expect(decoded.tagID("NOUN") == 0)
    #expect(try JSONDecoder().decode(Vocabulary.self, from: JSONEncoder().encode(vocabulary)) == vocabulary)
}
