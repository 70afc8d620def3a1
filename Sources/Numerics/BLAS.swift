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

/// `C[m, n] = A[m, k] · B[k, n] + beta * C` (row-major, no transposes), as two products of
/// half the rows when that brings each under 2^20 multiply-adds: the per-timestep products
/// of a recurrence trained on batches of 32 have a few rows, and OpenBLAS's builds with
/// small-matrix kernels (its AVX-512 targets) run products below that size without packing
/// the weight matrix (measured here, one core: 8 rows × 512 × 128 at 108 GFLOP/s, 16 rows
/// at 65). Blocks of fewer than 4 rows run slower than one product; and for many rows (the
/// per-step products of inference batches) the calls cost more than they save, measured
/// in place: so otherwise it is one product.
@inline(__always)
public func sgemmInRowBlocks(
    m: Int, n: Int, k: Int,
    a: UnsafePointer<Float>, lda: Int,
    b: UnsafePointer<Float>, ldb: Int,
    beta: Float,
    c: UnsafeMutablePointer<Float>, ldc: Int
) {
    let rowsPerBlock = ((1 << 20) - 1) / max(n * k, 1)
    guard rowsPerBlock >= 4, m > rowsPerBlock, m <= 2 * rowsPerBlock else {
        sgemm(m: m, n: n, k: k, a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
        return
    }
    // Two equal halves: 16 rows as 8 + 8, not 15 + 1.
    let half = m / 2
    sgemm(m: half, n: n, k: k, a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
    sgemm(m: m - half, n: n, k: k, a: a + half * lda, lda: lda, b: b, ldb: ldb, beta: beta, c: c + half * ldc, ldc: ldc)
}

/// Sets how many threads OpenBLAS uses for one product.
public func setBLASThreads(_ n: Int) {
    openblas_set_num_threads(Int32(n))
}
