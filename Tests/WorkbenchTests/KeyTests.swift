import Testing
@testable import Workbench

@Suite("Keys and UI state")
struct KeyTests {
    func running() throws -> EngineSnapshot { try sampleSnapshot() }

    @Test("Global keys send commands to the engine")
    func commands() throws {
        var ui = WorkbenchUI()
        let s = try running()
        #expect(ui.handle(.char("p"), snapshot: s) == [.send(.togglePause)])
        #expect(ui.handle(.char("s"), snapshot: s) == [.send(.save)])
        #expect(ui.handle(.char("["), snapshot: s) == [.send(.scaleLearningRate(0.5))])
        #expect(ui.handle(.char("]"), snapshot: s) == [.send(.scaleLearningRate(2))])
    }

    @Test("/ enters the tag box; there keys are text (p does not pause); Enter tags; Esc leaves")
    func typing() throws {
        var ui = WorkbenchUI()
        let s = try running()
        _ = ui.handle(.char("/"), snapshot: s)
        #expect(ui.focus == .tagBox)
        for c in "play it" { #expect(ui.handle(.char(c), snapshot: s).isEmpty) }
        #expect(ui.tagBox.editor.text == "play it")
        _ = ui.handle(.backspace, snapshot: s)
        _ = ui.handle(.left, snapshot: s)
        _ = ui.handle(.char("x"), snapshot: s)
        #expect(ui.tagBox.editor.text == "play xi")
        #expect(ui.handle(.enter, snapshot: s) == [.tag(["play", "xi"])])
        #expect(ui.tagBox.editor.text.isEmpty)
        _ = ui.handle(.up, snapshot: s)
        #expect(ui.tagBox.editor.text == "play xi")
        _ = ui.handle(.escape, snapshot: s)
        #expect(ui.focus == .batches)
        #expect(ui.handle(.char("p"), snapshot: s) == [.send(.togglePause)])
    }

    @Test("Tab cycles the focus; arrows scroll the batch grid only when it has the focus")
    func focus() throws {
        var ui = WorkbenchUI()
        let s = try running()
        ui.geometry = BatchGridGeometry(visibleRows: 2, visibleColumns: 2, rows: 4, columns: 4)
        #expect(ui.focus == .batches)
        _ = ui.handle(.right, snapshot: s)
        _ = ui.handle(.down, snapshot: s)
        #expect(ui.batches.scrollColumn == 1 && ui.batches.scrollRow == 1)
        for _ in 0..<5 { _ = ui.handle(.right, snapshot: s) }
        #expect(ui.batches.scrollColumn == 2)  // clamped at the last page
        _ = ui.handle(.tab, snapshot: s)
        #expect(ui.focus == .tagBox)
        _ = ui.handle(.tab, snapshot: s)
        #expect(ui.focus == .chart)
        _ = ui.handle(.left, snapshot: s)
        #expect(ui.batches.scrollColumn == 2)
        _ = ui.handle(.backTab, snapshot: s)
        #expect(ui.focus == .tagBox)
    }

    @Test("q asks while training runs, quits at once when it has finished")
    func quit() throws {
        var ui = WorkbenchUI()
        var s = try running()
        #expect(ui.handle(.char("q"), snapshot: s).isEmpty)
        #expect(ui.confirmingQuit)
        #expect(ui.handle(.char("n"), snapshot: s).isEmpty)
        #expect(!ui.confirmingQuit)
        _ = ui.handle(.char("q"), snapshot: s)
        #expect(ui.handle(.char("y"), snapshot: s) == [.quit])
        s.state = .finished(.earlyStopping)
        var done = WorkbenchUI()
        #expect(done.handle(.char("q"), snapshot: s) == [.quit])
    }

    @Test("Batch keys: previous, next, follow live, tags, packed numbers; l toggles the log scale")
    func batchKeys() throws {
        var ui = WorkbenchUI()
        let s = try running()
        _ = ui.handle(.char(","), snapshot: s)
        #expect(ui.batches.current(in: s.recentBatches)?.serial == 21)
        _ = ui.handle(.char(","), snapshot: s)
        _ = ui.handle(.char("."), snapshot: s)
        #expect(ui.batches.current(in: s.recentBatches)?.serial == 21)
        _ = ui.handle(.char("f"), snapshot: s)
        #expect(ui.batches.followLive)
        _ = ui.handle(.char("t"), snapshot: s)
        #expect(ui.batches.mode == .tags)
        _ = ui.handle(.char("n"), snapshot: s)
        #expect(ui.batches.showPacked)
        _ = ui.handle(.char("l"), snapshot: s)
        #expect(ui.logScale)
    }

    @Test("? opens the help, any key closes it")
    func helpKey() throws {
        var ui = WorkbenchUI()
        let s = try running()
        _ = ui.handle(.char("?"), snapshot: s)
        #expect(ui.showHelp)
        #expect(ui.handle(.char("p"), snapshot: s).isEmpty)
        #expect(!ui.showHelp)
        _ = ui.handle(.char("/"), snapshot: s)
        _ = ui.handle(.function(1), snapshot: s)
        #expect(ui.showHelp)
    }

    @Test("Every binding has help text, and no key means two things in one scope")
    func table() {
        var seen: [KeyScope: Set<Key>] = [:]
        for b in KeyMap.bindings {
            #expect(!b.help.isEmpty)
            for k in b.keys where b.action != .help {
                #expect(seen[b.scope, default: []].insert(k).inserted, "\(k) twice in \(b.scope)")
            }
        }
    }

    @Test("ncurses key codes and characters translate to keys")
    func translation() {
        #expect(Terminal.translate(character: 9) == .tab)
        #expect(Terminal.translate(character: 13) == .enter)
        #expect(Terminal.translate(character: 27) == .escape)
        #expect(Terminal.translate(character: 127) == .backspace)
        #expect(Terminal.translate(character: 21) == .control("u"))
        #expect(Terminal.translate(character: 0x4E2D) == .char("中"))
    }
}
