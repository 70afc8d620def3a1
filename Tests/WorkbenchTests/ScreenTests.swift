import Testing
@testable import Workbench

/// A snapshot of a run in progress: two epochs done, a few batches into the third.
func sampleSnapshot() throws -> EngineSnapshot {
    var s = EngineSnapshot()
    s.state = .training
    s.epoch = 3; s.epochs = 10; s.batch = 4; s.batchCount = 9
    s.batchesDone = 22
    s.lossHistory = (0..<22).map { 2.5 * exp(-Double($0) / 8) + 0.1 }
    s.epochEnds = [9, 18]
    s.loss = s.lossHistory.last
    s.tokensPerSecond = 12345
    s.elapsedSeconds = 75
    s.etaSeconds = 400
    s.learningRate = 2e-3
    s.devSentences = 50
    s.trainSentences = 300
    s.epochSummaries = try [
        epochSummary(epoch: 1, trainLoss: 1.5, devLoss: 1.2, devAccuracy: 0.61),
        epochSummary(epoch: 2, trainLoss: 0.8, devLoss: 0.7, devAccuracy: 0.78),
    ]
    s.recentBatches = try (19...22).map { try knownBatch(serial: $0) }
    s.modelSummary = "BiLSTM 1×64 · emb 50 · 17 tags · vocab 1200 · 95k params"
    s.checkpointDirectory = "/tmp/run"
    s.version = 5
    return s
}

@Suite("The whole screen")
struct ScreenTests {
    func render(_ s: EngineSnapshot, _ ui: WorkbenchUI = WorkbenchUI(), width: Int = 100, height: Int = 32,
                theme: Theme = colourTheme) -> CellGrid {
        Screen(theme: theme).render(s, ui: ui, width: width, height: height).0
    }

    @Test("Status line: epoch, batch, progress bar, loss, dev accuracy, tok/s, elapsed, ETA, state, model")
    func statusLine() throws {
        let grid = render(try sampleSnapshot(), width: 140)
        let top = grid.text(row: 0), second = grid.text(row: 1)
        #expect(top.contains("training"))
        #expect(top.contains("epoch 3/10"))
        #expect(top.contains("batch 4/9"))
        #expect(top.contains("█") && top.contains("░") && top.contains("44%"))
        #expect(top.contains("elapsed 1:15"))
        #expect(top.contains("ETA 6:40"))
        #expect(second.contains("loss 0."))
        #expect(second.contains("dev acc 78.0%"))
        #expect(second.contains("12.3k tok/s"))
        #expect(second.contains("lr 2.0e-3"))
        #expect(second.contains("BiLSTM 1×64"))
    }

