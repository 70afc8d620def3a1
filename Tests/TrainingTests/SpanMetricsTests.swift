import Foundation
import Testing
@testable import Training

// Every expected figure below was worked out by hand from conlleval's rules (see the
// comment on `SpanMetrics`): a chunk is written TYPE[first..last] (token indices), and a
// predicted chunk is correct when a gold chunk has the same first token, last token and type.

/// Splits "B-PER I-PER O" into tags (one sentence).
private func s(_ tags: String) -> [String] { tags.split(separator: " ").map(String.init) }

/// Scores one sentence per pair.
private func score(_ pairs: [(gold: String, predicted: String)]) -> SpanMetrics {
    SpanMetrics(gold: pairs.map { s($0.gold) }, predicted: pairs.map { s($0.predicted) })
}

private func score(gold: String, predicted: String) -> SpanMetrics { score([(gold, predicted)]) }

/// Chunks in gold, chunks predicted, correct chunks.
private func counts(_ m: SpanMetrics) -> [Int] { [m.goldChunks, m.predictedChunks, m.correctChunks] }

private func counts(_ m: SpanScore?) -> [Int]? { m.map { [$0.gold, $0.predicted, $0.correct] } }

private func expectClose(_ a: Double?, _ b: Double, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(a != nil && abs(a! - b) < 1e-12, "\(String(describing: a)) ≠ \(b)", sourceLocation: sourceLocation)
}

@Suite("Span metrics (conlleval)")
struct SpanMetricsTests {
    @Test("BIO: a chunk of the wrong type is wrong; per-type figures; token accuracy")
    func wrongType() {
        // gold  B-PER I-PER O B-LOC O   → PER[0..1] LOC[3]          2 chunks
        // pred  B-PER I-PER O B-ORG O   → PER[0..1] ORG[3]          2 chunks, 1 correct (PER)
        // P = 1/2, R = 1/2, F1 = 1/2; tokens right: all but 3 → 4/5.
        // PER: 1 gold, 1 found, 1 correct → 1, 1, 1. LOC: 1, 0, 0 → 0, 0, 0. ORG: 0, 1, 0 → 0, 0, 0.
        let m = score(gold: "B-PER I-PER O B-LOC O", predicted: "B-PER I-PER O B-ORG O")
        #expect(counts(m) == [2, 2, 1])
        expectClose(m.precision, 0.5)
        expectClose(m.recall, 0.5)
        expectClose(m.f1, 0.5)
        #expect(m.tokens == 5 && m.correctTags == 4)
        expectClose(m.accuracy, 0.8)
        #expect(Set(m.perType.keys) == ["PER", "LOC", "ORG"])
        #expect(counts(m.perType["PER"]) == [1, 1, 1])
        #expect(counts(m.perType["LOC"]) == [1, 0, 0])
        #expect(counts(m.perType["ORG"]) == [0, 1, 0])
        expectClose(m.perType["PER"]?.f1, 1)
        expectClose(m.perType["LOC"]?.f1, 0)
        expectClose(m.perType["ORG"]?.precision, 0)
    }

    @Test("An ill-formed I- after O starts a chunk")
    func insideAfterOutside() {
        // gold  O I-PER I-PER O   → PER[1..2] (I after O starts it)   1 chunk
        // pred  O B-PER I-PER O   → PER[1..2]                         1 chunk, correct
        // F1 = 1 though token 1 differs (accuracy 3/4). Ignoring I-after-O would give 0 gold chunks.
        let m = score(gold: "O I-PER I-PER O", predicted: "O B-PER I-PER O")
        #expect(counts(m) == [1, 1, 1])
        expectClose(m.f1, 1)
        expectClose(m.accuracy, 0.75)

        // gold  B-PER O I-PER       → PER[0] PER[2]     2 chunks
        // pred  B-PER I-PER I-PER   → PER[0..2]         1 chunk; it ends at 2, gold's first ends at 0 → 0 correct
        let n = score(gold: "B-PER O I-PER", predicted: "B-PER I-PER I-PER")
        #expect(counts(n) == [2, 1, 0])
        expectClose(n.f1, 0)

        // A sentence that starts with I-: the start of a sentence counts as after O.
        // gold  I-LOC I-LOC   → LOC[0..1];  pred  B-LOC I-LOC → LOC[0..1]: correct.
        #expect(counts(score(gold: "I-LOC I-LOC", predicted: "B-LOC I-LOC")) == [1, 1, 1])
    }

