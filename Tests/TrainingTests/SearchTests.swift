import Foundation
import Numerics
import Testing
@testable import Training

private func parse(_ text: String) throws -> SearchSpace {
    try SearchSpace.parse(Data(text.utf8), name: "space.json")
}

/// The one-line message a bad space gives.
private func message(_ text: String) -> String {
    do {
        _ = try parse(text)
        return "(parsed)"
    } catch {
        return String(describing: error)
    }
}

// MARK: - The space file

@Test func aSpaceListsValuesAndRangesInFileOrder() throws {
    let space = try parse("""
        {
          "lr": {"min": 1e-4, "max": 1e-2, "scale": "log"},
          "hidden": [64, 128, 256],
          "emb": {"min": 32, "max": 128, "type": "int"},
          "cell": ["lstm", "gru"],
          "bidirectional": [true, false],
          "dropout": {"min": 0, "max": 0.5}
        }
        """)
    #expect(space.names == ["lr", "hidden", "emb", "cell", "bidirectional", "dropout"])
    #expect(space.dimensions[0].domain == .range(min: 1e-4, max: 1e-2, scale: .log, integer: false))
    #expect(space.dimensions[1].domain == .list([.integer(64), .integer(128), .integer(256)]))
    #expect(space.dimensions[2].domain == .range(min: 32, max: 128, scale: .linear, integer: true))
    #expect(space.dimensions[3].domain == .list([.string("lstm"), .string("gru")]))
    #expect(space.dimensions[4].domain == .list([.flag(true), .flag(false)]))
    #expect(space.canonicalText == "lr=log[0.0001, 0.01] hidden=[64, 128, 256] emb=int[32, 128] cell=[lstm, gru] bidirectional=[true, false] dropout=[0, 0.5]")
}

@Test func badSpacesGiveOneLineNamingTheFileTheLineAndTheProblem() {
    let cases: [(String, String)] = [
        ("{\"lrr\": [1]}", "space.json:1: \"lrr\" is not a searchable option; searchable options: batch, bidirectional, bucket-pool, cell,"),
        ("{\n  \"lr\": [0.1],\n  \"--hidden\": [8]\n}", "space.json:3: write option names without dashes: \"hidden\", not \"--hidden\""),
        ("{\"hidden\": [8, 1.5]}", "space.json:1: \"hidden\" takes whole numbers; 1.5 is not one"),
        ("{\"hidden\": [8, \"16\"]}", "\"hidden\" takes numbers, e.g. [64, 128]; found \"16\""),
        ("{\"hidden\": []}", "\"hidden\" lists no values"),
        ("{\"hidden\": [8,\n 8]}", "space.json:2: \"hidden\" lists 8 twice"),
        ("{\"cell\": [\"rnn\"]}", "\"cell\" must be one of lstm, gru; found \"rnn\""),
        ("{\"cell\": {\"min\": 1, \"max\": 2}}", "\"cell\" takes a list of values, e.g. [\"lstm\", \"gru\"], not a range"),
        ("{\"bidirectional\": [1]}", "\"bidirectional\" is a switch: list true, false or both"),
        ("{\"lr\": 0.1}", "\"lr\" must be a list of values ([0.001, 0.01]) or a range"),
        ("{\"lr\": {\"min\": 0, \"max\": 1, \"scale\": \"log\"}}", "\"lr\": a log scale needs \"min\" above 0"),
        ("{\"lr\": {\"min\": 1, \"max\": 0.1}}", "\"lr\": \"min\" (1) must be below \"max\" (0.1)"),
        ("{\"lr\": {\"max\": 1}}", "\"lr\": a range needs \"min\" and \"max\""),
        ("{\"lr\": {\"min\": 0.1, \"max\": 1,\n \"step\": 2}}", "space.json:2: \"lr\": unknown range key \"step\"; a range has \"min\", \"max\", \"scale\", \"type\""),
        ("{\"lr\": {\"min\": 0.1, \"max\": 1, \"scale\": \"exp\"}}", "\"scale\" must be \"linear\" or \"log\""),
        ("{\"hidden\": {\"min\": 8, \"max\": 64, \"type\": \"float\"}}", "\"hidden\" takes whole numbers: \"type\" must be \"int\""),
        ("{\"hidden\": {\"min\": 8.5, \"max\": 64}}", "\"hidden\" takes whole numbers; \"min\": 8.5 is not one"),
        ("{\"lr\": [1e999]}", "\"lr\": 1e999 is too large"),
        ("[1, 2]", "space.json:1: the space must be a JSON object"),
        ("{}", "space.json:1: the space names no option"),
        ("", "space.json: the file is empty"),
        ("{\n\"lr\": [0.1,]\n}", "space.json:2: invalid JSON: unexpected ']', expected a value"),
        ("{\"lr\": [0.1], \"lr\": [0.2]}", "invalid JSON: the key \"lr\" appears twice"),
        ("{\"lr\": [01]}", "invalid JSON: a number may not have leading zeros"),
        ("{\"cell\": [\"lstm]}\n", "invalid JSON: a string runs past the end of the line"),
        ("{\"lr\": [0.1]} x", "invalid JSON: unexpected 'x' after the end of the JSON value"),
        (String(repeating: "[", count: 10_000), "invalid JSON: nested more than 32 levels deep"),
    ]
    for (text, expected) in cases {
        let got = message(text)
        #expect(got.contains(expected), "\(text.prefix(60)): \(got)")
        #expect(!got.contains("\n"), "one line: \(got)")
    }
}

