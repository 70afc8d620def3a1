/// What the batch viewer shows and where it is scrolled to (UI state, kept by the screen).
public struct BatchViewerState: Sendable, Equatable {
    public enum CellMode: Sendable, Equatable { case tokens, tags }

    /// Show the batch being trained; stepping back turns this off.
    public var followLive = true
    /// The batch shown when not following: kept here, so it stays on screen even after it
    /// leaves the engine's ring of recent batches.
    public var pinned: BatchView?
    public var mode: CellMode = .tokens
    /// Number each real token by its row in the packed data.
    public var showPacked = false
    /// First sentence row (sorted position) and first timestep shown.
    public var scrollRow = 0, scrollColumn = 0

    public init() {}

    /// The batch to draw, given the recent ones (oldest first).
    public func current(in batches: [BatchView]) -> BatchView? {
        followLive ? batches.last : (pinned ?? batches.last)
    }

    /// Steps `delta` batches through the recent ones; stepping past the newest follows live.
    public mutating func step(_ delta: Int, in batches: [BatchView]) {
        guard let shown = current(in: batches), !batches.isEmpty else { return }
        let j: Int
        if let i = batches.firstIndex(where: { $0.serial == shown.serial }) {
            j = i + delta
        } else if delta > 0 {
            // The pinned batch has left the ring: step to the oldest one after it.
            j = (batches.firstIndex { $0.serial > shown.serial } ?? batches.count) + delta - 1
        } else {
            return  // nothing older is kept
        }
        if delta > 0 && j >= batches.count - 1 {
            followLive = true
            pinned = nil
        } else {
            followLive = false
            pinned = batches[min(max(j, 0), batches.count - 1)]
        }
    }

    /// Follows the batch being trained again.
    public mutating func follow() {
        followLive = true
        pinned = nil
    }
}

/// Columns and rows of the grid that fit a panel, for drawing and for scrolling.
public struct BatchGridGeometry: Sendable, Equatable {
    public var visibleRows: Int
    public var visibleColumns: Int
    public var rows: Int
    public var columns: Int

    public init(visibleRows: Int = 1, visibleColumns: Int = 1, rows: Int = 0, columns: Int = 0) {
        self.visibleRows = visibleRows
        self.visibleColumns = visibleColumns
        self.rows = rows
        self.columns = columns
    }

    public var maxScrollRow: Int { max(rows - visibleRows, 0) }
    public var maxScrollColumn: Int { max(columns - visibleColumns, 0) }
}

/// One mini-batch as a grid: sentences in sorted order (rows, with their position in the
/// batch, corpus index and length) by timesteps (columns). Below the grid, `batch_sizes[t]`
/// and the packed offsets of every timestep; above it, the sort permutation, the lengths
/// and the share of padding.
///
/// Real tokens and padding are told apart by style (and, in monochrome, reverse video
/// versus dim). Token text is cut to the cell; a wide character that does not fit is not
/// split.
public struct BatchViewer: Sendable {
    public var batch: BatchView?
    public var state: BatchViewerState
    /// Serials of the recent batches (to say where in the history the shown one is).
    public var recentSerials: [Int]

    public init(batch: BatchView?, state: BatchViewerState, recentSerials: [Int] = []) {
        self.batch = batch
        self.state = state
        self.recentSerials = recentSerials
    }

    /// Row header: sorted position, position in the batch, corpus index, length.
    static let headerColumns = (s: 3, i: 4, sentence: 7, length: 4)
    static var headerWidth: Int { headerColumns.s + headerColumns.i + headerColumns.sentence + headerColumns.length + 2 }
    /// Rows used above the grid (summary, permutation, column header) and below it
    /// (batch sizes, offsets); a short panel drops the permutation and the offsets.
    static func rowsAround(height: Int) -> (above: Int, below: Int) {
        height < 10 ? (2, 1) : (3, 2)
    }

    /// Columns per timestep, including one space of gap.
    public var cellWidth: Int {
        if state.showPacked { return 6 }
        switch state.mode {
        case .tokens: return 8
        case .tags: return batch?.predicted == nil ? 7 : 12
        }
    }

