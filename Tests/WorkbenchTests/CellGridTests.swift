import Testing
@testable import Workbench

@Suite("Cell grid and display widths")
struct CellGridTests {
    @Test("CJK and emoji take two columns; ASCII one; combining marks none")
    func widths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("中文") == 4)
        #expect(DisplayWidth.of("🎵") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1)  // one grapheme: e + combining acute
        #expect(DisplayWidth.of("ｈｉ") == 4)  // fullwidth Latin
        #expect(DisplayWidth.of("\u{7}") == 0)
    }

    @Test("A wide character fills its cell and a continuation cell")
    func wideCharacterCells() {
        var grid = CellGrid(width: 8, height: 1)
        let used = grid.put("中文ab", row: 0, col: 0)
        #expect(used == 6)
        #expect(grid[0, 0].text == "中" && grid[0, 0].width == 2)
        #expect(grid[0, 1].isContinuation)
        #expect(grid[0, 2].text == "文")
        #expect(grid[0, 4].text == "a" && grid[0, 5].text == "b")
        #expect(grid.text(row: 0) == "中文ab  ")
        #expect(grid.isWellFormed)
    }

    @Test("A wide character crossing the clip edge becomes a space, never half a glyph")
    func wideCharacterAtEdge() {
        var grid = CellGrid(width: 5, height: 1)
        grid.put("ab中文", row: 0, col: 0)
        #expect(grid.text(row: 0) == "ab中 ")
        #expect(grid.isWellFormed)
        var clipped = CellGrid(width: 10, height: 1)
        clipped.put("a🎵🎵", row: 0, col: 0, clip: Rect(row: 0, col: 0, height: 1, width: 4))
        #expect(clipped.text(row: 0) == "a🎵       ")
        #expect(clipped.isWellFormed)
    }

    @Test("Overwriting half of a wide character blanks its other half")
    func overwriteHalf() {
        var grid = CellGrid(width: 6, height: 1)
        grid.put("中文", row: 0, col: 0)
        grid.put("x", row: 0, col: 1)  // right half of 中
        #expect(grid.text(row: 0) == " x文  ")
        #expect(grid.isWellFormed)
        grid.put("y", row: 0, col: 2)  // left half of 文
        #expect(grid.text(row: 0) == " xy   ")
        #expect(grid.isWellFormed)
        grid.put("東", row: 0, col: 3)
        grid.put("京", row: 0, col: 4)  // starts on the right half of 東
        #expect(grid.text(row: 0) == " xy 京")
        #expect(grid.isWellFormed)
    }

    @Test("Text is clipped to the grid and to a rectangle")
    func clipping() {
        var grid = CellGrid(width: 6, height: 2)
        grid.put("hello world", row: 0, col: 2)
        #expect(grid.text(row: 0) == "  hell")
        grid.put("abcdef", row: 1, col: -2)
        #expect(grid.text(row: 1) == "cdef  ")
        grid.put("zzz", row: 5, col: 0)  // outside: ignored
        grid.put("12345", row: 1, col: 0, clip: Rect(row: 1, col: 1, height: 1, width: 2))
        #expect(grid.text(row: 1) == "c23f  ")
    }

    @Test("Without UTF-8 every non-ASCII grapheme is drawn as ?")
    func asciiOnly() {
        var grid = CellGrid(width: 8, height: 1, asciiOnly: true)
        grid.put("café中", row: 0, col: 0)
        #expect(grid.text(row: 0) == "caf??   ")
        #expect(grid.cells.allSatisfy { $0.text.allSatisfy(\.isASCII) })
        grid.put("a·b×c…", row: 0, col: 0)  // the screen's own symbols have stand-ins
        #expect(grid.text(row: 0) == "a.bxc~  ")
    }

    @Test("Control characters never reach the terminal")
    func controlCharacters() {
        var grid = CellGrid(width: 4, height: 1)
        grid.put("a\u{1B}b", row: 0, col: 0)
        #expect(grid.text(row: 0) == "a?b ")
    }

    @Test("Truncation and padding count columns, not characters")
    func truncateAndPad() {
        #expect(DisplayWidth.truncate("tagbench", to: 5) == "tagb…")
        #expect(DisplayWidth.truncate("中文中文", to: 5) == "中文…")
        #expect(DisplayWidth.truncate("中文中文", to: 4, marker: "") == "中文")
        #expect(DisplayWidth.pad("中", to: 4) == "中  ")
        #expect(DisplayWidth.pad("7", to: 3, right: true) == "  7")
        #expect(DisplayWidth.of(DisplayWidth.pad("🎵🎵🎵", to: 5)) == 5)
    }
}
