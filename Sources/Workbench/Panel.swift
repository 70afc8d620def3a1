/// A bordered panel with a title: the frame every widget of the screen sits in.
enum Panel {
    /// Draws the frame of `rect` and returns the inside.
    @discardableResult
    static func draw(into grid: inout CellGrid, _ rect: Rect, title: String, focused: Bool, theme: Theme,
                     note: String? = nil) -> Rect {
        guard rect.height >= 2, rect.width >= 2 else { return Rect(row: rect.row, col: rect.col, height: 0, width: 0) }
        let g = theme.glyphs
        let style = focused ? theme.borderFocused : theme.border
        let h = String(repeating: g.horizontal, count: rect.width - 2)
        grid.put(g.topLeft + h + g.topRight, row: rect.row, col: rect.col, style: style)
        grid.put(g.bottomLeft + h + g.bottomRight, row: rect.bottom - 1, col: rect.col, style: style)
        for r in (rect.row + 1)..<(rect.bottom - 1) {
            grid.put(g.vertical, row: r, col: rect.col, style: style)
            grid.put(g.vertical, row: r, col: rect.right - 1, style: style)
        }
        grid.fill(rect.inset(1))
        let titleRoom = rect.width - 4
        if titleRoom > 2 {
            let text = DisplayWidth.truncate(" \(title) ", to: titleRoom, marker: g.ellipsis)
            let used = grid.put(text, row: rect.row, col: rect.col + 2, style: focused ? theme.titleFocused : theme.title)
            if let note, titleRoom - used > 6 {
                let n = DisplayWidth.truncate(" \(note) ", to: titleRoom - used - 2, marker: g.ellipsis)
                grid.put(n, row: rect.row, col: rect.right - 2 - DisplayWidth.of(n), style: theme.dim)
            }
        }
        return rect.inset(1)
    }

    /// Draws `text` centred in `rect` (vertically and horizontally), cut to fit.
    static func centered(_ text: String, into grid: inout CellGrid, _ rect: Rect, style: Style, marker: String) {
        guard !rect.isEmpty else { return }
        let t = DisplayWidth.truncate(text, to: rect.width, marker: marker)
        let col = rect.col + max((rect.width - DisplayWidth.of(t)) / 2, 0)
        grid.put(t, row: rect.row + rect.height / 2, col: col, style: style, clip: rect)
    }
}
