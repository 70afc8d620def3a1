import Foundation

/// How a search picks the settings it trains.
public enum SearchStrategy: String, Codable, Sendable, CaseIterable {
    /// `trials` settings drawn at random from the space, each trained for the full budget.
    case random
    /// Every combination of the listed values, each trained for the full budget.
    case grid
    /// Successive halving over `trials` random settings (see `HalvingSchedule`).
    case halving
}

/// Why a search cannot be planned.
public enum SearchPlanError: Error, Equatable, CustomStringConvertible {
    case rangeInGrid(option: String)
    case gridTooLarge(points: Int, limit: Int)
    case invalid(String)

    public var description: String {
        switch self {
        case .rangeInGrid(let option):
            "grid search needs a list of values for every option; \"\(option)\" is a range (use random or halving, or list its values)"
        case .gridTooLarge(let points, let limit):
            "the grid has \(points == Int.max ? "too many" : thousands(points)) points, more than \(thousands(limit)); use --strategy random or halving, or list fewer values"
        case .invalid(let problem): problem
        }
    }
}

// MARK: - Successive halving

/// The rungs of successive halving: `trials` settings at `minEpochs` epochs; the best
/// `1/eta` of them (by dev accuracy, at least one) go on to `eta` times the epochs; and so
/// on. The last rung trains its trials for `maxEpochs`, and it comes as soon as the
/// epochs would reach `maxEpochs` or only one trial would be left.
///
/// Rung k has ⌊trials/ηᵏ⌋ trials (at least 1) at min(minEpochs·ηᵏ, maxEpochs) epochs, for
/// the rungs before the last; the last has as many trials as its rule gives, at
/// `maxEpochs`. With 27 trials, η = 3, 1 to 20 epochs: 27 × 1, 9 × 3, 3 × 9, 1 × 20 —
/// 101 epochs of training where training all 27 fully takes 540.
///
/// A promoted trial is trained again from the start for the larger number of epochs: with
/// the same seed, its first epochs are exactly those of the smaller rung (the same run,
/// longer), so its best dev accuracy can only go up from rung to rung.
public struct HalvingSchedule: Sendable, Equatable {
    public struct Rung: Sendable, Equatable {
        public var trials: Int
        public var epochs: Int

        public init(trials: Int, epochs: Int) {
            self.trials = trials
            self.epochs = epochs
        }
    }

    public var rungs: [Rung]

    /// - Throws: `SearchPlanError.invalid` for non-positive counts, `eta < 2` or
    ///   `minEpochs > maxEpochs`.
    public init(trials: Int, eta: Int, minEpochs: Int, maxEpochs: Int) throws {
        guard trials >= 1 else { throw SearchPlanError.invalid("halving needs at least 1 trial") }
        guard eta >= 2 else { throw SearchPlanError.invalid("--eta must be at least 2 (the fraction 1/eta of each rung is promoted)") }
        guard minEpochs >= 1, maxEpochs >= 1 else { throw SearchPlanError.invalid("epochs must be at least 1") }
        guard minEpochs <= maxEpochs else {
            throw SearchPlanError.invalid("--min-epochs (\(minEpochs)) must not exceed --epochs (\(maxEpochs))")
        }
        var rungs: [Rung] = []
        var n = trials, r = minEpochs
        while n > 1 && r < maxEpochs {
            rungs.append(Rung(trials: n, epochs: r))
            n = max(1, n / eta)
            let (next, overflow) = r.multipliedReportingOverflow(by: eta)
            r = overflow ? maxEpochs : min(next, maxEpochs)
        }
        rungs.append(Rung(trials: n, epochs: maxEpochs))
        self.rungs = rungs
    }

    /// Epochs of training the whole schedule takes (if no trial stops early).
    public var totalEpochs: Int { rungs.reduce(0) { $0 + $1.trials * $1.epochs } }
}

// MARK: - Trials and results

/// One piece of work: train trial `trial` (1-based) for `epochs` epochs in rung `rung`.
public struct TrialWork: Sendable, Equatable {
    public var trial: Int
    public var rung: Int
    public var epochs: Int
    public var settings: [SearchSetting]

    public init(trial: Int, rung: Int, epochs: Int, settings: [SearchSetting]) {
        self.trial = trial
        self.rung = rung
        self.epochs = epochs
        self.settings = settings
    }
}

