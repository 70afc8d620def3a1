import Corpus
import Foundation
import Model
import Numerics

/// A hyperparameter search space: for each searched training option, the values to try.
///
/// The space file is one JSON object. Each key is the name of a `tagbench train` option
/// without its dashes (`"lr"`, `"hidden"`, `"char-cnn"`); each value is either
///
/// - a list of values to choose from: `"hidden": [64, 128, 256]`, `"cell": ["lstm", "gru"]`,
///   `"bidirectional": [true, false]` (switches take `true`/`false`); or
/// - a range `{"min": A, "max": B}` for numeric options, with optional `"scale"`:
///   `"linear"` (the default) or `"log"` (log-uniform, for rates; needs `min > 0`), and
///   optional `"type"`: `"int"` or `"float"`, which must agree with the option (sizes and
///   counts take whole numbers, rates and probabilities real ones).
///   Real values are drawn from [min, max) and rounded to 4 significant digits; whole
///   numbers from min…max, both included.
///
/// ```json
/// { "lr": {"min": 1e-4, "max": 1e-2, "scale": "log"},
///   "hidden": {"min": 32, "max": 256, "type": "int", "scale": "log"},
///   "cell": ["lstm", "gru"], "dropout": [0, 0.25, 0.5] }
/// ```
///
/// The parser checks names and value types; whether a value is allowed (`dropout` below 1)
/// is left to the command line's own validation, which every trial goes through.
public struct SearchSpace: Sendable, Equatable {
    /// The searched options, in the order of the file.
    public var dimensions: [SearchDimension]

    public init(dimensions: [SearchDimension]) {
        self.dimensions = dimensions
    }

