import Testing
@testable import Model
import Numerics

/// Row blocks give the one product's result (up to rounding: the blocks may run other
/// kernels), for row counts below, at and past the point where they split, and a strided A.
@Test(arguments: [1, 4, 15, 16, 23, 30, 31, 64])
func rowBlocksGiveTheWholeProduct(m: Int) {
    let n = 512, k = 128, lda = k + 3
    var rng = Xoshiro256(seed: UInt64(m))
    let a = Buffer(count: m * lda), b = Buffer(count: k * n)
    for i in 0..<(m * lda) { a[i] = rng.uniform(-1, 1) }
    for i in 0..<(k * n) { b[i] = rng.uniform(-1, 1) }
    let whole = Buffer(count: m * n), blocked = Buffer(count: m * n)
    for i in 0..<(m * n) { whole[i] = Float(i % 7); blocked[i] = Float(i % 7) }
    sgemm(m: m, n: n, k: k, a: a.pointer, lda: lda, b: b.pointer, ldb: n, beta: 1, c: whole.pointer, ldc: n)
    sgemmInRowBlocks(m: m, n: n, k: k, a: a.pointer, lda: lda, b: b.pointer, ldb: n, beta: 1, c: blocked.pointer, ldc: n)
    let worst = (0..<(m * n)).map { abs(whole[$0] - blocked[$0]) }.max() ?? 0
    #expect(worst < 1e-4, "m = \(m): differs by \(worst)")
}

@Test func transposeSwapsRowsAndColumns() {
    for (rows, columns) in [(1, 1), (3, 17), (17, 3), (32, 48), (33, 50)] {
        let m = Buffer(count: rows * columns), t = Buffer(count: rows * columns)
        for i in 0..<(rows * columns) { m[i] = Float(i) }
        transpose(m.pointer, rows: rows, columns: columns, into: t.pointer)
        #expect((0..<rows).allSatisfy { r in (0..<columns).allSatisfy { c in t[c * rows + r] == m[r * columns + c] } },
                "\(rows) × \(columns)")
    }
}