/// What a finished (or cut short) trial gave.
public struct TrialResult: Codable, Sendable, Equatable {
    public var trial: Int
    /// The halving rung (0 for random and grid).
    public var rung: Int
    public var settings: [SearchSetting]
    /// Epochs the trial was allowed, and epochs it ran (fewer after early stopping).
    public var budgetEpochs: Int
    public var epochs: Int
    public var bestEpoch: Int?
    public var devAccuracy: Double?
    /// Dev span F1 of the best epoch, for a chunking or named-entity tag set: what such
    /// trials are ranked by.
    public var devSpanF1: Double?
    public var trainLoss: Double?
    /// Wall-clock time of the trial, and its mean training throughput.
    public var seconds: Double
    public var tokensPerSecond: Double
    public var stopReason: StopReason
    /// False when the search's time budget cut the trial short: a resumed search runs it
    /// again.
    public var complete: Bool
    /// Why training failed (a loss that is not finite), when it did: such a trial ranks last.
    public var failure: String?

    public init(trial: Int, rung: Int, settings: [SearchSetting], budgetEpochs: Int, epochs: Int, bestEpoch: Int?,
                devAccuracy: Double?, trainLoss: Double?, seconds: Double, tokensPerSecond: Double,
                stopReason: StopReason, complete: Bool) {
        self.trial = trial
        self.rung = rung
        self.settings = settings
        self.budgetEpochs = budgetEpochs
        self.epochs = epochs
        self.bestEpoch = bestEpoch
        self.devAccuracy = devAccuracy
        self.trainLoss = trainLoss
        self.seconds = seconds
        self.tokensPerSecond = tokensPerSecond
        self.stopReason = stopReason
        self.complete = complete
    }

    /// The result of a training run recorded in `log`.
    public init(work: TrialWork, log: RunLog, seconds: Double, complete: Bool) {
        let best = log.best
        self.init(trial: work.trial, rung: work.rung, settings: work.settings, budgetEpochs: work.epochs,
                  epochs: log.epochs.count, bestEpoch: log.bestEpoch, devAccuracy: best?.devAccuracy,
                  trainLoss: best?.trainLoss, seconds: seconds,
                  tokensPerSecond: log.epochs.isEmpty ? 0 : log.epochs.reduce(0) { $0 + $1.tokensPerSecond } / Double(log.epochs.count),
                  stopReason: log.stopReason ?? .interrupted, complete: complete)
        devSpanF1 = best?.devSpanF1
    }

    /// What trials are ranked by: dev span F1 for span tags, else dev accuracy.
    public var score: Double? { devSpanF1 ?? devAccuracy }

    enum CodingKeys: String, CodingKey {
        case trial, rung, settings, budgetEpochs = "budget_epochs", epochs, bestEpoch = "best_epoch"
        case devAccuracy = "dev_accuracy", devSpanF1 = "dev_span_f1", trainLoss = "train_loss", seconds, tokensPerSecond = "tokens_per_second"
        case stopReason = "stop_reason", complete, failure
    }

    /// Ranking order: higher `score` first (a trial without one last), then the lower
    /// trial number.
    public static func ranksAbove(_ a: TrialResult, _ b: TrialResult) -> Bool {
        switch (a.score, b.score) {
        case let (x?, y?) where x != y: x > y
        case (_?, nil): true
        case (nil, _?): false
        default: a.trial < b.trial
        }
    }
}

// MARK: - The plan

/// What a search trains and in which order, as a function of the results so far, so that a
/// stopped search picks up where it was.
public struct SearchPlan: Sendable {
    public var strategy: SearchStrategy
    /// Trial i (1-based) trains `configurations[i - 1]`.
    public var configurations: [[SearchSetting]]
    /// One rung for random and grid; the halving schedule otherwise.
    public var rungs: [HalvingSchedule.Rung]

    /// - Parameters:
    ///   - trials: settings to draw (random, halving); ignored by grid, which trains every point.
    ///   - maxEpochs: the full training budget of a trial (`--epochs`).
    /// - Throws: `SearchPlanError`.
    public init(space: SearchSpace, strategy: SearchStrategy, trials: Int, seed: UInt64,
                maxEpochs: Int, eta: Int = 3, minEpochs: Int = 1, gridLimit: Int = 1000) throws {
        self.strategy = strategy
        switch strategy {
        case .grid:
            configurations = try space.grid(limit: gridLimit)
            rungs = [.init(trials: configurations.count, epochs: maxEpochs)]
        case .random:
            guard trials >= 1 else { throw SearchPlanError.invalid("--trials must be at least 1") }
            configurations = space.sample(count: trials, seed: seed)
            rungs = [.init(trials: trials, epochs: maxEpochs)]
        case .halving:
            rungs = try HalvingSchedule(trials: trials, eta: eta, minEpochs: minEpochs, maxEpochs: maxEpochs).rungs
            configurations = space.sample(count: trials, seed: seed)
        }
    }

