/// Train loss per batch (raw and smoothed) and dev loss per epoch, as braille lines on
/// labelled axes that rescale to the data; optionally on a log scale.
public struct LossChart: Sendable {
    public var lossHistory: [Double]
    /// `lossHistory.count` at the end of each finished epoch.
    public var epochEnds: [Int]
    /// Dev loss of each finished epoch (nil without a dev set).
    public var devLosses: [Double?]
    public var logarithmic: Bool

    public init(lossHistory: [Double], epochEnds: [Int] = [], devLosses: [Double?] = [], logarithmic: Bool = false) {
        self.lossHistory = lossHistory
        self.epochEnds = epochEnds
        self.devLosses = devLosses
        self.logarithmic = logarithmic
    }

    public init(_ snapshot: EngineSnapshot, logarithmic: Bool) {
        self.init(lossHistory: snapshot.lossHistory, epochEnds: snapshot.epochEnds,
                  devLosses: snapshot.epochSummaries.map(\.devLoss), logarithmic: logarithmic)
    }

    /// An exponential moving average with bias correction (TensorBoard's smoothing): the
    /// first values are not pulled towards zero.
    public static func smoothed(_ values: [Double], weight: Double = 0.9) -> [Double] {
        var out: [Double] = []
        out.reserveCapacity(values.count)
        var avg = 0.0, debias = 1.0
        for v in values where v.isFinite {
            avg = weight * avg + (1 - weight) * v
            debias *= weight
            out.append(avg / (1 - debias))
        }
        return out
    }

    /// The scale the chart uses for its data.
    public var scale: ValueScale {
        ValueScale(covering: lossHistory + devLosses.compactMap { $0 }, logarithmic: logarithmic)
    }

    /// Width of the y-axis labels (without the axis line).
    func labelWidth(_ scale: ValueScale) -> Int {
        [scale.high, scale.value(at: 0.5), scale.low].map { DisplayWidth.of(formatValue($0)) }.max() ?? 4
    }

    /// Draws the chart into `rect`: a legend row, the plot with its y labels, an x-label row.
    public func draw(into grid: inout CellGrid, _ rect: Rect, theme: Theme) {
        guard rect.height >= 3, rect.width >= 12 else { return }
        let g = theme.glyphs
        // Legend.
        let mark = g.braille ? "⣀⣀" : "--"
        var x = rect.col
        x += grid.put(mark, row: rect.row, col: x, style: theme.rawLoss, clip: rect)
        x += grid.put(" batch ", row: rect.row, col: x, style: theme.dim, clip: rect)
        x += grid.put(mark, row: rect.row, col: x, style: theme.smoothLoss, clip: rect)
        x += grid.put(" smoothed ", row: rect.row, col: x, style: theme.dim, clip: rect)
        if devLosses.contains(where: { $0 != nil }) {
            x += grid.put(mark, row: rect.row, col: x, style: theme.devLoss, clip: rect)
            x += grid.put(" dev ", row: rect.row, col: x, style: theme.dim, clip: rect)
        }
        if logarithmic {
            let tag = "[log]"
            grid.put(tag, row: rect.row, col: rect.right - DisplayWidth.of(tag), style: theme.warning, clip: rect)
        }
        guard !lossHistory.isEmpty else {
            Panel.centered("waiting for the first batch" + g.ellipsis, into: &grid,
                           Rect(row: rect.row + 1, col: rect.col, height: rect.height - 1, width: rect.width),
                           style: theme.dim, marker: g.ellipsis)
            return
        }
        let scale = self.scale
        let lw = labelWidth(scale)
        let plot = Rect(row: rect.row + 1, col: rect.col + lw + 1, height: rect.height - 2, width: rect.width - lw - 1)
        guard plot.height >= 1, plot.width >= 4 else { return }
        // Y axis: labels at top, middle and bottom, an axis line between them.
        for r in plot.row..<plot.bottom { grid.put(g.vertical, row: r, col: plot.col - 1, style: theme.axis) }
        let labelRows: [(Int, Double)] = [(plot.row, 1), (plot.row + (plot.height - 1) / 2, 0.5), (plot.bottom - 1, 0)]
        for (row, f) in labelRows {
            let text = DisplayWidth.pad(formatValue(scale.value(at: f)), to: lw, right: true)
            grid.put(text, row: row, col: rect.col, style: theme.axis)
        }
        // Curves.
        var canvas = DotCanvas(columns: plot.width, rows: plot.height, braille: g.braille)
        let n = lossHistory.count
        func plotSeries(_ points: [(Int, Double)], style: Style) {
            var previous: (Int, Int)?
            for (i, v) in points where v.isFinite && (!logarithmic || v > 0) {
                let p = (dotColumn(i, count: max(n, 2), width: canvas.width), scale.dotRow(v, height: canvas.height))
                if let q = previous { canvas.line(q.0, q.1, p.0, p.1, style: style) } else { canvas.set(p.0, p.1, style: style) }
                previous = p
            }
        }
        plotSeries(lossHistory.enumerated().map { ($0, $1) }, style: theme.rawLoss)
        if n > 1 { plotSeries(Self.smoothed(lossHistory).enumerated().map { ($0, $1) }, style: theme.smoothLoss) }
        let dev = zip(epochEnds, devLosses).compactMap { end, loss in loss.map { (end - 1, $0) } }
        plotSeries(dev, style: theme.devLoss)
        canvas.draw(into: &grid, row: plot.row, col: plot.col)
        // X axis: first and last batch, and the end of each epoch where it fits.
        let axisRow = rect.bottom - 1
        grid.put("1", row: axisRow, col: plot.col, style: theme.axis, clip: rect)
        let last = "batch \(n)"
        let lastCol = plot.right - DisplayWidth.of(last)
        var taken = plot.col + 2
        for (k, end) in epochEnds.enumerated() {
            let col = plot.col + dotColumn(end - 1, count: max(n, 2), width: canvas.width) / canvas.dotsPerColumn
            let label = "e\(k + 1)"
            if col >= taken, col + DisplayWidth.of(label) < lastCol - 1 {
                grid.put(label, row: axisRow, col: col, style: theme.dim, clip: rect)
                taken = col + DisplayWidth.of(label) + 1
            }
        }
        grid.put(last, row: axisRow, col: lastCol, style: theme.axis, clip: rect)
    }
}