    /// Parses a space file.
    /// - Parameters:
    ///   - data: the file's bytes (JSON, UTF-8).
    ///   - name: how messages name the file.
    /// - Throws: `SearchSpaceError`, one line naming the file, the line when known and
    ///   the problem. Never traps, whatever the bytes.
    public static func parse(_ data: Data, name: String) throws -> SearchSpace {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }  // a UTF-8 byte order mark
        guard bytes.contains(where: { !JSONParser.isWhitespace($0) }) else {
            throw SearchSpaceError(file: name, line: nil, problem: "the file is empty; expected a JSON object")
        }
        let root: JSONNode
        do {
            var parser = JSONParser(bytes: bytes, maximumDepth: 32)
            root = try parser.parseDocument()
        } catch {
            throw SearchSpaceError(file: name, line: error.line, problem: "invalid JSON: " + error.problem)
        }
        guard case .object(let members) = root.kind else {
            throw SearchSpaceError(file: name, line: root.line, problem: "the space must be a JSON object mapping option names to a list of values or a range, e.g. {\"lr\": {\"min\": 1e-4, \"max\": 1e-2, \"scale\": \"log\"}, \"hidden\": [64, 128]}")
        }
        guard !members.isEmpty else {
            throw SearchSpaceError(file: name, line: root.line, problem: "the space names no option; searchable options: \(SearchOption.all.map(\.name).joined(separator: ", "))")
        }
        var dimensions: [SearchDimension] = []
        for member in members {
            dimensions.append(try dimension(member.key, member.value, file: name))
        }
        return SearchSpace(dimensions: dimensions)
    }

    private static func dimension(_ key: String, _ node: JSONNode, file: String) throws -> SearchDimension {
        func failure(_ problem: String) -> SearchSpaceError { SearchSpaceError(file: file, line: node.line, problem: problem) }
        guard let option = SearchOption.named(key) else {
            var dashless = Substring(key)
            while dashless.first == "-" { dashless = dashless.dropFirst() }
            if dashless != Substring(key), SearchOption.named(String(dashless)) != nil {
                throw failure("write option names without dashes: \"\(dashless)\", not \"\(key)\"")
            }
            throw failure("\"\(key)\" is not a searchable option; searchable options: \(SearchOption.all.map(\.name).joined(separator: ", "))")
        }
        switch node.kind {
        case .array(let items):
            guard !items.isEmpty else { throw failure("\"\(key)\" lists no values") }
            var values: [SearchValue] = []
            for item in items {
                let value = try option.value(of: item, file: file)
                if values.contains(value) {
                    throw SearchSpaceError(file: file, line: item.line, problem: "\"\(key)\" lists \(value.text) twice")
                }
                values.append(value)
            }
            return SearchDimension(option: option, domain: .list(values))
        case .object(let members):
            return SearchDimension(option: option, domain: try option.range(members, line: node.line, file: file))
        default:
            throw failure("\"\(key)\" must be a list of values (\(option.example)) \(option.kind.takesRange ? "or a range ({\"min\": …, \"max\": …})" : "")".trimmingCharacters(in: .whitespaces))
        }
    }

    /// The option names, in the order of the file.
    public var names: [String] { dimensions.map(\.option.name) }

    /// A one-line rendering of the whole space (`lr=log[0.0001, 0.01] hidden=[64, 128]`):
    /// two spaces give the same text exactly when they search the same values the same way.
    public var canonicalText: String { dimensions.map(\.description).joined(separator: " ") }

    /// Every combination of the listed values, the first dimension varying slowest.
    /// - Throws: `SearchPlanError.rangeInGrid` when a dimension is a range, `.gridTooLarge`
    ///   when there are more than `limit` points.
    public func grid(limit: Int = 1000) throws -> [[SearchSetting]] {
        var count = 1
        for d in dimensions {
            guard case .list(let values) = d.domain else { throw SearchPlanError.rangeInGrid(option: d.option.name) }
            let (product, overflow) = count.multipliedReportingOverflow(by: values.count)
            count = overflow ? Int.max : product
        }
        guard count <= limit else { throw SearchPlanError.gridTooLarge(points: count, limit: limit) }
        var points: [[SearchSetting]] = [[]]
        for d in dimensions {
            guard case .list(let values) = d.domain else { continue }
            points = points.flatMap { point in values.map { point + [SearchSetting(name: d.option.name, value: $0.text)] } }
        }
        return points
    }

    /// `count` settings drawn independently from every dimension; the same seed gives the
    /// same settings on every machine.
    public func sample(count: Int, seed: UInt64) -> [[SearchSetting]] {
        var rng = Xoshiro256(seed: seed ^ 0x5EA2_C400_0000_0001)
        return (0..<max(count, 0)).map { _ in
            dimensions.map { SearchSetting(name: $0.option.name, value: $0.domain.sample(&rng).text) }
        }
    }
}

/// One searched option and where its values come from.
public struct SearchDimension: Sendable, Equatable, CustomStringConvertible {
    public var option: SearchOption
    public var domain: SearchDomain

    public var description: String {
        switch domain {
        case .list(let values): "\(option.name)=[\(values.map(\.text).joined(separator: ", "))]"
        case .range(let min, let max, let scale, let integer):
            "\(option.name)=\(scale == .log ? "log" : "")\(integer ? "int" : "")[\(SearchValue.real(min).text), \(SearchValue.real(max).text)]"
        }
    }
}

public enum SearchScale: String, Sendable, Equatable {
    case linear, log
}

/// The values of one dimension.
public enum SearchDomain: Sendable, Equatable {
    case list([SearchValue])
    /// Real values in [min, max), or whole numbers in min…max when `integer`.
    case range(min: Double, max: Double, scale: SearchScale, integer: Bool)

    /// One value, drawn with `rng` (uniformly from a list; from a range on its scale).
    public func sample(_ rng: inout Xoshiro256) -> SearchValue {
        let u = Double(rng.next() >> 11) * 0x1p-53  // uniform in [0, 1)
        switch self {
        case .list(let values):
            return values[Swift.min(Int(u * Double(values.count)), values.count - 1)]
        case .range(let low, let high, let scale, let integer):
            let top = integer ? high + 1 : high
            var x = scale == .log ? Foundation.exp(Foundation.log(low) + u * (Foundation.log(top) - Foundation.log(low)))
                                  : low + u * (top - low)
            if integer {
                x = Swift.min(Swift.max(x.rounded(.down), low), high)
                return .integer(Int(x))
            }
            // Four significant digits: readable settings that survive the trip through text.
            x = Double(String(format: "%.4g", x)) ?? x
            return .real(Swift.min(Swift.max(x, low), high))
        }
    }
}

/// A value of a searched option.
public enum SearchValue: Sendable, Equatable {
    case integer(Int)
    case real(Double)
    case string(String)
    case flag(Bool)

    /// The value as it is given on the command line (`true`/`false` for switches).
    public var text: String {
        switch self {
        case .integer(let i): String(i)
        case .real(let x):
            x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(describing: x)
        case .string(let s): s
        case .flag(let b): b ? "true" : "false"
        }
    }
}

/// One option's value in one trial, in its command-line form.
public struct SearchSetting: Codable, Sendable, Equatable, Hashable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    /// The command-line arguments for this setting: `--lr 0.001`; a switch is `--name`
    /// when true and nothing when false.
    public var arguments: [String] {
        if SearchOption.named(name)?.kind == .flag { return value == "true" ? ["--\(name)"] : [] }
        return ["--\(name)", value]
    }
}

