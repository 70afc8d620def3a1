import Foundation
import Model
import Testing
@testable import Workbench

@Suite("Batch viewer")
struct BatchViewerTests {
    /// Renders `batch` into a grid of the given size (the whole grid is the panel's inside).
    func render(_ batch: BatchView, _ state: BatchViewerState = BatchViewerState(), width: Int = 80, height: Int = 12,
                theme: Theme = colourTheme) -> (CellGrid, BatchViewer) {
        var grid = CellGrid(width: width, height: height)
        let viewer = BatchViewer(batch: batch, state: state)
        viewer.draw(into: &grid, grid.bounds, theme: theme)
        return (grid, viewer)
    }

    /// Column of timestep t's cell.
    func column(_ t: Int, _ viewer: BatchViewer) -> Int { BatchViewer.headerWidth + t * viewer.cellWidth }

    @Test("A known batch: rows in sorted order with index and length, tokens, padding, batch_sizes, offsets")
    func knownGrid() throws {
        let batch = try knownBatch()
        #expect(batch.layout.order == [1, 3, 0, 2])
        let (grid, viewer) = render(batch)
        #expect(grid.text(row: 0).contains("B=4 T=4 N=10"))
        #expect(grid.text(row: 0).contains("padding 37.5%"))
        #expect(grid.text(row: 1).contains("order 1 3 0 2"))
        #expect(grid.text(row: 1).contains("lengths 4 3 2 1"))
        #expect(grid.text(row: 2).contains("t=0"))
        // Sorted position s on row 3 + s: "s i #corpus len".
        let heads = (0..<4).map { grid.text(row: 3 + $0).prefix(BatchViewer.headerWidth - 1).split(separator: " ").map(String.init) }
        #expect(heads == [["0", "1", "#41", "4"], ["1", "3", "#43", "3"], ["2", "0", "#40", "2"], ["3", "2", "#42", "1"]])
        // Tokens of sentence 3 (sorted position 1) in the real-token style; padding after its end.
        for t in 0..<3 {
            let cell = grid[4, column(t, viewer)]
            #expect(cell.style == colourTheme.realToken)
        }
        #expect(grid.text(row: 4).contains("w3.0"))
        #expect(grid.text(row: 4).contains("w3.2"))
        let pad = grid[4, column(3, viewer)]
        #expect(pad.style == colourTheme.paddingCell)
        #expect(grid.text(row: 5).components(separatedBy: "·pad·").count - 1 == 2)
        #expect(grid.text(row: 6).components(separatedBy: "·pad·").count - 1 == 3)
        // batch_sizes and offsets under the columns.
        let sizes = (0..<4).map { t in grid.cells(row: 10, from: column(t, viewer), count: 2).map(\.text).joined() }
        #expect(sizes.map { $0.trimmingCharacters(in: .whitespaces) } == ["4", "3", "2", "1"])
        #expect(grid.text(row: 10).hasPrefix(DisplayWidth.pad("batch_sizes", to: BatchViewer.headerWidth - 1, right: true)))
        let offsets = (0..<4).map { t in grid.cells(row: 11, from: column(t, viewer), count: 2).map(\.text).joined() }
        #expect(offsets.map { $0.trimmingCharacters(in: .whitespaces) } == ["0", "4", "7", "9"])
    }

    @Test("Packed numbering: the cell of sorted row s at step t shows offsets[t] + s")
    func packedPositions() throws {
        var state = BatchViewerState()
        state.showPacked = true
        let batch = try knownBatch()
        let (grid, viewer) = render(batch, state)
        let layout = batch.layout
        for s in 0..<4 {
            let i = layout.order[s]
            for t in 0..<layout.maxLength {
                let text = grid.cells(row: 3 + s, from: column(t, viewer), count: viewer.cellWidth - 1).map(\.text).joined()
                    .trimmingCharacters(in: .whitespaces)
                if t < layout.lengths[i] {
                    #expect(text == String(layout.offsets[t] + s))
                    #expect(text == String(layout.row(sentence: i, position: t)))
                } else {
                    #expect(text == "-")
                }
            }
        }
    }

    @Test("Every layout of three sentences up to length 4: packed numbers 0..<N once each, batch_sizes right")
    func exhaustiveLayouts() throws {
        var state = BatchViewerState()
        state.showPacked = true
        for a in 1...4 { for b in 1...4 { for c in 1...4 {
            let lengths = [a, b, c]
            let layout = try PackedLayout(lengths: lengths)
            let batch = BatchView(serial: 1, epoch: 1, batch: 1, batchCount: 1, loss: 1, layout: layout,
                                  sentenceIndices: [0, 1, 2], tokens: lengths.map { Array(repeating: "x", count: $0) },
                                  gold: lengths.map { Array(repeating: "X", count: $0) }, predicted: nil)
            let (grid, viewer) = render(batch, state, height: 10)
            var numbers: [Int] = []
            for s in 0..<3 {
                for t in 0..<layout.maxLength {
                    let text = grid.cells(row: 3 + s, from: column(t, viewer), count: viewer.cellWidth - 1).map(\.text)
                        .joined().trimmingCharacters(in: .whitespaces)
                    if let n = Int(text) { numbers.append(n) }
                }
            }
            #expect(numbers.sorted() == Array(0..<layout.tokenCount), "lengths \(lengths)")
            let sizes = (0..<layout.maxLength).map { t in
                Int(grid.cells(row: 8, from: column(t, viewer), count: 3).map(\.text).joined()
                    .trimmingCharacters(in: .whitespaces))!
            }
            #expect(sizes == layout.batchSizes, "lengths \(lengths)")
        } } }
    }