    public func geometry(for rect: Rect) -> BatchGridGeometry {
        guard let batch else { return BatchGridGeometry() }
        let around = Self.rowsAround(height: rect.height)
        let rows = max(rect.height - around.above - around.below, 1)
        let columns = max((rect.width - Self.headerWidth) / cellWidth, 1)
        return BatchGridGeometry(visibleRows: rows, visibleColumns: columns,
                                 rows: batch.layout.batchCount, columns: batch.layout.maxLength)
    }

    /// The panel's title note: the rows and timesteps in view, and which batch of the
    /// history is shown.
    public func note(for rect: Rect, theme: Theme) -> String {
        guard let batch else { return "" }
        let g = theme.glyphs
        let geo = geometry(for: rect)
        var parts: [String] = []
        if geo.rows > geo.visibleRows {
            let first = min(state.scrollRow, geo.maxScrollRow)
            parts.append("rows \(first + 1)\(g.ndash)\(first + geo.visibleRows)/\(geo.rows)")
        }
        if geo.columns > geo.visibleColumns {
            let first = min(state.scrollColumn, geo.maxScrollColumn)
            parts.append("t \(first)\(g.ndash)\(first + geo.visibleColumns - 1)/\(geo.columns)")
        }
        if state.followLive {
            parts.append("live")
        } else if let i = recentSerials.firstIndex(of: batch.serial) {
            parts.append("history \(i + 1)/\(recentSerials.count) \(g.bullet) f: live")
        } else {
            parts.append("kept \(g.bullet) f: live")
        }
        return parts.joined(separator: " \(g.bullet) ")
    }

