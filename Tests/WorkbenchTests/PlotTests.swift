import Testing
@testable import Workbench

@Suite("Braille plots and the loss chart")
struct PlotTests {
    @Test("Braille dots: 2×4 per cell, in the Unicode dot order")
    func brailleDots() {
        var canvas = DotCanvas(columns: 2, rows: 1, braille: true)
        #expect(canvas.width == 4 && canvas.height == 4)
        canvas.set(0, 0, style: .plain)
        #expect(canvas.glyph(column: 0, row: 0) == "\u{2801}")
        canvas.set(1, 3, style: .plain)
        #expect(canvas.glyph(column: 0, row: 0) == "\u{2881}")
        for x in 2..<4 { for y in 0..<4 { canvas.set(x, y, style: .plain) } }
        #expect(canvas.glyph(column: 1, row: 0) == "⣿")
        canvas.set(9, 9, style: .plain)  // outside: ignored
    }

    @Test("ASCII fallback: 1×2 dots per cell as ' . :")
    func asciiDots() {
        var canvas = DotCanvas(columns: 3, rows: 1, braille: false)
        canvas.set(0, 0, style: .plain)
        canvas.set(1, 1, style: .plain)
        canvas.set(2, 0, style: .plain)
        canvas.set(2, 1, style: .plain)
        #expect((0..<3).map { canvas.glyph(column: $0, row: 0) } == ["'", ".", ":"])
    }

    @Test("A line sets every dot between its ends")
    func lines() {
        var canvas = DotCanvas(columns: 4, rows: 2, braille: true)
        canvas.line(0, 7, 7, 0, style: .plain)
        for i in 0..<8 { #expect(canvas.isSet(i, 7 - i)) }
    }

    @Test("Linear and log scales map the data range onto the dot rows")
    func scales() {
        let linear = ValueScale(covering: [1, 3, 2])
        #expect(linear.dotRow(3, height: 8) == 0)
        #expect(linear.dotRow(1, height: 8) == 7)
        #expect(linear.dotRow(2, height: 9) == 4)
        let log = ValueScale(covering: [0.1, 10, 1], logarithmic: true)
        #expect(log.dotRow(1, height: 9) == 4)
        #expect(abs(log.value(at: 0.5) - 1) < 1e-9)
        let flat = ValueScale(covering: [2, 2])
        #expect(flat.low < 2 && flat.high > 2)
        #expect(ValueScale(covering: [0, -1, 4], logarithmic: true).low == 4 / 1.5)  // non-positive ignored
    }

    @Test("Smoothing is a debiased moving average: it starts at the first value")
    func smoothing() {
        let s = LossChart.smoothed([2, 2, 2, 0])
        #expect(abs(s[0] - 2) < 1e-12 && abs(s[2] - 2) < 1e-12)
        #expect(s[3] < 2 && s[3] > 1)
    }

    /// Draws a chart into a 40×10 grid and returns it with the plot's top-left cell.
    func chart(_ losses: [Double], log: Bool = false, theme: Theme = colourTheme) -> (CellGrid, LossChart) {
        var grid = CellGrid(width: 40, height: 10)
        let c = LossChart(lossHistory: losses, logarithmic: log)
        c.draw(into: &grid, grid.bounds, theme: theme)
        return (grid, c)
    }

    @Test("The loss chart labels its axis with the data's range and plots ends at the corners")
    func lossChartScaling() {
        let (grid, c) = chart([3, 2.5, 2, 1.5, 1])
        let lw = c.labelWidth(c.scale)
        #expect(grid.text(row: 1).hasPrefix("3.00"))
        #expect(grid.text(row: 8).hasPrefix("1.00"))
        #expect(grid.text(row: 1 + 7 / 2).hasPrefix("2.00"))
        // The plot spans rows 1...8 and columns lw+1..<40: first point top-left, last bottom-right.
        let first = grid[1, lw + 1].text.unicodeScalars.first!.value
        #expect(first >= 0x2800 && first & 0x01 != 0)
        let last = grid[8, 39].text.unicodeScalars.first!.value
        #expect(last >= 0x2800 && (last - 0x2800) & 0x80 != 0)
        #expect(grid.text(row: 9).contains("batch 5"))
        #expect(grid[1, lw].text == "│")
    }

    @Test("The axis rescales as data comes in")
    func rescales() {
        let (before, _) = chart([2, 1])
        let (after, _) = chart([2, 1, 6])
        #expect(before.text(row: 1).hasPrefix("2.00"))
        #expect(after.text(row: 1).hasPrefix("6.00"))
        #expect(after.text(row: 9).contains("batch 3"))
    }

    @Test("On a log scale the middle label is the geometric mean")
    func logLabels() {
        let (grid, _) = chart([1, 0.1, 0.01], log: true)
        #expect(grid.text(row: 1).hasPrefix(" 1.00│"))
        #expect(grid.text(row: 1 + 7 / 2).hasPrefix("0.100│"))
        #expect(grid.text(row: 8).hasPrefix("0.010│"))
        #expect(grid.text(row: 0).contains("[log]"))
    }

    @Test("Dev loss is plotted at the end of each epoch, with epoch marks on the x axis")
    func devLoss() {
        var grid = CellGrid(width: 60, height: 10)
        let c = LossChart(lossHistory: Array(repeating: 1, count: 10) + Array(repeating: 0.5, count: 10),
                          epochEnds: [10, 20], devLosses: [0.9, 0.7])
        c.draw(into: &grid, grid.bounds, theme: colourTheme)
        #expect(grid.text(row: 0).contains("dev"))
        #expect(grid.text(row: 9).contains("e1"))
        let devCells = grid.cells.filter { $0.style == colourTheme.devLoss && $0.text.unicodeScalars.first!.value >= 0x2800 }
        #expect(!devCells.isEmpty)
    }

    @Test("Before any batch the chart says it is waiting")
    func empty() {
        let (grid, _) = chart([])
        #expect(grid.text.contains("waiting for the first batch"))
    }

    @Test("The ASCII chart uses only ASCII")
    func asciiChart() {
        var grid = CellGrid(width: 40, height: 10, asciiOnly: true)
        LossChart(lossHistory: [3, 1, 2]).draw(into: &grid, grid.bounds, theme: asciiTheme)
        #expect(grid.cells.allSatisfy { $0.text.allSatisfy(\.isASCII) })
        #expect(grid.text.contains(":") || grid.text.contains("."))
    }

    @Test("Dev accuracy has its own axis in percent, with the best epoch")
    func accuracy() {
        var grid = CellGrid(width: 30, height: 8)
        AccuracyChart(accuracies: [0.5, 0.8, 0.75]).draw(into: &grid, grid.bounds, theme: colourTheme, hasDev: true)
        #expect(grid.text(row: 0).hasPrefix("75.00%"))
        #expect(grid.text(row: 0).contains("best 80.0% @2"))
        #expect(grid.text(row: 1).hasPrefix("80.0%"))
        #expect(grid.text(row: 6).hasPrefix("50.0%"))
        var none = CellGrid(width: 30, height: 8)
        AccuracyChart(accuracies: []).draw(into: &none, none.bounds, theme: colourTheme, hasDev: false)
        #expect(none.text.contains("no dev set"))
    }
}
