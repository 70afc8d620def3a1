/// A terminal colour: the eight ANSI colours or the terminal's default.
public enum TermColor: Int, Sendable, Hashable, CaseIterable {
    case `default` = -1, black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// Text attributes of a cell.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = TextAttributes(rawValue: 1)
    public static let dim = TextAttributes(rawValue: 2)
    public static let reverse = TextAttributes(rawValue: 4)
    public static let underline = TextAttributes(rawValue: 8)
}

/// Colours and attributes of a cell.
public struct Style: Sendable, Hashable {
    public var fg: TermColor
    public var bg: TermColor
    public var attributes: TextAttributes

    public init(fg: TermColor = .default, bg: TermColor = .default, _ attributes: TextAttributes = []) {
        self.fg = fg
        self.bg = bg
        self.attributes = attributes
    }

    public static let plain = Style()

    public func with(_ extra: TextAttributes) -> Style {
        var s = self
        s.attributes.formUnion(extra)
        return s
    }
}

/// One terminal cell: a grapheme and the columns it takes.
///
/// A wide character (CJK, most emoji) is a cell of `width` 2 followed by a continuation cell
/// (`text` empty, `width` 0) that the terminal covers with the same glyph.
public struct Cell: Sendable, Equatable {
    public var text: String
    public var width: Int
    public var style: Style

    public init(_ text: String = " ", width: Int = 1, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    public var isContinuation: Bool { width == 0 }
}

/// A rectangle of cells: `row`, `col` of the top-left corner.
public struct Rect: Sendable, Equatable {
    public var row: Int, col: Int, height: Int, width: Int

    public init(row: Int, col: Int, height: Int, width: Int) {
        self.row = row
        self.col = col
        self.height = max(height, 0)
        self.width = max(width, 0)
    }

    public var bottom: Int { row + height }
    public var right: Int { col + width }
    public var isEmpty: Bool { height <= 0 || width <= 0 }

    /// The rectangle shrunk by `n` cells on every side (the inside of a border).
    public func inset(_ n: Int) -> Rect {
        Rect(row: row + n, col: col + n, height: height - 2 * n, width: width - 2 * n)
    }

    /// The top `n` rows, and the rest.
    public func splitTop(_ n: Int) -> (Rect, Rect) {
        let n = min(max(n, 0), height)
        return (Rect(row: row, col: col, height: n, width: width),
                Rect(row: row + n, col: col, height: height - n, width: width))
    }

