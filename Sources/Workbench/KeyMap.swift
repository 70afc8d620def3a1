/// A key as the workbench sees it (the ncurses adaptor translates `get_wch` results).
public enum Key: Sendable, Hashable {
    case char(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    /// Ctrl + a letter (lowercase).
    case control(Character)
    case resize
}

/// What a key does.
public enum UIAction: Sendable, Hashable {
    case help, focusNext, focusPrevious, focusTagBox, leave, quit
    case togglePause, save, learningRateDown, learningRateUp
    case previousBatch, nextBatch, followLive, toggleTags, togglePacked, toggleLog
    case scrollLeft, scrollRight, scrollUp, scrollDown, pageUp, pageDown, scrollHome, scrollEnd
    case submit, historyUp, historyDown, cursorLeft, cursorRight, cursorHome, cursorEnd
    case deleteBackward, deleteForward, clearLine
}

/// Where a binding works.
public enum KeyScope: Sendable, Hashable {
    /// Everywhere but while typing in the tag box.
    case global
    /// Everywhere, also while typing.
    case always
    /// When the batch viewer has the focus.
    case batches
    /// While typing in the tag box.
    case tagBox

    var title: String {
        switch self {
        case .global, .always: "Everywhere"
        case .batches: "Batch viewer (focused)"
        case .tagBox: "Tag box (after /)"
        }
    }
}

/// One key binding: the keys, what they do, and how the footer and help name them.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    /// How the keys are written ("p", "[ ]", "←→").
    public var label: String
    public var action: UIAction
    /// The footer's word for it, or nil to list it in the help overlay only.
    public var footer: String?
    public var help: String
    public var scope: KeyScope
    /// The footer's key text when it differs from `label` ("[ ]" for a pair).
    public var footerLabel: String? = nil
}

