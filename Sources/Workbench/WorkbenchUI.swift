/// What the UI asks of the outside world after a key.
public enum UIEffect: Sendable, Equatable {
    case send(SessionCommand)
    /// Tag these words; the caller records the request number in `tagBox.pendingRequest`.
    case tag([String])
    case quit
}

/// The screen's own state (focus, toggles, scroll positions, the tag box), changed only by
/// keys. Pure: `handle` returns what should happen, the run loop does it.
public struct WorkbenchUI: Sendable {
    public enum Focus: Sendable, CaseIterable, Equatable { case chart, batches, tagBox }

    public var focus: Focus = .batches
    public var showHelp = false
    public var confirmingQuit = false
    public var logScale = false
    public var batches = BatchViewerState()
    public var tagBox = TagBoxState()
    /// The batch grid's geometry as last drawn, so scrolling stops at the edges.
    public var geometry = BatchGridGeometry()

    public init() {}

    public var typing: Bool { focus == .tagBox && !showHelp && !confirmingQuit }

    /// Applies a key. `snapshot` is the state on screen (for stepping through batches and
    /// knowing whether quitting needs a confirmation).
    public mutating func handle(_ key: Key, snapshot: EngineSnapshot) -> [UIEffect] {
        if key == .resize { return [] }
        if confirmingQuit {
            switch key {
            case .char("y"), .char("Y"), .char("q"), .enter: return [.quit]
            default: confirmingQuit = false; return []
            }
        }
        if showHelp {
            // Any key closes the help; the help key itself too.
            showHelp = false
            return []
        }
        guard let action = KeyMap.action(for: key, typing: typing, batchesFocused: focus == .batches) else {
            if typing, case .char(let c) = key, !(c.isASCII && (c.asciiValue! < 0x20 || c.asciiValue! == 0x7F)) {
                tagBox.editor.insert(c)
            }
            return []
        }
        return perform(action, snapshot: snapshot)
    }

    mutating func perform(_ action: UIAction, snapshot: EngineSnapshot) -> [UIEffect] {
        let recent = snapshot.recentBatches
        switch action {
        case .help: showHelp = true
        case .focusNext: focus = Focus.allCases[(Focus.allCases.firstIndex(of: focus)! + 1) % Focus.allCases.count]
        case .focusPrevious:
            let n = Focus.allCases.count
            focus = Focus.allCases[(Focus.allCases.firstIndex(of: focus)! + n - 1) % n]
        case .focusTagBox: focus = .tagBox
        case .leave: focus = .batches
        case .quit:
            if snapshot.state.isRunning { confirmingQuit = true } else { return [.quit] }
        case .togglePause: return [.send(.togglePause)]
        case .save: return [.send(.save)]
        case .learningRateDown: return [.send(.scaleLearningRate(0.5))]
        case .learningRateUp: return [.send(.scaleLearningRate(2))]
        case .previousBatch: batches.step(-1, in: recent)
        case .nextBatch: batches.step(1, in: recent)
        case .followLive: batches.follow()
        case .toggleTags: batches.mode = batches.mode == .tokens ? .tags : .tokens
        case .togglePacked: batches.showPacked.toggle()
        case .toggleLog: logScale.toggle()
        case .scrollLeft: batches.scrollColumn = max(min(batches.scrollColumn, geometry.maxScrollColumn) - 1, 0)
        case .scrollRight: batches.scrollColumn = min(batches.scrollColumn + 1, geometry.maxScrollColumn)
        case .scrollUp: batches.scrollRow = max(min(batches.scrollRow, geometry.maxScrollRow) - 1, 0)
        case .scrollDown: batches.scrollRow = min(batches.scrollRow + 1, geometry.maxScrollRow)
        case .pageUp: batches.scrollRow = max(min(batches.scrollRow, geometry.maxScrollRow) - geometry.visibleRows, 0)
        case .pageDown: batches.scrollRow = min(batches.scrollRow + geometry.visibleRows, geometry.maxScrollRow)
        case .scrollHome:
            batches.scrollRow = 0
            batches.scrollColumn = 0
        case .scrollEnd: batches.scrollColumn = geometry.maxScrollColumn
        case .submit:
            guard let line = tagBox.editor.submit() else { return [] }
            let words = tagBoxTokens(line)
            guard !words.isEmpty else { return [] }
            tagBox.pendingWords = words
            return [.tag(words)]
        case .historyUp: tagBox.editor.historyUp()
        case .historyDown: tagBox.editor.historyDown()
        case .cursorLeft: tagBox.editor.moveLeft()
        case .cursorRight: tagBox.editor.moveRight()
        case .cursorHome: tagBox.editor.moveHome()
        case .cursorEnd: tagBox.editor.moveEnd()
        case .deleteBackward: tagBox.editor.deleteBackward()
        case .deleteForward: tagBox.editor.deleteForward()
        case .clearLine: tagBox.editor.clear()
        }
        return []
    }
}