    public func draw(into grid: inout CellGrid, _ rect: Rect, theme: Theme) {
        let g = theme.glyphs
        guard let batch else {
            Panel.centered("waiting for the first batch" + g.ellipsis, into: &grid, rect, style: theme.dim, marker: g.ellipsis)
            return
        }
        guard rect.height >= 4, rect.width >= Self.headerWidth + 4 else {
            Panel.centered("(too small for the grid)", into: &grid, rect, style: theme.dim, marker: g.ellipsis)
            return
        }
        let layout = batch.layout
        let geo = geometry(for: rect)
        let row0 = min(state.scrollRow, geo.maxScrollRow), col0 = min(state.scrollColumn, geo.maxScrollColumn)
        let rowEnd = min(row0 + geo.visibleRows, layout.batchCount), colEnd = min(col0 + geo.visibleColumns, layout.maxLength)
        let cw = cellWidth
        let h = Self.headerColumns
        let around = Self.rowsAround(height: rect.height)
        let compact = around.above == 2

        // Summary line.
        var x = rect.col
        let summary: [(String, Style)] = [
            ("epoch \(batch.epoch) batch \(batch.batch)/\(batch.batchCount)", theme.value),
            ("  B=\(layout.batchCount) T=\(layout.maxLength) N=\(layout.tokenCount)", theme.normal),
            ("  padding ", theme.label), (formatPercent(layout.paddingFraction), theme.value),
            (" of \(layout.batchCount)\(g.times)\(layout.maxLength)", theme.dim),
            ("  loss ", theme.label), (formatValue(batch.loss), theme.value),
        ]
        for (text, style) in summary { x += grid.put(text, row: rect.row, col: x, style: style, clip: rect) }

        // The sort permutation and the sorted lengths.
        if !compact {
            let order = "order " + layout.order.map(String.init).joined(separator: " ")
            let lengths = "lengths " + layout.order.map { String(layout.lengths[$0]) }.joined(separator: " ")
            let permutation = order + "   " + lengths
            grid.put(DisplayWidth.truncate(permutation, to: rect.width, marker: g.ellipsis), row: rect.row + 1, col: rect.col,
                     style: theme.dim, clip: rect)
        }

        // Column header.
        let headerRow = rect.row + around.above - 1
        let header = DisplayWidth.pad("s", to: h.s, right: true) + DisplayWidth.pad("i", to: h.i, right: true)
            + DisplayWidth.pad("sent", to: h.sentence, right: true) + DisplayWidth.pad("len", to: h.length, right: true) + " "
        grid.put(header, row: headerRow, col: rect.col, style: theme.label, clip: rect)
        grid.put(g.vertical, row: headerRow, col: rect.col + Self.headerWidth - 1, style: theme.axis, clip: rect)
        let gridCol = rect.col + Self.headerWidth
        for t in col0..<colEnd {
            let label = t == col0 ? "t=\(t)" : "\(t)"
            grid.put(DisplayWidth.pad(label, to: cw - 1), row: headerRow, col: gridCol + (t - col0) * cw, style: theme.label, clip: rect)
        }

        // The grid: row s is the sentence at sorted position s.
        for s in row0..<rowEnd {
            let r = rect.row + around.above + (s - row0)
            let i = layout.order[s]
            let length = layout.lengths[i]
            let head = DisplayWidth.pad("\(s)", to: h.s, right: true) + DisplayWidth.pad("\(i)", to: h.i, right: true)
                + DisplayWidth.pad("#\(batch.sentenceIndices[i])", to: h.sentence, right: true)
                + DisplayWidth.pad("\(length)", to: h.length, right: true) + " "
            grid.put(head, row: r, col: rect.col, style: theme.normal, clip: rect)
            grid.put(g.vertical, row: r, col: rect.col + Self.headerWidth - 1, style: theme.axis, clip: rect)
            for t in col0..<colEnd {
                let c = gridCol + (t - col0) * cw
                let (text, style) = cell(sentence: i, sorted: s, t: t, theme: theme)
                grid.put(DisplayWidth.pad(text, to: cw - 1, marker: g.ellipsis), row: r, col: c, style: style, clip: rect)
            }
        }

        // batch_sizes[t] and offsets[t] under the columns.
        let sizesRow = rect.bottom - around.below, offsetsRow = rect.bottom - 1
        let sizesLabel = DisplayWidth.pad("batch_sizes", to: Self.headerWidth - 1, right: true)
        let offsetsLabel = DisplayWidth.pad("packed from", to: Self.headerWidth - 1, right: true)
        grid.put(sizesLabel, row: sizesRow, col: rect.col, style: theme.label, clip: rect)
        grid.put(g.vertical, row: sizesRow, col: rect.col + Self.headerWidth - 1, style: theme.axis, clip: rect)
        if !compact {
            grid.put(offsetsLabel, row: offsetsRow, col: rect.col, style: theme.label, clip: rect)
            grid.put(g.vertical, row: offsetsRow, col: rect.col + Self.headerWidth - 1, style: theme.axis, clip: rect)
        }
        for t in col0..<colEnd {
            let c = gridCol + (t - col0) * cw
            grid.put(DisplayWidth.pad("\(layout.batchSizes[t])", to: cw - 1), row: sizesRow, col: c, style: theme.value, clip: rect)
            if !compact {
                grid.put(DisplayWidth.pad("\(layout.offsets[t])", to: cw - 1), row: offsetsRow, col: c, style: theme.dim, clip: rect)
            }
        }
    }

    /// Text and style of the cell of caller sentence `i` (sorted position `s`) at step `t`.
    func cell(sentence i: Int, sorted s: Int, t: Int, theme: Theme) -> (String, Style) {
        guard let batch else { return ("", theme.normal) }
        let layout = batch.layout
        guard t < layout.lengths[i] else {
            return (state.showPacked ? "-" : (theme.glyphs.braille ? "·pad·" : "<pad>"), theme.paddingCell)
        }
        // The packed row of this token: offsets[t] + s (timestep t's block starts at
        // offsets[t]; the sentences still running fill it in sorted order).
        if state.showPacked { return ("\(layout.row(sentence: i, position: t))", theme.realToken) }
        switch state.mode {
        case .tokens:
            return (batch.tokens[i][t], theme.realToken)
        case .tags:
            let gold = batch.gold[i][t]
            guard let predicted = batch.predicted?[i][t] else { return (gold, theme.tag(gold)) }
            if predicted == gold { return (gold, theme.tag(gold)) }
            return (gold + theme.glyphs.arrowRight + predicted, theme.bad)
        }
    }
}
