import Foundation
import FuzzSupport
import Training

/// config.json of a model directory, through `ModelDirectory.load` (the config decoder is
/// private): the input is the config; vocab.json is a fixed valid one for a 4-word, 3-tag
/// model and there are no weights, so a config that passes validation fails on the weights.
/// Beyond not crashing: every error is one clean line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafeRawPointer, _ count: Int) -> CInt {
    _ = vocabulary
    _ = scratchFile(UnsafeRawBufferPointer(start: data, count: count), name: "config.json")
    // Open finding (fuzz/findings/FuzzConfig-*): config errors quote "format" raw, control
    // characters and all; the decoder is in Checkpoint.swift. Flip to true once escaped.
    _ = outcome(controlCharacters: false) { try ModelDirectory.load(from: URL(fileURLWithPath: scratchDirectory, isDirectory: true)) }
    return 0
}

private let vocabulary: Void = {
    let json = #"{"words": ["<pad>", "<unk>", "the", "cat"], "tags": ["DET", "NOUN", "VERB"], "chars": ["<pad>", "<unk>", "t", "h"]}"#
    json.utf8CString.withUnsafeBytes { _ = scratchFile(UnsafeRawBufferPointer(rebasing: $0.dropLast()), name: "vocab.json") }
}()
