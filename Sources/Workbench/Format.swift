import Foundation

/// Number formats of the screen, one place for all widgets.

/// `v` with `digits` decimals ("0.41").
func formatDecimal(_ v: Double, digits: Int) -> String {
    guard v.isFinite else { return v.isNaN ? "nan" : (v > 0 ? "inf" : "-inf") }
    return String(format: "%.\(digits)f", v)
}

/// A value with about three significant digits, for losses and axis labels.
func formatValue(_ v: Double) -> String {
    guard v.isFinite else { return formatDecimal(v, digits: 0) }
    let a = abs(v)
    if a >= 1000 { return formatCount(Int(v.rounded())) }
    if a >= 100 { return formatDecimal(v, digits: 0) }
    if a >= 10 { return formatDecimal(v, digits: 1) }
    if a >= 1 || a == 0 { return formatDecimal(v, digits: 2) }
    if a >= 0.01 { return formatDecimal(v, digits: 3) }
    return String(format: "%.1e", v)
}

/// A count: "987", "12.3k", "1.2M".
func formatCount(_ n: Int) -> String {
    let a = abs(n)
    if a < 10_000 { return "\(n)" }
    if a < 1_000_000 { return formatDecimal(Double(n) / 1000, digits: a < 100_000 ? 1 : 0) + "k" }
    return formatDecimal(Double(n) / 1_000_000, digits: 1) + "M"
}

/// A duration: "0:07", "12:34", "1:02:03".
func formatDuration(_ seconds: Double) -> String {
    guard seconds.isFinite, seconds >= 0 else { return "--:--" }
    let s = Int(seconds.rounded())
    let h = s / 3600, m = (s % 3600) / 60, r = s % 60
    return h > 0 ? String(format: "%d:%02d:%02d", h, m, r) : String(format: "%d:%02d", m, r)
}

/// A share in [0, 1] as a percentage: "87.3%".
func formatPercent(_ v: Double, digits: Int = 1) -> String {
    formatDecimal(v * 100, digits: digits) + "%"
}

/// A learning rate: "2.0e-3".
func formatRate(_ v: Float) -> String {
    String(format: "%.1e", Double(v)).replacingOccurrences(of: "e-0", with: "e-")
}