/// Dev accuracy per epoch on its own axis, with the latest and best figures.
public struct AccuracyChart: Sendable {
    public var accuracies: [Double?]

    public init(accuracies: [Double?]) { self.accuracies = accuracies }
    public init(_ snapshot: EngineSnapshot) { self.init(accuracies: snapshot.epochSummaries.map(\.devAccuracy)) }

    public func draw(into grid: inout CellGrid, _ rect: Rect, theme: Theme, hasDev: Bool) {
        guard rect.height >= 1, rect.width >= 8 else { return }
        let g = theme.glyphs
        let known = accuracies.enumerated().compactMap { i, a in a.map { (i, $0) } }
        guard let latest = known.last else {
            Panel.centered(hasDev ? "after the first epoch" : "no dev set", into: &grid, rect, style: theme.dim, marker: g.ellipsis)
            return
        }
        let best = known.max { $0.1 < $1.1 }!
        var x = rect.col
        x += grid.put(formatPercent(latest.1, digits: 2), row: rect.row, col: x, style: theme.devAccuracy, clip: rect)
        grid.put("  best \(formatPercent(best.1)) @\(best.0 + 1)", row: rect.row, col: x, style: theme.dim, clip: rect)
        guard rect.height >= 4 else { return }
        let scale = ValueScale(covering: known.map(\.1))
        let labels = [scale.high, scale.low].map { formatPercent($0) }
        let lw = labels.map { DisplayWidth.of($0) }.max()!
        let plot = Rect(row: rect.row + 1, col: rect.col + lw + 1, height: rect.height - 2, width: rect.width - lw - 1)
        guard plot.width >= 2, plot.height >= 1 else { return }
        for r in plot.row..<plot.bottom { grid.put(g.vertical, row: r, col: plot.col - 1, style: theme.axis) }
        grid.put(DisplayWidth.pad(labels[0], to: lw, right: true), row: plot.row, col: rect.col, style: theme.axis)
        grid.put(DisplayWidth.pad(labels[1], to: lw, right: true), row: plot.bottom - 1, col: rect.col, style: theme.axis)
        var canvas = DotCanvas(columns: plot.width, rows: plot.height, braille: g.braille)
        let count = max(accuracies.count, 2)
        var previous: (Int, Int)?
        for (i, a) in known {
            let p = (dotColumn(i, count: count, width: canvas.width), scale.dotRow(a, height: canvas.height))
            if let q = previous { canvas.line(q.0, q.1, p.0, p.1, style: theme.devAccuracy) } else { canvas.set(p.0, p.1, style: theme.devAccuracy) }
            previous = p
        }
        canvas.draw(into: &grid, row: plot.row, col: plot.col)
        grid.put("epoch 1", row: rect.bottom - 1, col: plot.col, style: theme.axis, clip: rect)
        let last = "\(accuracies.count)"
        grid.put(last, row: rect.bottom - 1, col: plot.right - DisplayWidth.of(last), style: theme.axis, clip: rect)
    }
}
