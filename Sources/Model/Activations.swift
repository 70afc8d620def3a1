#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

/// Writes the transpose [columns, rows] of `matrix` [rows, columns], in 16 × 16 tiles so
/// that reads and writes both stay within a few cache lines.
@inline(__always)
func transpose(_ matrix: UnsafePointer<Float>, rows: Int, columns: Int, into out: UnsafeMutablePointer<Float>) {
    let tile = 16
    for r0 in stride(from: 0, to: rows, by: tile) {
        for c0 in stride(from: 0, to: columns, by: tile) {
            for c in c0..<min(c0 + tile, columns) {
                for r in r0..<min(r0 + tile, rows) { out[c * rows + r] = matrix[r * columns + c] }
            }
        }
    }
}

/// Eight floats: the gate loops work on eight hidden units at a time.
typealias Lanes = SIMD8<Float>

/// The first `n` (≤ 8) floats at `p`, zeros in the other lanes.
@inline(__always) func load(_ p: UnsafePointer<Float>, _ n: Int = 8) -> Lanes {
    if n == 8 { return UnsafeRawPointer(p).loadUnaligned(as: Lanes.self) }
    var v = Lanes()
    for k in 0..<n { v[k] = p[k] }
    return v
}

/// Stores the first `n` (≤ 8) lanes of `v` at `p`.
@inline(__always) func store(_ v: Lanes, _ p: UnsafeMutablePointer<Float>, _ n: Int = 8) {
    if n == 8 { UnsafeMutableRawPointer(p).storeBytes(of: v, as: Lanes.self); return }
    for k in 0..<n { p[k] = v[k] }
}

/// a·b + c, eight lanes: one fused multiply-add per lane when the build targets a CPU that
/// has it (`make build` on x86-64-v3 passes `-D FUSED_MULTIPLY_ADD`), else a multiply and
/// an add (a fused one without the instruction would be a libm call per lane).
@inline(__always) func multiplyAdd(_ a: Lanes, _ b: Lanes, _ c: Lanes) -> Lanes {
    #if FUSED_MULTIPLY_ADD
    return c.addingProduct(a, b)
    #else
    return a * b + c
    #endif
}

/// Hyperbolic tangent as a rational function (odd degree-13 numerator over even
/// degree-6 denominator, the approximation Eigen and XLA use for float32), eight lanes at
/// once: within 4.4e-7 of tanh on [-7.9, 7.9], exactly ±1 beyond (NaN stays NaN), and made of
/// multiply-adds only (libm's `tanhf`/`expf` calls were a third of training time).
@inline(__always) func tanhf32(_ x: Lanes) -> Lanes {
    // A clamp by compare-and-select (the generic `pointwiseMin`/`pointwiseMax` were not
    // inlined: a call per eight lanes); a NaN passes through, so it reaches the loss.
    let bound = Lanes(repeating: 7.905_311_1)
    let c = x.replacing(with: bound, where: x .> bound).replacing(with: -bound, where: x .< -bound)
    let x2 = c * c
    var p = Lanes(repeating: -2.760_768_5e-16)
    p = multiplyAdd(p, x2, Lanes(repeating: 2.000_187_9e-13))
    p = multiplyAdd(p, x2, Lanes(repeating: -8.604_671_5e-11))
    p = multiplyAdd(p, x2, Lanes(repeating: 5.122_297_1e-08))
    p = multiplyAdd(p, x2, Lanes(repeating: 1.485_722_4e-05))
    p = multiplyAdd(p, x2, Lanes(repeating: 6.372_619_3e-04))
    p = multiplyAdd(p, x2, Lanes(repeating: 4.893_524_6e-03))
    var q = Lanes(repeating: 1.198_258_4e-06)
    q = multiplyAdd(q, x2, Lanes(repeating: 1.185_347_1e-04))
    q = multiplyAdd(q, x2, Lanes(repeating: 2.268_434_6e-03))
    q = multiplyAdd(q, x2, Lanes(repeating: 4.893_525_2e-03))
    return c * p / q
}

/// Logistic sigmoid, 1 / (1 + e^-x) = (1 + tanh(x/2)) / 2, eight lanes at once.
@inline(__always) func sigmoid(_ x: Lanes) -> Lanes { 0.5 + 0.5 * tanhf32(0.5 * x) }

/// One row of the LSTM cell: activates the gate pre-activations `g` [4H] in place
/// (i, f, g, o), and writes c = f·cPrev + i·g, tanh(c) and h = o·tanh(c) [H].
/// `cPrev` nil means a zero previous state.
@inline(__always)
func lstmCellForward(_ g: UnsafeMutablePointer<Float>, cPrev: UnsafePointer<Float>?, c: UnsafeMutablePointer<Float>,
                     tanhC: UnsafeMutablePointer<Float>, h: UnsafeMutablePointer<Float>, H: Int) {
    var j = 0
    while j < H {
        let n = min(8, H - j)
        let ig = sigmoid(load(g + j, n)), fg = sigmoid(load(g + H + j, n))
        let gg = tanhf32(load(g + 2 * H + j, n)), og = sigmoid(load(g + 3 * H + j, n))
        store(ig, g + j, n); store(fg, g + H + j, n); store(gg, g + 2 * H + j, n); store(og, g + 3 * H + j, n)
        let cv = cPrev.map { fg * load($0 + j, n) + ig * gg } ?? ig * gg
        let tv = tanhf32(cv)
        store(cv, c + j, n); store(tv, tanhC + j, n); store(og * tv, h + j, n)
        j += 8
    }
}

