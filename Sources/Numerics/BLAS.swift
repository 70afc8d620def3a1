import COpenBLAS

/// Row-major single-precision matrix products through OpenBLAS.
///
/// `C[m, n] = alpha * op(A)[m, k] · op(B)[k, n] + beta * C`, with `op(X)` = X or Xᵀ as
/// `transA`/`transB` say. Leading dimensions are the row strides of the matrices *as
/// stored*, so a column block of a wider matrix is a pointer offset plus its row stride.
/// Zero-sized products are no-ops (OpenBLAS would reject `lda = 0`).
@inline(__always)
public func sgemm(
    transA: Bool = false, transB: Bool = false,
    m: Int, n: Int, k: Int,
    alpha: Float = 1,
    a: UnsafePointer<Float>, lda: Int,
    b: UnsafePointer<Float>, ldb: Int,
    beta: Float,
    c: UnsafeMutablePointer<Float>, ldc: Int
) {
    guard m > 0, n > 0 else { return }
    if k == 0 {
        // C = beta * C, as BLAS defines it.
        if beta != 1 {
            for i in 0..<m {
                let row = c + i * ldc
                for j in 0..<n { row[j] = beta == 0 ? 0 : beta * row[j] }
            }
        }
        return
    }
    cblas_sgemm(
        CblasRowMajor,
        transA ? CblasTrans : CblasNoTrans,
        transB ? CblasTrans : CblasNoTrans,
        Int32(m), Int32(n), Int32(k),
        alpha, a, Int32(lda), b, Int32(ldb),
        beta, c, Int32(ldc))
}

/// Sets how many threads OpenBLAS uses for one product.
public func setBLASThreads(_ n: Int) {
    openblas_set_num_threads(Int32(n))
}
