import Corpus
import Dispatch
import Foundation
import Model
import Training

/// A command for the training engine; applied between batches, in the order sent.
public enum SessionCommand: Sendable, Equatable {
    case pause, resume, togglePause
    /// End the run at the next batch boundary (the run finishes as `.interrupted`).
    case stop
    /// Save the model as it is now into `<checkpoint directory>/latest`.
    case save
    /// Multiply the learning rate by this factor.
    case scaleLearningRate(Float)
}

/// The training engine behind the workbench: a `Trainer` on its own Dispatch queue that
/// publishes `EngineSnapshot`s and obeys commands between batches.
///
/// Threads: the training thread alone touches the tagger, for training, tagging typed
/// sentences and saving. Other threads call `send`, `requestTags` and `snapshot()`, which
/// only take a lock for as long as it takes to copy a value: none of them waits on a batch.
/// A paused session blocks the training thread on a condition between batches, so no
/// computation happens until `resume` (tag requests and saves are still served).
/// After training ends the thread stays to serve tag requests and saves until `close()`.
public final class TrainingSession: @unchecked Sendable {
    /// Called on the training thread after each epoch (write metrics there).
    public typealias EpochHandler = @Sendable (EpochSummary) -> Void

    private let tagger: Tagger
    private let vocabulary: Vocabulary
    private let train: EncodedCorpus
    private let trainWords: [[String]]
    private let dev: EncodedCorpus?
    private let options: TrainingOptions
    private let checkpointDirectory: URL?
    private let historyLimit: Int
    private let onEpoch: EpochHandler?
    private let resumeFrom: ResumePoint?
    private let resumeExtra: [String: String]?
    private let queue = DispatchQueue(label: "tagbench.training", qos: .userInitiated)

    // Guarded by `condition`.
    private let condition = NSCondition()
    private var published = EngineSnapshot()
    private var commands: [SessionCommand] = []
    private var tagRequests: [(id: Int, words: [String])] = []
    private var nextRequest = 1
    private var closed = false
    private var started = false
    private var threadDone = false

    // Owned by the training thread.
    private var working = EngineSnapshot()
    private var trainer: Trainer?
    private var paused = false
    private var stopRequested = false
    private var runStart = Date()
    private var pausedSeconds = 0.0
    private var batchStart = Date()
    private var epochTokens = 0
    private var epochBatchSeconds = 0.0

    /// - Parameters:
    ///   - trainWords: the training sentences as strings (`trainWords[i]` encodes to
    ///     `train.words[i]`), for the batch viewer.
    ///   - checkpointDirectory: where the best epoch is saved (and `latest/` on `save`);
    ///     nil saves nothing.
    ///   - historyLimit: how many recent batches the batch viewer can step back through.
    ///   - resumeFrom: a saved point to continue from (its weights, optimiser and position).
    ///   - resumeExtra: with a checkpoint directory, a resume point (`ResumePoint`) is
    ///     written there after every epoch and when training stops, with this metadata.
    public init(tagger: Tagger, vocabulary: Vocabulary, train: EncodedCorpus, trainWords: [[String]],
                dev: EncodedCorpus?, options: TrainingOptions, checkpointDirectory: URL?,
                historyLimit: Int = 64, onEpoch: EpochHandler? = nil,
                resumeFrom: ResumePoint? = nil, resumeExtra: [String: String]? = nil) {
        precondition(trainWords.count == train.count, "trainWords must match the training corpus")
        self.tagger = tagger
        self.vocabulary = vocabulary
        self.train = train
        self.trainWords = trainWords
        self.dev = dev
        self.options = options
        self.checkpointDirectory = checkpointDirectory
        self.historyLimit = max(historyLimit, 1)
        self.onEpoch = onEpoch
        self.resumeFrom = resumeFrom
        self.resumeExtra = resumeExtra
        working.epochs = max(options.epochs, 1)
        working.learningRate = options.learningRate
        working.modelSummary = modelSummary(tagger.config, parameterCount: tagger.parameters.totalCount)
        working.trainSentences = train.count
        working.devSentences = dev?.count ?? 0
        working.checkpointDirectory = checkpointDirectory?.path
        published = working
    }

    // MARK: Interface for other threads

    /// Starts training on the session's queue (once).
    public func start() {
        condition.lock()
        defer { condition.unlock() }
        guard !started else { return }
        started = true
        queue.async { self.run() }
    }

    /// The latest published snapshot.
    public func snapshot() -> EngineSnapshot {
        condition.lock()
        defer { condition.unlock() }
        return published
    }

    /// Queues a command for the next batch boundary (immediately when paused or finished).
    public func send(_ command: SessionCommand) {
        condition.lock()
        commands.append(command)
        condition.broadcast()
        condition.unlock()
    }

    /// Queues a sentence for tagging with the model as it is at the next batch boundary.
    /// - Returns: the request number; the answer arrives as the snapshot's `lastTagResult`.
    public func requestTags(_ words: [String]) -> Int {
        condition.lock()
        defer { condition.unlock() }
        let id = nextRequest
        nextRequest += 1
        tagRequests.append((id, words))
        condition.broadcast()
        return id
    }

