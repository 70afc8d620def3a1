import ArgumentParser
import Foundation
import Model
import Training
import Workbench

struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train a tagger headless and save the best model.",
        discussion: """
            Trains on shuffled, length-bucketed mini-batches, evaluates on the dev corpus after \
            every epoch, keeps the best model (by dev accuracy) in --out and stops early after \
            --patience epochs without improvement. The model directory holds config.json, \
            vocab.json, model.safetensors (docs/model-format.md) and metrics.json (every epoch's \
            figures).

            With no data options it trains on the embedded corpus of original lyric lines.

            The run can always be continued: after every epoch, and when Ctrl-C or SIGTERM \
            stops it (at the next batch boundary), it writes resume.safetensors into --out. \
            `tagbench train --resume DIR` goes on from there with the options the run started \
            with, and with a fixed seed ends with exactly the weights of a run never stopped. \
            A second Ctrl-C exits at once without saving.
            """)

    @OptionGroup var options: RunOptions

    @Option(help: ArgumentHelp(
        "Continue the interrupted run in this model directory (from its resume.safetensors), with the options it started with; give no other option.",
        valueName: "dir"))
    var resume: String?

    func run() throws {
        do {
            try train()
        } catch let error as ExitCode {
            throw error
        } catch {
            throw fail(error)
        }
    }

    private func train() throws {
        configureThreads()
        let resumed = try resume.map { try ResumedRun(directory: $0, command: "train") }
        let runOptions = resumed?.options ?? self.options
        let run = try PreparedRun.prepare(data: runOptions.data, model: runOptions.model)
        let out = try resumed?.directory ?? prepareOutputDirectory(runOptions.outPath)
        note(run.summary)
        let c = run.config
        note("model: \(c.layers)-layer \(c.bidirectional ? "bidirectional " : "")\(c.cell.rawValue.uppercased()), embeddings \(c.embeddingDim), hidden \(c.hiddenSize), dropout \(c.dropout); writing to \(out.path)")
        if let resumed { try resumed.check(run) }

        let options = resumed?.point.options ?? runOptions.training.options(defaultPool: 50)
        let progress = ProgressReporter(epochs: options.epochs)
        // Ctrl-C or SIGTERM: stop at the next batch boundary and save a resume point; a
        // second one leaves at once.
        let signals = watchInterrupts(again: "\r\u{1B}[Ktagbench: interrupted again: exiting without saving\n")
        defer { signals.cancel() }
        let arguments = resumed?.arguments ?? ResumedRun.arguments(of: "train")
        let log = try trainModel(
            run, model: runOptions.model, options: options, to: out, onEvent: progress.handle,
            resumeFrom: resumed?.point, resumeExtra: ResumedRun.metadata(arguments: arguments),
            shouldStop: { signals.fired })
        progress.clear()
        let stop = log.stopReason ?? .interrupted
        if stop == .interrupted, let sig = signals.firedSignal {
            note("stopped by \(signalName(sig)): saved a resume point; continue with: tagbench train --resume \(out.path)")
            throw ExitCode(128 + sig)
        }
        guard let best = log.best else {
            note("stopped (\(stop.rawValue)) before the first epoch finished; no model was saved")
            throw ExitCode.failure
        }
        let how = switch stop {
        case .finished: "finished \(log.epochs.count) epochs"
        case .earlyStopping: "stopped early after \(log.epochs.count) epochs"
        case .timeLimit: "reached the time limit after \(log.epochs.count) epochs"
        case .interrupted: "interrupted after \(log.epochs.count) epochs"
        }
        if resumed?.point.state.stopReason != nil {
            note("the run in \(out.path) had already ended (\(stop.rawValue)); nothing was left to resume")
        }
        let total = log.epochs.reduce(0) { $0 + $1.seconds }
        if let f1 = best.devSpanF1, let accuracy = best.devAccuracy {
            note("\(how) in \(formatDuration(total)); best dev span F1 \(String(format: "%.2f%%", f1 * 100)) (accuracy \(String(format: "%.2f%%", accuracy * 100))) at epoch \(best.epoch)")
        } else if let accuracy = best.devAccuracy {
            note("\(how) in \(formatDuration(total)); best dev accuracy \(String(format: "%.2f%%", accuracy * 100)) at epoch \(best.epoch)")
        } else {
            note("\(how) in \(formatDuration(total)); best train loss \(String(format: "%.4f", best.trainLoss)) at epoch \(best.epoch)")
        }
        note("model saved in \(out.path)")
    }
}

/// One training run from a new tagger (or a resume point) to its end: the best model (by
/// dev accuracy, or by training loss without a dev corpus) saved in `out` and
/// `metrics.json` rewritten after every epoch. `train`, `train --resume` and every trial of
/// `search` run through here.
/// - Parameters:
///   - onEvent: every batch and epoch, on the calling thread.
///   - resumeFrom: a saved point to continue from instead of a new tagger.
///   - resumeExtra: when given, a resume point (`resume.safetensors`) with this metadata is
///     written to `out` after every epoch and when the run stops.
///   - shouldStop: polled between batches (a signal arrived, say).
/// - Returns: the run's record, as in `metrics.json`, its stop reason set.
/// - Throws: the errors of `PreparedRun.makeTagger`, `Trainer.train` and `ModelDirectory.save`.
func trainModel(
    _ run: PreparedRun, model: ModelOptions, options: TrainingOptions, to out: URL,
    onEvent: (TrainingEvent) -> Void = { _ in },
    resumeFrom: ResumePoint? = nil, resumeExtra: [String: String]? = nil,
    shouldStop: () -> Bool = { false }
) throws -> RunLog {
    let tagger = try run.makeTagger(model: model, seed: options.seed, resuming: resumeFrom != nil)
    try checkFreeSpace(out, parameterCount: tagger.parameters.totalCount)
    let trainer = Trainer(tagger: tagger, options: options)
    var log = RunLog(train: run.trainName, dev: run.devName, options: options, config: run.config)
    if let resumeFrom {
        try resumeFrom.restore(into: trainer)
        log.epochs = trainer.history
        log.bestEpoch = trainer.history.last(where: \.best)?.epoch
    }
    func saveResumePoint() throws {
        if let resumeExtra { try ResumePoint.save(trainer, extra: resumeExtra, to: out) }
    }
    let stop = try trainer.train(
        on: run.train, dev: run.dev,
        onEvent: { event in
            onEvent(event)
            if case .epoch(let summary) = event {
                log.epochs.append(summary)
                try? log.write(to: out)
            }
        },
        onBest: { summary in
            try ModelDirectory.save(config: run.config, vocabulary: run.vocabulary, parameters: tagger.parameters,
                                    metadata: ["epoch": String(summary.epoch)], to: out)
            log.bestEpoch = summary.epoch
        },
        onEpochEnd: saveResumePoint,
        shouldStop: shouldStop)
    if stop == .interrupted || stop == .timeLimit { try saveResumePoint() }
    log.stopReason = stop
    try log.write(to: out)
    return log
}
