import ArgumentParser
import Foundation
import Model
import Training

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
            """)

    @OptionGroup var options: RunOptions

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
        let run = try PreparedRun.prepare(data: self.options.data, model: self.options.model)
        let out = try prepareOutputDirectory(self.options.outPath)
        note(run.summary)
        let c = run.config
        note("model: \(c.layers)-layer \(c.bidirectional ? "bidirectional " : "")\(c.cell.rawValue.uppercased()), embeddings \(c.embeddingDim), hidden \(c.hiddenSize), dropout \(c.dropout); writing to \(out.path)")

        let options = self.options.training.options(defaultPool: 50)
        let tagger = try run.makeTagger(model: self.options.model, seed: options.seed)
        let trainer = Trainer(tagger: tagger, options: options)
        var log = RunLog(train: run.trainName, dev: run.devName, options: options, config: run.config)
        let progress = ProgressReporter(epochs: options.epochs)
        let stop = try trainer.train(
            on: run.train, dev: run.dev,
            onEvent: { event in
                progress.handle(event)
                if case .epoch(let summary) = event {
                    log.epochs.append(summary)
                    try? log.write(to: out)
                }
            },
            onBest: { summary in
                try ModelDirectory.save(config: run.config, vocabulary: run.vocabulary, parameters: tagger.parameters,
                                        metadata: ["epoch": String(summary.epoch)], to: out)
                log.bestEpoch = summary.epoch
            })
        progress.clear()
        log.stopReason = stop
        try log.write(to: out)
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
        let total = log.epochs.reduce(0) { $0 + $1.seconds }
        if let accuracy = best.devAccuracy {
            note("\(how) in \(formatDuration(total)); best dev accuracy \(String(format: "%.2f%%", accuracy * 100)) at epoch \(best.epoch)")
        } else {
            note("\(how) in \(formatDuration(total)); best train loss \(String(format: "%.4f", best.trainLoss)) at epoch \(best.epoch)")
        }
        note("model saved in \(out.path)")
    }
}
