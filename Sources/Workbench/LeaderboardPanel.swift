import Training

/// What the leaderboard panel of a search shows: the trials ranked so far and the one
/// training now. The search driver builds it; the UI thread only draws it.
public struct LeaderboardView: Sendable, Equatable {
    /// Every trial's latest result, ranked.
    public var board: Leaderboard
    /// The trial training now (its rows is marked), nil when the search is over.
    public var current: TrialWork?
    /// `[6/40] trial 4/27 rung 2/4` or `search finished`: the panel's first line.
    public var progress: String

    public init(board: Leaderboard, current: TrialWork?, progress: String) {
        self.board = board
        self.current = current
        self.progress = progress
    }
}

/// Draws a search's leaderboard: a progress line, the settings of the trial in progress,
/// then one row per trial, best first (rank, trial, dev accuracy, epochs run/allowed and
/// the settings, cut to fit). The best trial is drawn as good news, failed and cut ones
/// dimmed, the trial in progress marked with an arrow.
public struct LeaderboardPanel {
    public var view: LeaderboardView

    public init(_ view: LeaderboardView) {
        self.view = view
    }

    public func draw(into grid: inout CellGrid, _ rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        let g = theme.glyphs
        var row = rect.row
        func line(_ text: String, _ style: Style) {
            guard row < rect.bottom else { return }
            grid.put(DisplayWidth.truncate(text, to: rect.width, marker: g.ellipsis), row: row, col: rect.col, style: style, clip: rect)
            row += 1
        }
        line(view.progress, theme.label)
        if let current = view.current {
            line("\(g.arrowRight) \(current.settings.text)", theme.value)
        }
        guard row < rect.bottom else { return }
        line(" #  trial   dev acc  epochs  settings", theme.dim)
        if view.board.entries.isEmpty {
            line("no trial has finished yet", theme.dim)
            return
        }
        for (i, r) in view.board.entries.enumerated() {
            guard row < rect.bottom else { break }
            let running = view.current?.trial == r.trial
            let accuracy = r.failure != nil ? "failed" : r.devAccuracy.map { formatPercent($0) } ?? "-"
            let mark = running ? g.arrowRight : " "
            let text = pad(String(i + 1), 2) + mark + pad(String(r.trial), 6) + pad(accuracy, 10)
                + pad("\(r.epochs)/\(r.budgetEpochs)", 8) + "  " + r.settings.text + (r.complete ? "" : " (cut)")
            let style = r.failure != nil || !r.complete ? theme.dim : i == 0 ? theme.good : theme.normal
            line(text, style)
        }
    }

    private func pad(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(s))) + s
    }
}
