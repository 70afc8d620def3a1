/// The two status rows: state, epoch and batch with the epoch's progress bar, time; then
/// loss, dev accuracy (and span F1 for chunking or entity tags), throughput, learning rate
/// and the model summary. Items that do not fit are left out from the right; nothing is cut
/// in half.
public struct StatusLine: Sendable {
    public var snapshot: EngineSnapshot

    public init(_ snapshot: EngineSnapshot) { self.snapshot = snapshot }

    /// Fraction of the current epoch done, in [0, 1].
    public var epochProgress: Double {
        snapshot.batchCount > 0 ? Double(snapshot.batch) / Double(snapshot.batchCount) : 0
    }

    public func draw(into grid: inout CellGrid, _ rect: Rect, theme: Theme) {
        guard rect.height >= 1, rect.width >= 1 else { return }
        let s = snapshot, g = theme.glyphs
        let icon = switch s.state {
        case .paused: g.pause
        case .finished, .failed: g.stop
        default: g.play
        }
        var first: [[(String, Style)]] = [
            [(" \(icon) \(s.state.label) ", theme.state(s.state).with(.reverse))],
            [("epoch ", theme.label), ("\(s.epoch)/\(s.epochs)", theme.value)],
            [("batch ", theme.label), ("\(s.batch)/\(s.batchCount)", theme.value)],
        ]
        // The progress bar takes what is left of the row, between 10 and 30 columns.
        let fixed = first.map(width).reduce(0, +) + first.count
        var times: [[(String, Style)]] = [[("elapsed ", theme.label), (formatDuration(s.elapsedSeconds), theme.value)]]
        if s.state.isRunning, let eta = s.etaSeconds {
            times.append([("ETA ", theme.label), (formatDuration(eta), theme.value)])
        }
        let timeWidth = times.map(width).reduce(0, +) + times.count
        let barWidth = min(max(rect.width - fixed - timeWidth - 6, 10), 30)
        let done = Int((epochProgress * Double(barWidth)).rounded())
        first.append([
            (String(repeating: g.barFull, count: done), theme.barDone),
            (String(repeating: g.barEmpty, count: barWidth - done), theme.barTodo),
            (" " + formatDecimal(epochProgress * 100, digits: 0) + "%", theme.dim),
        ])
        first += times
        layout(first, into: &grid, row: rect.row, rect: rect, marker: g.ellipsis)
        guard rect.height >= 2 else { return }
        var second: [[(String, Style)]] = []
        second.append([(" loss ", theme.label), (s.loss.map(formatValue) ?? "-", theme.value)])
        if s.devSentences > 0 {
            second.append([("dev acc ", theme.label), (s.devAccuracy.map { formatPercent($0) } ?? "-", theme.devAccuracy)])
            if let f1 = s.devSpanF1 { second.append([("span F1 ", theme.label), (formatPercent(f1), theme.devAccuracy)]) }
        }
        second.append([(formatCount(Int(s.tokensPerSecond.rounded())), theme.value), (" tok/s", theme.label)])
        second.append([("lr ", theme.label), (formatRate(s.learningRate), theme.value)])
        second.append([(g.vertical + " " + s.modelSummary, theme.dim)])
        layout(second, into: &grid, row: rect.row + 1, rect: rect, marker: g.ellipsis)
    }

    private func width(_ item: [(String, Style)]) -> Int {
        item.reduce(0) { $0 + DisplayWidth.of($1.0) }
    }

    /// Draws items separated by two spaces while they fit; the last item may be cut with an
    /// ellipsis when it is the model summary.
    private func layout(_ items: [[(String, Style)]], into grid: inout CellGrid, row: Int, rect: Rect, marker: String) {
        var x = rect.col
        for (k, item) in items.enumerated() {
            let w = width(item)
            let isLast = k == items.count - 1
            if x + w > rect.right {
                if isLast, rect.right - x > 8, let (text, style) = item.first {
                    grid.put(DisplayWidth.truncate(text, to: rect.right - x, marker: marker), row: row, col: x, style: style, clip: rect)
                }
                break
            }
            for (text, style) in item { x += grid.put(text, row: row, col: x, style: style, clip: rect) }
            x += 2
        }
    }
}
