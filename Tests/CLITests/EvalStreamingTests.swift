import Foundation
import Testing

// `eval` reads, scores and counts its corpus in blocks of 512 sentences (memory bounded by a
// block, not the file). These pin down that the figures are those of the whole corpus and that
// an error in a later block still ends the run with one line and nothing on standard output.

/// The repository root (the corpora are read from `Assets/`).
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The embedded corpus's training split as a file: 1,053 sentences, three blocks.
private let embeddedTrain = packageRoot.appendingPathComponent("Assets/corpus/train.conllu").path

private func jsonObject(_ text: String) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
}

/// The sentences of a file with one blank line after each (CoNLL-U or two-column), each
/// without its blank line.
private func sentences(of path: String) throws -> [String] {
    try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n\n").filter { !$0.isEmpty }
}

private func write(_ sentences: some Sequence<String>, to url: URL) throws {
    try sentences.map { $0 + "\n\n" }.joined().write(to: url, atomically: true, encoding: .utf8)
}

/// `matrix` of a `confusion` JSON object.
private func matrix(_ json: [String: Any]) -> [[Int]] {
    ((json["confusion"] as? [String: Any])?["matrix"] as? [[Int]]) ?? []
}

/// Adds two matrices of the same shape.
private func sum(_ a: [[Int]], _ b: [[Int]]) -> [[Int]] {
    zip(a, b).map { zip($0, $1).map(+) }
}

@Suite("eval reads its corpus in blocks")
struct EvalStreamingTests {
    /// A small one-direction model trained one epoch on the embedded corpus.
    private func posModel(in dir: URL) throws -> String {
        let model = dir.appendingPathComponent("pos").path
        let run = try tagbench(["train", "--out", model, "--epochs", "1", "--emb", "8", "--hidden", "8", "--seed", "3"])
        #expect(run.status == 0, "\(run.stderr)")
        return model
    }

    @Test("a corpus of several blocks scores as its parts do, split at a block boundary")
    func severalBlocksEqualTheirParts() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let model = try posModel(in: dir)
        let all = try sentences(of: embeddedTrain)
        #expect(all.count > 1024, "\(all.count) sentences: want three blocks")
        let whole = dir.appendingPathComponent("whole.conllu"), first = dir.appendingPathComponent("first.conllu")
        let rest = dir.appendingPathComponent("rest.conllu")
        try write(all, to: whole)
        try write(all[..<512], to: first)
        try write(all[512...], to: rest)

        func eval(_ url: URL) throws -> [String: Any] {
            let run = try tagbench(["eval", "--model", model, "--data", url.path, "--json"])
            #expect(run.status == 0, "\(run.stderr)")
            return try jsonObject(run.stdout)
        }
        let w = try eval(whole), a = try eval(first), b = try eval(rest)