    /// Stops training at the next batch boundary and lets the training thread end.
    public func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits (up to `timeout` seconds) for a snapshot satisfying `predicate`.
    /// - Returns: that snapshot, or nil on timeout.
    @discardableResult
    public func wait(timeout: Double, until predicate: (EngineSnapshot) -> Bool) -> EngineSnapshot? {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while !predicate(published) {
            if !condition.wait(until: deadline) { return predicate(published) ? published : nil }
        }
        return published
    }

    /// Waits (up to `timeout` seconds) for the training thread to end after `close()`.
    /// - Returns: whether it ended.
    @discardableResult
    public func waitForThread(timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while started && !threadDone {
            if !condition.wait(until: deadline) { return threadDone }
        }
        return true
    }

    // MARK: The training thread

    private func run() {
        let trainer = Trainer(tagger: tagger, options: options)
        self.trainer = trainer
        runStart = Date()
        batchStart = Date()
        working.state = .training
        publish()
        do {
            if let resumeFrom {
                try resumeFrom.restore(into: trainer)
                working.epochSummaries = trainer.history
                working.learningRate = trainer.optimizer.learningRate
                working.message = "resumed at epoch \(trainer.state.epoch), batch \(trainer.state.nextBatch + 1)"
                publish()
            }
            let reason = try trainer.train(
                on: train, dev: dev,
                onEvent: { [unowned self] event in self.handle(event) },
                onBest: { [unowned self] summary in self.saveBest(summary) },
                onEpochEnd: { [unowned self] in self.saveResumePoint(trainer) },
                shouldStop: { [unowned self] in self.betweenBatches() })
            if reason == .interrupted { saveResumePoint(trainer) }
            working.state = .finished(reason)
        } catch {
            working.state = .failed(String(describing: error))
            working.message = "training failed: \(error)"
        }
        working.etaSeconds = nil
        publish()
        serveUntilClosed()
        condition.lock()
        threadDone = true
        condition.broadcast()
        condition.unlock()
    }

    private func handle(_ event: TrainingEvent) {
        switch event {
        case .batch(let p):
            let now = Date()
            epochBatchSeconds += now.timeIntervalSince(batchStart)
            if p.batch == 1 { epochTokens = 0; epochBatchSeconds = now.timeIntervalSince(batchStart) }
            epochTokens += p.tokens
            working.epoch = p.epoch
            working.batch = p.batch
            working.batchCount = p.batchCount
            working.batchesDone += 1
            working.loss = p.loss
            working.lossHistory.append(p.loss)
            working.learningRate = p.learningRate
            working.tokensPerSecond = Double(epochTokens) / max(epochBatchSeconds, 1e-9)
            let active = activeSeconds(now)
            working.elapsedSeconds = active
            let remaining = (working.epochs - p.epoch) * p.batchCount + (p.batchCount - p.batch)
            working.etaSeconds = active / Double(working.batchesDone) * Double(remaining)
            working.recentBatches.append(batchView(p))
            if working.recentBatches.count > historyLimit {
                working.recentBatches.removeFirst(working.recentBatches.count - historyLimit)
            }
            if p.batch == p.batchCount, dev != nil { working.state = .evaluating }
            publish()
        case .epoch(let summary):
            working.epochSummaries.append(summary)
            working.epochEnds.append(working.batchesDone)
            working.learningRate = trainer?.optimizer.learningRate ?? working.learningRate
            if working.state == .evaluating { working.state = .training }
            working.elapsedSeconds = activeSeconds(Date())
            onEpoch?(summary)
            publish()
        case .skipped(let bad):
            working.message = "skipped batch \(bad.batch) of epoch \(bad.epoch): the \(bad.what) was not finite"
            publish()
        }
    }

    private func batchView(_ p: BatchProgress) -> BatchView {
        let tags = vocabulary.tags
        let tokens = p.sentenceIndices.map { trainWords[$0] }
        let gold = p.sentenceIndices.map { train.tags[$0].map { $0 < tags.count ? tags[$0] : "?" } }
        // The training forward's scores (dropout on, before the update): what the model
        // said about this batch while learning from it.
        var predicted: [[String]]?
        let k = tagger.config.numTags
        if p.layout.batchCount * p.layout.maxLength * k <= 4_000_000, let trainer {
            predicted = trainer.lastPredictedTags().map { sentence in
                sentence.map { best in best < tags.count ? tags[best] : "?" }
            }
        }
        return BatchView(serial: working.batchesDone, epoch: p.epoch, batch: p.batch, batchCount: p.batchCount,
                         loss: p.loss, learningRate: p.learningRate, layout: p.layout,
                         sentenceIndices: p.sentenceIndices, tokens: tokens, gold: gold, predicted: predicted)
    }

    private func activeSeconds(_ now: Date) -> Double {
        max(now.timeIntervalSince(runStart) - pausedSeconds, 0)
    }