    @Test("I-X after B-Y ends the Y chunk and starts an X chunk")
    func typeChange() {
        // gold  B-ORG I-ORG I-ORG   → ORG[0..2]            1 chunk
        // pred  B-ORG I-LOC I-LOC   → ORG[0] LOC[1..2]     2 chunks; ORG[0] ends early → 0 correct
        // P = 0/2, R = 0/1, F1 = 0.
        let m = score(gold: "B-ORG I-ORG I-ORG", predicted: "B-ORG I-LOC I-LOC")
        #expect(counts(m) == [1, 2, 0])
        #expect(counts(m.perType["ORG"]) == [1, 1, 0])
        #expect(counts(m.perType["LOC"]) == [0, 1, 0])
        expectClose(m.f1, 0)

        // gold  B-PER I-LOC O   → PER[0] LOC[1]   (the ill-formed I-LOC is a chunk of its own)
        // pred  B-PER B-LOC O   → PER[0] LOC[1]   → both correct: F1 = 1, token accuracy 2/3.
        let n = score(gold: "B-PER I-LOC O", predicted: "B-PER B-LOC O")
        #expect(counts(n) == [2, 2, 2])
        expectClose(n.f1, 1)
        expectClose(n.accuracy, 2.0 / 3)
    }

    @Test("BIOES: S- is a chunk of one token, E- ends a chunk")
    func bioes() {
        // token  0      1  2      3      4      5      6
        // gold   S-PER  O  B-LOC  I-LOC  E-LOC  S-ORG  S-ORG   → PER[0] LOC[2..4] ORG[5] ORG[6]   4 chunks
        // pred   S-PER  O  B-LOC  E-LOC  S-LOC  S-ORG  B-ORG   → PER[0] LOC[2..3] LOC[4] ORG[5] ORG[6]  5 chunks
        // (pred's B-ORG at the end of the sentence ends there: ORG[6].)
        // correct: PER[0], ORG[5], ORG[6] → 3.  LOC[2..4] ≠ LOC[2..3].
        // P = 3/5, R = 3/4, F1 = 2·(3/5)(3/4)/(27/20) = 2/3.
        // PER 1,1,1; LOC 1,2,0; ORG 2,2,2. Tokens right: 0 1 2 5 → 4/7.
        // Without the S rules, gold's S-ORG S-ORG would be one chunk and S-PER… would differ.
        let m = score(gold: "S-PER O B-LOC I-LOC E-LOC S-ORG S-ORG", predicted: "S-PER O B-LOC E-LOC S-LOC S-ORG B-ORG")
        #expect(counts(m) == [4, 5, 3])
        expectClose(m.precision, 0.6)
        expectClose(m.recall, 0.75)
        expectClose(m.f1, 2.0 / 3)
        #expect(counts(m.perType["PER"]) == [1, 1, 1])
        #expect(counts(m.perType["LOC"]) == [1, 2, 0])
        #expect(counts(m.perType["ORG"]) == [2, 2, 2])
        expectClose(m.accuracy, 4.0 / 7)

        // E- then B- of the same type: two chunks. gold B-X E-X B-X E-X → X[0..1] X[2..3];
        // pred B-X I-X I-X E-X → X[0..3]: 2 gold, 1 found, 0 correct.
        #expect(counts(score(gold: "B-X E-X B-X E-X", predicted: "B-X I-X I-X E-X")) == [2, 1, 0])
    }

