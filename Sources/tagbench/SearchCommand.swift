import ArgumentParser
import Foundation
import Training
import Workbench

extension SearchStrategy: ExpressibleByArgument {}

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search hyperparameters: train many settings and rank them by dev accuracy.",
        discussion: """
            The space file (JSON) names, for options of `tagbench train` (without dashes), a \
            list of values or a range, e.g. {"lr": {"min": 1e-4, "max": 1e-2, "scale": "log"}, \
            "hidden": [64, 128, 256], "cell": ["lstm", "gru"]}; README.md describes it in full \
            and examples/search-space.json is one.

            random trains --trials settings drawn from the space, grid every combination of \
            the listed values, each for --epochs epochs. halving (successive halving) draws \
            --trials settings, trains them all for --min-epochs epochs, retrains the best \
            1/--eta of them for --eta times as many epochs, and so on until one is left or \
            the epochs reach --epochs; it finds good settings in a fraction of the time.

            Every other option is an option of `tagbench train`, the same for every trial: the \
            data (--train, --dev; the embedded corpus by default), --epochs (each trial's full \
            budget), and any model or training option the space does not search. --seed draws \
            the settings and is every trial's training seed.

            Each trial trains into <out>/trial-NNN (the model directory of `train`, plus \
            settings.json with the equivalent `tagbench train` arguments). After every trial \
            <out>/leaderboard.csv and leaderboard.json rank the trials, and <out>/search.json \
            records the results: the same command run again skips finished trials and reruns \
            an unfinished one.

            --workbench shows the search in the terminal workbench: the trial in progress as \
            `tagbench workbench` shows a run, with a leaderboard panel beside its charts.
            """)

    @Option(name: .customLong("space"), help: ArgumentHelp("The search space, a JSON file.", valueName: "file"))
    var spacePath: String

    @Option(name: .customLong("out"), help: ArgumentHelp(
        "Search directory: a folder per trial, the leaderboard and the search's state (created if missing).",
        valueName: "dir"))
    var outPath: String

    @Option(help: "How to search: random, grid or halving.")
    var strategy: SearchStrategy = .random

    @Option(help: "Settings to draw (random: 10 by default; halving: 27). grid trains every point of the space.")
    var trials: Int?

    @Option(help: "Start no training after this many seconds, and end the one running then (run the same command again to go on).")
    var budgetSeconds: Double?

    @Option(help: "Seed of the search: the same seed draws the same settings, and every trial trains with it (unless the space searches seed).")
    var seed: UInt64 = 1

    @Option(help: "halving: keep the best 1/eta of each rung, and give them eta times the epochs.")
    var eta = 3

    @Option(help: "halving: epochs of the first rung.")
    var minEpochs = 1

    @Flag(help: "Show the search in the terminal workbench: the live curves, batches and tag box of the trial in progress beside a leaderboard panel. q stops the search (the same command goes on from there).")
    var workbench = false

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp(
        "Options of `tagbench train` shared by every trial (see `tagbench train --help`).", valueName: "train-options"))
    var trainArguments: [String] = []

    func validate() throws {
        if let trials, trials < 1 { throw ValidationError("--trials must be at least 1") }
        if trials != nil, strategy == .grid {
            throw ValidationError("grid trains every point of the space; --trials is for random and halving")
        }
        if let budgetSeconds, !(budgetSeconds > 0) { throw ValidationError("--budget-seconds must be positive") }
        if eta < 2 { throw ValidationError("--eta must be at least 2") }
        if minEpochs < 1 { throw ValidationError("--min-epochs must be at least 1") }
        for option in ["--out", "--seed"] where trainArguments.contains(where: { $0 == option || $0.hasPrefix(option + "=") }) {
            throw ValidationError("\(option) is an option of search itself; give it once")
        }
    }

    func run() throws {
        do {
            configureThreads()
            let search = try SearchRun(self)
            if workbench { try search.runInWorkbench() } else { try search.run() }
        } catch let error as ExitCode {
            throw error
        } catch {
            throw fail(error)
        }
    }
}

enum SearchError: Error, CustomStringConvertible {
    case trainOptions(String)
    case trial(Int, [SearchSetting], String)
    case conflict(String)
    case noDev