    @Test("Tags mode: a right tag in its tag's colour, a wrong one as gold→predicted in the error style")
    func tagsMode() throws {
        var state = BatchViewerState()
        state.mode = .tags
        let (grid, viewer) = render(try knownBatch(), state)
        // Caller sentence 1 is sorted position 0 (row 3); its token 2 was predicted ADJ.
        let right = grid[3, column(1, viewer)]
        #expect(right.style == colourTheme.tag("VERB"))
        #expect(grid.text(row: 3).contains("NOUN→ADJ"))
        #expect(grid[3, column(2, viewer)].style == colourTheme.bad)
        #expect(colourTheme.tag("NOUN") != colourTheme.tag("VERB"))
    }

    @Test("Scrolling: the header starts at the first visible timestep; rows beyond the panel are counted")
    func scrolling() throws {
        let lengths = [12, 3, 7, 12, 1, 5, 9, 2]
        let layout = try PackedLayout(lengths: lengths)
        let batch = BatchView(serial: 1, epoch: 1, batch: 1, batchCount: 1, loss: 1, layout: layout,
                              sentenceIndices: Array(0..<8), tokens: lengths.map { n in (0..<n).map { "tok\($0)" } },
                              gold: lengths.map { Array(repeating: "X", count: $0) }, predicted: nil)
        var state = BatchViewerState()
        let (grid, viewer) = render(batch, state, width: 60, height: 11)
        let geo = viewer.geometry(for: grid.bounds)
        #expect(geo.visibleColumns == (60 - BatchViewer.headerWidth) / 8)
        #expect(geo.visibleRows == 11 - 3 - 2)
        #expect(viewer.note(for: grid.bounds, theme: colourTheme) == "rows 1–6/8 · t 0–4/12 · live")
        state.scrollColumn = 3
        state.scrollRow = 2
        let (scrolled, scrolledViewer) = render(batch, state, width: 60, height: 11)
        #expect(scrolled.text(row: 2).contains("t=3"))
        #expect(scrolledViewer.note(for: scrolled.bounds, theme: colourTheme).hasPrefix("rows 3–8/8 · t 3–7/12"))
        #expect(scrolled.text(row: 3).hasPrefix("  2"))
        // Scrolling past the end is clamped when drawing.
        state.scrollColumn = 99
        let (end, _) = render(batch, state, width: 60, height: 11)
        #expect(end.text(row: 2).contains("t=\(12 - geo.visibleColumns)"))
    }

    @Test("Wide tokens are cut to the cell and never break the grid")
    func wideTokens() throws {
        let layout = try PackedLayout(lengths: [3, 2])
        let batch = BatchView(serial: 1, epoch: 1, batch: 1, batchCount: 1, loss: 1, layout: layout,
                              sentenceIndices: [0, 1], tokens: [["東京都庁舎", "🎵🎵🎵🎵", "naïve"], ["漢字", "x"]],
                              gold: [["PROPN", "SYM", "ADJ"], ["NOUN", "X"]], predicted: nil)
        let (grid, viewer) = render(batch)
        #expect(grid.isWellFormed)
        #expect(grid.text(row: 3).contains("東京都…"))
        #expect(grid.text(row: 3).contains("naïve"))
        // Columns stay aligned: timestep 1 starts at the same column on both rows.
        #expect(grid[3, column(1, viewer)].text == "🎵")
        #expect(grid[4, column(1, viewer)].text == "x")
    }

    @Test("Stepping through recent batches, and following the live one again")
    func stepping() throws {
        let batches = try (1...5).map { try knownBatch(serial: $0) }
        var state = BatchViewerState()
        #expect(state.current(in: batches)?.serial == 5)
        state.step(-1, in: batches)
        #expect(!state.followLive && state.current(in: batches)?.serial == 4)
        state.step(-10, in: batches)
        #expect(state.current(in: batches)?.serial == 1)
        state.step(1, in: batches)
        #expect(state.current(in: batches)?.serial == 2)
        state.step(5, in: batches)
        #expect(state.followLive && state.current(in: batches)?.serial == 5)
        // A batch being looked at stays on screen after it leaves the ring; forward steps
        // continue from the oldest batch after it.
        state.step(-4, in: batches)
        let later = try (3...7).map { try knownBatch(serial: $0) }
        #expect(state.current(in: later)?.serial == 1)
        let viewer = BatchViewer(batch: state.current(in: later), state: state, recentSerials: later.map(\.serial))
        #expect(viewer.note(for: Rect(row: 0, col: 0, height: 20, width: 80), theme: colourTheme) == "kept · f: live")
        state.step(-1, in: later)
        #expect(state.current(in: later)?.serial == 1)
        state.step(1, in: later)
        #expect(state.current(in: later)?.serial == 3)
    }

    @Test("Monochrome: real tokens in reverse video, padding dim, no colours")
    func monochrome() throws {
        let (grid, viewer) = render(try knownBatch(), theme: monoTheme)
        #expect(grid.cells.allSatisfy { $0.style.fg == .default && $0.style.bg == .default })
        #expect(grid[3, column(0, viewer)].style.attributes.contains(.reverse))
        #expect(grid[6, column(3, viewer)].style.attributes.contains(.dim))
    }
}