    @Test("IOB1 and IOE tags are read as conlleval reads them")
    func otherSchemes() {
        // IOB1: I- inside, B- only to start a chunk right after one of the same type.
        // gold  I-PER I-PER B-PER O I-LOC   → PER[0..1] PER[2] LOC[4]   3 chunks
        // pred  I-PER I-PER I-PER O I-LOC   → PER[0..2] LOC[4]          2 chunks; LOC correct → 1
        // P = 1/2, R = 1/3, F1 = 2·(1/6)/(5/6) = 2/5.
        let m = score(gold: "I-PER I-PER B-PER O I-LOC", predicted: "I-PER I-PER I-PER O I-LOC")
        #expect(counts(m) == [3, 2, 1])
        expectClose(m.f1, 0.4)

        // IOE1: E- ends a chunk that another of the same type follows at once.
        // gold  I-NP E-NP I-NP O   → NP[0..1] NP[2]   2 chunks;  pred identical → 2 correct.
        #expect(counts(score(gold: "I-NP E-NP I-NP O", predicted: "I-NP E-NP I-NP O")) == [2, 2, 2])
    }

    @Test("A sentence boundary ends every chunk")
    func sentenceBoundaries() {
        // sentence 1  gold B-PER I-PER   pred B-PER I-PER   → PER[0..1] in both
        // sentence 2  gold I-PER O       pred B-PER O       → PER[0] in both (I- at a sentence start starts)
        // 2 gold, 2 found, 2 correct; joined into one sequence there would be 1 gold chunk.
        // Tokens right: 3 of 4 (I-PER vs B-PER).
        let m = score([("B-PER I-PER", "B-PER I-PER"), ("I-PER O", "B-PER O")])
        #expect(counts(m) == [2, 2, 2])
        #expect(m.tokens == 4 && m.correctTags == 3)

        // A chunk that runs to the end of a sentence and one that starts the next are two chunks:
        // gold  [B-LOC I-LOC] [I-LOC]   → LOC[0..1], LOC[0]     pred  [B-LOC I-LOC] [O] → LOC[0..1]
        // 2 gold, 1 found, 1 correct: P = 1, R = 1/2, F1 = 2/3.
        let n = score([("B-LOC I-LOC", "B-LOC I-LOC"), ("I-LOC", "O")])
        #expect(counts(n) == [2, 1, 1])
        expectClose(n.f1, 2.0 / 3)
    }

    @Test("Nothing found: precision, recall and F1 are 0, not NaN")
    func nothingFound() {
        // gold  B-PER O B-LOC I-LOC → PER[0] LOC[2..3]; pred all O → nothing. Tokens right: 1 of 4.
        let m = score(gold: "B-PER O B-LOC I-LOC", predicted: "O O O O")
        #expect(counts(m) == [2, 0, 0])
        #expect(m.precision == 0 && m.recall == 0 && m.f1 == 0)
        expectClose(m.accuracy, 0.25)
        #expect(counts(m.perType["PER"]) == [1, 0, 0] && m.perType["PER"]!.f1 == 0)

        // Predicted chunks where gold has none: P = 0 (0 of 1), R = 0 (no gold chunks).
        let n = score(gold: "O O", predicted: "O B-MISC")
        #expect(counts(n) == [0, 1, 0] && n.f1 == 0)

        // No sentences, and empty sentences: nothing at all, every rate 0.
        for empty in [SpanMetrics(gold: [], predicted: []), SpanMetrics(gold: [[], []], predicted: [[], []])] {
            #expect(empty.tokens == 0 && counts(empty) == [0, 0, 0] && empty.perType.isEmpty)
            #expect(empty.accuracy == 0 && empty.f1 == 0)
        }
    }