    var description: String {
        switch self {
        case .trainOptions(let message): message
        case .trial(let n, let settings, let message): "trial \(n) (\(settings.text)): \(message)"
        case .conflict(let name):
            "--\(name) is given on the command line and searched in the space; drop one of them"
        case .noDev: "search ranks trials by dev accuracy: give --dev with --train"
        }
    }
}

/// One search: its plan, its directory, and the trials still to train.
final class SearchRun {
    let command: Search
    let space: SearchSpace
    let plan: SearchPlan
    let fixed: RunOptions
    let out: URL
    let stateURL: URL
    var state: SearchState
    /// Prepared data by the options that change the encoding (min-count, char-cnn).
    var data: [String: PreparedRun] = [:]
    let start = Date()

    init(_ command: Search) throws {
        self.command = command
        let spaceURL = URL(fileURLWithPath: command.spacePath)
        let bytes: Data
        do { bytes = try Data(contentsOf: spaceURL) } catch {
            throw CheckpointError.cannotRead(path: command.spacePath, reason: (error as NSError).localizedFailureReason ?? "no such file or not readable")
        }
        space = try SearchSpace.parse(bytes, name: command.spacePath)
        fixed = try Self.parse(command.trainArguments)
        if fixed.data.trainPath != nil, fixed.data.devPath == nil { throw SearchError.noDev }
        for name in space.names {
            if command.trainArguments.contains(where: { $0 == "--\(name)" || $0.hasPrefix("--\(name)=") }) {
                throw SearchError.conflict(name)
            }
        }
        let trials = command.trials ?? (command.strategy == .halving ? 27 : 10)
        plan = try SearchPlan(space: space, strategy: command.strategy, trials: trials, seed: command.seed,
                              maxEpochs: fixed.training.epochs, eta: command.eta, minEpochs: command.minEpochs)
        // Every trial's options go through `train`'s validation before any training starts.
        for (i, settings) in plan.configurations.enumerated() {
            do {
                _ = try RunOptions.parse(command.trainArguments + settings.flatMap(\.arguments))
            } catch {
                throw SearchError.trial(i + 1, settings, RunOptions.message(for: error))
            }
        }
        out = try prepareOutputDirectory(command.outPath)
        stateURL = out.appendingPathComponent(SearchState.fileName)
        let halving = command.strategy == .halving
        let description = SearchDescription(
            strategy: command.strategy, space: space.canonicalText, seed: command.seed,
            trials: command.strategy == .grid ? plan.configurations.count : trials,
            eta: halving ? command.eta : nil, minEpochs: halving ? command.minEpochs : nil,
            maxEpochs: fixed.training.epochs, trainArguments: command.trainArguments)
        let saved = FileManager.default.fileExists(atPath: stateURL.path)
            ? try SearchState.decode(Data(contentsOf: stateURL), name: stateURL.path) : nil
        state = try SearchState.resuming(saved, as: description, name: stateURL.path)
    }

    static func parse(_ arguments: [String]) throws -> RunOptions {
        do { return try RunOptions.parse(arguments) } catch {
            throw SearchError.trainOptions(RunOptions.message(for: error))
        }
    }

    /// What the search directory says before this session trains anything.
    private(set) lazy var before = plan.progress(results: state.results)
    private var budgetSpent = false
    /// The trial training now (for the workbench's leaderboard).
    private(set) var current: TrialWork?

    func announce() {
        _ = before
        let rungText = plan.rungs.map { "\($0.trials)×\($0.epochs)" }.joined(separator: ", ")
        let epochs = fixed.training.epochs
        note("search: \(command.strategy.rawValue), \(plan.configurations.count) settings of \(space.names.joined(separator: ", ")); \(plan.totalRuns) trainings (\(command.strategy == .halving ? "rungs of trials×epochs: \(rungText)" : "\(epochs) epoch\(epochs == 1 ? "" : "s") each")); writing to \(out.path)")
        if before.runs > 0 { note("resuming: \(before.runs) of \(plan.totalRuns) trainings already done") }
    }

