import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Helpers shared by the fuzz targets: a scratch file per process, and the checks every
/// target makes on top of "does not crash".

/// Writes `bytes` to this process's scratch file and returns its path, so a parser that
/// reads files is fuzzed through the same `fopen`/`fread` path the command line uses.
public func scratchFile(_ bytes: UnsafeRawBufferPointer, name: String = "input") -> String {
    let path = scratchDirectory + "/" + name
    guard let file = fopen(path, "wb") else { fatalError("cannot write \(path)") }
    if bytes.count > 0 { precondition(fwrite(bytes.baseAddress, 1, bytes.count, file) == bytes.count) }
    fclose(file)
    return path
}

/// A directory private to this process (libFuzzer may run several jobs at once).
public let scratchDirectory: String = {
    let base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
    let path = "\(base)/tagbench-fuzz-\(getpid())"
    mkdir(path, 0o700)
    return path
}()

/// Every error a user can see must be one line that names what is wrong and contains no
/// control character (a hostile file must not be able to drive the terminal through it).
/// `controlCharacters: false` skips the second check, for a parser whose messages are
/// known to quote raw text (an open finding in RELIABILITY.md), so fuzzing goes on.
public func checkErrorMessage(_ error: Error, controlCharacters: Bool = true) {
    let message = String(describing: error)
    precondition(!message.isEmpty, "empty error message")
    guard controlCharacters else { return }
    for scalar in message.unicodeScalars where scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) {
        fatalError("error message contains control character U+\(String(scalar.value, radix: 16)): \(message.debugDescription)")
    }
}

/// The input as a String when it is valid UTF-8 (the in-memory readers take Strings).
public func validUTF8(_ bytes: UnsafeRawBufferPointer) -> String? {
    let decoded = String(decoding: bytes, as: UTF8.self)
    return decoded.utf8.elementsEqual(bytes) ? decoded : nil
}

/// `body`'s result, or the description of what it threw (checked by `checkErrorMessage`).
public func outcome<T>(controlCharacters: Bool = true, _ body: () throws -> T) -> Result<T, ErrorText> {
    do {
        return .success(try body())
    } catch {
        checkErrorMessage(error, controlCharacters: controlCharacters)
        return .failure(ErrorText(text: String(describing: error)))
    }
}

/// An error reduced to its message, so two outcomes can be compared.
public struct ErrorText: Error, Equatable {
    public var text: String
}