    @Test("Tags without a hyphen are treated as conlleval treats them")
    func tagsWithoutHyphen() {
        // Part-of-speech tags never start a chunk: no prefix rule fires and the type ("") never changes.
        let pos = score(gold: "DET NOUN VERB", predicted: "DET VERB VERB")
        #expect(counts(pos) == [0, 0, 0] && pos.tokens == 3 && pos.correctTags == 2)
        // Bare B and I are chunk tags of the empty type: gold B I O I → [0..1] [3]; pred identical.
        let bare = score(gold: "B I O I", predicted: "B I O I")
        #expect(counts(bare) == [2, 2, 2] && counts(bare.perType[""]) == [2, 2, 2])
        // A type is everything after the first hyphen: B-I-X I-I-X is one chunk of type "I-X".
        let hyphens = score(gold: "B-I-X I-I-X", predicted: "B-I-X I-I-X")
        #expect(counts(hyphens) == [1, 1, 1] && hyphens.perType.keys.sorted() == ["I-X"])
    }

    @Test("Tag ids with names give the same figures as the tags themselves")
    func idsAndNames() {
        let names = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]
        let gold = [[1, 2, 0, 3], [0, 4, 4]], predicted = [[1, 0, 0, 3], [0, 3, 4]]
        let byID = SpanMetrics(gold: gold, predicted: predicted, tags: names)
        let byName = SpanMetrics(gold: gold.map { $0.map { names[$0] } }, predicted: predicted.map { $0.map { names[$0] } })
        #expect(byID == byName)
        // gold PER[0..1] LOC[3] | LOC[1..2];  pred PER[0] LOC[3] | LOC[1..2] → 3 gold, 3 found, 2 correct.
        #expect(counts(byID) == [3, 3, 2])
    }

    @Test("A tag set is a span scheme when every tag is O or B-/I-/E-/S- and a type")
    func spanScheme() {
        #expect(SpanMetrics.isSpanScheme(["O", "B-PER", "I-PER", "B-LOC"]))
        #expect(SpanMetrics.isSpanScheme(["O", "S-LOC", "B-LOC", "I-LOC", "E-LOC"]))
        #expect(SpanMetrics.isSpanScheme(["I-NP", "B-NP", "O", "B-I-X"]))
        #expect(!SpanMetrics.isSpanScheme(["NOUN", "VERB", "DET"]))
        #expect(!SpanMetrics.isSpanScheme(["NN", "-LRB-", "PRP$"]))
        #expect(!SpanMetrics.isSpanScheme(["O"]), "only O: nothing to chunk")
        #expect(!SpanMetrics.isSpanScheme([String]()))
        #expect(!SpanMetrics.isSpanScheme(["O", "B-PER", "X"]), "one tag outside the scheme")
        #expect(!SpanMetrics.isSpanScheme(["O", "B-"]), "empty type")
        #expect(!SpanMetrics.isSpanScheme(["O", "B"]), "no type")
        #expect(!SpanMetrics.isSpanScheme(["O", "b-per"]), "prefixes are upper case")
        #expect(!SpanMetrics.isSpanScheme(["O", "U-PER", "L-PER"]), "BILOU is not conlleval's")
    }

    @Test("JSON keys and the text report")
    func jsonAndReport() throws {
        let m = score(gold: "B-PER I-PER O B-LOC O", predicted: "B-PER I-PER O B-ORG O")
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(m)) as! [String: Any]
        #expect(Set(json.keys) == ["tokens", "correct_tags", "accuracy", "precision", "recall", "f1",
                                   "gold_chunks", "predicted_chunks", "correct_chunks", "per_type"])
        let per = json["per_type"] as! [String: [String: Any]]
        #expect(Set(per["PER"]!.keys) == ["precision", "recall", "f1", "gold", "predicted", "correct"])
        #expect(try JSONDecoder().decode(SpanMetrics.self, from: JSONEncoder().encode(m)) == m)

        let report = m.report()
        #expect(report.contains("5 tokens with 2 chunks; found 2; correct 1"))
        #expect(report.contains("span F1       0.5000"))
        let lines = report.split(separator: "\n").map(String.init)
        // Types sorted, then the overall row.
        let rowNames = lines.compactMap { $0.split(separator: " ").first.map(String.init) }
            .filter { ["LOC", "ORG", "PER", "overall"].contains($0) }
        #expect(rowNames == ["LOC", "ORG", "PER", "overall"])
        #expect(lines.contains { $0.hasPrefix("PER") && $0.contains("1.0000") })
    }
}