    /// The next training and the seconds left of the budget, or nil when the plan is done
    /// or the budget spent.
    func nextWork() -> (work: TrialWork, remaining: Double?)? {
        guard !budgetSpent, let work = plan.next(results: state.results) else { current = nil; return nil }
        var remaining: Double?
        if let budget = command.budgetSeconds {
            let elapsed = Date().timeIntervalSince(start)
            guard elapsed < budget else { budgetSpent = true; current = nil; return nil }
            remaining = budget - elapsed
        }
        current = work
        return (work, remaining)
    }

    /// `[4/13] trial 2/9 rung 2/3, 3 epochs`.
    func label(_ work: TrialWork) -> String {
        let done = plan.progress(results: state.results)
        return "[\(done.runs + 1)/\(plan.totalRuns)] trial \(work.trial)/\(plan.configurations.count)"
            + (plan.rungs.count > 1 ? " rung \(work.rung + 1)/\(plan.rungs.count)" : "")
            + ", \(work.epochs) epoch\(work.epochs == 1 ? "" : "s")"
    }

    func run() throws {
        announce()
        // Ctrl-C or SIGTERM ends the trial in progress at a batch boundary, records it as
        // unfinished (the same command reruns it) and stops; a second one leaves at once.
        let signals = watchInterrupts(again: "tagbench: interrupted again: exiting (the unfinished trial is rerun next time)\n")
        defer { signals.cancel() }
        var sessionEpochs = 0, sessionSeconds = 0.0
        while let (work, remaining) = nextWork() {
            let done = plan.progress(results: state.results)
            note("\(label(work)): \(work.settings.text)")
            let trialStart = Date()
            let epochsBefore = sessionEpochs
            let secondsSoFar = sessionSeconds
            let remainingEpochs = plan.totalEpochs - done.epochs
            let result = try train(work, remainingBudget: remaining, shouldStop: { signals.fired }) { summary in
                sessionEpochs += 1
                let perEpoch = (secondsSoFar + Date().timeIntervalSince(trialStart)) / Double(max(sessionEpochs, 1))
                let left = Double(remainingEpochs - (sessionEpochs - epochsBefore)) * perEpoch
                var line = "  epoch \(summary.epoch)/\(work.epochs):"
                if let a = summary.devAccuracy { line += " dev accuracy \(String(format: "%.2f%%", a * 100))," }
                line += " \(thousands(Int(summary.tokensPerSecond.rounded()))) tok/s; search ETA \(formatDuration(max(left, 0)))"
                note(line)
            }
            sessionSeconds += Date().timeIntervalSince(trialStart)
            if let sig = signals.firedSignal {
                try record(result)
                let progress = plan.progress(results: state.results)
                note("stopped by \(signalName(sig)) after \(progress.runs) of \(plan.totalRuns) trainings; run the same command again to go on")
                throw ExitCode(128 + sig)
            }
            let board = try record(result)
            note("  → \(outcome(result)); best so far: \(board.entries.first.map(summaryLine) ?? "none")")
        }
        try finish()
    }

    /// Records a result in `search.json` and the leaderboard files; a result cut short by
    /// the budget ends the search.
    @discardableResult
    func record(_ result: TrialResult) throws -> Leaderboard {
        state.record(result)
        try writeAtomically(state.encoded(), to: stateURL)
        let board = leaderboard
        try board.write(to: out)
        if !result.complete { budgetSpent = true }
        return board
    }

    var leaderboard: Leaderboard { Leaderboard(results: state.results, options: space.names, strategy: command.strategy) }

    /// The closing lines, and the leaderboard's first rows on standard output.
    func finish() throws {
        let board = leaderboard
        try board.write(to: out)
        let progress = plan.progress(results: state.results)
        if budgetSpent {
            note("time budget spent after \(progress.runs) of \(plan.totalRuns) trainings; run the same command again to go on")
        } else if plan.next(results: state.results) != nil {
            note("search stopped after \(progress.runs) of \(plan.totalRuns) trainings; run the same command again to go on")
        } else if progress.runs == before.runs {
            note("all \(plan.totalRuns) trainings were already done")
        } else {
            note("search finished: \(plan.totalRuns) trainings in \(formatDuration(Date().timeIntervalSince(start)))")
        }
        print(table(board), terminator: "")
        note("leaderboard: \(out.appendingPathComponent(Leaderboard.csvFile).path)")
    }

