import Corpus
import Foundation
import Testing
@testable import Training

// The worked case. Tags DET=0, NOUN=1, VERB=2, ADJ=3 (ADJ occurs nowhere).
//
//   sentence 1  The/DET   dog/NOUN  barks/VERB
//     predicted     DET       NOUN       NOUN        2 of 3 right
//   sentence 2  a/DET     Cat/NOUN  sleeps/VERB  zzz/NOUN
//     predicted     DET       VERB       VERB         DET     2 of 4 right
//
// accuracy 4/7. Confusion (rows gold, columns predicted):
//          DET NOUN VERB ADJ      gold   predicted
//   DET     2    0    0   0        2        3
//   NOUN    1    1    1   0        3        2
//   VERB    0    1    1   0        2        2
//   ADJ     0    0    0   0        0        0
// DET:  P = 2/3, R = 2/2 = 1,  F1 = 2·(2/3)·1/(5/3)       = 4/5
// NOUN: P = 1/2, R = 1/3,      F1 = 2·(1/6)/(5/6)         = 2/5
// VERB: P = 1/2, R = 1/2,      F1 = 1/2
// macro: P = (2/3 + 1/2 + 1/2)/3 = 5/9, R = (1 + 1/3 + 1/2)/3 = 11/18, F1 = (4/5 + 2/5 + 1/2)/3 = 17/30
// micro: every token has one gold and one predicted tag, so P = R = F1 = accuracy = 4/7.
// Unknown words (vocabulary: the, dog, barks, a, cat; "The" and "Cat" are found lowercased):
// sleeps (VERB→VERB, right) and zzz (NOUN→DET, wrong): 2 tokens, OOV accuracy 1/2.

private let tags = ["DET", "NOUN", "VERB", "ADJ"]
private let words = [["The", "dog", "barks"], ["a", "Cat", "sleeps", "zzz"]]
private let gold = [[0, 1, 2], [0, 1, 2, 1]]
private let predicted = [[0, 1, 1], [0, 2, 2, 0]]
private let vocabulary = Vocabulary(words: ["<pad>", "<unk>", "the", "dog", "barks", "a", "cat"], tags: tags,
                                    chars: ["<pad>", "<unk>"])

private func workedMetrics() -> TaggingMetrics {
    TaggingMetrics(gold: gold, predicted: predicted,
                   unknown: TaggingMetrics.unknownWordFlags(words, vocabulary: vocabulary), tags: tags)
}

private func expectClose(_ a: Double?, _ b: Double, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(a != nil && abs(a! - b) < 1e-12, "\(String(describing: a)) ≠ \(b)", sourceLocation: sourceLocation)
}

private func expectScore(_ s: TagScore?, _ p: Double, _ r: Double, _ f: Double, support: Int,
                         sourceLocation: SourceLocation = #_sourceLocation) {
    guard let s else { Issue.record("missing score", sourceLocation: sourceLocation); return }
    expectClose(s.precision, p, sourceLocation: sourceLocation)
    expectClose(s.recall, r, sourceLocation: sourceLocation)
    expectClose(s.f1, f, sourceLocation: sourceLocation)
    #expect(s.support == support, sourceLocation: sourceLocation)
}