@Test func theParserNeverTrapsOnMangledInput() throws {
    let valid = Array("""
        {"lr": {"min": 1e-4, "max": 1e-2, "scale": "log"}, "hidden": [64, 128], "cell": ["lstm", "gru"], "x": "\\u00e9\\ud83d\\ude00"}
        """.utf8)
    var rng = Xoshiro256(seed: 7)
    let alphabet = Array("{}[]\":,.-+eE0123456789 \n\\utrfalsn".utf8) + [0, 0xFF, 0xC3, 0xED]
    for _ in 0..<3000 {
        var bytes = valid
        for _ in 0..<(1 + Int(rng.next() % 4)) {
            let i = Int(rng.next() % UInt64(bytes.count))
            switch rng.next() % 3 {
            case 0: bytes[i] = alphabet[Int(rng.next() % UInt64(alphabet.count))]
            case 1: bytes.remove(at: i)
            default: bytes.insert(alphabet[Int(rng.next() % UInt64(alphabet.count))], at: i)
            }
            if bytes.isEmpty { break }
        }
        do { _ = try SearchSpace.parse(Data(bytes), name: "fuzz.json") } catch is SearchSpaceError {}
    }
}

// MARK: - Strategies

@Test func gridIsTheProductWithTheFirstOptionVaryingSlowest() throws {
    let space = try parse(#"{"hidden": [8, 16], "cell": ["lstm", "gru"], "bidirectional": [true, false]}"#)
    let grid = try space.grid()
    #expect(grid.count == 8)
    #expect(grid[0].text == "hidden=8 cell=lstm bidirectional=true")
    #expect(grid[1].text == "hidden=8 cell=lstm bidirectional=false")
    #expect(grid[7].text == "hidden=16 cell=gru bidirectional=false")
    #expect(Set(grid.map(\.text)).count == 8)
    #expect(grid[1].flatMap(\.arguments) == ["--hidden", "8", "--cell", "lstm"])
    #expect(grid[0].flatMap(\.arguments) == ["--hidden", "8", "--cell", "lstm", "--bidirectional"])

    #expect(throws: SearchPlanError.rangeInGrid(option: "lr")) {
        try parse(#"{"hidden": [8], "lr": {"min": 0.001, "max": 0.1}}"#).grid()
    }
    let big = try parse(#"{"hidden": [1,2,3,4,5,6,7,8,9,10], "emb": [1,2,3,4,5,6,7,8,9,10], "layers": [1,2,3,4,5,6,7,8,9,10,11]}"#)
    #expect(throws: SearchPlanError.gridTooLarge(points: 1100, limit: 1000)) { try big.grid() }
    #expect("\(SearchPlanError.gridTooLarge(points: 1100, limit: 1000))".contains("the grid has 1,100 points, more than 1,000"))
}

@Test func randomSamplesAreReproducibleAndInsideTheirRanges() throws {
    let space = try parse("""
        {"lr": {"min": 1e-4, "max": 1e-2, "scale": "log"}, "hidden": {"min": 8, "max": 12},
         "dropout": {"min": 0.1, "max": 0.5}, "cell": ["lstm", "gru"]}
        """)
    let a = space.sample(count: 400, seed: 5)
    #expect(a == space.sample(count: 400, seed: 5))
    #expect(a != space.sample(count: 400, seed: 6))
    #expect(Array(space.sample(count: 3, seed: 5)) == Array(a.prefix(3)))  // more trials keep the first ones
    var lrs: [Double] = [], hidden: Set<Int> = [], cells: Set<String> = []
    for settings in a {
        #expect(settings.map(\.name) == ["lr", "hidden", "dropout", "cell"])
        let lr = Double(settings[0].value)!, h = Int(settings[1].value)!, d = Double(settings[2].value)!
        #expect((1e-4...1e-2).contains(lr) && (8...12).contains(h) && (0.1...0.5).contains(d))
        #expect(settings[0].value.count <= 10, "rounded to 4 significant digits: \(settings[0].value)")
        lrs.append(lr)
        hidden.insert(h)
        cells.insert(settings[3].value)
    }
    #expect(hidden == [8, 9, 10, 11, 12], "both ends of an integer range are drawn")
    #expect(cells == ["lstm", "gru"])
    // Log-uniform: each decade gets about half the draws.
    let belowMiddle = lrs.filter { $0 < 1e-3 }.count
    #expect((160...240).contains(belowMiddle), "\(belowMiddle) of 400 below 1e-3")
}

@Test func halvingKeepsTheBestThirdAndTriplesTheEpochs() throws {
    func rungs(_ n: Int, eta: Int = 3, min: Int = 1, max: Int) throws -> [String] {
        try HalvingSchedule(trials: n, eta: eta, minEpochs: min, maxEpochs: max).rungs.map { "\($0.trials)×\($0.epochs)" }
    }
    #expect(try rungs(27, max: 20) == ["27×1", "9×3", "3×9", "1×20"])
    #expect(try HalvingSchedule(trials: 27, eta: 3, minEpochs: 1, maxEpochs: 20).totalEpochs == 101)
    #expect(try rungs(9, max: 3) == ["9×1", "3×3"])       // the epochs reach the maximum
    #expect(try rungs(8, max: 20) == ["8×1", "2×3", "1×20"])
    #expect(try rungs(10, eta: 2, min: 2, max: 8) == ["10×2", "5×4", "2×8"])
    #expect(try rungs(1, max: 5) == ["1×5"])
    #expect(try rungs(6, min: 4, max: 4) == ["6×4"])
    #expect(throws: SearchPlanError.self) { try HalvingSchedule(trials: 5, eta: 1, minEpochs: 1, maxEpochs: 4) }
    #expect(throws: SearchPlanError.self) { try HalvingSchedule(trials: 5, eta: 3, minEpochs: 5, maxEpochs: 4) }
}

/// A result of `work` with dev accuracy `accuracy`.
private func result(_ work: TrialWork, _ accuracy: Double?, complete: Bool = true) -> TrialResult {
    TrialResult(trial: work.trial, rung: work.rung, settings: work.settings, budgetEpochs: work.epochs, epochs: work.epochs,
                bestEpoch: work.epochs, devAccuracy: accuracy, trainLoss: 1, seconds: 1, tokensPerSecond: 100,
                stopReason: .finished, complete: complete)
}

@Test func halvingPromotesTheBestOfEachRungAndResumesWhereItStopped() throws {
    let space = try parse(#"{"lr": {"min": 1e-4, "max": 1e-2, "scale": "log"}}"#)
    let plan = try SearchPlan(space: space, strategy: .halving, trials: 9, seed: 1, maxEpochs: 9, eta: 3, minEpochs: 1)
    #expect(plan.rungs.map(\.trials) == [9, 3, 1] && plan.rungs.map(\.epochs) == [1, 3, 9])
    #expect(plan.totalRuns == 13 && plan.totalEpochs == 27)
    // Rung 0 accuracies: trial i scores scores[i - 1].
    let scores = [0.5, 0.9, 0.1, 0.7, 0.3, 0.8, 0.2, 0.6, 0.4]
    var results: [TrialResult] = []
    var order: [String] = []
    while let work = plan.next(results: results) {
        order.append("\(work.trial)@\(work.epochs)")
        // Longer training helps; trial 6 overtakes trial 2 at rung 1.
        let score = scores[work.trial - 1] + (work.trial == 6 ? 0.2 : 0.05) * Double(work.rung)
        results.append(result(work, score))
        #expect(plan.members(ofRung: 0, results: results) == Array(1...9))
    }
    #expect(order == ["1@1", "2@1", "3@1", "4@1", "5@1", "6@1", "7@1", "8@1", "9@1", "2@3", "6@3", "4@3", "6@9"])
    #expect(plan.members(ofRung: 1, results: results) == [2, 6, 4])
    #expect(plan.progress(results: results).runs == 13)

    // Resuming: the finished trainings are skipped; one cut short by the budget runs again.
    let partial = Array(results.prefix(10))
    #expect(plan.next(results: partial).map { "\($0.trial)@\($0.epochs)" } == "6@3")
    #expect(plan.members(ofRung: 1, results: Array(results.prefix(8))) == nil, "rung 0 unfinished: no promotion yet")
    var cut = partial
    cut[9] = result(TrialWork(trial: 2, rung: 1, epochs: 3, settings: []), 0.5, complete: false)
    #expect(plan.next(results: cut).map { "\($0.trial)@\($0.epochs)" } == "2@3")
}

@Test func randomAndGridTrainEverySettingForTheFullBudget() throws {
    let space = try parse(#"{"hidden": [8, 16, 32]}"#)
    let grid = try SearchPlan(space: space, strategy: .grid, trials: 1, seed: 1, maxEpochs: 4)
    #expect(grid.rungs == [.init(trials: 3, epochs: 4)])
    var results: [TrialResult] = []
    while let work = grid.next(results: results) {
        #expect(work.epochs == 4 && work.rung == 0)
        results.append(result(work, 0.5))
    }
    #expect(results.map(\.trial) == [1, 2, 3])
    let random = try SearchPlan(space: space, strategy: .random, trials: 5, seed: 2, maxEpochs: 4)
    #expect(random.configurations.count == 5 && random.totalRuns == 5)
}

// MARK: - Leaderboard and resume state

@Test func spanTrialsAreRankedBySpanF1NotAccuracy() {
    func r(_ trial: Int, accuracy: Double, f1: Double) -> TrialResult {
        var x = result(TrialWork(trial: trial, rung: 0, epochs: 1, settings: [.init(name: "lr", value: "0.001")]), accuracy)
        x.devSpanF1 = f1
        return x
    }
    // Trial 1 tags more tokens right (mostly O) but finds fewer entities.
    let board = Leaderboard(results: [r(1, accuracy: 0.95, f1: 0.60), r(2, accuracy: 0.93, f1: 0.70)],
                            options: ["lr"], strategy: .random)
    #expect(board.entries.map(\.trial) == [2, 1])
    #expect(board.csv().split(separator: "\n")[1].hasPrefix("1,2,0.930000,0.700000,"))
}

@Test func theLeaderboardRanksByDevAccuracyWithEachTrialsLatestRung() throws {
    func r(_ trial: Int, rung: Int = 0, _ accuracy: Double?, lr: String = "0.001", failure: String? = nil) -> TrialResult {
        var x = result(TrialWork(trial: trial, rung: rung, epochs: rung + 1, settings: [.init(name: "lr", value: lr), .init(name: "cell", value: "gru")]), accuracy)
        x.failure = failure
        return x
    }
    let board = Leaderboard(results: [r(1, 0.80), r(2, nil, failure: "the loss is not finite"), r(3, 0.85, lr: "1e-05"),
                                      r(1, rung: 1, 0.90), r(4, 0.85)],
                            options: ["lr", "cell"], strategy: .halving)
    #expect(board.entries.map(\.trial) == [1, 3, 4, 2])
    #expect(board.entries[0].rung == 1)
    let csv = board.csv().split(separator: "\n").map(String.init)
    #expect(csv[0] == "rank,trial,dev_accuracy,dev_span_f1,best_epoch,epochs,budget_epochs,rung,seconds,tokens_per_second,status,lr,cell")
    #expect(csv[1] == "1,1,0.900000,,2,2,2,1,1.00,100,finished,0.001,gru")
    #expect(csv[4] == "4,2,,,1,1,1,0,1.00,100,failed,0.001,gru")
    #expect(csv.count == 5)

    let json = try JSONSerialization.jsonObject(with: board.json()) as! [String: Any]
    let trials = json["trials"] as! [[String: Any]]
    #expect(trials.map { $0["rank"] as? Int } == [1, 2, 3, 4])
    #expect(trials[0]["dev_accuracy"] as? Double == 0.9)
    #expect((trials[1]["settings"] as? [String: String]) == ["lr": "1e-05", "cell": "gru"])
    #expect(json["options"] as? [String] == ["lr", "cell"] && json["strategy"] as? String == "halving")
}

@Test func theSavedStateResumesOnlyTheSameSearch() throws {
    let description = SearchDescription(strategy: .random, space: "hidden=[8, 16]", seed: 1, trials: 4, eta: nil,
                                        minEpochs: nil, maxEpochs: 3, trainArguments: ["--emb", "8"])
    var state = SearchState(description: description)
    let work = TrialWork(trial: 2, rung: 0, epochs: 3, settings: [.init(name: "hidden", value: "16")])
    state.record(result(work, 0.5, complete: false))
    state.record(result(work, 0.7))
    #expect(state.results.count == 1 && state.results[0].complete)

    let saved = try SearchState.decode(state.encoded(), name: "out/search.json")
    #expect(saved == state)
    #expect(try SearchState.resuming(saved, as: description, name: "out/search.json") == state)
    #expect(try SearchState.resuming(nil, as: description, name: "out/search.json").results.isEmpty)

    var other = description
    other.seed = 2
    #expect(throws: SearchStateError(file: "out/search.json", problem: "holds a different search (the seed is 1 there, 2 here); run the same command to resume it, or use another --out")) {
        try SearchState.resuming(saved, as: other, name: "out/search.json")
    }
    other = description
    other.trainArguments = ["--emb", "16"]
    #expect(throws: SearchStateError.self) { try SearchState.resuming(saved, as: other, name: "s") }
    #expect(throws: SearchStateError.self) { try SearchState.decode(Data("{\"format\": \"x\"}".utf8), name: "s") }
    #expect(throws: SearchStateError.self) { try SearchState.decode(Data("not json".utf8), name: "s") }
}

/// Found by FuzzSearchSpace: an invalid escape was quoted raw, so a NUL byte reached the
/// message; then a key with an escaped form feed (`\f`) in `expected ':' after the key`.
@Test func textFromTheSpaceIsQuotedWithItsControlCharactersEscaped() {
    let cases: [(String, String)] = [
        ("{\"x\": \"a\\\u{0}\"}", #"space.json:1: invalid JSON: unknown escape \\u{0} in a string"#),
        (#"{"lr\f" [1]}"#, #"space.json:1: invalid JSON: expected ':' after the key "lr\u{C}""#),
        (#"{"lr\u001b[2J": [1]}"#, #"space.json:1: "lr\u{1B}[2J" is not a searchable option"#),
    ]
    for (text, expected) in cases {
        let got = message(text)
        #expect(got.hasPrefix(expected), "\(got.debugDescription)")
        #expect(!got.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }, "\(got.debugDescription)")
    }
}