    /// Everything one trial trains with, its settings.json written.
    struct Trial {
        var work: TrialWork
        var options: RunOptions
        var training: TrainingOptions
        var run: PreparedRun
        var directory: URL
        /// Whether the search's budget, not the trial's own --max-seconds, limits it.
        var cutByBudget: Bool

        /// The result of a run recorded in `log`.
        func result(_ log: RunLog, seconds: Double) -> TrialResult {
            TrialResult(work: work, log: log, seconds: seconds,
                        complete: !(log.stopReason == .interrupted || (cutByBudget && log.stopReason == .timeLimit)))
        }

        /// The result of a run that failed (a loss that is not finite): a result of the
        /// search, not its end.
        func failed(_ message: String, seconds: Double) -> TrialResult {
            var result = TrialResult(work: work, log: RunLog(train: run.trainName, dev: run.devName, options: training, config: run.config),
                                     seconds: seconds, complete: true)
            result.failure = message
            return result
        }
    }

    func prepare(_ work: TrialWork, remainingBudget: Double?) throws -> Trial {
        var options = try Self.parse(command.trainArguments + work.settings.flatMap(\.arguments))
        options.training.epochs = work.epochs
        if !space.names.contains("seed") { options.training.seed = command.seed }
        let directory = out.appendingPathComponent(String(format: "trial-%03d", work.trial), isDirectory: true)
        options.outPath = directory.path
        var training = options.training.options(defaultPool: 50)
        var cutByBudget = false
        if let remainingBudget, remainingBudget < training.maxSeconds ?? .infinity {
            training.maxSeconds = remainingBudget
            cutByBudget = true
        }
        let run = try prepared(options)
        _ = try prepareOutputDirectory(directory.path)
        let arguments = removing(["--epochs"], from: command.trainArguments) + work.settings.flatMap(\.arguments)
            + ["--epochs", String(work.epochs), "--seed", String(training.seed), "--out", directory.path]
        try writeAtomically(TrialSettings(trial: work.trial, rung: work.rung, epochs: work.epochs, settings: work.settings,
                                          trainArguments: arguments).encoded(),
                            to: directory.appendingPathComponent(TrialSettings.fileName))
        return Trial(work: work, options: options, training: training, run: run, directory: directory, cutByBudget: cutByBudget)
    }

    /// Trains one piece of work into its trial folder.
    func train(_ work: TrialWork, remainingBudget: Double?, shouldStop: () -> Bool = { false },
               onEpoch: (EpochSummary) -> Void) throws -> TrialResult {
        let trial = try prepare(work, remainingBudget: remainingBudget)
        let start = Date()
        do {
            let log = try trainModel(trial.run, model: trial.options.model, options: trial.training, to: trial.directory,
                                     onEvent: { event in if case .epoch(let summary) = event { onEpoch(summary) } },
                                     shouldStop: shouldStop)
            return trial.result(log, seconds: Date().timeIntervalSince(start))
        } catch let error as TrainingError {
            return trial.failed(error.description, seconds: Date().timeIntervalSince(start))
        }
    }

