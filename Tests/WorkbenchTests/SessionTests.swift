import Foundation
import Testing
import Training
@testable import Workbench

/// Starts `session` and waits until it has trained `batches` batches; pauses it with `pause`.
/// - Returns: the snapshot then (paused: the first paused one).
@discardableResult
func started(_ session: TrainingSession, batches: Int, pause: Bool = false) throws -> EngineSnapshot {
    session.start()
    _ = try #require(session.wait(timeout: 60) { $0.batchesDone >= batches })
    guard pause else { return session.snapshot() }
    session.send(.pause)
    return try #require(session.wait(timeout: 60) { $0.state == .paused })
}

/// The engine/UI boundary: snapshots, commands between batches, pause, tagging.
@Suite("Training session", .serialized)
struct SessionTests {
    @Test("Snapshots are whole: a reader never sees half of a batch's figures")
    func consistentSnapshots() throws {
        let session = try smallSession(epochs: 2, batchSize: 4, limit: 120, dev: true)
        session.start()
        defer { session.close(); session.waitForThread(timeout: 30) }
        var seen = 0, lastVersion = -1
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let s = session.snapshot()
            #expect(s.version >= lastVersion)
            lastVersion = s.version
            #expect(s.lossHistory.count == s.batchesDone)
            if let last = s.recentBatches.last {
                #expect(last.serial == s.batchesDone)
                #expect(last.batch == s.batch && last.epoch == s.epoch && last.batchCount == s.batchCount)
                #expect(s.loss == last.loss && s.lossHistory.last == last.loss)
                #expect(last.tokens.map(\.count) == last.layout.lengths)
                #expect(last.gold.map(\.count) == last.layout.lengths)
                #expect(last.predicted?.map(\.count) == last.layout.lengths)
            }
            #expect(s.epochEnds.count == s.epochSummaries.count)
            seen += 1
            if !s.state.isRunning { break }
        }
        let final = session.snapshot()
        #expect(final.state == .finished(.finished))
        #expect(final.epochSummaries.count == 2 && final.epochEnds.count == 2)
        #expect(final.batchesDone == 2 * 30)
        #expect(seen > 10)
    }

    @Test("Pause blocks the training thread: no batch is computed until resume")
    func pauseStopsComputation() throws {
        let session = try smallSession(epochs: 50, batchSize: 4)
        defer { session.close(); session.waitForThread(timeout: 30) }
        let paused = try started(session, batches: 3, pause: true)
        Thread.sleep(forTimeInterval: 1.0)
        let later = session.snapshot()
        #expect(later.batchesDone == paused.batchesDone)
        #expect(later.lossHistory.count == paused.lossHistory.count)
        #expect(later.state == .paused)
        session.send(.resume)
        let resumed = try #require(session.wait(timeout: 30) { $0.batchesDone >= paused.batchesDone + 2 })
        #expect(resumed.state == .training || resumed.state == .evaluating)
        // Elapsed training time leaves the pause out.
        #expect(resumed.elapsedSeconds - paused.elapsedSeconds < 0.8)
    }

    @Test("Commands take effect between batches: a learning-rate change starts with the next batch")
    func commandsBetweenBatches() throws {
        let session = try smallSession(epochs: 50, batchSize: 4)
        defer { session.close(); session.waitForThread(timeout: 30) }
        try started(session, batches: 2)
        session.send(.scaleLearningRate(0.5))
        let before = session.snapshot().batchesDone
        let after = try #require(session.wait(timeout: 30) { $0.batchesDone >= before + 3 })
        let rates = after.recentBatches.map(\.learningRate)
        let base = TrainingOptions().learningRate
        // Every batch used one of the two rates, the old ones first: the change fell between two batches.
        #expect(rates.allSatisfy { $0 == base || $0 == base / 2 })
        let firstNew = try #require(rates.firstIndex(of: base / 2))
        #expect(rates[..<firstNew].allSatisfy { $0 == base })
        #expect(rates[firstNew...].allSatisfy { $0 == base / 2 })
        #expect(after.learningRate == base / 2)
        #expect(after.message?.contains("learning rate") == true)
    }

    @Test("Tagging while paused answers with the model of the last batch, without training a batch")
    func tagWhilePaused() throws {
        let session = try smallSession(epochs: 50, batchSize: 4)
        defer { session.close(); session.waitForThread(timeout: 30) }
        let paused = try started(session, batches: 2, pause: true)
        let id = session.requestTags(["I", "drove", "all", "night", "."])
        let answered = try #require(session.wait(timeout: 30) { $0.lastTagResult?.request == id })
        let result = try #require(answered.lastTagResult)
        #expect(result.tags.count == 5 && result.probabilities.count == 5)
        #expect(result.probabilities.allSatisfy { $0 > 0 && $0 <= 1 })
        #expect(result.modelAt.contains("batch \(paused.batch)/"))
        #expect(answered.batchesDone == paused.batchesDone)
        #expect(answered.state == .paused)
    }

    @Test("Save now writes a whole model directory into <out>/latest, also while paused")
    func saveNow() throws {
        let dir = try temporaryDirectory("save")
        defer { try? FileManager.default.removeItem(at: dir) }
        let session = try smallSession(epochs: 50, batchSize: 4, checkpoint: dir)
        defer { session.close(); session.waitForThread(timeout: 30) }
        try started(session, batches: 1, pause: true)
        session.send(.save)
        let saved = try #require(session.wait(timeout: 30) { $0.message?.hasPrefix("saved") == true })
        let latest = dir.appendingPathComponent("latest")
        let model = try ModelDirectory.load(from: latest)
        #expect(model.weights.names.count > 0)
        #expect(saved.state == .paused)
    }

    @Test("Stop ends the run at a batch boundary as interrupted; tagging still works afterwards")
    func stopAndServe() throws {
        let session = try smallSession(epochs: 50, batchSize: 4)
        defer { session.close(); session.waitForThread(timeout: 30) }
        try started(session, batches: 2)
        session.send(.stop)
        let stopped = try #require(session.wait(timeout: 30) { !$0.state.isRunning })
        #expect(stopped.state == .finished(.interrupted))
        let id = session.requestTags(["night"])
        #expect(session.wait(timeout: 30) { $0.lastTagResult?.request == id }?.lastTagResult?.tags.count == 1)
        session.close()
        #expect(session.waitForThread(timeout: 30))
    }

    @Test("The best epoch is saved to the checkpoint directory")
    func bestEpochSaved() throws {
        let dir = try temporaryDirectory("best")
        defer { try? FileManager.default.removeItem(at: dir) }
        let session = try smallSession(epochs: 1, batchSize: 16, limit: 64, dev: true, checkpoint: dir)
        session.start()
        defer { session.close(); session.waitForThread(timeout: 30) }
        let done = try #require(session.wait(timeout: 60) { !$0.state.isRunning })
        #expect(done.state == .finished(.finished))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(ModelDirectory.weightsFile).path))
        #expect(done.devAccuracy != nil)
    }
}