extension Array where Element == SearchSetting {
    /// `lr=0.001 hidden=128`.
    public var text: String { map { "\($0.name)=\($0.value)" }.joined(separator: " ") }
}

/// A training option that a search space may name.
public struct SearchOption: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A switch (`--bidirectional`): true or false.
        case flag
        /// A whole number (sizes, counts).
        case integer
        /// A real number (rates, probabilities).
        case real
        /// One of a fixed set of words.
        case choice([String])

        var takesRange: Bool { self == .integer || self == .real }
    }

    /// The command-line name without dashes.
    public var name: String
    public var kind: Kind

    /// Every option of `tagbench train` that a search may vary: the model, the training and
    /// the vocabulary's `min-count`. Data files, `--out`, `--epochs` (the search's budget)
    /// and `--max-seconds` are fixed for a whole search.
    public static let all: [SearchOption] = [
        .init(name: "batch", kind: .integer),
        .init(name: "bidirectional", kind: .flag),
        .init(name: "bucket-pool", kind: .integer),
        .init(name: "cell", kind: .choice(CellKind.allCases.map(\.rawValue))),
        .init(name: "char-cnn", kind: .flag),
        .init(name: "char-emb", kind: .integer),
        .init(name: "char-filters", kind: .integer),
        .init(name: "char-width", kind: .integer),
        .init(name: "clip", kind: .real),
        .init(name: "decoder", kind: .choice(DecoderKind.allCases.map(\.rawValue))),
        .init(name: "dropout", kind: .real),
        .init(name: "emb", kind: .integer),
        .init(name: "freeze-embeddings", kind: .flag),
        .init(name: "hidden", kind: .integer),
        .init(name: "layers", kind: .integer),
        .init(name: "lr", kind: .real),
        .init(name: "lr-decay", kind: .real),
        .init(name: "min-count", kind: .integer),
        .init(name: "optimizer", kind: .choice(OptimizerKind.allCases.map(\.rawValue))),
        .init(name: "patience", kind: .integer),
        .init(name: "seed", kind: .integer),
        .init(name: "word-dropout", kind: .real),
    ]

    public static func named(_ name: String) -> SearchOption? { all.first { $0.name == name } }

    /// Options that change how the corpus is encoded (the vocabulary, the characters).
    public static let dataOptions: Set<String> = ["min-count", "char-cnn"]

    var example: String {
        switch kind {
        case .flag: "[true, false]"
        case .integer: "[64, 128]"
        case .real: "[0.001, 0.01]"
        case .choice(let words): "[" + words.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        }
    }

    fileprivate func value(of node: JSONNode, file: String) throws -> SearchValue {
        func failure(_ problem: String) -> SearchSpaceError { SearchSpaceError(file: file, line: node.line, problem: problem) }
        switch (kind, node.kind) {
        case (.flag, .bool(let b)): return .flag(b)
        case (.flag, _): throw failure("\"\(name)\" is a switch: list true, false or both, e.g. \(example)")
        case (.choice(let words), .string(let s)):
            guard words.contains(s) else { throw failure("\"\(name)\" must be one of \(words.joined(separator: ", ")); found \"\(s)\"") }
            return .string(s)
        case (.choice(let words), _): throw failure("\"\(name)\" takes words: one of \(words.joined(separator: ", ")), in quotes")
        case (.integer, .number(let x)):
            guard let i = wholeNumber(x) else { throw failure("\"\(name)\" takes whole numbers; \(node.text) is not one") }
            return .integer(i)
        case (.real, .number(let x)):
            guard x.isFinite else { throw failure("\"\(name)\": \(node.text) is too large") }
            return .real(x)
        case (.integer, _), (.real, _): throw failure("\"\(name)\" takes numbers, e.g. \(example); found \(node.text)")
        }
    }

    fileprivate func range(_ members: [JSONNode.Member], line: Int, file: String) throws -> SearchDomain {
        func failure(_ problem: String, at: Int = line) -> SearchSpaceError { SearchSpaceError(file: file, line: at, problem: problem) }
        guard kind.takesRange else { throw failure("\"\(name)\" takes a list of values, e.g. \(example), not a range") }
        let keys = ["min", "max", "scale", "type"]
        var min: Double?, max: Double?, scale = SearchScale.linear
        for member in members {
            let value = member.value
            switch member.key {
            case "min", "max":
                guard case .number(let x) = value.kind else { throw failure("\"\(name)\": \"\(member.key)\" must be a number", at: value.line) }
                guard x.isFinite else { throw failure("\"\(name)\": \"\(member.key)\" is too large", at: value.line) }
                if kind == .integer, wholeNumber(x) == nil {
                    throw failure("\"\(name)\" takes whole numbers; \"\(member.key)\": \(value.text) is not one", at: value.line)
                }
                if member.key == "min" { min = x } else { max = x }
            case "scale":
                guard case .string(let s) = value.kind, let given = SearchScale(rawValue: s) else {
                    throw failure("\"\(name)\": \"scale\" must be \"linear\" or \"log\"", at: value.line)
                }
                scale = given
            case "type":
                guard case .string(let s) = value.kind, s == "int" || s == "float" else {
                    throw failure("\"\(name)\": \"type\" must be \"int\" or \"float\"", at: value.line)
                }
                let expected = kind == .integer ? "int" : "float"
                guard s == expected else {
                    throw failure("\"\(name)\" takes \(kind == .integer ? "whole" : "real") numbers: \"type\" must be \"\(expected)\"", at: value.line)
                }
            default:
                throw failure("\"\(name)\": unknown range key \"\(member.key)\"; a range has \(keys.map { "\"\($0)\"" }.joined(separator: ", "))", at: member.keyLine)
            }
        }
        guard let min, let max else {
            throw failure("\"\(name)\": a range needs \"min\" and \"max\", e.g. {\"min\": 1e-4, \"max\": 1e-2, \"scale\": \"log\"}")
        }
        if kind == .integer ? min > max : min >= max {
            throw failure("\"\(name)\": \"min\" (\(SearchValue.real(min).text)) must be below \"max\" (\(SearchValue.real(max).text))")
        }
        if scale == .log, min <= 0 { throw failure("\"\(name)\": a log scale needs \"min\" above 0") }
        return .range(min: min, max: max, scale: scale, integer: kind == .integer)
    }
}

/// `x` as an `Int` when it is a whole number of a sensible size.
private func wholeNumber(_ x: Double) -> Int? {
    guard x.isFinite, abs(x) < 1e15, x == x.rounded() else { return nil }
    return Int(x)
}

/// A space file that cannot be used: `space.json:3: "lrr" is not a searchable option; …`.
public struct SearchSpaceError: Error, Equatable, CustomStringConvertible {
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    public var problem: String

    /// One line: text quoted from the file (a key, a string, an escape) has its control
    /// characters written as `\u{1B}`.
    public var description: String {
        let problem = problem.controlCharactersEscaped
        return line.map { "\(file):\($0): \(problem)" } ?? "\(file): \(problem)"
    }
}