/// The one table of keys: dispatch, the footer and the help overlay are all built from it.
public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.char("?"), .function(1)], label: "?", action: .help, footer: "help",
                   help: "show or hide this help (F1 also works while typing)", scope: .global),
        KeyBinding(keys: [.function(1)], label: "F1", action: .help, footer: "help", help: "show or hide this help",
                   scope: .tagBox),
        KeyBinding(keys: [.tab], label: "Tab", action: .focusNext, footer: "focus",
                   help: "move the focus: loss chart, batch viewer, tag box", scope: .always),
        KeyBinding(keys: [.backTab], label: "S-Tab", action: .focusPrevious, footer: nil,
                   help: "move the focus backwards", scope: .always),
        KeyBinding(keys: [.char("/")], label: "/", action: .focusTagBox, footer: "tag",
                   help: "type a sentence into the tag box", scope: .global),
        KeyBinding(keys: [.char("p"), .char(" ")], label: "p", action: .togglePause, footer: "pause",
                   help: "pause or resume training (pausing stops all computation between batches)", scope: .global),
        KeyBinding(keys: [.char("s")], label: "s", action: .save, footer: "save",
                   help: "save the model as it is now (into <out>/latest)", scope: .global),
        KeyBinding(keys: [.char("q"), .control("q")], label: "q", action: .quit, footer: "quit",
                   help: "quit (asks while training is unfinished; the saved model stays)", scope: .global),
        KeyBinding(keys: [.char("[")], label: "[", action: .learningRateDown, footer: "lr",
                   help: "halve the learning rate (from the next batch)", scope: .global, footerLabel: "[ ]"),
        KeyBinding(keys: [.char("]")], label: "]", action: .learningRateUp, footer: nil,
                   help: "double the learning rate (from the next batch)", scope: .global),
        KeyBinding(keys: [.char(","), .char("<")], label: ",", action: .previousBatch, footer: "batch",
                   help: "batch viewer: previous batch (of the recent ones kept)", scope: .global, footerLabel: ", ."),
        KeyBinding(keys: [.char("."), .char(">")], label: ".", action: .nextBatch, footer: nil,
                   help: "batch viewer: next batch", scope: .global),
        KeyBinding(keys: [.char("f")], label: "f", action: .followLive, footer: "live",
                   help: "batch viewer: follow the batch being trained", scope: .global),
        KeyBinding(keys: [.char("t")], label: "t", action: .toggleTags, footer: "tags",
                   help: "batch viewer: show words, or gold and predicted tags", scope: .global),
        KeyBinding(keys: [.char("n")], label: "n", action: .togglePacked, footer: "packed",
                   help: "batch viewer: number each token by its row in the packed data", scope: .global),
        KeyBinding(keys: [.char("l")], label: "l", action: .toggleLog, footer: "log",
                   help: "loss chart: linear or logarithmic scale", scope: .global),
        KeyBinding(keys: [.left, .char("h")], label: "←", action: .scrollLeft, footer: nil,
                   help: "scroll the grid one timestep left", scope: .batches),
        KeyBinding(keys: [.right], label: "→", action: .scrollRight, footer: nil,
                   help: "scroll the grid one timestep right", scope: .batches),
        KeyBinding(keys: [.up, .char("k")], label: "↑", action: .scrollUp, footer: nil,
                   help: "scroll the grid one sentence up", scope: .batches),
        KeyBinding(keys: [.down, .char("j")], label: "↓", action: .scrollDown, footer: nil,
                   help: "scroll the grid one sentence down", scope: .batches),
        KeyBinding(keys: [.pageUp], label: "PgUp", action: .pageUp, footer: nil,
                   help: "scroll the grid a page up", scope: .batches),
        KeyBinding(keys: [.pageDown], label: "PgDn", action: .pageDown, footer: nil,
                   help: "scroll the grid a page down", scope: .batches),
        KeyBinding(keys: [.home], label: "Home", action: .scrollHome, footer: nil,
                   help: "back to timestep 0, first sentence", scope: .batches),
        KeyBinding(keys: [.end], label: "End", action: .scrollEnd, footer: nil,
                   help: "to the last timestep", scope: .batches),
        KeyBinding(keys: [.enter], label: "Enter", action: .submit, footer: "tag it",
                   help: "tag the sentence with the model as it is now", scope: .tagBox),
        KeyBinding(keys: [.escape], label: "Esc", action: .leave, footer: "leave",
                   help: "leave the tag box", scope: .tagBox),
        KeyBinding(keys: [.up], label: "↑", action: .historyUp, footer: "history",
                   help: "previous sentence typed", scope: .tagBox),
        KeyBinding(keys: [.down], label: "↓", action: .historyDown, footer: nil,
                   help: "next sentence typed", scope: .tagBox),
        KeyBinding(keys: [.left, .control("b")], label: "←", action: .cursorLeft, footer: nil,
                   help: "cursor left", scope: .tagBox),
        KeyBinding(keys: [.right, .control("f")], label: "→", action: .cursorRight, footer: nil,
                   help: "cursor right", scope: .tagBox),
        KeyBinding(keys: [.home, .control("a")], label: "Home", action: .cursorHome, footer: nil,
                   help: "cursor to the start (also Ctrl-A)", scope: .tagBox),
        KeyBinding(keys: [.end, .control("e")], label: "End", action: .cursorEnd, footer: nil,
                   help: "cursor to the end (also Ctrl-E)", scope: .tagBox),
        KeyBinding(keys: [.backspace, .control("h")], label: "Bksp", action: .deleteBackward, footer: nil,
                   help: "delete the character before the cursor", scope: .tagBox),
        KeyBinding(keys: [.delete, .control("d")], label: "Del", action: .deleteForward, footer: nil,
                   help: "delete the character under the cursor", scope: .tagBox),
        KeyBinding(keys: [.control("u")], label: "C-u", action: .clearLine, footer: nil,
                   help: "clear the line", scope: .tagBox),
    ]

    /// The action of `key` in the given situation, or nil (in the tag box: type it).
    public static func action(for key: Key, typing: Bool, batchesFocused: Bool) -> UIAction? {
        for b in bindings where b.keys.contains(key) {
            switch b.scope {
            case .always: return b.action
            case .tagBox where typing: return b.action
            case .global where !typing: return b.action
            case .batches where !typing && batchesFocused: return b.action
            default: continue
            }
        }
        return nil
    }

    /// The footer's entries for the situation, in table order.
    public static func footer(typing: Bool) -> [KeyBinding] {
        let scopes: Set<KeyScope> = typing ? [.tagBox, .always] : [.global, .always]
        var seen: Set<UIAction> = []
        return bindings.filter { $0.footer != nil && scopes.contains($0.scope) && seen.insert($0.action).inserted }
    }

    /// The help overlay's sections: every binding, grouped by scope.
    public static var helpSections: [(title: String, bindings: [KeyBinding])] {
        let order: [[KeyScope]] = [[.global, .always], [.batches], [.tagBox]]
        return order.map { scopes in
            var seen: Set<String> = []
            let list = bindings.filter { scopes.contains($0.scope) && seen.insert($0.label).inserted }
            return (scopes[0].title, list)
        }
    }
}
