import Foundation
import Testing

// `tagbench search` end to end on the embedded corpus, with trials of a tiny model that
// take well under a second each.

/// Options that make a trial tiny: one epoch of an 8-unit model on large batches.
private let tiny = ["--epochs", "1", "--emb", "8", "--batch", "64"]

private func write(_ text: String, _ name: String, in dir: URL) throws -> String {
    let url = dir.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
}

@Test func searchTrainsEveryTrialRanksThemAndSkipsThemWhenRunAgain() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let space = try write(#"{"hidden": [4, 8], "lr": {"min": 0.005, "max": 0.05, "scale": "log"}}"#, "space.json", in: dir)
    let out = dir.appendingPathComponent("search").path
    let arguments = ["search", "--space", space, "--out", out, "--trials", "3", "--seed", "4"] + tiny

    let first = try tagbench(arguments)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stderr.contains("[3/3] trial 3/3, 1 epoch: hidden="), "\(first.stderr)")
    #expect(first.stderr.contains("search finished: 3 trainings"))
    #expect(!first.stderr.contains("\r") && !first.stderr.contains("\u{1B}"))
    for trial in ["trial-001", "trial-002", "trial-003"] {
        for file in ["config.json", "vocab.json", "model.safetensors", "metrics.json", "settings.json"] {
            #expect(FileManager.default.fileExists(atPath: "\(out)/\(trial)/\(file)"), "\(trial)/\(file) missing")
        }
    }
    let csv = try String(contentsOfFile: out + "/leaderboard.csv", encoding: .utf8).split(separator: "\n")
    #expect(csv.count == 4)
    #expect(csv[0] == "rank,trial,dev_accuracy,dev_span_f1,best_epoch,epochs,budget_epochs,rung,seconds,tokens_per_second,status,hidden,lr")
    let accuracies = csv.dropFirst().map { Double($0.split(separator: ",")[2])! }
    #expect(accuracies == accuracies.sorted(by: >))
    let board = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/leaderboard.json"))) as! [String: Any]
    #expect((board["trials"] as? [Any])?.count == 3)
    #expect(first.stdout.hasPrefix("rank  trial  dev acc"))

    // A trial's settings.json holds the `train` arguments of the same model.
    let settings = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/trial-001/settings.json"))) as! [String: Any]
    let trainArguments = settings["train_arguments"] as! [String]
    #expect(trainArguments.contains("--hidden") && trainArguments.contains("--lr") && trainArguments.suffix(2) == ["--out", out + "/trial-001"])

    let modified = try FileManager.default.attributesOfItem(atPath: out + "/trial-002/model.safetensors")[.modificationDate] as! Date
    let again = try tagbench(arguments)
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stderr.contains("all 3 trainings were already done"), "\(again.stderr)")
    #expect(!again.stderr.contains("[1/3]"))
    #expect(try FileManager.default.attributesOfItem(atPath: out + "/trial-002/model.safetensors")[.modificationDate] as! Date == modified)

    // Another search in the same directory is refused rather than mixed in.
    let other = try tagbench(["search", "--space", space, "--out", out, "--trials", "3", "--seed", "5"] + tiny)
    #expect(other.status != 0)
    #expect(other.stderr.contains("search.json: holds a different search (the seed is 4 there, 5 here)"), "\(other.stderr)")
}

@Test func halvingRetrainsTheBestWithMoreEpochs() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let space = try write(#"{"lr": [0.001, 0.02, 0.05]}"#, "space.json", in: dir)
    let out = dir.appendingPathComponent("search").path
    let r = try tagbench(["search", "--space", space, "--out", out, "--strategy", "halving", "--trials", "3", "--eta", "3",
                          "--epochs", "2", "--emb", "8", "--hidden", "8", "--batch", "64"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.contains("4 trainings (rungs of trials×epochs: 3×1, 1×2)"), "\(r.stderr)")
    #expect(r.stderr.contains("[4/4] trial"), "\(r.stderr)")
    let csv = try String(contentsOfFile: out + "/leaderboard.csv", encoding: .utf8).split(separator: "\n")
    #expect(csv.count == 4)
    #expect(csv[1].split(separator: ",")[5] == "2", "the winner was trained for 2 epochs: \(csv[1])")
}

@Test func badSearchesGiveOneLineErrorsAndANonZeroExit() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let bad = try write("{\n  \"hidden\": [8],\n  \"lrr\": [0.1]\n}\n", "bad.json", in: dir)
    let range = try write(#"{"lr": {"min": 0.001, "max": 0.1}}"#, "range.json", in: dir)
    let dropout = try write(#"{"dropout": [0.2, 1.5]}"#, "dropout.json", in: dir)
    let hidden = try write(#"{"hidden": [8]}"#, "hidden.json", in: dir)
    let out = dir.appendingPathComponent("out").path
    let cases: [([String], String)] = [
        (["search", "--space", bad, "--out", out], "bad.json:3: \"lrr\" is not a searchable option; searchable options: batch,"),
        (["search", "--space", dir.appendingPathComponent("missing.json").path, "--out", out], "missing.json"),
        (["search", "--space", range, "--out", out, "--strategy", "grid"], "\"lr\" is a range"),
        (["search", "--space", dropout, "--out", out, "--strategy", "grid"], "trial 2 (dropout=1.5): --dropout must be in [0, 1)"),
        (["search", "--space", hidden, "--out", out, "--hidden", "16"], "--hidden is given on the command line and searched in the space"),
        (["search", "--space", hidden, "--out", out, "--trails", "3"], "Unknown option '--trails'"),
        (["search", "--space", hidden, "--out", out, "--train", bad], "give --dev with --train"),
    ]
    for (arguments, message) in cases {
        let r = try tagbench(arguments)
        #expect(r.status == 1, "\(arguments): \(r.status)")
        #expect(r.stderr.contains(message), "\(arguments): \(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1, "\(arguments): one line expected, got \(r.stderr)")
    }
    #expect(!FileManager.default.fileExists(atPath: out + "/trial-001"), "no trial starts when the search is bad")
}

@Test func everySearchableOptionIsAnOptionOfTrain() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let help = try tagbench(["train", "--help"])
    let empty = try write("{}", "empty.json", in: dir)
    let space = try tagbench(["search", "--space", empty, "--out", dir.path])  // names the searchable options
    let names = space.stderr.components(separatedBy: "searchable options: ").last!
        .trimmingCharacters(in: .whitespacesAndNewlines).components(separatedBy: ", ")
    #expect(names.count > 15, "\(space.stderr)")
    for name in names {
        #expect(help.stdout.contains("--\(name) ") || help.stdout.contains("--\(name)\n") || help.stdout.contains("--\(name) <"),
                "\(name) is not an option of train")
    }
    let searchHelp = try tagbench(["search", "--help"])
    for option in ["--space", "--out", "--strategy", "--trials", "--budget-seconds", "--seed", "--eta", "--min-epochs"] {
        #expect(searchHelp.stdout.contains(option), "\(option) not in search --help")
    }
}
