import Foundation
import FuzzSupport
import Training

/// safetensors header and layout: no crash, errors are one clean line, and a file that reads
/// encodes to bytes that read back to the same tensors.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSafetensors(_ data: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = Data(bytes: data, count: count)
    guard case .success(let file) = outcome({ try SafetensorsFile(decoding: input, fileName: "fuzz.safetensors") }) else {
        return 0
    }
    for name in file.names {
        let tensor = file.tensors[name]!
        precondition(tensor.floats().count == tensor.count)
        if tensor.dtype == .i32 || tensor.dtype == .i64 { precondition(tensor.ints().count == tensor.count) }
    }
    let again = try! SafetensorsFile(decoding: file.encoded(), fileName: "again.safetensors")
    precondition(again.tensors == file.tensors && again.metadata == file.metadata, "round trip changes the file")
    return 0
}
