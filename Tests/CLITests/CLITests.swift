import Foundation
import Testing

/// The `tagbench` binary built beside this test bundle (`swift build --build-tests` builds it).
let binary: URL = {
    let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    return bundleDirectory.appendingPathComponent("tagbench")
}()

struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs tagbench with arguments and optional standard input; waits for it to exit.
func tagbench(_ arguments: [String], stdin: String? = nil) throws -> Result {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    // Output goes to files, so a full pipe can never block the child.
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tagbench-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    try out.close()
    try err.close()
    let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
    return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                  stderr: String(decoding: errData, as: UTF8.self))
}

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tagbench-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A small two-column corpus whose tags follow from the words.
let corpus = """
    the DET
    cat NOUN
    sleeps VERB
    . PUNCT

    a DET
    dog NOUN
    runs VERB
    . PUNCT

    the DET
    dog NOUN
    sleeps VERB

    a DET
    cat NOUN
    runs VERB
    . PUNCT

    """

@Test func trainEvalAndTagEndToEnd() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let data = dir.appendingPathComponent("tiny.txt")
    try corpus.write(to: data, atomically: true, encoding: .utf8)
    let model = dir.appendingPathComponent("model").path

    let train = try tagbench(["train", "--train", data.path, "--dev", data.path, "--format", "conll2", "--out", model,
                              "--epochs", "60", "--patience", "60", "--min-count", "1", "--emb", "8", "--hidden", "8",
                              "--batch", "2", "--lr", "0.05", "--char-cnn", "--char-emb", "4", "--char-filters", "4"])
    #expect(train.status == 0, "\(train.stderr)")
    #expect(train.stderr.contains("best dev accuracy 100.00%"), "\(train.stderr)")
    for file in ["config.json", "vocab.json", "model.safetensors", "metrics.json"] {
        #expect(FileManager.default.fileExists(atPath: model + "/" + file), "\(file) missing")
    }
    // Not a terminal: plain lines, no carriage returns or escape codes.
    #expect(!train.stderr.contains("\r") && !train.stderr.contains("\u{1B}"))

    let eval = try tagbench(["eval", "--model", model, "--data", data.path, "--format", "conll2", "--json"])
    #expect(eval.status == 0, "\(eval.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(eval.stdout.utf8)) as! [String: Any]
    #expect(json["accuracy"] as? Double == 1.0)
    #expect(json["tokens"] as? Int == 15)
    #expect((json["loss"] as? Double).map { $0 >= 0 } == true)
    #expect(json["per_tag"] is [String: Any] && json.keys.contains("oov_accuracy"))

    let tagged = try tagbench(["tag", "--model", model], stdin: "The cat runs.\n\nA dog sleeps\n")
    #expect(tagged.status == 0, "\(tagged.stderr)")
    #expect(tagged.stdout == "The/DET cat/NOUN runs/VERB ./PUNCT\n\nA/DET dog/NOUN sleeps/VERB\n")

    // CoNLL-U in, CoNLL-U out: every other column and line kept, UPOS replaced.
    let conllu = "# sent_id = 1\n# text = the cat sleeps\n1\tthe\tthe\tX\tDT\t_\t2\tdet\t_\t_\n2\tcat\tcat\tX\tNN\t_\t3\tnsubj\t_\t_\n3\tsleeps\tsleep\tX\tVBZ\t_\t0\troot\t_\tSpaceAfter=No\n\n"
    let input = dir.appendingPathComponent("in.conllu")
    try conllu.write(to: input, atomically: true, encoding: .utf8)
    let out = try tagbench(["tag", "--model", model, "--input", input.path, "--input-format", "conllu", "--output-format", "conllu"])
    #expect(out.status == 0, "\(out.stderr)")
    #expect(out.stdout == conllu.replacingOccurrences(of: "\tX\t", with: "\tDET\t", range: conllu.range(of: "\tX\t"))
        .replacingOccurrences(of: "cat\tX", with: "cat\tNOUN").replacingOccurrences(of: "sleep\tX", with: "sleep\tVERB"))
}

@Test func badInputGivesOneLineErrorsAndANonZeroExit() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let bad = dir.appendingPathComponent("bad.conllu")
    try "1\tthe\tthe\tDET\n".write(to: bad, atomically: true, encoding: .utf8)
    let cases: [([String], String)] = [
        (["train", "--train", bad.path, "--out", dir.appendingPathComponent("m").path], "bad.conllu:1: expected 10 tab-separated columns, found 4"),
        (["train", "--train", dir.appendingPathComponent("missing.conllu").path, "--out", dir.path], "missing.conllu"),
        (["eval", "--model", dir.appendingPathComponent("nomodel").path, "--data", bad.path], "config.json"),
        (["train", "--dropout", "1.5"], "--dropout must be in [0, 1)"),
        (["train", "--char-cnn", "--char-width", "4"], "--char-width must be a positive odd number"),
    ]
    for (arguments, message) in cases {
        let r = try tagbench(arguments)
        #expect(r.status != 0, "\(arguments)")
        #expect(r.stderr.contains(message), "\(arguments): \(r.stderr)")
        let lines = r.stderr.split(separator: "\n").filter { $0.contains("rror") }
        #expect(lines.count == 1, "\(arguments): one error line expected, got \(r.stderr)")
    }
}

@Test func helpExplainsEveryTrainOption() throws {
    let help = try tagbench(["train", "--help"])
    #expect(help.status == 0)
    for option in ["--train", "--dev", "--out", "--format", "--tag-column", "--cell", "--layers", "--bidirectional", "--emb",
                   "--hidden", "--char-cnn", "--char-emb", "--char-filters", "--dropout", "--word-dropout", "--embeddings",
                   "--freeze-embeddings", "--batch", "--epochs", "--lr", "--optimizer", "--clip", "--patience", "--seed",
                   "--max-seconds"] {
        #expect(help.stdout.contains(option), "\(option) not in train --help")
    }
}
