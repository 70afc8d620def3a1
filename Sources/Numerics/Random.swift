/// A small, fast, seedable generator (xoshiro256**) so that a fixed seed gives the
/// same run on every machine, independent of the platform's `SystemRandomNumberGenerator`.
public struct Xoshiro256: RandomNumberGenerator, Sendable, Equatable {
    /// The four state words, to save and restore a generator exactly.
    public var state: [UInt64] {
        get { [s0, s1, s2, s3] }
        set { precondition(newValue.count == 4); (s0, s1, s2, s3) = (newValue[0], newValue[1], newValue[2], newValue[3]) }
    }
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    public init(seed: UInt64) {
        // SplitMix64 expands the seed so nearby seeds give unrelated streams.
        var z = seed
        func next() -> UInt64 {
            z &+= 0x9E37_79B9_7F4A_7C15
            var x = z
            x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
            x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
            return x ^ (x >> 31)
        }
        s0 = next(); s1 = next(); s2 = next(); s3 = next()
    }

    @inline(__always)
    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = (s3 << 45) | (s3 >> 19)
        return result
    }

    /// Uniform in [0, 1) with 24 bits of precision.
    @inline(__always)
    public mutating func nextFloat() -> Float {
        Float(next() >> 40) * (1.0 / 16_777_216.0)
    }

    /// Uniform in [low, high).
    @inline(__always)
    public mutating func uniform(_ low: Float, _ high: Float) -> Float {
        low + (high - low) * nextFloat()
    }

    /// Standard normal (Box–Muller).
    public mutating func normal() -> Float {
        var u1 = nextFloat()
        while u1 <= 0 { u1 = nextFloat() }
        let u2 = nextFloat()
        return (-2 * logf(u1)).squareRoot() * cosf(2 * Float.pi * u2)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
