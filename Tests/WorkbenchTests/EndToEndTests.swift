import Foundation
import Training
import Testing

/// Drives the real `tagbench` binary in a tmux window: the whole workbench, as a user sees it.
enum TmuxHarness {
    static let tmuxPath: String? = {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/tmux"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()

    /// The tagbench binary next to the test bundle (the same build), or `TAGBENCH_BIN`.
    static var binary: String? {
        if let env = ProcessInfo.processInfo.environment["TAGBENCH_BIN"] { return env }
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidates = [bundleDir.appendingPathComponent("tagbench").path]
        // An .xctest bundle directory (macOS) sits in the same build folder as the binary.
        candidates.append(bundleDir.deletingLastPathComponent().appendingPathComponent("tagbench").path)
        candidates.append(repositoryRoot.appendingPathComponent(".build/debug/tagbench").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// One private tmux server (its own socket) running one window.
final class TmuxWindow {
    let socket = "tagbench-test-\(getpid())-\(UUID().uuidString.prefix(8))"
    let tmux: String

    init(tmux: String, width: Int, height: Int, command: String) throws {
        self.tmux = tmux
        try run(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                 "-e", "LANG=C.UTF-8", "-e", "LC_ALL=C.UTF-8", "-e", "TERM=xterm-256color", command], capture: false)
    }

    deinit { close() }

    /// Ends the tmux server (and what runs in it).
    func close() { _ = try? run(["kill-server"], capture: false) }

    /// Runs tmux with `arguments` and returns what it printed. posix_spawn and waitpid, with
    /// output through a file: the server tmux starts keeps no pipe of ours open.
    @discardableResult
    func run(_ arguments: [String], capture: Bool = true) throws -> String {
        let outPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-out-\(UUID().uuidString)").path
        defer { unlink(outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? outPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([tmux, "-L", socket] + arguments).map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0)=\($1)") } + [nil]
        defer { for p in argv + envp { free(p) } }
        // tmux and what it runs get default signal handling and an empty signal mask,
        // whatever the test runner uses.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, tmux, &actions, &attributes, argv, envp)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return capture ? ((try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "") : ""
    }

    func capture() -> String { (try? run(["capture-pane", "-p", "-t", "0"])) ?? "" }
    func keys(_ keys: String...) throws { try run(["send-keys", "-t", "0"] + keys) }
    func type(_ text: String) throws { try run(["send-keys", "-t", "0", "-l", text]) }
    func resize(_ width: Int, _ height: Int) throws { try run(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"]) }
    func format(_ f: String) -> String { ((try? run(["display-message", "-p", "-t", "0", f])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Polls the screen until `condition` holds (up to `timeout` seconds); returns the last capture.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 60, _ condition: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = capture()
        while !condition(screen) {
            if Date() > deadline {
                Issue.record("timed out waiting for \(what); the screen was:\n\(screen)")
                return screen
            }
            Thread.sleep(forTimeInterval: 0.2)
            screen = capture()
        }
        return screen
    }
}

func hasBraille(_ s: String) -> Bool { s.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) } }

@Suite("End to end: the real binary in tmux", .serialized,
       .enabled(if: TmuxHarness.tmuxPath != nil, "tmux is not installed: the end-to-end workbench tests are skipped"))
struct EndToEndTests {
    func start(_ out: URL, width: Int = 120, height: Int = 40) throws -> TmuxWindow {
        guard let binary = TmuxHarness.binary else {
            Issue.record("the tagbench binary is not built; run `swift build` (make test does) or set TAGBENCH_BIN")
            throw CancellationError()
        }
        let command = "'\(binary)' workbench --out '\(out.path)' --epochs 500 --patience 500 --hidden 32 --emb 32; "
            + "echo EXIT=$?; stty -a; sleep 120"
        return try TmuxWindow(tmux: TmuxHarness.tmuxPath!, width: width, height: height, command: command)
    }

    @Test("Loss curve, batch stepping, tagging, resize, save, quit: terminal restored, checkpoint on disk")
    func session() throws {
        let out = try temporaryDirectory("e2e")
        defer { try? FileManager.default.removeItem(at: out) }
        let window = try start(out)
        defer { window.close() }

        // The loss curve draws in braille, and at least one epoch ends (the best model is saved).
        window.waitFor("the loss curve") { hasBraille($0) && $0.contains("train loss") && $0.contains("e1") }
        #expect(window.format("#{alternate_on}") == "1")

        // Pause, then step the batch viewer back and number the packed rows.
        try window.keys("p")
        window.waitFor("the paused state") { $0.contains("paused") }
        let live = window.capture()
        try window.keys(",")
        let stepped = window.waitFor("the previous batch") { $0.contains("history") }
        #expect(live.contains("live"))
        #expect(stepped.contains("batch_sizes"))
        try window.keys("n")
        window.waitFor("packed row numbers") { $0.contains("packed rows") && $0.contains("packed from") }

        // Tag a sentence while training is paused.
        try window.keys("/")
        try window.type("I drove all night .")
        try window.keys("Enter")
        let tagged = window.waitFor("the tags of the typed sentence") { $0.contains("model at epoch") }
        let lines = tagged.components(separatedBy: "\n")
        let wordsRow = try #require(lines.firstIndex { $0.hasPrefix("│I ") && $0.contains("drove") })
        let upos = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
                    "PUNCT", "SCONJ", "SYM", "VERB", "X"]
        let tagRow = lines[wordsRow + 1].split(separator: " ").map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "│")) }
            .filter { !$0.isEmpty }
        #expect(tagRow.count == 5 && tagRow.allSatisfy(upos.contains), "tags under the words: \(tagRow)")
        try window.keys("Escape")

        // Save now, then resume.
        try window.keys("s")
        window.waitFor("the save message") { $0.contains("saved") }
        try window.keys("p")
        window.waitFor("training again") { $0.contains("training") }

        // Resize: too small, then large again.
        try window.resize(50, 15)
        window.waitFor("the too-small screen") { $0.contains("terminal too small") }
        try window.resize(100, 30)
        window.waitFor("the full screen again") { $0.contains("train loss") && $0.contains("tag a sentence") }

        // Quit asks first while training; y quits.
        try window.keys("q")
        window.waitFor("the quit question") { $0.contains("Quit now?") }
        try window.keys("y")
        let after = window.waitFor("the exit") { $0.contains("EXIT=") }
        #expect(after.contains("EXIT=0"))
        #expect(after.contains("model saved in"))
        #expect(window.format("#{alternate_on}") == "0")
        #expect(window.format("#{cursor_flag}") == "1")
        #expect(after.contains(" echo ") && !after.contains("-echo "))
        #expect(after.contains(" icanon") && !after.contains("-icanon"))
        for file in ["config.json", "vocab.json", "model.safetensors", "metrics.json", "latest/model.safetensors"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file)")
        }
    }

    @Test("Ctrl-C restores the terminal and keeps the checkpoint")
    func interrupt() throws {
        let out = try temporaryDirectory("e2e-int")
        defer { try? FileManager.default.removeItem(at: out) }
        let window = try start(out, width: 90, height: 28)
        defer { window.close() }
        window.waitFor("the first epoch") { hasBraille($0) && $0.contains("e1") }
        try window.keys("C-c")
        let after = window.waitFor("the exit") { $0.contains("EXIT=") }
        #expect(window.format("#{alternate_on}") == "0")
        #expect(after.contains(" echo ") && !after.contains("-echo "))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("model.safetensors").path))
        // Stopped by the signal: exit 128 + SIGINT, with a resume point to go on from.
        #expect(after.contains("EXIT=130"), "\(after)")
        #expect(after.contains("tagbench workbench --resume"), "\(after)")
        let point = try ResumePoint.load(from: out)
        #expect(point.state.stopReason == nil && point.state.epoch >= 1)
        #expect(!point.state.history.isEmpty)
    }
}
