#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hyperbolic tangent as a rational function (odd degree-13 numerator over even
/// degree-6 denominator, the approximation Eigen and XLA use for float32): within a few
/// units in the last place of `tanhf` on [-7.9, 7.9], exactly ±1 beyond, and made of
/// multiply-adds only, so the gate loops vectorise (libm's `tanhf`/`expf` calls were a
/// third of training time).
@inline(__always) func tanhf32(_ x: Float) -> Float {
    let c = min(max(x, -7.905_311_1), 7.905_311_1)
    let x2 = c * c
    var p: Float = -2.760_768_5e-16
    p = p * x2 + 2.000_187_9e-13
    p = p * x2 - 8.604_671_5e-11
    p = p * x2 + 5.122_297_1e-08
    p = p * x2 + 1.485_722_4e-05
    p = p * x2 + 6.372_619_3e-04
    p = p * x2 + 4.893_524_6e-03
    var q: Float = 1.198_258_4e-06
    q = q * x2 + 1.185_347_1e-04
    q = q * x2 + 2.268_434_6e-03
    q = q * x2 + 4.893_525_2e-03
    return c * p / q
}

/// Logistic sigmoid, 1 / (1 + e^-x) = (1 + tanh(x/2)) / 2.
@inline(__always) func sigmoid(_ x: Float) -> Float { 0.5 + 0.5 * tanhf32(0.5 * x) }

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

typealias Lanes = SIMD8<Float>

@inline(__always) func load(_ p: UnsafePointer<Float>) -> Lanes { UnsafeRawPointer(p).loadUnaligned(as: Lanes.self) }
@inline(__always) func store(_ v: Lanes, _ p: UnsafeMutablePointer<Float>) { UnsafeMutableRawPointer(p).storeBytes(of: v, as: Lanes.self) }

/// `tanhf32` on eight lanes at once.
@inline(__always) func tanhf32(_ x: Lanes) -> Lanes {
    let c = pointwiseMax(pointwiseMin(x, Lanes(repeating: 7.905_311_1)), Lanes(repeating: -7.905_311_1))
    let x2 = c * c
    var p = Lanes(repeating: -2.760_768_5e-16)
    p = p * x2 + 2.000_187_9e-13
    p = p * x2 - 8.604_671_5e-11
    p = p * x2 + 5.122_297_1e-08
    p = p * x2 + 1.485_722_4e-05
    p = p * x2 + 6.372_619_3e-04
    p = p * x2 + 4.893_524_6e-03
    var q = Lanes(repeating: 1.198_258_4e-06)
    q = q * x2 + 1.185_347_1e-04
    q = q * x2 + 2.268_434_6e-03
    q = q * x2 + 4.893_525_2e-03
    return c * p / q
}

/// `sigmoid` on eight lanes at once.
@inline(__always) func sigmoid(_ x: Lanes) -> Lanes { 0.5 + 0.5 * tanhf32(0.5 * x) }

/// One row of the LSTM cell: activates the gate pre-activations `g` [4H] in place
/// (i, f, g, o), and writes c = f·cPrev + i·g, tanh(c) and h = o·tanh(c) [H].
/// `cPrev` nil means a zero previous state.
@inline(__always)
func lstmCellForward(_ g: UnsafeMutablePointer<Float>, cPrev: UnsafePointer<Float>?, c: UnsafeMutablePointer<Float>,
                     tanhC: UnsafeMutablePointer<Float>, h: UnsafeMutablePointer<Float>, H: Int) {
    var j = 0
    while j + 8 <= H {
        let ig = sigmoid(load(g + j)), fg = sigmoid(load(g + H + j))
        let gg = tanhf32(load(g + 2 * H + j)), og = sigmoid(load(g + 3 * H + j))
        store(ig, g + j); store(fg, g + H + j); store(gg, g + 2 * H + j); store(og, g + 3 * H + j)
        let cv = cPrev.map { fg * load($0 + j) + ig * gg } ?? ig * gg
        let tv = tanhf32(cv)
        store(cv, c + j); store(tv, tanhC + j); store(og * tv, h + j)
        j += 8
    }
    while j < H {
        let ig = sigmoid(g[j]), fg = sigmoid(g[H + j]), gg = tanhf32(g[2 * H + j]), og = sigmoid(g[3 * H + j])
        g[j] = ig; g[H + j] = fg; g[2 * H + j] = gg; g[3 * H + j] = og
        let cv = fg * (cPrev?[j] ?? 0) + ig * gg
        let tv = tanhf32(cv)
        c[j] = cv; tanhC[j] = tv; h[j] = og * tv
        j += 1
    }
}

/// One row of the GRU cell: from the input part `g` [3H] (W_ih·x + b_ih) and the recurrent
/// part `rh` [3H] (W_hh·h + b_hh), overwrites `g` with the activated r, z, n and writes
/// h = (1-z)·n + z·hPrev [H], with n = tanh(g_n + r·rh_n) as `torch.nn.GRU` places b_hn.
@inline(__always)
func gruCellForward(_ g: UnsafeMutablePointer<Float>, rh: UnsafePointer<Float>, hPrev: UnsafePointer<Float>,
                    h: UnsafeMutablePointer<Float>, H: Int) {
    var j = 0
    while j + 8 <= H {
        let rg = sigmoid(load(g + j) + load(rh + j))
        let zg = sigmoid(load(g + H + j) + load(rh + H + j))
        let ng = tanhf32(load(g + 2 * H + j) + rg * load(rh + 2 * H + j))
        store(rg, g + j); store(zg, g + H + j); store(ng, g + 2 * H + j)
        store((1 - zg) * ng + zg * load(hPrev + j), h + j)
        j += 8
    }
    while j < H {
        let rg = sigmoid(g[j] + rh[j])
        let zg = sigmoid(g[H + j] + rh[H + j])
        let ng = tanhf32(g[2 * H + j] + rg * rh[2 * H + j])
        g[j] = rg; g[H + j] = zg; g[2 * H + j] = ng
        h[j] = (1 - zg) * ng + zg * hPrev[j]
        j += 1
    }
}