    /// The search in the workbench: each trial is a `TrainingSession` on screen; when one
    /// ends, its result is recorded and the next one starts, beside the leaderboard.
    func runInWorkbench() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw WorkbenchError.notATerminal }
        announce()
        var active: (trial: Trial, metrics: MetricsFile, start: Date)?
        var failure: Error?
        func startNext() throws -> TrainingSession? {
            guard let (work, remaining) = nextWork() else { return nil }
            let trial = try prepare(work, remainingBudget: remaining)
            let tagger = try trial.run.makeTagger(model: trial.options.model, seed: trial.training.seed)
            let metrics = MetricsFile(RunLog(train: trial.run.trainName, dev: trial.run.devName, options: trial.training,
                                             config: trial.run.config), in: trial.directory)
            active = (trial, metrics, Date())
            return TrainingSession(
                tagger: tagger, vocabulary: trial.run.vocabulary, train: trial.run.train,
                trainWords: trial.run.trainSentences.map(\.words), dev: trial.run.dev, options: trial.training,
                checkpointDirectory: trial.directory, onEpoch: { metrics.add($0) })
        }
        /// Records the trial that ended with `snapshot`; a stopped one is left to rerun.
        func complete(_ snapshot: EngineSnapshot) throws {
            guard let (trial, metrics, start) = active else { return }
            let seconds = Date().timeIntervalSince(start)
            switch snapshot.state {
            case .finished(.interrupted): metrics.finish(.interrupted)
            case .finished(let reason): try record(trial.result(metrics.finish(reason), seconds: seconds))
            case .failed(let message):
                metrics.finish(.interrupted)
                try record(trial.failed(message, seconds: seconds))
            default: return
            }
            active = nil
        }
        guard let first = try startNext() else { return try finish() }
        let outcome = try Workbench.run(
            session: first,
            next: { snapshot in
                do {
                    try complete(snapshot)
                    return try startNext()
                } catch {
                    failure = error
                    return nil
                }
            },
            leaderboard: { [unowned self] in
                LeaderboardView(board: leaderboard, current: current,
                                progress: current.map { label($0) } ?? "search over: q quits")
            })
        if failure == nil { try complete(outcome.snapshot) }
        if let (_, metrics, _) = active { metrics.finish(.interrupted) }
        if let failure { throw failure }
        try finish()
        if let signal = outcome.signal { throw ExitCode(128 + signal) }
    }

    /// The data of a trial, read and encoded once per distinct min-count and char-cnn.
    func prepared(_ options: RunOptions) throws -> PreparedRun {
        let key = "\(options.data.minCount) \(options.model.charCNN)"
        if let run = data[key] { return run.reconfigured(for: options.model) }
        let run = try PreparedRun.prepare(data: options.data, model: options.model)
        if data.isEmpty { note(run.summary) }
        data[key] = run
        return run
    }

    func outcome(_ r: TrialResult) -> String {
        if let failure = r.failure { return "failed: \(failure)" }
        var s = r.devAccuracy.map { "dev accuracy \(String(format: "%.2f%%", $0 * 100)) at epoch \(r.bestEpoch ?? 0)" } ?? "no epoch finished"
        s += " in \(formatDuration(r.seconds))"
        if !r.complete { s += ", cut short by the time budget" }
        return s
    }

    func summaryLine(_ r: TrialResult) -> String {
        "trial \(r.trial), " + (r.devAccuracy.map { String(format: "%.2f%%", $0 * 100) } ?? "-")
    }

    /// The leaderboard's first rows as a plain table (standard output).
    func table(_ board: Leaderboard, rows: Int = 10) -> String {
        func pad(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
        var lines = ["rank  trial  dev acc   epochs  seconds     tok/s  settings"]
        for (i, r) in board.entries.prefix(rows).enumerated() {
            let acc = r.devAccuracy.map { String(format: "%.2f%%", $0 * 100) } ?? "-"
            let note = r.failure != nil ? " (failed)" : !r.complete ? " (cut)" : ""
            lines.append([pad(String(i + 1), 4), pad(String(r.trial), 5), pad(acc, 7), pad("\(r.epochs)/\(r.budgetEpochs)", 8),
                          pad(String(format: "%.1f", r.seconds), 7), pad(thousands(Int(r.tokensPerSecond.rounded())), 9),
                          r.settings.text + note].joined(separator: "  "))
        }
        if board.entries.count > rows { lines.append("… \(board.entries.count - rows) more in \(Leaderboard.csvFile)") }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `settings.json` in a trial folder: what the trial trains, and the `tagbench train`
/// arguments that train the same model.
private struct TrialSettings: Encodable {
    static let fileName = "settings.json"
    var trial: Int
    var rung: Int
    var epochs: Int
    var settings: [SearchSetting]
    var trainArguments: [String]

    enum CodingKeys: String, CodingKey {
        case trial, rung, epochs, settings, trainArguments = "train_arguments"
    }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}

/// `arguments` without the options `names` and their values (`--epochs 3`, `--epochs=3`).
private func removing(_ names: Set<String>, from arguments: [String]) -> [String] {
    var out: [String] = [], i = 0
    while i < arguments.count {
        let a = arguments[i]
        if names.contains(a) {
            i += 2
        } else {
            if !names.contains(where: { a.hasPrefix($0 + "=") }) { out.append(a) }
            i += 1
        }
    }
    return out
}
