import ArgumentParser
import Foundation
import Numerics

@main
struct Tagbench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagbench",
        abstract: "Train and inspect recurrent sequence taggers on variable-length mini-batches.",
        discussion: """
            Sentences are sorted by length, padded, packed (the RNN sees only the sentences \
            still running at each timestep), unpacked, scored and masked, exactly as PyTorch's \
            pack_padded_sequence recipe does, by tagbench's own engine over OpenBLAS. Models \
            are saved with PyTorch's parameter names (docs/model-format.md).

            With no data options, commands use the embedded corpus of original lyric lines.
            """,
        subcommands: [WorkbenchCommand.self, Train.self, Eval.self, Tag.self, Search.self, Bench.self],
        defaultSubcommand: WorkbenchCommand.self
    )
}

/// Prints a one-line error and exits non-zero: bad input never ends in a crash.
func fail(_ error: Error) -> ExitCode {
    // Our errors describe themselves in one line; Foundation's have a localized text.
    let message = error is CocoaError ? error.localizedDescription : String(describing: error)
    FileHandle.standardError.write(Data("tagbench: error: \(message)\n".utf8))
    return ExitCode.failure
}

/// Writes a line to standard error (progress and summaries; stdout stays for results).
func note(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// One BLAS thread per product unless the user says otherwise: the engine's products are
/// small (a batch's rows at one timestep), and OpenBLAS's thread hand-off costs more than
/// it saves there (measured: 13,000 → 24,000 tokens/s on the embedded corpus, 2 cores).
func configureThreads() {
    if ProcessInfo.processInfo.environment["OPENBLAS_NUM_THREADS"] == nil {
        setBLASThreads(1)
    }
}
