#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Logistic sigmoid, 1 / (1 + e^-x).
@inline(__always) func sigmoid(_ x: Float) -> Float { 1 / (1 + expf(-x)) }

/// Hyperbolic tangent.
@inline(__always) func tanhf32(_ x: Float) -> Float { tanhf(x) }

@inline(__always) func expf32(_ x: Float) -> Float { expf(x) }
@inline(__always) func logf32(_ x: Float) -> Float { logf(x) }

/// Adds `bias` [n] to every row of `matrix` [rows, n] (row stride `ld`).
@inline(__always)
func addRowBias(_ matrix: UnsafeMutablePointer<Float>, rows: Int, n: Int, ld: Int, bias: UnsafePointer<Float>) {
    for r in 0..<rows {
        let row = matrix + r * ld
        for j in 0..<n { row[j] += bias[j] }
    }
}

/// Adds the column sums of `matrix` [rows, n] (row stride `ld`) into `out` [n].
@inline(__always)
func addColumnSums(_ matrix: UnsafePointer<Float>, rows: Int, n: Int, ld: Int, into out: UnsafeMutablePointer<Float>) {
    for r in 0..<rows {
        let row = matrix + r * ld
        for j in 0..<n { out[j] += row[j] }
    }
}

/// Copies `rows` rows of `n` values between matrices of different row strides.
@inline(__always)
func copyRows(
    from src: UnsafePointer<Float>, srcStride: Int,
    to dst: UnsafeMutablePointer<Float>, dstStride: Int, rows: Int, n: Int
) {
    for r in 0..<rows {
        (dst + r * dstStride).update(from: src + r * srcStride, count: n)
    }
}
