import Foundation
import FuzzSupport
import Training

/// Hyperparameter search-space JSON (`SearchSpace.parse`): no crash, errors are one clean line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSearchSpace(_ data: UnsafeRawPointer, _ count: Int) -> CInt {
    // Open finding (fuzz/findings/FuzzSearchSpace-*): an invalid escape is quoted raw (a NUL
    // byte reached the message). Flip to true once SearchSpace.swift escapes it.
    _ = outcome(controlCharacters: false) { try SearchSpace.parse(Data(bytes: data, count: count), name: "space.json") }
    return 0
}
