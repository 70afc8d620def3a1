import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Columns a string takes on a terminal, as ncurses counts them: `wcwidth` of the
/// grapheme's first scalar under a UTF-8 locale, 2 for emoji presentation.
///
/// The lookup uses its own UTF-8 locale (`uselocale`, per thread), so widths are right in
/// tests and before `setlocale` as well as on screen.
public enum DisplayWidth {
    nonisolated(unsafe) private static let utf8Locale: locale_t? = {
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] {
            if let loc = newlocale(LC_CTYPE_MASK, name, nil) { return loc }
        }
        return nil
    }()

    /// Columns of one grapheme: 0 (control, lone combining mark), 1 or 2.
    public static func of(_ ch: Character) -> Int {
        if let a = ch.asciiValue { return a >= 0x20 && a < 0x7F ? 1 : 0 }
        let scalars = ch.unicodeScalars
        let first = scalars.first!
        // Emoji presentation (also text emoji followed by VS16) takes two columns.
        if first.properties.isEmojiPresentation || scalars.contains(where: { $0.value == 0xFE0F }) {
            return 2
        }
        if first.value >= 0x80, first.value < 0xA0 { return 0 }
        if let loc = utf8Locale {
            let previous = uselocale(loc)
            defer { uselocale(previous) }
            let w = Int(wcwidth(wchar_t(bitPattern: first.value)))
            if w >= 0 { return w }
        }
        return fallbackWidth(first)
    }

    /// Columns of a string.
    public static func of(_ s: String) -> Int {
        var total = 0
        for ch in s { total += of(ch) }
        return total
    }

    /// Width rules for a system without a UTF-8 locale: East Asian wide ranges take two
    /// columns, marks none.
    static func fallbackWidth(_ s: Unicode.Scalar) -> Int {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        let v = s.value
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(v) } ? 2 : 1
    }

    /// `s` cut to at most `width` columns; with `ellipsis`, a cut string ends in `marker`.
    public static func truncate(_ s: String, to width: Int, marker: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(s) <= width { return s }
        let markerWidth = of(marker)
        let room = max(width - markerWidth, 0)
        var out = "", used = 0
        for ch in s {
            let w = of(ch)
            if used + w > room { break }
            out.append(ch)
            used += w
        }
        return markerWidth <= width ? out + marker : out
    }

    /// `s` padded with spaces (or cut) to exactly `width` columns, aligned left or right.
    public static func pad(_ s: String, to width: Int, right: Bool = false, marker: String = "…") -> String {
        let cut = truncate(s, to: width, marker: marker)
        let gap = String(repeating: " ", count: max(width - of(cut), 0))
        return right ? gap + cut : cut + gap
    }
}