@Suite struct MetricsTests {
    @Test func unknownFlagsFollowTheVocabularyLookupRule() {
        #expect(TaggingMetrics.unknownWordFlags(words, vocabulary: vocabulary)
                == [[false, false, false], [false, false, true, true]])
        // `<unk>` written out is unknown; `<pad>` is a word of the table (id 0).
        #expect(TaggingMetrics.unknownWordFlags([["<unk>", "<pad>"]], vocabulary: vocabulary) == [[true, false]])
    }

    @Test func accuracyAndUnknownWordAccuracyMatchTheWorkedCase() {
        let m = workedMetrics()
        #expect(m.tokens == 7 && m.correct == 4)
        expectClose(m.accuracy, 4.0 / 7)
        #expect(m.oovTokens == 2 && m.oovCorrect == 1)
        expectClose(m.oovAccuracy, 0.5)
    }

    @Test func confusionMatrixHasGoldRowsAndPredictedColumns() {
        let m = workedMetrics()
        #expect(m.confusion.tags == tags)
        #expect(m.confusion.matrix == [[2, 0, 0, 0], [1, 1, 1, 0], [0, 1, 1, 0], [0, 0, 0, 0]])
    }

    @Test func perTagScoresMatchTheWorkedCase() {
        let m = workedMetrics()
        expectScore(m.perTag["DET"], 2.0 / 3, 1, 4.0 / 5, support: 2)
        expectScore(m.perTag["NOUN"], 1.0 / 2, 1.0 / 3, 2.0 / 5, support: 3)
        expectScore(m.perTag["VERB"], 1.0 / 2, 1.0 / 2, 1.0 / 2, support: 2)
    }

    @Test func tagAbsentFromGoldAndPredictionsIsLeftOutOfPerTagAndMacro() {
        let m = workedMetrics()
        #expect(m.perTag["ADJ"] == nil)
        #expect(m.perTag.count == 3)
        expectScore(m.macro, 5.0 / 9, 11.0 / 18, 17.0 / 30, support: 7)
    }

    @Test func microAverageEqualsAccuracy() {
        let m = workedMetrics()
        expectScore(m.micro, 4.0 / 7, 4.0 / 7, 4.0 / 7, support: 7)
    }

    @Test func tagOnlyPredictedHasZeroPrecisionAndRecall() {
        // A: gold twice, predicted once (right). B: never gold, predicted once (wrong).
        let m = TaggingMetrics(gold: [[0, 0]], predicted: [[0, 1]], tags: ["A", "B"])
        expectScore(m.perTag["A"], 1, 1.0 / 2, 2.0 / 3, support: 2)
        expectScore(m.perTag["B"], 0, 0, 0, support: 0)
        expectScore(m.macro, 1.0 / 2, 1.0 / 4, 1.0 / 3, support: 2)
    }

    @Test func tagNeverPredictedHasZeroPrecision() {
        let m = TaggingMetrics(gold: [[0, 1]], predicted: [[0, 0]], tags: ["A", "B"])
        expectScore(m.perTag["A"], 1.0 / 2, 1, 2.0 / 3, support: 1)
        expectScore(m.perTag["B"], 0, 0, 0, support: 1)
    }

    @Test func withoutUnknownWordsOOVAccuracyIsNil() {
        let m = TaggingMetrics(gold: gold, predicted: predicted, tags: tags)
        #expect(m.oovTokens == 0 && m.oovAccuracy == nil)
    }

    @Test func emptyInputGivesZerosNotNaN() throws {
        let m = TaggingMetrics(gold: [], predicted: [], tags: tags)
        #expect(m.tokens == 0 && m.accuracy == 0 && m.perTag.isEmpty)
        #expect(m.macro.f1 == 0 && m.micro.f1 == 0)
        _ = try m.jsonData()
        #expect(m.report().contains("0 of 0 tokens"))
    }

    @Test func mostFrequentConfusionsAreByCountThenRowMajor() {
        let matrix = ConfusionMatrix(tags: ["A", "B", "C"], matrix: [[9, 1, 3], [3, 9, 0], [0, 5, 9]])
        let top = matrix.mostFrequentConfusions(limit: 3)
        #expect(top.map { "\($0.gold)>\($0.predicted):\($0.count)" } == ["C>B:5", "A>C:3", "B>A:3"])
        #expect(matrix.mostFrequentConfusions().count == 4)
        #expect(workedMetrics().confusion.mostFrequentConfusions().map(\.count) == [1, 1, 1])
    }

    @Test func metricsFromAConfusionMatrixEqualThoseFromTags() {
        let m = workedMetrics()
        #expect(TaggingMetrics(confusion: m.confusion, oovTokens: 2, oovCorrect: 1) == m)
    }

    @Test func jsonHasTheDocumentedKeysAndShapes() throws {
        var m = workedMetrics()
        m.loss = 0.25
        let object = try #require(try JSONSerialization.jsonObject(with: m.jsonData()) as? [String: Any])
        for key in ["accuracy", "tokens", "oov_accuracy", "oov_tokens", "per_tag", "confusion", "loss", "macro", "micro"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["tokens"] as? Int == 7)
        #expect(object["oov_tokens"] as? Int == 2)
        #expect(object["oov_accuracy"] as? Double == 0.5)
        #expect(object["loss"] as? Double == 0.25)
        let perTag = try #require(object["per_tag"] as? [String: [String: Any]])
        #expect(Set(perTag.keys) == ["DET", "NOUN", "VERB"])
        #expect(Set(perTag["NOUN"]!.keys) == ["precision", "recall", "f1", "support"])
        #expect(perTag["NOUN"]!["support"] as? Int == 3)
        let confusion = try #require(object["confusion"] as? [String: Any])
        #expect(confusion["tags"] as? [String] == tags)
        #expect(confusion["matrix"] as? [[Int]] == m.confusion.matrix)
    }

    @Test func missingOOVAccuracyAndLossAreJSONNull() throws {
        let m = TaggingMetrics(gold: gold, predicted: predicted, tags: tags)
        let object = try #require(try JSONSerialization.jsonObject(with: m.jsonData()) as? [String: Any])
        #expect(object["oov_accuracy"] is NSNull)
        #expect(object["loss"] is NSNull)
    }

    @Test func jsonRoundTrips() throws {
        var m = workedMetrics()
        m.loss = 1.5
        #expect(try JSONDecoder().decode(TaggingMetrics.self, from: m.jsonData(pretty: true)) == m)
        let plain = TaggingMetrics(gold: gold, predicted: predicted, tags: tags)
        #expect(try JSONDecoder().decode(TaggingMetrics.self, from: plain.jsonData()) == plain)
    }

    @Test func reportHasAnAlignedTableAndTheConfusions() {
        let report = workedMetrics().report()
        let lines = report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "accuracy       57.14%  (4 of 7 tokens)")
        #expect(lines[1] == "OOV accuracy   50.00%  (1 of 2 tokens unknown to the training vocabulary)")
        let header = try! #require(lines.firstIndex { $0.hasPrefix("tag ") })
        let table = lines[header...].prefix { !$0.hasPrefix("most") }.filter { !$0.isEmpty }
        #expect(table.map { $0.split(separator: " ").first! } == ["tag", "DET", "NOUN", "VERB", "macro", "micro"])
        #expect(Set(table.map(\.count)).count == 1, "rows of one width:\n\(table.joined(separator: "\n"))")
        #expect(report.contains("NOUN          0.5000  0.3333  0.4000        3"))
        #expect(report.contains("macro avg     0.5556  0.6111  0.5667        7"))
        #expect(report.contains("most frequent confusions (gold → predicted):\n  NOUN → DET   1\n  NOUN → VERB  1\n  VERB → NOUN  1\n"))
        #expect(!report.contains("ADJ"))
    }

    @Test func reportWithoutUnknownWordsSaysSo() {
        #expect(TaggingMetrics(gold: [[0]], predicted: [[0]], tags: ["A"]).report()
            .contains("OOV accuracy  -       (no tokens unknown to the training vocabulary)"))
    }

    @Test(arguments: [(0, "0"), (7, "7"), (999, "999"), (1000, "1,000"), (18231, "18,231"),
                      (1234567, "1,234,567"), (-4500, "-4,500")])
    func countsGetThousandsSeparators(n: Int, text: String) {
        #expect(thousands(n) == text)
    }
}
