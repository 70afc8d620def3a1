import Foundation
import Training

/// Formats seconds as `1h02m`, `3m07s` or `12.3s`.
func formatDuration(_ seconds: Double) -> String {
    guard seconds.isFinite, seconds >= 0 else { return "--" }
    let s = Int(seconds.rounded())
    if s >= 3600 { return String(format: "%dh%02dm", s / 3600, (s % 3600) / 60) }
    if s >= 60 { return String(format: "%dm%02ds", s / 60, s % 60) }
    return String(format: "%.1fs", seconds)
}

/// Training progress on standard error: a redrawn bar on a terminal, plain epoch lines
/// otherwise (logs and pipes get no control characters).
final class ProgressReporter {
    let epochs: Int
    let interactive: Bool
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(epochs: Int) {
        self.epochs = epochs
        interactive = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    func handle(_ event: TrainingEvent) {
        switch event {
        case .batch(let b):
            guard interactive else { return }
            let now = Date()
            guard now.timeIntervalSince(lastDraw) >= 0.1 || b.batch == b.batchCount else { return }
            lastDraw = now
            let width = 24
            let filled = Int(Double(width) * Double(b.batch) / Double(b.batchCount))
            let bar = String(repeating: "=", count: filled) + (filled < width ? ">" : "")
                + String(repeating: " ", count: max(0, width - filled - 1))
            let line = "epoch \(b.epoch)/\(epochs) [\(bar)] \(b.batch)/\(b.batchCount)  loss \(String(format: "%.4f", b.loss))  \(thousands(Int(b.tokensPerSecond.rounded()))) tok/s  ETA \(formatDuration(b.etaSeconds))"
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
            drawn = true
        case .epoch(let e):
            clear()
            var line = "epoch \(e.epoch)/\(epochs): train loss \(String(format: "%.4f", e.trainLoss))"
            if let l = e.devLoss, let a = e.devAccuracy {
                line += ", dev loss \(String(format: "%.4f", l)), dev accuracy \(String(format: "%.2f%%", a * 100))"
            }
            if let f1 = e.devSpanF1 { line += ", dev span F1 \(String(format: "%.2f%%", f1 * 100))" }
            line += ", \(thousands(Int(e.tokensPerSecond.rounded()))) tok/s, \(formatDuration(e.seconds))"
            if e.best { line += "  (best so far, saved)" }
            note(line)
        case .skipped(let bad):
            clear()
            note("warning: \(bad.description); batch skipped")
        }
    }

    /// Erases a half-drawn bar (before other output, and at the end).
    func clear() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)); drawn = false }
    }
}
