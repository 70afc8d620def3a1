import Foundation
import FuzzSupport
import Training

/// Hyperparameter search-space JSON (`SearchSpace.parse`): no crash, errors are one clean line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSearchSpace(_ data: UnsafeRawPointer, _ count: Int) -> CInt {
    _ = outcome { try SearchSpace.parse(Data(bytes: data, count: count), name: "space.json") }
    return 0
}
