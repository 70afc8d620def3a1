/// A fixed-size, zero-initialised block of Float32 that is allocated once and reused.
///
/// The engine works on raw pointers into buffers like this one so that the hot loops
/// have no copy-on-write checks, no bounds checks and no allocation. A buffer never
/// grows: callers size it for the largest batch they will see (see `ensureCapacity`).
public final class Buffer: @unchecked Sendable {
    /// Number of Float32 values.
    public private(set) var count: Int
    /// Start of the storage; valid for `count` elements until the buffer is resized or freed.
    public private(set) var pointer: UnsafeMutablePointer<Float>

    public init(count: Int) {
        precondition(count >= 0, "Buffer count must be non-negative")
        self.count = count
        pointer = .allocate(capacity: Swift.max(count, 1))
        pointer.initialize(repeating: 0, count: Swift.max(count, 1))
    }

    /// A buffer holding a copy of `values`.
    public convenience init(_ values: [Float]) {
        self.init(count: values.count)
        values.withUnsafeBufferPointer { src in
            if let base = src.baseAddress { pointer.update(from: base, count: values.count) }
        }
    }

    deinit { pointer.deallocate() }

    /// Grows the buffer (discarding its contents) when it holds fewer than `needed` values.
    /// Workspaces call this at the start of a batch; once sized for the largest batch it is free.
    public func ensureCapacity(_ needed: Int) {
        guard needed > count else { return }
        pointer.deallocate()
        pointer = .allocate(capacity: needed)
        pointer.initialize(repeating: 0, count: needed)
        count = needed
    }

    /// Sets the first `n` values (all of them by default) to zero.
    public func zero(_ n: Int? = nil) {
        pointer.update(repeating: 0, count: n ?? count)
    }

    public subscript(i: Int) -> Float {
        get { pointer[i] }
        set { pointer[i] = newValue }
    }

    /// The first `n` values (all by default) copied into an array, for tests and checkpoints.
    public func toArray(_ n: Int? = nil) -> [Float] {
        Array(UnsafeBufferPointer(start: pointer, count: n ?? count))
    }
}
