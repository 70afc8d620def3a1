/// Row-wise log-softmax and the mean negative log-likelihood over real tokens.
///
/// The engine computes on packed rows, which hold real tokens only, so the mask of the
/// recipe (step 7) is applied by construction: padded positions are never in the sum nor
/// in the count, and get no gradient. `PaddingInvarianceTests` checks that this equals the
/// padded, masked computation.
enum LogSoftmax {
    /// `y[r, :] = x[r, :] - log Σ exp x[r, :]`, for rows [rows, k]; may run in place.
    static func forward(x: UnsafePointer<Float>, y: UnsafeMutablePointer<Float>, rows: Int, k: Int) {
        for r in 0..<rows {
            let xr = x + r * k, yr = y + r * k
            var m = xr[0]
            for j in 1..<k where xr[j] > m { m = xr[j] }
            var s: Float = 0
            for j in 0..<k { s += expf32(xr[j] - m) }
            let lse = m + logf32(s)
            for j in 0..<k { yr[j] = xr[j] - lse }
        }
    }

    /// `dx += dy - softmax · Σ dy`, from the forward output y (log-probabilities).
    static func backward(y: UnsafePointer<Float>, dy: UnsafePointer<Float>, dx: UnsafeMutablePointer<Float>, rows: Int, k: Int) {
        for r in 0..<rows {
            let yr = y + r * k, dyr = dy + r * k, dxr = dx + r * k
            var s: Float = 0
            for j in 0..<k { s += dyr[j] }
            for j in 0..<k { dxr[j] += dyr[j] - expf32(yr[j]) * s }
        }
    }
}

enum MaskedNLL {
    /// Mean of `-logProbs[n, target[n]]` over the N real tokens (accumulated in Double).
    static func forward(logProbs: UnsafePointer<Float>, targets: UnsafePointer<Int32>, rows: Int, k: Int) -> Double {
        var total: Double = 0
        for n in 0..<rows { total -= Double(logProbs[n * k + Int(targets[n])]) }
        return total / Double(rows)
    }

    /// Adds the loss gradient into `dLogProbs` [rows, k]: -1/N at each target, 0 elsewhere.
    static func backward(targets: UnsafePointer<Int32>, rows: Int, k: Int, dLogProbs: UnsafeMutablePointer<Float>) {
        let g = -1 / Float(rows)
        for n in 0..<rows { dLogProbs[n * k + Int(targets[n])] += g }
    }
}
