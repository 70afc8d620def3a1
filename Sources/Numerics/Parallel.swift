import Dispatch

/// Work split over the machine's two cores for the passes over whole parameter vectors
/// (optimiser step, gradient norm, zeroing): memory-bound loops that one core cannot
/// saturate. Each element is computed exactly as the serial loop would, so results are
/// bit-identical to a single-threaded run.
public enum Parallel {
    /// Parts the work is split into (the engine targets two cores).
    public static let parts = 2
    /// Below this many elements one core does it all (a dispatch costs microseconds).
    public static let minimumCount = 1 << 15

    /// The `part`-th of `parts` pieces of `0..<count`, boundaries aligned to 64 elements
    /// (whole cache lines, whole SIMD vectors).
    @inline(__always)
    public static func piece(_ part: Int, of parts: Int, count: Int) -> Range<Int> {
        func boundary(_ k: Int) -> Int { k == parts ? count : min(count, (count * k / parts) & ~63) }
        return boundary(part)..<boundary(part + 1)
    }

    /// The `part`-th of `parts` pieces of `0..<count` as equal as can be, for work items
    /// that are not single elements (rows, blocks).
    @inline(__always)
    public static func share(_ part: Int, count: Int) -> Range<Int> {
        (count * part / parts)..<(count * (part + 1) / parts)
    }

    /// Runs `body(part)` for part in 0..<parts, on both cores when `count` is large enough.
    @inline(__always)
    public static func run(count: Int, _ body: (Int) -> Void) {
        if count < minimumCount {
            for part in 0..<parts { body(part) }
        } else {
            withoutActuallyEscaping(body) { body in
                // The parts touch disjoint ranges; the caller guarantees that.
                let work = UncheckedSendable(body)
                DispatchQueue.concurrentPerform(iterations: parts) { work.value($0) }
            }
        }
    }
}

/// Hands a value to another thread when the caller has made sure it is safe (disjoint
/// work, or a closure that does not outlive the call).
public struct UncheckedSendable<T>: @unchecked Sendable {
    public let value: T
    public init(_ value: T) { self.value = value }
}
