import ArgumentParser
import Foundation
import Model
import Training
import Workbench

struct WorkbenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workbench",
        abstract: "Train in the terminal workbench: live loss curves, the batch viewer, a tag box.",
        discussion: """
            Opens a full-screen view of a training run: status, loss per batch and per epoch, dev \
            accuracy, every mini-batch as a grid (sorted sentences × timesteps, padding, \
            batch_sizes, packed rows) and a box to tag a typed sentence with the model as it is \
            now. Takes the same options as `train`; the best model goes to --out as there, and \
            `s` saves the current one to <out>/latest. Press ? inside for every key.

            With no data options it trains on the embedded corpus of original lyric lines. It \
            needs an interactive terminal; use `tagbench train` in scripts.

            After every epoch, and when you quit or a signal stops it, the run writes \
            resume.safetensors into --out: `--resume DIR` (here or with `train`) goes on from \
            there. A second Ctrl-C leaves at once, still restoring the terminal.
            """)

    @OptionGroup var options: RunOptions

    @Option(help: ArgumentHelp(
        "Continue the run in this model directory (from its resume.safetensors), with the options it started with; give no other option.",
        valueName: "dir"))
    var resume: String?

    func run() throws {
        do { try runWorkbench() } catch { throw (error as? ExitCode) ?? fail(error) }
    }

    private func runWorkbench() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw WorkbenchError.notATerminal }
        configureThreads()
        let resumed = try resume.map { try ResumedRun(directory: $0, command: "workbench") }
        let runOptions = resumed?.options ?? self.options
        let run = try PreparedRun.prepare(data: runOptions.data, model: runOptions.model)
        let out = try resumed?.directory ?? prepareOutputDirectory(runOptions.outPath)
        if let resumed { try resumed.check(run) }
        let options = resumed?.point.options ?? runOptions.training.options(defaultPool: 4)
        let tagger = try run.makeTagger(model: runOptions.model, seed: options.seed, resuming: resumed != nil)
        try checkFreeSpace(out, parameterCount: tagger.parameters.totalCount)
        var log = RunLog(train: run.trainName, dev: run.devName, options: options, config: run.config)
        log.epochs = resumed?.point.state.history ?? []
        log.bestEpoch = log.epochs.last(where: \.best)?.epoch
        let metrics = MetricsFile(log, in: out)
        let session = TrainingSession(
            tagger: tagger, vocabulary: run.vocabulary, train: run.train, trainWords: run.trainSentences.map(\.words),
            dev: run.dev, options: options, checkpointDirectory: out,
            onEpoch: { summary in metrics.add(summary) },
            resumeFrom: resumed?.point,
            resumeExtra: ResumedRun.metadata(arguments: resumed?.arguments ?? ResumedRun.arguments(of: "workbench")))
        let outcome = try Workbench.run(session: session)
        let final = outcome.snapshot

        // The terminal is back: say what happened, as `train` does.
        if case .finished(let reason) = final.state { metrics.finish(reason) } else { metrics.finish(.interrupted) }
        if case .failed(let message) = final.state { note("tagbench: training failed: \(message)") }
        let epochs = final.epochSummaries.count
        if let best = final.epochSummaries.last(where: \.best) {
            let score = best.devAccuracy.map { String(format: "best dev accuracy %.2f%%", $0 * 100) }
                ?? String(format: "best train loss %.4f", best.trainLoss)
            note("\(final.state.label) after \(epochs) epoch\(epochs == 1 ? "" : "s") and \(final.batchesDone) batches; \(score) at epoch \(best.epoch); model saved in \(out.path)")
        } else {
            note("\(final.state.label) after \(final.batchesDone) batches, before the first epoch finished; no best model was saved in \(out.path)")
        }
        if case .failed = final.state { throw ExitCode.failure }
        // Ended by a signal: say so with the shell's convention, 128 + the signal number.
        if let signal = outcome.signal {
            if ResumePoint.exists(in: out) { note("stopped by \(signalName(signal)): continue with: tagbench workbench --resume \(out.path)") }
            throw ExitCode(128 + signal)
        }
    }
}

/// `metrics.json` of a workbench run (or of a search trial in the workbench), written after
/// every epoch from the training thread.
final class MetricsFile: @unchecked Sendable {
    private let lock = NSLock()
    private var log: RunLog
    private let directory: URL

    init(_ log: RunLog, in directory: URL) {
        self.log = log
        self.directory = directory
    }

    func add(_ summary: EpochSummary) {
        lock.lock()
        defer { lock.unlock() }
        log.epochs.append(summary)
        if summary.best { log.bestEpoch = summary.epoch }
        try? log.write(to: directory)
    }

    /// Records how the run stopped; returns the whole record.
    @discardableResult
    func finish(_ reason: StopReason) -> RunLog {
        lock.lock()
        defer { lock.unlock() }
        log.stopReason = reason
        try? log.write(to: directory)
        return log
    }
}
