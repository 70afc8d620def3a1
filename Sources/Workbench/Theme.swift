/// Glyphs for a UTF-8 terminal, or plain ASCII when the locale is not UTF-8.
public struct Glyphs: Sendable, Equatable {
    public var horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String
    public var barFull, barEmpty, ellipsis, bullet, arrowRight, times, play, pause, stop, ndash: String
    /// Braille plots (2×4 dots per cell), or ASCII plots (1×2 dots per cell: ' . :).
    public var braille: Bool

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        barFull: "█", barEmpty: "░", ellipsis: "…", bullet: "·", arrowRight: "→", times: "×",
        play: "▶", pause: "⏸", stop: "■", ndash: "–", braille: true)

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        barFull: "#", barEmpty: "-", ellipsis: "~", bullet: ".", arrowRight: ">", times: "x",
        play: ">", pause: "=", stop: "#", ndash: "-", braille: false)
}

/// What the screen looks like: semantic styles for every element, in colour or monochrome.
///
/// Monochrome (no colours, or `NO_COLOR` set) keeps every distinction readable through
/// attributes: padding is dim, focus is bold, a wrong prediction is underlined.
public struct Theme: Sendable {
    public var color: Bool
    public var glyphs: Glyphs

    public init(color: Bool, unicode: Bool) {
        self.color = color
        glyphs = unicode ? .unicode : .ascii
    }

    private func pick(_ colour: Style, _ mono: Style) -> Style { color ? colour : mono }

    public var normal: Style { .plain }
    public var dim: Style { Style(.dim) }
    public var border: Style { pick(Style(fg: .blue), Style(.dim)) }
    public var borderFocused: Style { pick(Style(fg: .cyan, .bold), Style(.bold)) }
    public var title: Style { Style(.bold) }
    public var titleFocused: Style { pick(Style(fg: .cyan, .bold), Style([.bold, .reverse])) }
    public var label: Style { pick(Style(fg: .cyan), Style()) }
    public var value: Style { Style(.bold) }
    public var keyCap: Style { pick(Style(fg: .black, bg: .cyan), Style(.reverse)) }
    public var keyText: Style { pick(Style(), Style()) }
    public var good: Style { pick(Style(fg: .green, .bold), Style(.bold)) }
    public var bad: Style { pick(Style(fg: .red, .bold), Style([.bold, .underline])) }
    public var warning: Style { pick(Style(fg: .yellow, .bold), Style(.bold)) }
    public var info: Style { pick(Style(fg: .cyan), Style()) }
    public var barDone: Style { pick(Style(fg: .green), Style()) }
    public var barTodo: Style { pick(Style(fg: .blue), Style(.dim)) }
    /// A real token cell of the batch grid.
    public var realToken: Style { pick(Style(fg: .black, bg: .green), Style(.reverse)) }
    /// A padding cell of the batch grid.
    public var paddingCell: Style { pick(Style(fg: .blue, [.dim]), Style(.dim)) }
    public var rawLoss: Style { pick(Style(fg: .blue), Style(.dim)) }
    public var smoothLoss: Style { pick(Style(fg: .cyan, .bold), Style(.bold)) }
    public var devLoss: Style { pick(Style(fg: .yellow, .bold), Style(.bold)) }
    public var devAccuracy: Style { pick(Style(fg: .green, .bold), Style(.bold)) }
    public var axis: Style { Style(.dim) }
    public var overlay: Style { pick(Style(fg: .white, bg: .blue), Style(.reverse)) }
    public var overlayKey: Style { pick(Style(fg: .yellow, bg: .blue, .bold), Style([.reverse, .bold])) }

    /// The state word of the status line.
    public func state(_ state: EngineState) -> Style {
        switch state {
        case .starting, .evaluating: info
        case .training: good
        case .paused: warning
        case .finished: pick(Style(fg: .cyan, .bold), Style(.bold))
        case .failed: bad
        }
    }

    /// The colour of a tag, the same wherever the tag appears (batch grid, tag box).
    public func tag(_ name: String) -> Style {
        guard color else { return Style(.bold) }
        if let known = Self.uposColors[name] { return known }
        // Another tag set: a stable colour from the name.
        let palette: [TermColor] = [.red, .green, .yellow, .blue, .magenta, .cyan]
        let hash = name.unicodeScalars.reduce(UInt32(5381)) { ($0 &* 33) &+ $1.value }
        return Style(fg: palette[Int(hash % UInt32(palette.count))], .bold)
    }

    private static let uposColors: [String: Style] = [
        "NOUN": Style(fg: .blue, .bold), "PROPN": Style(fg: .blue),
        "VERB": Style(fg: .red, .bold), "AUX": Style(fg: .red),
        "ADJ": Style(fg: .yellow, .bold), "ADV": Style(fg: .yellow),
        "PRON": Style(fg: .cyan, .bold), "DET": Style(fg: .cyan),
        "ADP": Style(fg: .green, .bold), "PART": Style(fg: .green),
        "CCONJ": Style(fg: .magenta, .bold), "SCONJ": Style(fg: .magenta),
        "NUM": Style(fg: .white, .bold), "INTJ": Style(fg: .magenta, [.bold, .underline]),
        "PUNCT": Style(fg: .white), "SYM": Style(fg: .white, .dim), "X": Style(fg: .white, [.dim, .underline]),
    ]
}

extension Style {
    init(_ attributes: TextAttributes) {
        self.init(fg: .default, bg: .default, attributes)
    }
}