        // The gold side, counted here from the file: every token once.
        let goldTags = all.flatMap { $0.split(separator: "\n") }.filter { !$0.hasPrefix("#") }
            .map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[3]) }
        #expect(w["tokens"] as? Int == goldTags.count)
        let perTag = try #require(w["per_tag"] as? [String: [String: Any]])
        for (tag, count) in Dictionary(goldTags.map { ($0, 1) }, uniquingKeysWith: +) {
            #expect(perTag[tag]?["support"] as? Int == count, "\(tag)")
        }
        // The predicted side: a block boundary changes no prediction and loses no token.
        #expect(matrix(w) == sum(matrix(a), matrix(b)))
        for key in ["tokens", "correct", "oov_tokens", "oov_correct"] {
            #expect(w[key] as? Int == (a[key] as? Int ?? -1) + (b[key] as? Int ?? -1), "\(key)")
        }
        let (la, lb, lw) = (a["loss"] as? Double ?? 0, b["loss"] as? Double ?? 0, w["loss"] as? Double ?? 0)
        let (ta, tb) = (Double(a["tokens"] as? Int ?? 0), Double(b["tokens"] as? Int ?? 0))
        #expect(abs(lw - (la * ta + lb * tb) / (ta + tb)) < 1e-9, "\(lw)")
        #expect(w["spans"] is NSNull)

        // The text report tells the same story.
        let text = try tagbench(["eval", "--model", model, "--data", whole.path])
        #expect(text.status == 0 && text.stderr.isEmpty, "\(text.stderr)")
        let tokens = w["tokens"] as? Int ?? 0  // between 1,000 and 999,999
        #expect(text.stdout.hasPrefix("accuracy "), "\(text.stdout)")
        #expect(text.stdout.contains("of \(tokens / 1000),\(String(format: "%03d", tokens % 1000)) tokens)"), "\(text.stdout)")
    }

    @Test("span counts add up across blocks (two-column entities, three copies: 912 sentences)")
    func spansAcrossBlocks() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let train = packageRoot.appendingPathComponent("Assets/entities/train.conll").path
        let model = dir.appendingPathComponent("ent").path
        let run = try tagbench(["train", "--train", train, "--format", "conll2", "--out", model, "--epochs", "1",
                                "--min-count", "1", "--emb", "8", "--hidden", "8", "--seed", "3"])
        #expect(run.status == 0, "\(run.stderr)")
        let once = try sentences(of: train)
        let tripled = dir.appendingPathComponent("tripled.conll"), single = dir.appendingPathComponent("single.conll")
        try write(once + once + once, to: tripled)
        try write(once, to: single)
        #expect(once.count * 3 > 512 && once.count < 512)

        func spans(_ url: URL) throws -> [String: Any] {
            let run = try tagbench(["eval", "--model", model, "--data", url.path, "--format", "conll2", "--json"])
            #expect(run.status == 0, "\(run.stderr)")
            return try #require(try jsonObject(run.stdout)["spans"] as? [String: Any], "\(run.stdout)")
        }
        let t = try spans(tripled), s = try spans(single)
        // A sentence's predictions do not depend on its batch, so three copies count three times.
        for key in ["tokens", "correct_tags", "gold_chunks", "predicted_chunks", "correct_chunks"] {
            #expect(t[key] as? Int == 3 * (s[key] as? Int ?? -1), "\(key)")
        }
        for key in ["precision", "recall", "f1"] {
            #expect(abs((t[key] as? Double ?? -1) - (s[key] as? Double ?? -2)) < 1e-12, "\(key)")
        }
    }

    @Test("an error after the first block: one line on stderr, exit 1, nothing on stdout")
    func errorAfterTheFirstBlock() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let model = try posModel(in: dir)
        var all = try sentences(of: embeddedTrain)

        /// Sentence `index` with its first word line changed by `change`, and that line's number.
        func breaking(_ index: Int, _ change: (String) -> String) -> (sentences: [String], line: Int) {
            var copy = all
            var lines = copy[index].components(separatedBy: "\n")
            let k = lines.firstIndex { !$0.hasPrefix("#") }!
            lines[k] = change(lines[k])
            copy[index] = lines.joined(separator: "\n")
            let before = all[..<index].reduce(0) { $0 + $1.components(separatedBy: "\n").count + 1 }
            return (copy, before + k + 1)
        }
        let dropColumn: (String) -> String = { String($0[..<$0.lastIndex(of: "\t")!]) }
        let unknownTag: (String) -> String = { line in
            var fields = line.components(separatedBy: "\t")
            fields[3] = "ZZZ"
            return fields.joined(separator: "\t")
        }

        let columns = breaking(700, dropColumn), tag = breaking(700, unknownTag)
        let cases = [
            ("columns.conllu", columns.sentences, "\(columns.line): expected 10 tab-separated columns, found 9"),
            ("tag.conllu", tag.sentences, "\(tag.line): tag \"ZZZ\" does not occur in the training data, so the model cannot predict it"),
        ]
        // An unknown tag in the first block and a malformed line in the third: the malformed
        // line is reported, as when the whole file was read before anything was scored.
        all = breaking(10, unknownTag).sentences
        let both = breaking(900, dropColumn)
        for (name, sentences, message) in cases + [("both.conllu", both.sentences, "\(both.line): expected 10 tab-separated columns, found 9")] {
            let url = dir.appendingPathComponent(name)
            try write(sentences, to: url)
            for json in [false, true] {
                let run = try tagbench(["eval", "--model", model, "--data", url.path] + (json ? ["--json"] : []))
                #expect(run.status == 1, "\(name)")
                #expect(run.stdout.isEmpty, "\(name): \(run.stdout)")
                #expect(run.stderr == "tagbench: error: \(url.path):\(message)\n", "\(name)")
            }
        }
    }
}