/// One row of the GRU cell: from the input part `g` [3H] (W_ih·x + b_ih) and the recurrent
/// part `rh` [3H] (W_hh·h + b_hh), overwrites `g` with the activated r, z, n and writes
/// h = (1-z)·n + z·hPrev [H], with n = tanh(g_n + r·rh_n) as `torch.nn.GRU` places b_hn.
@inline(__always)
func gruCellForward(_ g: UnsafeMutablePointer<Float>, rh: UnsafePointer<Float>, hPrev: UnsafePointer<Float>,
                    h: UnsafeMutablePointer<Float>, H: Int) {
    var j = 0
    while j < H {
        let n = min(8, H - j)
        let rg = sigmoid(load(g + j, n) + load(rh + j, n))
        let zg = sigmoid(load(g + H + j, n) + load(rh + H + j, n))
        let ng = tanhf32(load(g + 2 * H + j, n) + rg * load(rh + 2 * H + j, n))
        store(rg, g + j, n); store(zg, g + H + j, n); store(ng, g + 2 * H + j, n)
        store((1 - zg) * ng + zg * load(hPrev + j, n), h + j, n)
        j += 8
    }
}

/// One row of the LSTM cell's backward pass, from the activated gates `g` [4H] (i, f, g, o),
/// tanh(c) and the gradients reaching h and c [H]: writes the gate pre-activation gradients
/// `dGates` [4H] and adds f·dc into `dCPrev` (nil, with `cPrev`, for a zero previous state).
@inline(__always)
func lstmCellBackward(_ g: UnsafePointer<Float>, tanhC: UnsafePointer<Float>, dH: UnsafePointer<Float>,
                      dC: UnsafePointer<Float>, cPrev: UnsafePointer<Float>?, dCPrev: UnsafeMutablePointer<Float>?,
                      dGates d: UnsafeMutablePointer<Float>, H: Int) {
    var j = 0
    while j < H {
        let n = min(8, H - j)
        let ig = load(g + j, n), fg = load(g + H + j, n), gg = load(g + 2 * H + j, n), og = load(g + 3 * H + j, n)
        let tv = load(tanhC + j, n), dhv = load(dH + j, n)
        let dcv = load(dC + j, n) + dhv * og * (1 - tv * tv)
        let cp = cPrev.map { load($0 + j, n) } ?? Lanes()
        store(dcv * gg * ig * (1 - ig), d + j, n)
        store(dcv * cp * fg * (1 - fg), d + H + j, n)
        store(dcv * ig * (1 - gg * gg), d + 2 * H + j, n)
        store(dhv * tv * og * (1 - og), d + 3 * H + j, n)
        if let dCPrev { store(load(dCPrev + j, n) + dcv * fg, dCPrev + j, n) }
        j += 8
    }
}

/// One row of the GRU cell's backward pass, from the activated gates `g` [3H] (r, z, n),
/// the recurrent part `rh` [3H], the starting state and the gradient reaching h [H]: writes
/// the input-side gate gradients `dGates` [3H] and those of W_hh·h + b_hh, `dRecurrent`
/// [3H], and adds z·dh into `dHPrev` (nil for a zero previous state).
@inline(__always)
func gruCellBackward(_ g: UnsafePointer<Float>, rh: UnsafePointer<Float>, hPrev: UnsafePointer<Float>,
                     dH: UnsafePointer<Float>, dHPrev: UnsafeMutablePointer<Float>?,
                     dGates d: UnsafeMutablePointer<Float>, dRecurrent dr: UnsafeMutablePointer<Float>, H: Int) {
    var j = 0
    while j < H {
        let n = min(8, H - j)
        let rg = load(g + j, n), zg = load(g + H + j, n), ng = load(g + 2 * H + j, n)
        let dhv = load(dH + j, n)
        let dn = dhv * (1 - zg) * (1 - ng * ng)
        let drg = dn * load(rh + 2 * H + j, n) * rg * (1 - rg)
        let dzg = dhv * (load(hPrev + j, n) - ng) * zg * (1 - zg)
        store(drg, d + j, n); store(dzg, d + H + j, n); store(dn, d + 2 * H + j, n)
        store(drg, dr + j, n); store(dzg, dr + H + j, n); store(dn * rg, dr + 2 * H + j, n)
        if let dHPrev { store(load(dHPrev + j, n) + dhv * zg, dHPrev + j, n) }
        j += 8
    }
}