    /// The trainer's `shouldStop`: applies commands, serves tag requests, and blocks while
    /// paused. Runs on the training thread between batches.
    private func betweenBatches() -> Bool {
        condition.lock()
        while true {
            let pending = commands, requests = tagRequests
            commands = []
            tagRequests = []
            if pending.isEmpty && requests.isEmpty {
                if paused && !stopRequested && !closed {
                    if working.state != .paused {
                        working.state = .paused
                        publishLocked()
                    }
                    let blocked = Date()
                    condition.wait()
                    pausedSeconds += Date().timeIntervalSince(blocked)
                    continue
                }
                break
            }
            // Work (tagging, saving) happens outside the lock, so readers never wait on it.
            condition.unlock()
            for command in pending { apply(command) }
            for request in requests { serveTags(request) }
            condition.lock()
            publishLocked()
        }
        if working.state == .paused {
            working.state = .training
            publishLocked()
        }
        let stop = stopRequested || closed
        condition.unlock()
        batchStart = Date()
        return stop
    }

    private func apply(_ command: SessionCommand) {
        switch command {
        case .pause: paused = true
        case .resume: paused = false
        case .togglePause: paused.toggle()
        case .stop: stopRequested = true
        case .save: saveNow()
        case .scaleLearningRate(let factor):
            guard let optimizer = trainer?.optimizer, factor.isFinite, factor > 0 else { return }
            optimizer.learningRate *= factor
            working.learningRate = optimizer.learningRate
            working.message = "learning rate \(formatRate(optimizer.learningRate)) from the next batch"
        }
        if case .pause = command { working.message = "paused after batch \(working.batch)" }
        if case .togglePause = command { working.message = paused ? "paused after batch \(working.batch)" : "resumed" }
        if case .resume = command { working.message = "resumed" }
    }

    private var modelAt: String {
        working.batchesDone == 0 ? "untrained model"
            : "epoch \(working.epoch) batch \(working.batch)/\(working.batchCount)"
    }

    private func serveTags(_ request: (id: Int, words: [String])) {
        var result = TagResult(request: request.id, words: request.words, tags: [], probabilities: [],
                               modelAt: modelAt, error: nil)
        if !request.words.isEmpty {
            // Mid-training (from the trainer's `shouldStop`), rows may be behind.
            trainer?.settle()
            do {
                let ids = request.words.map { vocabulary.wordID($0) }
                let chars = tagger.config.charCNN == nil ? nil : [request.words.map { vocabulary.charIDs(of: $0) }]
                try tagger.forward(words: [ids], chars: chars, training: false)
                let names = vocabulary.tags
                let scores = tagger.logProbabilities().first ?? []
                for (t, best) in (tagger.predictedTags().first ?? []).enumerated() {
                    result.tags.append(best < names.count ? names[best] : "?")
                    result.probabilities.append(Double(exp(scores[t][best])))
                }
            } catch {
                result.error = String(describing: error)
            }
        }
        working.lastTagResult = result
    }

    /// Writes where training stands (for `--resume`), when the session has a directory.
    private func saveResumePoint(_ trainer: Trainer) {
        guard let dir = checkpointDirectory, let resumeExtra else { return }
        do {
            try ResumePoint.save(trainer, extra: resumeExtra, to: dir)
        } catch {
            working.message = "could not save the resume point: \(error)"
        }
    }

    private func saveBest(_ summary: EpochSummary) {
        guard let dir = checkpointDirectory else { return }
        do {
            try save(to: dir, metadata: ["epoch": String(summary.epoch)])
            var score = summary.devAccuracy.map { "dev \(formatPercent($0))" } ?? "train loss \(formatValue(summary.trainLoss))"
            if let f1 = summary.devSpanF1 { score += ", span F1 \(formatPercent(f1))" }
            working.message = "epoch \(summary.epoch) is the best so far (\(score)): saved to \(dir.path)"
        } catch {
            // Keep training: the previous checkpoint is intact (writes are atomic).
            working.message = "could not save the best model: \(error)"
        }
    }

    private func saveNow() {
        guard let dir = checkpointDirectory?.appendingPathComponent("latest", isDirectory: true) else {
            working.message = "no checkpoint directory: nothing saved"
            return
        }
        do {
            try save(to: dir, metadata: ["epoch": String(working.epoch), "batch": String(working.batch)])
            working.message = "saved \(modelAt) to \(dir.path)"
        } catch {
            working.message = "could not save: \(error)"
        }
    }

    private func save(to dir: URL, metadata: [String: String]) throws {
        trainer?.settle()
        try ModelDirectory.save(config: tagger.config, vocabulary: vocabulary, parameters: tagger.parameters,
                                metadata: metadata, to: dir)
    }

    /// After training: serve tag requests and saves until `close()`.
    private func serveUntilClosed() {
        condition.lock()
        while !closed {
            let pending = commands, requests = tagRequests
            commands = []
            tagRequests = []
            if pending.isEmpty && requests.isEmpty {
                condition.wait()
                continue
            }
            condition.unlock()
            for command in pending where command == .save { saveNow() }
            for request in requests { serveTags(request) }
            condition.lock()
            publishLocked()
        }
        condition.unlock()
    }

    private func publish() {
        condition.lock()
        publishLocked()
        condition.unlock()
    }

    private func publishLocked() {
        working.version += 1
        published = working
        condition.broadcast()
    }
}
