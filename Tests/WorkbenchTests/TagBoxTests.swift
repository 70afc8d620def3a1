import Testing
@testable import Workbench

@Suite("Tag box")
struct TagBoxTests {
    @Test("The editor inserts at the cursor, moves, deletes and clears")
    func editing() {
        var e = LineEditor()
        for c in "helo" { e.insert(c) }
        e.moveLeft()
        e.insert("l")
        #expect(e.text == "hello" && e.cursor == 4)
        e.moveHome()
        e.deleteForward()
        #expect(e.text == "ello" && e.cursor == 0)
        e.deleteBackward()  // nothing before the cursor
        e.moveEnd()
        e.deleteBackward()
        #expect(e.text == "ell")
        e.moveRight()
        #expect(e.cursor == 3)
        e.clear()
        #expect(e.text.isEmpty && e.cursor == 0)
    }

    @Test("The editor works on graphemes: an emoji or an accented letter is one step")
    func graphemes() {
        var e = LineEditor()
        for c in "a🎵e\u{301}中" { e.insert(c) }
        #expect(e.characters.count == 4)
        e.deleteBackward()
        e.deleteBackward()
        #expect(e.text == "a🎵")
    }

    @Test("History: up recalls older lines, down returns to the draft; blanks and repeats are not kept")
    func history() {
        var e = LineEditor()
        e.setText("one"); _ = e.submit()
        e.setText("two"); _ = e.submit()
        e.setText("two"); _ = e.submit()
        e.setText("   ")
        #expect(e.submit() == nil)
        #expect(e.history == ["one", "two"])
        e.setText("draft")
        e.historyUp()
        #expect(e.text == "two")
        e.historyUp()
        e.historyUp()
        #expect(e.text == "one")
        e.historyDown()
        #expect(e.text == "two")
        e.historyDown()
        #expect(e.text == "draft")
    }

    func render(_ box: TagBox, width: Int = 60, height: Int = 4, theme: Theme = colourTheme) -> CellGrid {
        var grid = CellGrid(width: width, height: height)
        box.draw(into: &grid, grid.bounds, theme: theme)
        return grid
    }

    @Test("Each word gets its tag beneath it in the tag's colour, and the tag's probability")
    func tagColouring() {
        let result = TagResult(request: 1, words: ["I", "love", "東京"], tags: ["PRON", "VERB", "PROPN"],
                               probabilities: [0.98, 0.9, 0.51], modelAt: "epoch 1 batch 3/9")
        let grid = render(TagBox(state: TagBoxState(), result: result, focused: false))
        #expect(grid.text(row: 1).hasPrefix("I     love  東京 "))
        #expect(grid.text(row: 2).hasPrefix("PRON  VERB  PROPN"))
        #expect(grid.text(row: 3).hasPrefix("0.98  0.90  0.51"))
        #expect(grid[2, 0].style == colourTheme.tag("PRON"))
        #expect(grid[2, 6].style == colourTheme.tag("VERB"))
        #expect(grid[2, 12].style == colourTheme.tag("PROPN"))
        #expect(grid[2, 0].style != grid[2, 6].style)
        #expect(grid.isWellFormed)
        #expect(TagBox(state: TagBoxState(), result: result, focused: false).note == "model at epoch 1 batch 3/9")
    }

    @Test("The same tag has the same style in the tag box and the batch grid")
    func consistentColours() {
        for tag in ["NOUN", "VERB", "ADJ", "PUNCT", "B-PER", "chunk"] {
            #expect(colourTheme.tag(tag) == colourTheme.tag(tag))
            #expect(colourTheme.tag(tag).fg != .default)
        }
        let upos = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
                    "PUNCT", "SCONJ", "SYM", "VERB", "X"]
        #expect(Set(upos.map { colourTheme.tag($0) }).count == upos.count)
    }

    @Test("The focused input shows the caret; a long line scrolls to keep it visible")
    func caret() {
        var state = TagBoxState()
        for c in "abc" { state.editor.insert(c) }
        state.editor.moveLeft()
        let grid = render(TagBox(state: state, result: nil, focused: true))
        #expect(grid.text(row: 0).hasPrefix("→ abc"))
        #expect(grid.cursor?.row == 0 && grid.cursor?.col == 4)
        #expect(grid[0, 4].style.attributes.contains(.reverse))
        var long = TagBoxState()
        for c in String(repeating: "x", count: 100) + "END" { long.editor.insert(c) }
        let scrolled = render(TagBox(state: long, result: nil, focused: true), width: 30)
        #expect(scrolled.text(row: 0).contains("END"))
        #expect(scrolled.cursor!.col < 30)
    }

    @Test("While waiting for the model the box says so")
    func pending() {
        var state = TagBoxState()
        state.pendingRequest = 4
        state.pendingWords = ["hello", "world"]
        let grid = render(TagBox(state: state, result: nil, focused: true))
        #expect(grid.text(row: 1).contains("tagging hello world"))
    }

    @Test("Too many words wrap to a second group of rows or end in an ellipsis")
    func wrapping() {
        let words = (1...20).map { "word\($0)" }
        let result = TagResult(request: 1, words: words, tags: Array(repeating: "NOUN", count: 20),
                               probabilities: Array(repeating: 0.5, count: 20), modelAt: "x")
        let tall = render(TagBox(state: TagBoxState(), result: result, focused: false), width: 40, height: 8)
        #expect(tall.text(row: 4).hasPrefix("word"))
        #expect(tall.text(row: 5).hasPrefix("NOUN"))
        let short = render(TagBox(state: TagBoxState(), result: result, focused: false), width: 40, height: 4)
        #expect(short.text(row: 1).hasSuffix("…"))
    }

    @Test("Typed lines are tokenised like the corpus")
    func tokens() {
        #expect(tagBoxTokens("  I drove all night  ") == ["I", "drove", "all", "night"])
        #expect(tagBoxTokens("").isEmpty)
    }
}