    /// The left `n` columns, and the rest.
    public func splitLeft(_ n: Int) -> (Rect, Rect) {
        let n = min(max(n, 0), width)
        return (Rect(row: row, col: col, height: height, width: n),
                Rect(row: row, col: col + n, height: height, width: width - n))
    }
}

/// The screen as a grid of cells: widgets draw here, the ncurses adaptor copies it out, and
/// tests read it.
///
/// Drawing clips to the grid (and to an optional rectangle) and never splits a wide
/// character: one that would cross the clip edge becomes a space, and overwriting half of a
/// wide character blanks its other half. With `asciiOnly` (a terminal whose locale is not
/// UTF-8) every non-ASCII grapheme is drawn as `?`.
public struct CellGrid: Sendable {
    public let width: Int
    public let height: Int
    public var asciiOnly: Bool
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (the tag box's caret), or nil to hide it.
    public var cursor: (row: Int, col: Int)?

    public init(width: Int, height: Int, asciiOnly: Bool = false) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        self.asciiOnly = asciiOnly
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    /// ASCII stand-ins for the symbols the screen itself uses; anything else becomes `?`.
    static let asciiFallback: [Character: String] = [
        "·": ".", "×": "x", "…": "~", "→": ">", "←": "<", "↑": "^", "↓": "v", "—": "-", "–": "-",
        "│": "|", "─": "-", "┌": "+", "┐": "+", "└": "+", "┘": "+", "█": "#", "░": "-",
        "▶": ">", "⏸": "=", "■": "#", "’": "'", "‘": "'", "“": "\"", "”": "\"",
    ]

    public var bounds: Rect { Rect(row: 0, col: 0, height: height, width: width) }

    public subscript(row: Int, col: Int) -> Cell {
        cells[row * width + col]
    }

    /// Draws `text` from (`row`, `col`), clipped to `clip` (default: the whole grid).
    /// - Returns: the number of columns advanced (what was drawn, clipped or not).
    @discardableResult
    public mutating func put(_ text: String, row: Int, col: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let area = clip ?? bounds
        guard row >= max(area.row, 0), row < min(area.bottom, height) else { return DisplayWidth.of(text) }
        let left = max(area.col, 0), right = min(area.right, width)
        var x = col
        for ch in text {
            var glyph = String(ch)
            var w = DisplayWidth.of(ch)
            if asciiOnly, !ch.isASCII { glyph = Self.asciiFallback[ch] ?? "?"; w = 1 }
            if w == 0 {
                // Control or lone combining mark: never send it to the terminal.
                if ch.isASCII || ch.unicodeScalars.allSatisfy({ $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) {
                    glyph = "?"; w = 1
                } else {
                    continue
                }
            }
            if x >= left, x + w <= right {
                set(row: row, col: x, Cell(glyph, width: w, style: style))
            } else if x >= left, x < right {
                // A wide character crossing the clip edge: a space instead of half a glyph.
                set(row: row, col: x, Cell(" ", width: 1, style: style))
            }
            x += w
        }
        return x - col
    }

    /// Fills `rect` with `character` (one column wide) in `style`.
    public mutating func fill(_ rect: Rect, with character: String = " ", style: Style = .plain) {
        let r0 = max(rect.row, 0), r1 = min(rect.bottom, height)
        let c0 = max(rect.col, 0), c1 = min(rect.right, width)
        guard r0 < r1, c0 < c1 else { return }
        for r in r0..<r1 {
            for c in c0..<c1 { set(row: r, col: c, Cell(character, width: 1, style: style)) }
        }
    }

    /// Changes the style of the cells in `rect`, keeping their text.
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let r0 = max(rect.row, 0), r1 = min(rect.bottom, height)
        let c0 = max(rect.col, 0), c1 = min(rect.right, width)
        guard r0 < r1, c0 < c1 else { return }
        for r in r0..<r1 {
            for c in c0..<c1 { cells[r * width + c].style = transform(cells[r * width + c].style) }
        }
    }

    /// Sets one cell, blanking the other half of any wide character it overlaps.
    private mutating func set(row: Int, col: Int, _ cell: Cell) {
        let i = row * width + col
        // Overwriting the right half of a wide character: blank its left half.
        if cells[i].isContinuation, col > 0 {
            cells[i - 1] = Cell(" ", width: 1, style: cells[i - 1].style)
        }
        // Overwriting the left half of a wide character with something narrower.
        if cells[i].width == 2, col + 1 < width, cell.width < 2 {
            cells[i + 1] = Cell(" ", width: 1, style: cells[i + 1].style)
        }
        cells[i] = cell
        if cell.width == 2 {
            let j = i + 1
            if cells[j].width == 2, col + 2 < width {
                cells[j + 1] = Cell(" ", width: 1, style: cells[j + 1].style)
            }
            cells[j] = Cell("", width: 0, style: cell.style)
        }
    }

    // MARK: Reading (tests and the adaptor)

    /// The text of row `r` as the terminal shows it (continuation cells add nothing).
    public func text(row r: Int) -> String {
        (0..<width).reduce(into: "") { line, c in line += self[r, c].text }
    }

    /// All rows joined by newlines, trailing spaces kept.
    public var text: String {
        (0..<height).map { text(row: $0) }.joined(separator: "\n")
    }

    /// The first position (row, column) where `needle` occurs in a row's text, in columns.
    public func find(_ needle: String) -> (row: Int, col: Int)? {
        for r in 0..<height {
            var line = ""
            var columns: [Int] = []  // column of each Character of `line`
            for c in 0..<width where !self[r, c].isContinuation {
                line += self[r, c].text
                columns.append(c)
            }
            if let range = line.range(of: needle) {
                return (r, columns[line.distance(from: line.startIndex, to: range.lowerBound)])
            }
        }
        return nil
    }
}