    /// Trainings in the whole plan, and their epochs (if none stops early).
    public var totalRuns: Int { rungs.reduce(0) { $0 + $1.trials } }
    public var totalEpochs: Int { rungs.reduce(0) { $0 + $1.trials * $1.epochs } }

    /// The trials (1-based) that train in rung `rung`, given the results so far, or nil
    /// while the rung before is unfinished. Rung 0 holds every trial; each later rung the
    /// best of the rung before (`TrialResult.ranksAbove`).
    public func members(ofRung rung: Int, results: [TrialResult]) -> [Int]? {
        if rung == 0 { return Array(1...rungs[0].trials) }
        guard let previous = members(ofRung: rung - 1, results: results) else { return nil }
        let done = previous.compactMap { trial in results.first { $0.trial == trial && $0.rung == rung - 1 && $0.complete } }
        guard done.count == previous.count else { return nil }
        return done.sorted(by: TrialResult.ranksAbove).prefix(rungs[rung].trials).map(\.trial)
    }

    /// The next training to run, or nil when the plan is done.
    public func next(results: [TrialResult]) -> TrialWork? {
        for (k, rung) in rungs.enumerated() {
            guard let members = members(ofRung: k, results: results) else { return nil }
            for trial in members where !results.contains(where: { $0.trial == trial && $0.rung == k && $0.complete }) {
                return TrialWork(trial: trial, rung: k, epochs: rung.epochs, settings: configurations[trial - 1])
            }
        }
        return nil
    }

    /// Completed trainings and their budgeted epochs, for progress and ETA.
    public func progress(results: [TrialResult]) -> (runs: Int, epochs: Int) {
        let done = results.filter { r in r.complete && r.rung < rungs.count }
        return (done.count, done.reduce(0) { $0 + rungs[$1.rung].epochs })
    }
}

// MARK: - Resume state

/// What identifies a search: a resumed search must match it exactly.
public struct SearchDescription: Codable, Sendable, Equatable {
    public var strategy: SearchStrategy
    /// `SearchSpace.canonicalText`.
    public var space: String
    public var seed: UInt64
    public var trials: Int
    public var eta: Int?
    public var minEpochs: Int?
    public var maxEpochs: Int
    /// The fixed training options of the search command, as given.
    public var trainArguments: [String]

    public init(strategy: SearchStrategy, space: String, seed: UInt64, trials: Int, eta: Int?, minEpochs: Int?,
                maxEpochs: Int, trainArguments: [String]) {
        self.strategy = strategy
        self.space = space
        self.seed = seed
        self.trials = trials
        self.eta = eta
        self.minEpochs = minEpochs
        self.maxEpochs = maxEpochs
        self.trainArguments = trainArguments
    }

    enum CodingKeys: String, CodingKey {
        case strategy, space, seed, trials, eta, minEpochs = "min_epochs", maxEpochs = "max_epochs"
        case trainArguments = "train_arguments"
    }

    /// The first difference from `other`, in words, or nil when they are the same search.
    public func difference(from other: SearchDescription) -> String? {
        func differs(_ what: String, _ mine: String, _ theirs: String) -> String? {
            mine == theirs ? nil : "\(what) is \(theirs) there, \(mine) here"
        }
        return differs("the strategy", strategy.rawValue, other.strategy.rawValue)
            ?? differs("the space", space, other.space)
            ?? differs("the seed", String(seed), String(other.seed))
            ?? differs("--trials", String(trials), String(other.trials))
            ?? differs("--eta", eta.map(String.init) ?? "-", other.eta.map(String.init) ?? "-")
            ?? differs("--min-epochs", minEpochs.map(String.init) ?? "-", other.minEpochs.map(String.init) ?? "-")
            ?? differs("--epochs", String(maxEpochs), String(other.maxEpochs))
            ?? differs("the training options", trainArguments.joined(separator: " "), other.trainArguments.joined(separator: " "))
    }
}

/// `search.json` in the search directory: the search's description and every result so
/// far, rewritten atomically after each trial.
public struct SearchState: Codable, Sendable, Equatable {
    public static let fileName = "search.json"
    public static let format = "tagbench-search"

    public var format = SearchState.format
    public var version = 1
    public var description: SearchDescription
    public var results: [TrialResult] = []

    public init(description: SearchDescription) {
        self.description = description
    }

    /// Records `result`, replacing an earlier result of the same trial and rung.
    public mutating func record(_ result: TrialResult) {
        results.removeAll { $0.trial == result.trial && $0.rung == result.rung }
        results.append(result)
    }

    public func encoded() throws -> Data {
        try encodeJSON(self)
    }