    @Test("All panels are on screen with the key bar at the bottom")
    func panels() throws {
        let grid = render(try sampleSnapshot())
        let text = grid.text
        for title in ["train loss", "dev accuracy", "batch #22", "tag a sentence"] { #expect(text.contains(title), "\(title)") }
        let footer = grid.text(row: grid.height - 1)
        #expect(footer.hasPrefix("? help"))
        for word in ["pause", "save", "quit", "focus", "tag"] { #expect(footer.contains(word), "\(word)") }
        #expect(grid.isWellFormed)
    }

    @Test("Below the minimum size: a message, not garbage; at any size no crash and no split character")
    func resize() throws {
        let s = try sampleSnapshot()
        let tiny = render(s, width: 40, height: 10)
        #expect(tiny.text.contains("terminal too small"))
        #expect(tiny.text.contains("40×10, need 64×22"))
        for (w, h) in [(0, 0), (1, 1), (3, 2), (63, 40), (200, 21)] {
            let g = render(s, width: w, height: h)
            #expect(g.width == w && g.height == h)
            if w > 20 && h > 3 { #expect(g.text.contains("too small")) }
        }
        for w in stride(from: Screen.minimumWidth, through: 130, by: 7) {
            for h in stride(from: Screen.minimumHeight, through: 60, by: 5) {
                let g = render(s, width: w, height: h)
                #expect(g.isWellFormed, "\(w)×\(h)")
                #expect(!g.text.contains("too small"), "\(w)×\(h)")
                #expect(g.text(row: h - 1).hasPrefix("? help"), "\(w)×\(h)")
            }
        }
        let huge = render(s, width: 400, height: 120)
        #expect(huge.isWellFormed)
        #expect(huge.text.contains("batch_sizes"))
    }

    @Test("At 80×24 every panel still fits")
    func classicTerminal() throws {
        let grid = render(try sampleSnapshot(), width: 80, height: 24)
        for title in ["train loss", "dev accuracy", "batch #22", "tag a sentence", "batch_sizes"] {
            #expect(grid.text.contains(title), "\(title)")
        }
    }

    @Test("Wide characters in tokens and typed text never break the layout")
    func wideCharacters() throws {
        var s = try sampleSnapshot()
        let layout = try PackedLayout(lengths: [3, 2])
        s.recentBatches.append(BatchView(serial: 23, epoch: 3, batch: 5, batchCount: 9, loss: 1, layout: layout,
                                         sentenceIndices: [1, 2], tokens: [["東京", "🎵🎶", "ｗｉｄｅ"], ["é", "中文字"]],
                                         gold: [["PROPN", "SYM", "X"], ["X", "NOUN"]], predicted: nil))
        s.lastTagResult = TagResult(request: 1, words: ["我", "爱", "🎵"], tags: ["PRON", "VERB", "SYM"],
                                    probabilities: [0.5, 0.6, 0.7], modelAt: "now")
        var ui = WorkbenchUI()
        ui.focus = .tagBox
        for c in "中文 🎵 mixed" { ui.tagBox.editor.insert(c) }
        for w in [64, 65, 77, 80, 81, 99, 120] {
            let g = render(s, ui, width: w, height: 30)
            #expect(g.isWellFormed, "width \(w)")
            #expect(g.text.contains("東京"))
        }
    }

    @Test("The help overlay lists every key of the key table; the footer is built from the same table")
    func help() throws {
        var ui = WorkbenchUI()
        ui.showHelp = true
        let grid = render(try sampleSnapshot(), ui, width: 120, height: 60)
        for b in KeyMap.bindings { #expect(grid.text.contains(b.help), "\(b.help)") }
        for b in KeyMap.footer(typing: false) { #expect(grid.text(row: 59).contains((b.footerLabel ?? b.label) + " " + b.footer!)) }
        let small = render(try sampleSnapshot(), ui, width: 70, height: 24)
        #expect(small.text.contains("enlarge the window to see every key"))
        #expect(small.isWellFormed)
    }

    @Test("Quitting an unfinished run asks first, naming where the model is")
    func quitQuestion() throws {
        var ui = WorkbenchUI()
        ui.confirmingQuit = true
        let grid = render(try sampleSnapshot(), ui)
        #expect(grid.text.contains("Training is not finished. Quit now?"))
        #expect(grid.text.contains("/tmp/run"))
    }

    @Test("Monochrome and NO_COLOR: no colour anywhere, still readable through attributes")
    func monochrome() throws {
        var ui = WorkbenchUI()
        ui.batches.mode = .tags
        let grid = render(try sampleSnapshot(), ui, theme: monoTheme)
        #expect(grid.cells.allSatisfy { $0.style.fg == .default && $0.style.bg == .default })
        #expect(grid.cells.contains { $0.style.attributes.contains(.reverse) })
    }

    @Test("Without UTF-8: only ASCII on screen")
    func ascii() throws {
        var s = try sampleSnapshot()
        s.lastTagResult = TagResult(request: 1, words: ["café", "中"], tags: ["NOUN", "X"], probabilities: [1, 1], modelAt: "x")
        let grid = render(s, theme: asciiTheme)
        #expect(grid.cells.allSatisfy { $0.text.allSatisfy(\.isASCII) })
        #expect(grid.text.contains("train loss"))
        #expect(grid.isWellFormed)
    }

    @Test("A message from the engine replaces the model summary for a while")
    func message() throws {
        let grid = Screen(theme: colourTheme, message: "saved to /tmp/run/latest").render(try sampleSnapshot(), ui: WorkbenchUI(),
                                                                                         width: 120, height: 30).0
        #expect(grid.text(row: 1).contains("saved to /tmp/run/latest"))
        var timer = MessageTimer()
        let t0 = Date()
        let appeared = timer.update("hello", now: t0)
        #expect(appeared)
        #expect(timer.visible == "hello")
        let unchanged = timer.update("hello", now: t0.addingTimeInterval(1))
        #expect(!unchanged)
        let expired = timer.update("hello", now: t0.addingTimeInterval(7))
        #expect(expired)
        #expect(timer.visible == nil)
    }
}

import Foundation
import Model
import Training
