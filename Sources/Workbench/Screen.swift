/// Lays the widgets out on a screen of a given size and draws them into a `CellGrid`:
/// status rows, loss and dev-accuracy charts, the batch viewer, the tag box and the key
/// bar; the help overlay or the quit question on top. Below the minimum size it draws a
/// "terminal too small" message instead.
public struct Screen: Sendable {
    public static let minimumWidth = 64
    public static let minimumHeight = 22

    public var theme: Theme
    /// A line for the status row instead of the model summary ("saved to …").
    public var message: String?
    /// A search's leaderboard, drawn beside the charts of the trial in progress.
    public var leaderboard: LeaderboardView?

    public init(theme: Theme, message: String? = nil, leaderboard: LeaderboardView? = nil) {
        self.theme = theme
        self.message = message
        self.leaderboard = leaderboard
    }

    /// Where each panel goes on a `width`×`height` screen.
    public struct Layout: Sendable, Equatable {
        public var status: Rect, chart: Rect, accuracy: Rect, batches: Rect, tagBox: Rect, footer: Rect
        /// Right of the charts, during a search.
        public var leaderboard: Rect?

        public init(width: Int, height: Int, leaderboard withLeaderboard: Bool = false) {
            let full = Rect(row: 0, col: 0, height: height, width: width)
            var rest: Rect
            (status, rest) = full.splitTop(2)
            let available = rest.height - 1
            let tagHeight = available >= 34 ? 9 : 6
            let remaining = available - tagHeight
            let chartHeight = max(min(remaining * 2 / 5, 16), 5)
            var chartRow: Rect
            (chartRow, rest) = rest.splitTop(chartHeight)
            (batches, rest) = rest.splitTop(remaining - chartHeight)
            (tagBox, rest) = rest.splitTop(tagHeight)
            footer = rest
            if withLeaderboard {
                var board: Rect
                (chartRow, board) = chartRow.splitLeft(width - min(max(width * 2 / 5, 30), 72))
                leaderboard = board
            }
            let accuracyWidth = min(max(chartRow.width / 4, 22), 40)
            (chart, accuracy) = chartRow.splitLeft(chartRow.width - accuracyWidth)
        }
    }

    /// Draws everything; also returns the batch grid's geometry (for scrolling).
    public func render(_ snapshot: EngineSnapshot, ui: WorkbenchUI, width: Int, height: Int) -> (CellGrid, BatchGridGeometry) {
        var grid = CellGrid(width: width, height: height, asciiOnly: !theme.glyphs.braille)
        guard width >= Self.minimumWidth, height >= Self.minimumHeight else {
            drawTooSmall(into: &grid)
            return (grid, ui.geometry)
        }
        let layout = Layout(width: width, height: height, leaderboard: leaderboard != nil)
        var status = StatusLine(snapshot)
        if let message { status.snapshot.modelSummary = message }
        status.draw(into: &grid, layout.status, theme: theme)

        let chartInside = Panel.draw(into: &grid, layout.chart, title: "train loss", focused: ui.focus == .chart, theme: theme,
                                     note: ui.logScale ? "log scale" : nil)
        LossChart(snapshot, logarithmic: ui.logScale).draw(into: &grid, chartInside, theme: theme)
        let accuracyInside = Panel.draw(into: &grid, layout.accuracy, title: "dev accuracy", focused: false, theme: theme)
        AccuracyChart(snapshot).draw(into: &grid, accuracyInside, theme: theme, hasDev: snapshot.devSentences > 0)
        if let leaderboard, let rect = layout.leaderboard {
            let inside = Panel.draw(into: &grid, rect, title: "search leaderboard", focused: false, theme: theme,
                                    note: "\(leaderboard.board.entries.count) ranked")
            LeaderboardPanel(leaderboard).draw(into: &grid, inside, theme: theme)
        }

        let shown = ui.batches.current(in: snapshot.recentBatches)
        let viewer = BatchViewer(batch: shown, state: ui.batches, recentSerials: snapshot.recentBatches.map(\.serial))
        let modeName = ui.batches.showPacked ? "packed rows" : (ui.batches.mode == .tags ? "gold\(theme.glyphs.arrowRight)predicted tags" : "tokens")
        let batchTitle = "batch \(shown.map { "#\($0.serial)" } ?? "") \(theme.glyphs.bullet) \(modeName)"
        let batchInside = Panel.draw(into: &grid, layout.batches, title: batchTitle, focused: ui.focus == .batches, theme: theme,
                                     note: viewer.note(for: layout.batches.inset(1), theme: theme))
        viewer.draw(into: &grid, batchInside, theme: theme)
        let geometry = viewer.geometry(for: batchInside)

        let tagBox = TagBox(state: ui.tagBox, result: snapshot.lastTagResult, focused: ui.focus == .tagBox)
        let tagInside = Panel.draw(into: &grid, layout.tagBox, title: "tag a sentence", focused: ui.focus == .tagBox,
                                   theme: theme, note: tagBox.note)
        tagBox.draw(into: &grid, tagInside, theme: theme)

        drawFooter(into: &grid, layout.footer, typing: ui.typing)
        if ui.focus != .tagBox || ui.showHelp || ui.confirmingQuit { grid.cursor = nil }
        if ui.showHelp { drawHelp(into: &grid) }
        if ui.confirmingQuit { drawQuitQuestion(into: &grid, snapshot) }
        return (grid, geometry)
    }

