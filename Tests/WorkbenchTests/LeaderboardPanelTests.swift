import Testing
import Training
@testable import Workbench

/// Three finished trials (trial 2 failed) and trial 4 training at rung 1.
private func searchInProgress() -> LeaderboardView {
    func result(_ trial: Int, _ accuracy: Double?, lr: String, rung: Int = 0, failure: String? = nil) -> TrialResult {
        var r = TrialResult(trial: trial, rung: rung, settings: [.init(name: "lr", value: lr), .init(name: "cell", value: "gru")],
                            budgetEpochs: 3 * rung + 1, epochs: 3 * rung + 1, bestEpoch: 1, devAccuracy: accuracy, trainLoss: 1,
                            seconds: 2, tokensPerSecond: 1000, stopReason: .finished, complete: true)
        r.failure = failure
        return r
    }
    let board = Leaderboard(results: [result(1, 0.612, lr: "0.001"), result(2, nil, lr: "0.5", failure: "the loss is not finite"),
                                      result(3, 0.874, lr: "0.01"), result(4, 0.801, lr: "0.003")],
                            options: ["lr", "cell"], strategy: .halving)
    let current = TrialWork(trial: 4, rung: 1, epochs: 3, settings: [.init(name: "lr", value: "0.003"), .init(name: "cell", value: "gru")])
    return LeaderboardView(board: board, current: current, progress: "[5/6] trial 4/4 rung 2/2, 3 epochs")
}

@Suite("The search leaderboard panel")
struct LeaderboardPanelTests {
    @Test("Progress, the trial in progress, then every trial ranked by dev accuracy")
    func ranking() {
        var grid = CellGrid(width: 60, height: 8)
        LeaderboardPanel(searchInProgress()).draw(into: &grid, Rect(row: 0, col: 0, height: 8, width: 60), theme: colourTheme)
        let lines = (0..<8).map { grid.text(row: $0).trimmingCharacters(in: .whitespaces) }
        #expect(lines[0] == "[5/6] trial 4/4 rung 2/2, 3 epochs")
        #expect(lines[1] == "→ lr=0.003 cell=gru")
        #expect(lines[2] == "#  trial   dev acc  epochs  settings")
        #expect(lines[3] == "1      3     87.4%     1/1  lr=0.01 cell=gru")
        #expect(lines[4] == "2→     4     80.1%     1/1  lr=0.003 cell=gru")
        #expect(lines[5] == "3      1     61.2%     1/1  lr=0.001 cell=gru")
        #expect(lines[6] == "4      2    failed     1/1  lr=0.5 cell=gru")
        #expect(lines[7].isEmpty)
        #expect(grid[3, 10].style == colourTheme.good, "the best trial stands out")
        #expect(grid[6, 10].style == colourTheme.dim, "a failed trial is dimmed")
    }

    @Test("A small panel keeps the top of the board and cuts long settings")
    func cutToFit() {
        var grid = CellGrid(width: 40, height: 5)
        LeaderboardPanel(searchInProgress()).draw(into: &grid, Rect(row: 0, col: 0, height: 5, width: 30), theme: colourTheme)
        #expect(grid.text(row: 3).hasPrefix(" 1      3     87.4%     1/1  …"))
        #expect(grid.text(row: 4).hasPrefix(" 2→     4"))
        #expect(grid.text(row: 3).dropFirst(30).allSatisfy { $0 == " " }, "nothing drawn outside the panel")
    }

    @Test("Before the first result the panel says so")
    func empty() {
        var view = searchInProgress()
        view.board = Leaderboard(results: [], options: ["lr"], strategy: .random)
        var grid = CellGrid(width: 50, height: 6)
        LeaderboardPanel(view).draw(into: &grid, Rect(row: 0, col: 0, height: 6, width: 50), theme: colourTheme)
        #expect(grid.text.contains("no trial has finished yet"))
    }

    @Test("The screen puts the leaderboard beside the charts of the trial in progress")
    func onScreen() throws {
        let screen = Screen(theme: colourTheme, leaderboard: searchInProgress())
        let grid = screen.render(try sampleSnapshot(), ui: WorkbenchUI(), width: 140, height: 40).0
        let layout = Screen.Layout(width: 140, height: 40, leaderboard: true)
        let board = try #require(layout.leaderboard)
        #expect(board.row == layout.chart.row && board.col == layout.accuracy.right && board.right == 140)
        #expect(grid.text(row: board.row).contains("search leaderboard"))
        #expect(grid.text.contains("87.4%") && grid.text.contains("train loss") && grid.text.contains("dev accuracy"))
        #expect(Screen.Layout(width: 140, height: 40).leaderboard == nil)
    }
}
