import Corpus

/// The words of a typed line, as the tagger should see them. The one place the tag box
/// tokenises (the corpus tokenizer splits punctuation and contractions as UD does).
public func tagBoxTokens(_ line: String) -> [String] {
    Tokenizer.tokenize(line)
}

/// A one-line editor over grapheme clusters: cursor movement, deletion, and a history of
/// submitted lines browsed with up and down.
public struct LineEditor: Sendable, Equatable {
    public private(set) var characters: [Character] = []
    /// Index into `characters` (0...count).
    public private(set) var cursor = 0
    public private(set) var history: [String] = []
    /// Position while browsing the history (nil: editing a fresh line).
    private var historyIndex: Int?
    private var draft: [Character] = []
    public var historyLimit = 100

    public init() {}

    public var text: String { String(characters) }

    public mutating func insert(_ c: Character) {
        characters.insert(c, at: cursor)
        cursor += 1
    }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        cursor -= 1
        characters.remove(at: cursor)
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func moveLeft() { cursor = max(cursor - 1, 0) }
    public mutating func moveRight() { cursor = min(cursor + 1, characters.count) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = characters.count }

    public mutating func clear() {
        characters = []
        cursor = 0
    }

    /// Replaces the line (cursor at the end).
    public mutating func setText(_ s: String) {
        characters = Array(s)
        cursor = characters.count
    }

    public mutating func historyUp() {
        guard !history.isEmpty else { return }
        if let i = historyIndex {
            historyIndex = max(i - 1, 0)
        } else {
            draft = characters
            historyIndex = history.count - 1
        }
        setText(history[historyIndex!])
    }

    public mutating func historyDown() {
        guard let i = historyIndex else { return }
        if i + 1 < history.count {
            historyIndex = i + 1
            setText(history[i + 1])
        } else {
            historyIndex = nil
            characters = draft
            cursor = characters.count
        }
    }

    /// Takes the line: it joins the history (unless blank or a repeat of the last) and the
    /// editor empties. Returns nil for a blank line.
    public mutating func submit() -> String? {
        let line = text
        historyIndex = nil
        guard !line.allSatisfy(\.isWhitespace) else { return nil }
        if history.last != line { history.append(line) }
        if history.count > historyLimit { history.removeFirst(history.count - historyLimit) }
        clear()
        return line
    }
}

/// The tag box's state: the editor and the request waiting for an answer.
public struct TagBoxState: Sendable, Equatable {
    public var editor = LineEditor()
    public var pendingRequest: Int?
    public var pendingWords: [String] = []

    public init() {}
}

/// The tag box: an input line, then each word of the last tagged sentence with its
/// predicted tag (in the tag's colour) and the tag's probability beneath it.
public struct TagBox: Sendable {
    public var state: TagBoxState
    public var result: TagResult?
    public var focused: Bool

    public init(state: TagBoxState, result: TagResult?, focused: Bool) {
        self.state = state
        self.result = result
        self.focused = focused
    }

    /// The panel's title note: which model answered.
    public var note: String? { result.map { "model at \($0.modelAt)" } }

    /// Widest a word column may get before words are cut.
    static let maxColumn = 18

    public func draw(into grid: inout CellGrid, _ rect: Rect, theme: Theme) {
        guard rect.height >= 1, rect.width >= 8 else { return }
        let g = theme.glyphs
        // Input line: prompt, then the text scrolled so the cursor stays in view.
        let prompt = focused ? "\(g.arrowRight) " : "/ "
        let promptWidth = grid.put(prompt, row: rect.row, col: rect.col, style: focused ? theme.good : theme.dim, clip: rect)
        let room = rect.width - promptWidth - 1
        let chars = state.editor.characters
        let widths = chars.map { max(DisplayWidth.of($0), 1) }
        var first = 0
        var used = widths[..<state.editor.cursor].reduce(0, +)
        while used > room, first < state.editor.cursor {
            used -= widths[first]
            first += 1
        }
        var x = rect.col + promptWidth
        if chars.isEmpty && !focused {
            grid.put("press / and type a sentence to tag it with the model as it is now", row: rect.row, col: x,
                     style: theme.dim, clip: rect)
        }
        var cursorCol = x
        for k in first..<chars.count {
            if k == state.editor.cursor { cursorCol = x }
            if x + widths[k] > rect.right - 1 { break }
            x += grid.put(String(chars[k]), row: rect.row, col: x, style: theme.normal, clip: rect)
        }
        if state.editor.cursor == chars.count { cursorCol = x }
        if focused {
            grid.cursor = (rect.row, min(cursorCol, rect.right - 1))
            grid.restyle(Rect(row: rect.row, col: min(cursorCol, rect.right - 1), height: 1, width: 1)) { $0.with(.reverse) }
        }
        guard rect.height >= 2 else { return }
        let body = Rect(row: rect.row + 1, col: rect.col, height: rect.height - 1, width: rect.width)
        if state.pendingRequest != nil, result?.request != state.pendingRequest {
            grid.put("tagging " + state.pendingWords.joined(separator: " ") + g.ellipsis + " (at the next batch boundary)",
                     row: body.row, col: body.col, style: theme.dim, clip: body)
            return
        }
        guard let result else { return }
        if let error = result.error {
            grid.put("cannot tag: \(error)", row: body.row, col: body.col, style: theme.bad, clip: body)
            return
        }
        drawTags(result, into: &grid, body, theme: theme)
    }

    /// Word, tag and probability rows, wrapped into groups of three rows while they fit.
    private func drawTags(_ result: TagResult, into grid: inout CellGrid, _ rect: Rect, theme: Theme) {
        let g = theme.glyphs
        var row = rect.row, x = rect.col
        for (k, word) in result.words.enumerated() {
            let tag = k < result.tags.count ? result.tags[k] : "?"
            let p = k < result.probabilities.count ? formatDecimal(result.probabilities[k], digits: 2) : ""
            let w = min(max(DisplayWidth.of(word), DisplayWidth.of(tag), DisplayWidth.of(p)), Self.maxColumn)
            if x + w > rect.right, x > rect.col {
                // Next group of rows, if there is room for one.
                if row + 6 > rect.bottom {
                    grid.put(g.ellipsis, row: row, col: rect.right - 1, style: theme.warning, clip: rect)
                    return
                }
                row += 3
                x = rect.col
            }
            grid.put(DisplayWidth.pad(word, to: w, marker: g.ellipsis), row: row, col: x, style: theme.normal, clip: rect)
            if row + 1 < rect.bottom {
                grid.put(DisplayWidth.pad(tag, to: w, marker: g.ellipsis), row: row + 1, col: x, style: theme.tag(tag), clip: rect)
            }
            if row + 2 < rect.bottom {
                grid.put(DisplayWidth.pad(p, to: w), row: row + 2, col: x, style: theme.dim, clip: rect)
            }
            x += w + 2
        }
    }
}
