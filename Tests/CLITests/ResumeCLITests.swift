import Foundation
import Testing

/// A tagbench process left running, with its standard error readable while it runs.
private final class Running {
    let process = Process()
    let errURL: URL

    init(_ arguments: [String], in directory: URL) throws {
        process.executableURL = binary
        process.arguments = arguments
        errURL = directory.appendingPathComponent("stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    var stderr: String { (try? String(contentsOf: errURL, encoding: .utf8)) ?? "" }

    /// Waits (up to a minute) until standard error contains `text`.
    func wait(for text: String) -> Bool {
        for _ in 0..<600 {
            if stderr.contains(text) { return true }
            if !process.isRunning { return stderr.contains(text) }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }

    func finish() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }
}

private let smallRun = ["--epochs", "3", "--hidden", "16", "--emb", "16", "--dropout", "0.2", "--word-dropout", "0.05"]

@Test func aRunStoppedByCtrlCResumesToTheWeightsOfARunNeverStopped() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let reference = dir.appendingPathComponent("reference"), stopped = dir.appendingPathComponent("stopped")
    let full = try tagbench(["train"] + smallRun + ["--out", reference.path])
    #expect(full.status == 0, "\(full.stderr)")

    let run = try Running(["train"] + smallRun + ["--out", stopped.path], in: dir)
    #expect(run.wait(for: "epoch 1/3:"), "\(run.stderr)")
    run.process.interrupt()  // SIGINT, as Ctrl-C
    #expect(run.finish() == 130, "\(run.stderr)")
    #expect(run.stderr.contains("saved a resume point; continue with: tagbench train --resume"), "\(run.stderr)")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: stopped.path)
    #expect(leftovers.contains("resume.safetensors") && !leftovers.contains { $0.contains(".tmp") }, "\(leftovers)")

    let resumed = try tagbench(["train", "--resume", stopped.path])
    #expect(resumed.status == 0, "\(resumed.stderr)")
    let a = try Data(contentsOf: reference.appendingPathComponent("model.safetensors"))
    let b = try Data(contentsOf: stopped.appendingPathComponent("model.safetensors"))
    #expect(a == b, "the resumed run's weights differ from the uninterrupted run's")
    let metrics = try JSONSerialization.jsonObject(with: Data(contentsOf: stopped.appendingPathComponent("metrics.json"))) as! [String: Any]
    #expect((metrics["epochs"] as! [Any]).count == 3)

    // Once finished there is nothing left to do, and saying so is not an error.
    let again = try tagbench(["train", "--resume", stopped.path])
    #expect(again.status == 0 && again.stderr.contains("nothing was left to resume"), "\(again.stderr)")
}

@Test func resumeRefusesOtherOptionsAndDirectoriesWithoutAResumePoint() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let mixed = try tagbench(["train", "--resume", dir.path, "--lr", "0.1"])
    #expect(mixed.status != 0 && mixed.stderr.contains("give no other option (found --lr)"), "\(mixed.stderr)")
    let empty = try tagbench(["train", "--resume", dir.path])
    #expect(empty.status == 1, "\(empty.stderr)")
    #expect(empty.stderr.contains("no resume.safetensors here: nothing to resume"), "\(empty.stderr)")
    #expect(empty.stderr.split(separator: "\n").count == 1, "\(empty.stderr)")
    // A damaged resume point is named as such.
    try Data("not a checkpoint".utf8).write(to: dir.appendingPathComponent("resume.safetensors"))
    let damaged = try tagbench(["train", "--resume", dir.path])
    #expect(damaged.status == 1 && damaged.stderr.contains("resume.safetensors"), "\(damaged.stderr)")
}

@Test func twoCtrlCsExitAtOnceWithoutLeavingHalfWrittenFiles() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("model")
    // A model big enough that a batch takes far longer than the gap between the two signals
    // (two signals sent at the same instant arrive as one).
    let run = try Running(["train", "--hidden", "512", "--emb", "300", "--batch", "64", "--out", out.path], in: dir)
    #expect(run.wait(for: "model:"), "\(run.stderr)")
    Thread.sleep(forTimeInterval: 1)
    kill(run.process.processIdentifier, SIGINT)
    Thread.sleep(forTimeInterval: 0.05)
    kill(run.process.processIdentifier, SIGINT)
    #expect(run.finish() == 130, "\(run.stderr)")
    #expect(run.stderr.contains("interrupted again: exiting without saving"), "\(run.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
    #expect(!files.contains { $0.contains(".tmp") }, "\(files)")
}

@Test func skipBadBatchesIsAcceptedAndDocumented() throws {
    let help = try tagbench(["train", "--help"])
    #expect(help.stdout.contains("--skip-bad-batches") && help.stdout.contains("--resume <dir>"))
}

@Test func ctrlCStopsASearchWhichTheSameCommandThenFinishes() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let space = dir.appendingPathComponent("space.json")
    try #"{"hidden": [16, 24, 32]}"#.write(to: space, atomically: true, encoding: .utf8)
    let out = dir.appendingPathComponent("search").path
    // Trials long enough (several epochs) to be stopped in the middle of one.
    let arguments = ["search", "--space", space.path, "--out", out, "--strategy", "grid", "--epochs", "30", "--patience", "30"]
    let run = try Running(arguments, in: dir)
    #expect(run.wait(for: "[1/3] trial 1/3"), "\(run.stderr)")
    #expect(run.wait(for: "epoch 1/30:"), "\(run.stderr)")
    run.process.interrupt()
    #expect(run.finish() == 130, "\(run.stderr)")
    #expect(run.stderr.contains("stopped by SIGINT (Ctrl-C) after 0 of 3 trainings; run the same command again to go on"),
            "\(run.stderr)")
    let state = try String(contentsOfFile: out + "/leaderboard.csv", encoding: .utf8)
    #expect(state.contains(",cut,"), "the stopped trial is recorded as unfinished: \(state)")
}

/// Mounts a 2 MB tmpfs (needs root, as CI runs); nil, with a printed reason, where that is
/// not allowed.
private func smallFileSystem(at url: URL) -> Bool {
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    let mount = Process()
    mount.executableURL = URL(fileURLWithPath: "/bin/mount")
    mount.arguments = ["-t", "tmpfs", "-o", "size=2m", "tmpfs", url.path]
    mount.standardError = FileHandle.nullDevice
    guard (try? mount.run()) != nil else { return false }
    mount.waitUntilExit()
    return mount.terminationStatus == 0
}

@Test func aFileSystemTooSmallForTheCheckpointsIsReportedBeforeTraining() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let small = dir.appendingPathComponent("small")
    guard smallFileSystem(at: small) else {
        print("skipped: cannot mount a small tmpfs here (not root, or no mount permission); the free-space check is untested")
        return
    }
    defer {
        let umount = Process()
        umount.executableURL = URL(fileURLWithPath: "/bin/umount")
        umount.arguments = [small.path]
        try? umount.run()
        umount.waitUntilExit()
    }
    let result = try tagbench(["train", "--epochs", "1", "--out", small.appendingPathComponent("model").path])
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stderr.contains("error: not enough space for the checkpoints in"), "\(result.stderr)")
    #expect(!result.stderr.contains("epoch 1/1"), "training must not start: \(result.stderr)")
}
