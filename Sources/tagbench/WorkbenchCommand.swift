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
            """)

    @OptionGroup var options: RunOptions

    func run() throws {
        do { try runWorkbench() } catch { throw (error as? ExitCode) ?? fail(error) }
    }

    private func runWorkbench() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw WorkbenchError.notATerminal }
        configureThreads()
        let run = try PreparedRun.prepare(data: self.options.data, model: self.options.model)
        let out = try prepareOutputDirectory(self.options.outPath)
        let options = self.options.training.options(defaultPool: 4)
        let tagger = try run.makeTagger(model: self.options.model, seed: options.seed)
        let metrics = MetricsFile(RunLog(train: run.trainName, dev: run.devName, options: options, config: run.config), in: out)
        let session = TrainingSession(
            tagger: tagger, vocabulary: run.vocabulary, train: run.train, trainWords: run.trainSentences.map(\.words),
            dev: run.dev, options: options, checkpointDirectory: out,
            onEpoch: { summary in metrics.add(summary) })
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
        if let signal = outcome.signal { throw ExitCode(128 + signal) }
    }
}

/// `metrics.json` of a workbench run, written after every epoch from the training thread.
private final class MetricsFile: @unchecked Sendable {
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

    func finish(_ reason: StopReason) {
        lock.lock()
        defer { lock.unlock() }
        log.stopReason = reason
        try? log.write(to: directory)
    }
}
