/// A canvas of dots over a block of cells: Unicode braille, 2×4 dots per cell, or ASCII
/// (`'` `.` `:`), 1×2 dots per cell, when the terminal is not UTF-8.
///
/// Dot (0, 0) is the top-left. A cell takes the style of the last dot drawn in it, so
/// series drawn later (the smoothed curve) show over earlier ones (the raw curve).
public struct DotCanvas: Sendable {
    public let columns: Int, rows: Int
    public let braille: Bool
    private var bits: [UInt8]
    private var styles: [Style?]

    public init(columns: Int, rows: Int, braille: Bool) {
        self.columns = max(columns, 0)
        self.rows = max(rows, 0)
        self.braille = braille
        bits = Array(repeating: 0, count: self.columns * self.rows)
        styles = Array(repeating: nil, count: self.columns * self.rows)
    }

    public var dotsPerColumn: Int { braille ? 2 : 1 }
    public var dotsPerRow: Int { braille ? 4 : 2 }
    /// Width and height in dots.
    public var width: Int { columns * dotsPerColumn }
    public var height: Int { rows * dotsPerRow }

    // Braille dot numbering: bit of dot (dx, dy) within a cell.
    private static let brailleBits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    /// Sets the dot at (`x`, `y`); dots outside the canvas are ignored.
    public mutating func set(_ x: Int, _ y: Int, style: Style) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let cell = (y / dotsPerRow) * columns + x / dotsPerColumn
        let bit = braille ? Self.brailleBits[x % 2][y % 4] : UInt8(1 << (y % 2))
        bits[cell] |= bit
        styles[cell] = style
    }

    /// Whether the dot at (`x`, `y`) is set.
    public func isSet(_ x: Int, _ y: Int) -> Bool {
        guard x >= 0, y >= 0, x < width, y < height else { return false }
        let cell = (y / dotsPerRow) * columns + x / dotsPerColumn
        let bit = braille ? Self.brailleBits[x % 2][y % 4] : UInt8(1 << (y % 2))
        return bits[cell] & bit != 0
    }

    /// Draws a straight line of dots from (x0, y0) to (x1, y1) (Bresenham).
    public mutating func line(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, style: Style) {
        var x = x0, y = y0
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var err = dx + dy
        // Lines far outside the canvas (huge values) are clipped by `set`; bound the work.
        var steps = 0
        while steps <= 4 * (width + height) + dx - dy {
            set(x, y, style: style)
            if x == x1 && y == y1 { break }
            let e2 = 2 * err
            if e2 >= dy { err += dy; x += sx }
            if e2 <= dx { err += dx; y += sy }
            steps += 1
        }
    }

    /// The character of cell (`column`, `row`): a braille pattern or ASCII dots; nil when empty.
    public func glyph(column: Int, row: Int) -> String? {
        let b = bits[row * columns + column]
        guard b != 0 else { return nil }
        if braille { return String(Character(Unicode.Scalar(0x2800 + UInt32(b))!)) }
        switch b {
        case 1: return "'"
        case 2: return "."
        default: return ":"
        }
    }

    /// Copies the non-empty cells into `grid` with their top-left at (`row`, `col`).
    public func draw(into grid: inout CellGrid, row: Int, col: Int) {
        for r in 0..<rows {
            for c in 0..<columns {
                if let g = glyph(column: c, row: r) {
                    grid.put(g, row: row + r, col: col + c, style: styles[r * columns + c] ?? .plain)
                }
            }
        }
    }
}

/// A linear or logarithmic map from values to dot rows, with "nice" bounds.
public struct ValueScale: Sendable, Equatable {
    public var low: Double, high: Double
    public var logarithmic: Bool

    /// A scale covering `values` (finite ones), widened when they are all equal.
    /// A log scale needs positive values; non-positive ones are ignored.
    public init(covering values: [Double], logarithmic: Bool = false) {
        self.logarithmic = logarithmic
        let usable = values.filter { $0.isFinite && (!logarithmic || $0 > 0) }
        var lo = usable.min() ?? 0, hi = usable.max() ?? 1
        if logarithmic {
            if usable.isEmpty { lo = 0.1; hi = 1 }
            if hi / lo < 1.01 { lo /= 1.5; hi *= 1.5 }
        } else if hi - lo < 1e-9 {
            let pad = max(abs(hi) * 0.1, 0.05)
            lo -= pad
            hi += pad
        }
        low = lo
        high = hi
    }

    public init(low: Double, high: Double, logarithmic: Bool = false) {
        self.low = low
        self.high = high
        self.logarithmic = logarithmic
    }

    private func t(_ v: Double) -> Double {
        if logarithmic {
            let l = log10(max(low, 1e-12)), h = log10(max(high, 1e-12))
            return h > l ? (log10(max(v, 1e-12)) - l) / (h - l) : 0.5
        }
        return high > low ? (v - low) / (high - low) : 0.5
    }

    /// The dot row of `v` on a canvas `height` dots tall: 0 at `high`, height−1 at `low`.
    public func dotRow(_ v: Double, height: Int) -> Int {
        let y = (1 - t(v)) * Double(height - 1)
        guard y.isFinite else { return height - 1 }
        return Int(y.rounded())
    }

    /// The value at fraction `f` of the way from `low` (0) to `high` (1).
    public func value(at f: Double) -> Double {
        if f <= 0 { return low }
        if f >= 1 { return high }
        if logarithmic {
            let l = log10(max(low, 1e-12)), h = log10(max(high, 1e-12))
            return pow(10, l + f * (h - l))
        }
        return low + f * (high - low)
    }
}

/// Maps x positions 0..<count onto `width` dot columns (the last point at the right edge).
func dotColumn(_ i: Int, count: Int, width: Int) -> Int {
    guard count > 1 else { return 0 }
    return Int((Double(i) / Double(count - 1) * Double(width - 1)).rounded())
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
