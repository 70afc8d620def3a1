import Numerics

/// Inverted dropout: at training time each value is zeroed with probability `p` and the
/// survivors are scaled by 1/(1-p), so evaluation (no dropout) needs no rescaling.
enum Dropout {
    /// Draws a mask [count] of 0 and 1/(1-p) and writes `y = x * mask`.
    static func forward(x: UnsafePointer<Float>, y: UnsafeMutablePointer<Float>, mask: UnsafeMutablePointer<Float>,
                        count: Int, p: Float, rng: inout Xoshiro256) {
        let keep = 1 / (1 - p)
        for i in 0..<count {
            let m: Float = rng.nextFloat() < p ? 0 : keep
            mask[i] = m
            y[i] = x[i] * m
        }
    }

    /// `dx += dy * mask` (adds, as every backward does).
    static func backward(dy: UnsafePointer<Float>, mask: UnsafePointer<Float>, dx: UnsafeMutablePointer<Float>, count: Int) {
        for i in 0..<count { dx[i] += dy[i] * mask[i] }
    }
}