    private func drawTooSmall(into grid: inout CellGrid) {
        let g = theme.glyphs
        let lines = [
            "terminal too small",
            "\(grid.width)\(g.times)\(grid.height), need \(Self.minimumWidth)\(g.times)\(Self.minimumHeight)",
            "enlarge the window, or q to quit",
        ]
        let top = max((grid.height - lines.count) / 2, 0)
        for (k, line) in lines.enumerated() where top + k < grid.height {
            let text = DisplayWidth.truncate(line, to: grid.width, marker: g.ellipsis)
            grid.put(text, row: top + k, col: max((grid.width - DisplayWidth.of(text)) / 2, 0),
                     style: k == 0 ? theme.warning : theme.normal)
        }
    }

    /// The key bar: the main keys of the situation, built from `KeyMap`.
    private func drawFooter(into grid: inout CellGrid, _ rect: Rect, typing: Bool) {
        guard rect.height >= 1 else { return }
        var x = rect.col
        for b in KeyMap.footer(typing: typing) {
            let cap = b.footerLabel ?? b.label
            let word = b.footer ?? ""
            let w = DisplayWidth.of(cap) + DisplayWidth.of(word) + 3
            if x + w > rect.right + 1 { break }
            x += grid.put(cap, row: rect.row, col: x, style: theme.keyCap)
            x += grid.put(" " + word, row: rect.row, col: x, style: theme.keyText)
            x += 2
        }
    }

    /// The help overlay: every binding of `KeyMap`, by section.
    private func drawHelp(into grid: inout CellGrid) {
        var lines: [(String, String, Bool)] = []  // key, text, is-heading
        for (title, bindings) in KeyMap.helpSections {
            if !lines.isEmpty { lines.append(("", "", false)) }
            lines.append((title, "", true))
            for b in bindings { lines.append((b.label, b.help, false)) }
        }
        let keyWidth = 7
        let width = min(grid.width - 4, 96)
        let height = min(lines.count + 4, grid.height - 2)
        let rect = Rect(row: max((grid.height - height) / 2, 0), col: max((grid.width - width) / 2, 0), height: height, width: width)
        grid.fill(rect, style: theme.overlay)
        let inside = Panel.draw(into: &grid, rect, title: "keys", focused: true, theme: theme, note: "any key closes")
        grid.fill(inside, style: theme.overlay)
        for (k, line) in lines.prefix(inside.height - 1).enumerated() {
            let row = inside.row + k
            if line.2 {
                grid.put(line.0, row: row, col: inside.col + 1, style: theme.overlayKey.with(.underline), clip: inside)
            } else {
                grid.put(DisplayWidth.pad(line.0, to: keyWidth), row: row, col: inside.col + 1, style: theme.overlayKey, clip: inside)
                grid.put(DisplayWidth.truncate(line.1, to: inside.width - keyWidth - 2, marker: theme.glyphs.ellipsis),
                         row: row, col: inside.col + 1 + keyWidth, style: theme.overlay, clip: inside)
            }
        }
        if lines.count > inside.height - 1 {
            grid.put("(enlarge the window to see every key)", row: inside.bottom - 1, col: inside.col + 1, style: theme.overlay, clip: inside)
        }
    }

    private func drawQuitQuestion(into grid: inout CellGrid, _ snapshot: EngineSnapshot) {
        let saved = snapshot.checkpointDirectory.map { "The best model so far stays in \($0)." } ?? "Nothing is saved (no output directory)."
        let lines = ["Training is not finished. Quit now?", saved, "", "y  quit        any other key  keep training"]
        let width = min(max(lines.map { DisplayWidth.of($0) }.max()! + 6, 40), grid.width - 2)
        let rect = Rect(row: max((grid.height - 6) / 2, 0), col: max((grid.width - width) / 2, 0), height: 6, width: width)
        grid.fill(rect, style: theme.overlay)
        let inside = Panel.draw(into: &grid, rect, title: "quit", focused: true, theme: theme)
        grid.fill(inside, style: theme.overlay)
        for (k, line) in lines.enumerated() where k < inside.height {
            grid.put(DisplayWidth.truncate(line, to: inside.width - 2, marker: theme.glyphs.ellipsis), row: inside.row + k,
                     col: inside.col + 1, style: k == 0 ? theme.overlayKey : theme.overlay, clip: inside)
        }
    }
}