    /// Reads a saved state. - Throws: `SearchStateError` naming `name`.
    public static func decode(_ data: Data, name: String) throws -> SearchState {
        struct Identity: Decodable { var format: String?; var version: Int? }
        guard let identity = try? JSONDecoder().decode(Identity.self, from: data) else {
            throw SearchStateError(file: name, problem: "is not a search state (not a JSON object); remove it or use another --out")
        }
        guard identity.format == format, identity.version == 1 else {
            throw SearchStateError(file: name, problem: "is not a tagbench search state (format \(identity.format ?? "missing"), version \(identity.version.map(String.init) ?? "missing"))")
        }
        do {
            return try JSONDecoder().decode(SearchState.self, from: data)
        } catch {
            throw SearchStateError(file: name, problem: "is damaged (\(error.localizedDescription)); remove it to start the search again")
        }
    }

    /// The state to continue from: `saved` when it describes the same search (nil starts
    /// afresh). - Throws: `SearchStateError` when `saved` is another search.
    public static func resuming(_ saved: SearchState?, as description: SearchDescription, name: String) throws -> SearchState {
        guard let saved else { return SearchState(description: description) }
        if let difference = description.difference(from: saved.description) {
            throw SearchStateError(file: name, problem: "holds a different search (\(difference)); run the same command to resume it, or use another --out")
        }
        return saved
    }
}

public struct SearchStateError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var problem: String
    public var description: String { "\(file): \(problem)" }
}

// MARK: - Leaderboard

/// Every trial's latest result, best first.
public struct Leaderboard: Sendable, Equatable {
    public static let csvFile = "leaderboard.csv"
    public static let jsonFile = "leaderboard.json"

    /// The searched option names: the CSV's setting columns, in order.
    public var options: [String]
    public var strategy: SearchStrategy
    /// One entry per trial (its highest rung), ranked.
    public var entries: [TrialResult]

    public init(results: [TrialResult], options: [String], strategy: SearchStrategy) {
        self.options = options
        self.strategy = strategy
        var latest: [Int: TrialResult] = [:]
        for r in results where latest[r.trial].map({ r.rung > $0.rung }) ?? true {
            latest[r.trial] = r
        }
        entries = latest.values.sorted(by: TrialResult.ranksAbove)
    }

    /// How the trial ended: its stop reason, `failed`, or `cut` when the search's time
    /// budget ended it.
    static func status(_ r: TrialResult) -> String { r.failure != nil ? "failed" : r.complete ? r.stopReason.rawValue : "cut" }

    /// One row per trial: rank, trial, dev accuracy, the epochs, seconds, tokens/s, how it
    /// stopped, then one column per searched option.
    public func csv() -> String {
        var rows = [["rank", "trial", "dev_accuracy", "dev_span_f1", "best_epoch", "epochs", "budget_epochs", "rung", "seconds",
                     "tokens_per_second", "status"] + options]
        for (i, r) in entries.enumerated() {
            let values = options.map { name in r.settings.first { $0.name == name }?.value ?? "" }
            rows.append([String(i + 1), String(r.trial), r.devAccuracy.map { String(format: "%.6f", $0) } ?? "",
                         r.devSpanF1.map { String(format: "%.6f", $0) } ?? "",
                         r.bestEpoch.map(String.init) ?? "", String(r.epochs), String(r.budgetEpochs), String(r.rung),
                         String(format: "%.2f", r.seconds), String(format: "%.0f", r.tokensPerSecond), Self.status(r)] + values)
        }
        return rows.map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    public func json() throws -> Data {
        struct Entry: Encodable {
            var rank: Int
            var result: TrialResult
            var status: String
            var settings: [String: String]
            func encode(to encoder: Encoder) throws {
                try result.encode(to: encoder)
                var c = encoder.container(keyedBy: Key.self)
                try c.encode(rank, forKey: Key("rank"))
                try c.encode(status, forKey: Key("status"))
                try c.encode(settings, forKey: Key("settings"))
            }
        }
        struct Board: Encodable {
            var strategy: SearchStrategy
            var options: [String]
            var trials: [Entry]
        }
        let trials = entries.enumerated().map { i, r in
            Entry(rank: i + 1, result: r, status: Self.status(r),
                  settings: Dictionary(r.settings.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a }))
        }
        return try encodeJSON(Board(strategy: strategy, options: options, trials: trials))
    }

    /// Writes `leaderboard.csv` and `leaderboard.json` into `directory`, each atomically.
    public func write(to directory: URL) throws {
        try writeAtomically(Data(csv().utf8), to: directory.appendingPathComponent(Self.csvFile))
        try writeAtomically(json(), to: directory.appendingPathComponent(Self.jsonFile))
    }
}

private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ s: String) { stringValue = s }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
private func csvField(_ s: String) -> String {
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}
