import Foundation
import Testing

/// The repository root (the entity corpus is read from `Assets/entities/`).
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

private func jsonObject(_ text: String) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
}

private func jsonObject(contentsOf path: String) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
}

@Suite("Span tasks from the command line")
struct SpanCLITests {
    @Test("train on BIO entities: metrics.json has dev_span_f1, eval reports span figures per type")
    func entities() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let entities = packageRoot.appendingPathComponent("Assets/entities")
        let train = entities.appendingPathComponent("train.conll").path, dev = entities.appendingPathComponent("dev.conll").path
        let model = dir.appendingPathComponent("model").path

        let run = try tagbench(["train", "--train", train, "--dev", dev, "--format", "conll2", "--out", model,
                                "--epochs", "4", "--patience", "4", "--min-count", "1", "--emb", "16", "--hidden", "16",
                                "--bidirectional", "--batch", "8", "--lr", "0.01"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("dev span F1"), "\(run.stderr)")

        // Every epoch has a span F1, and the best epoch is the first with the highest one.
        let log = try jsonObject(contentsOf: model + "/metrics.json")
        let epochs = try #require(log["epochs"] as? [[String: Any]])
        let f1s = epochs.compactMap { $0["dev_span_f1"] as? Double }
        #expect(epochs.count == 4 && f1s.count == 4, "\(epochs)")
        #expect(f1s.allSatisfy { (0...1).contains($0) })
        #expect(log["best_epoch"] as? Int == f1s.firstIndex(of: f1s.max()!)! + 1, "\(f1s) \(log["best_epoch"] ?? "-")")

        let eval = try tagbench(["eval", "--model", model, "--data", dev, "--format", "conll2", "--json"])
        #expect(eval.status == 0, "\(eval.stderr)")
        let json = try jsonObject(eval.stdout)
        let spans = try #require(json["spans"] as? [String: Any], "\(eval.stdout)")
        // The dev file's counts (Assets/entities/README.md): 753 tokens, 104 entities.
        #expect(spans["tokens"] as? Int == 753)
        #expect(spans["gold_chunks"] as? Int == 104)
        for key in ["precision", "recall", "f1", "accuracy"] {
            #expect((spans[key] as? Double).map { (0...1).contains($0) } == true, "\(key)")
        }
        let perType = try #require(spans["per_type"] as? [String: [String: Any]])
        #expect(Set(["LOC", "MISC", "ORG", "PER"]).isSubset(of: Set(perType.keys)), "\(perType.keys)")
        #expect(perType.values.map { $0["gold"] as? Int ?? 0 }.reduce(0, +) == 104)
        // conlleval's token accuracy is the token accuracy.
        #expect(spans["accuracy"] as? Double == json["accuracy"] as? Double)

        let text = try tagbench(["eval", "--model", model, "--data", dev, "--format", "conll2"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("753 tokens with 104 chunks"), "\(text.stdout)")
        #expect(text.stdout.contains("span F1"))
        for type in ["LOC", "MISC", "ORG", "PER", "overall"] {
            #expect(text.stdout.split(separator: "\n").contains { $0.hasPrefix(type + " ") }, "\(type) row")
        }
    }

    @Test("A part-of-speech corpus has no span figures: spans and dev_span_f1 are null")
    func partOfSpeech() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = dir.appendingPathComponent("tiny.txt")
        try corpus.write(to: data, atomically: true, encoding: .utf8)
        let model = dir.appendingPathComponent("model").path
        let run = try tagbench(["train", "--train", data.path, "--dev", data.path, "--format", "conll2", "--out", model,
                                "--epochs", "2", "--min-count", "1", "--emb", "8", "--hidden", "8", "--batch", "2"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("span"), "\(run.stderr)")
        let epochs = try #require(try jsonObject(contentsOf: model + "/metrics.json")["epochs"] as? [[String: Any]])
        #expect(epochs.allSatisfy { $0["dev_span_f1"] is NSNull }, "\(epochs)")

        let eval = try tagbench(["eval", "--model", model, "--data", data.path, "--format", "conll2", "--json"])
        #expect(eval.status == 0, "\(eval.stderr)")
        let json = try jsonObject(eval.stdout)
        #expect(json.keys.contains("spans") && json["spans"] is NSNull, "\(eval.stdout)")
        #expect(json["accuracy"] is Double)
        let text = try tagbench(["eval", "--model", model, "--data", data.path, "--format", "conll2"])
        #expect(!text.stdout.contains("span"), "\(text.stdout)")
    }
}
