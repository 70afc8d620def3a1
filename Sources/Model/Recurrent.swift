import Numerics

/// One direction of one recurrent layer (LSTM or GRU) over a packed batch.
///
/// Buffers (N packed tokens, H hidden, G = 4H for LSTM or 3H for GRU, In input width):
/// - `gates` [N, G]: activated gates, LSTM (i, f, g, o), GRU (r, z, n).
/// - `hPrev` [N, H]: the hidden state each token's step started from (zero at a
///   sentence's first step in this direction). Kept contiguous so that the recurrent
///   weight gradient is one product over all timesteps.
/// - LSTM: `cell` [N, H] = c_t and `tanhCell` [N, H] = tanh(c_t).
/// - GRU: `recurrent` [N, G] = W_hh·h + b_hh; its n block (W_hn·h + b_hn) is inside the
///   reset product, as in `torch.nn.GRU`.
/// - backward work: `dGates` [N, G] (input-side gate gradients), `dRecurrent` [N, G]
///   (GRU only: gradients of W_hh·h + b_hh), `dH`, `dC` [N, H].
///
/// The forward direction runs t = 0 ..< T over `batchSizes[t]` rows; the reverse
/// direction runs t = T-1 ... 0, so each sentence's backward pass starts at its own last
/// token: the rows that join at step t (`batchSizes[t+1] ..< batchSizes[t]`) start from
/// a zero state.
final class RecurrentDirection {
    let cell: CellKind
    let inputSize: Int
    let hiddenSize: Int
    let reverse: Bool
    let weightIH: Parameter, weightHH: Parameter, biasIH: Parameter, biasHH: Parameter

    let gates = Buffer(count: 0)
    let hPrev = Buffer(count: 0)
    let cellState = Buffer(count: 0)
    let tanhCell = Buffer(count: 0)
    let recurrent = Buffer(count: 0)
    let dGates = Buffer(count: 0)
    /// W_hh transposed, [H, G], made at each training forward: the per-step product then
    /// runs as a plain one (`sgemmInRowBlocks`), several times faster for a few rows than
    /// with W_hh transposed on the fly.
    let weightHHT = Buffer(count: 0)
    let dRecurrent = Buffer(count: 0)
    let dH = Buffer(count: 0)
    let dC = Buffer(count: 0)
    /// H zeros: the GRU's starting state for rows that start from zero, in inference.
    let zeroState = Buffer(count: 0)

    init(cell: CellKind, inputSize: Int, hiddenSize: Int, reverse: Bool, layer: Int, parameters: ParameterSet) {
        self.cell = cell
        self.inputSize = inputSize
        self.hiddenSize = hiddenSize
        self.reverse = reverse
        let g = cell.gateCount * hiddenSize
        let suffix = "_l\(layer)" + (reverse ? "_reverse" : "")
        weightIH = parameters.declare("rnn.weight_ih" + suffix, shape: [g, inputSize])
        weightHH = parameters.declare("rnn.weight_hh" + suffix, shape: [g, hiddenSize])
        biasIH = parameters.declare("rnn.bias_ih" + suffix, shape: [g])
        biasHH = parameters.declare("rnn.bias_hh" + suffix, shape: [g])
    }

    var parameterList: [Parameter] { [weightIH, weightHH, biasIH, biasHH] }

    /// The timestep processed before t in this direction, if any.
    @inline(__always)
    private func previousStep(_ t: Int, _ layout: PackedLayout) -> Int? {
        reverse ? (t + 1 < layout.maxLength ? t + 1 : nil) : (t > 0 ? t - 1 : nil)
    }

    /// Rows of step t that continue from a previous step (the rest start from zero).
    @inline(__always)
    private func carriedRows(_ t: Int, _ layout: PackedLayout) -> Int {
        guard let p = previousStep(t, layout) else { return 0 }
        return reverse ? layout.batchSizes[p] : layout.batchSizes[t]
    }

    private func steps(_ layout: PackedLayout, backward: Bool) -> StrideTo<Int> {
        let T = layout.maxLength
        return (reverse != backward) ? stride(from: T - 1, to: -1, by: -1) : stride(from: 0, to: T, by: 1)
    }

    /// Where a direction's input projection (W_ih·x + b_ih, and for the LSTM + b_hh) comes from.
    enum Projection {
        /// Computed from the packed input x [N, In], one product for every timestep.
        case input(UnsafePointer<Float>)
        /// Looked up: row `ids[n]` of a table [V, G] of precomputed projections (inference
        /// on word embeddings alone; see `InputTable`).
        case table(UnsafePointer<Float>, ids: UnsafePointer<Int32>)
    }

    /// The input projection of `rows` inputs x [rows, In]: W_ih·x + b_ih, and for the LSTM
    /// + b_hh (its recurrent bias, added here once instead of at every step), into
    /// `out` [rows, G].
    func project(_ p: ParameterSet, _ x: UnsafePointer<Float>, rows: Int, into out: UnsafeMutablePointer<Float>) {
        let G = cell.gateCount * hiddenSize
        sgemm(transB: true, m: rows, n: G, k: inputSize, a: x, lda: inputSize, b: p.value(weightIH), ldb: inputSize,
              beta: 0, c: out, ldc: G)
        addRowBias(out, rows: rows, n: G, ld: G, bias: p.value(biasIH))
        if cell == .lstm { addRowBias(out, rows: rows, n: G, ld: G, bias: p.value(biasHH)) }
    }

    /// Runs this direction over the packed input.
    /// - Parameters:
    ///   - projection: the input projection's source (`.input(x)` with x [N, In] in training).
    ///   - out: this direction's column block of the layer output; row n at `out + n * outStride`.
    ///   - forBackward: keep what `backward` needs (each step's starting state in `hPrev`).
    ///     Without it the recurrent product reads the previous step's output rows where
    ///     they are: inference only. Either way it skips the rows that start from zero.
    func forward(_ p: ParameterSet, _ layout: PackedLayout, projection: Projection,
                 out: UnsafeMutablePointer<Float>, outStride: Int, forBackward: Bool = true) {
        let N = layout.tokenCount, H = hiddenSize, G = cell.gateCount * H
        gates.ensureCapacity(N * G)
        if forBackward { hPrev.ensureCapacity(N * H) }
        if cell == .lstm {
            cellState.ensureCapacity(N * H); tanhCell.ensureCapacity(N * H)
        } else {
            recurrent.ensureCapacity(N * G)
            zeroState.ensureCapacity(H)
            zeroState.zero(H)
        }
        let wHH = p.value(weightHH), bHH = p.value(biasHH)
        let gt = gates.pointer, hp = hPrev.pointer
        if forBackward {
            weightHHT.ensureCapacity(G * H)
            transpose(wHH, rows: G, columns: H, into: weightHHT.pointer)
        }

        switch projection {
        case .input(let x):
            // Input projection of every timestep in one product.
            project(p, x, rows: N, into: gt)
        case .table(let table, let ids):
            for n in 0..<N { (gt + n * G).update(from: table + Int(ids[n]) * G, count: G) }
        }

        for t in steps(layout, backward: false) {
            let base = layout.offsets[t], rows = layout.batchSizes[t]
            let carried = carriedRows(t, layout)
            let prevBase = previousStep(t, layout).map { layout.offsets[$0] } ?? 0
            // The state each row starts from: a copy kept for backward, or the previous
            // step's output rows in place. The recurrent product skips the rows past
            // `carried`, which start from zero (W_hh·0 = 0).
            let start: UnsafePointer<Float>, startStride: Int
            if forBackward {
                let hpBlock = hp + base * H
                copyRows(from: out + prevBase * outStride, srcStride: outStride, to: hpBlock, dstStride: H, rows: carried, n: H)
                (hpBlock + carried * H).update(repeating: 0, count: (rows - carried) * H)
                (start, startStride) = (UnsafePointer(hpBlock), H)
            } else {
                (start, startStride) = (UnsafePointer(out + prevBase * outStride), outStride)
            }

            // gates (+)= start · W_hhᵀ: training's few rows per step as plain products of W_hhᵀ
            // in row blocks; inference's many rows as one product with W_hh transposed on the
            // fly (measured faster each way).
            func recurrentProduct(beta: Float, into c: UnsafeMutablePointer<Float>) {
                if forBackward {
                    sgemmInRowBlocks(m: carried, n: G, k: H, a: start, lda: startStride, b: weightHHT.pointer, ldb: G,
                                     beta: beta, c: c, ldc: G)
                } else {
                    sgemm(transB: true, m: carried, n: G, k: H, a: start, lda: startStride, b: wHH, ldb: H,
                          beta: beta, c: c, ldc: G)
                }
            }
            switch cell {
            case .lstm:
                recurrentProduct(beta: 1, into: gt + base * G)
                let cs = cellState.pointer, tc = tanhCell.pointer
                for r in 0..<rows {
                    lstmCellForward(gt + (base + r) * G, cPrev: r < carried ? UnsafePointer(cs + (prevBase + r) * H) : nil,
                                    c: cs + (base + r) * H, tanhC: tc + (base + r) * H, h: out + (base + r) * outStride, H: H)
                }
            case .gru:
                let rc = recurrent.pointer + base * G
                recurrentProduct(beta: 0, into: rc)
                (rc + carried * G).update(repeating: 0, count: (rows - carried) * G)
                addRowBias(rc, rows: rows, n: G, ld: G, bias: bHH)
                for r in 0..<rows {
                    let hPrevRow = forBackward || r < carried ? start + r * startStride : UnsafePointer(zeroState.pointer)
                    gruCellForward(gt + (base + r) * G, rh: rc + r * G, hPrev: hPrevRow,
                                   h: out + (base + r) * outStride, H: H)
                }
            }
        }
    }

    /// Backpropagates through this direction; adds into the parameter gradients and,
    /// when `dX` is given, into the input gradient [N, In].
    /// - Parameters:
    ///   - dOut: gradient of this direction's output block, row n at `dOut + n * outStride`.
    func backward(_ p: ParameterSet, _ layout: PackedLayout, x: UnsafePointer<Float>,
                  dOut: UnsafePointer<Float>, outStride: Int, dX: UnsafeMutablePointer<Float>?) {
        let N = layout.tokenCount, H = hiddenSize, G = cell.gateCount * H
        dGates.ensureCapacity(N * G)
        dH.ensureCapacity(N * H)
        copyRows(from: dOut, srcStride: outStride, to: dH.pointer, dstStride: H, rows: N, n: H)
        let wHH = p.value(weightHH)
        let gt = gates.pointer, dg = dGates.pointer, dh = dH.pointer, hp = hPrev.pointer
        // The gate gradients that multiply W_hh: LSTM shares them with the input side.
        let dRec: UnsafeMutablePointer<Float>
        switch cell {
        case .lstm:
            dC.ensureCapacity(N * H)
            dC.zero(N * H)
            dRec = dg
        case .gru:
            dRecurrent.ensureCapacity(N * G)
            dRec = dRecurrent.pointer
        }

        for t in steps(layout, backward: true) {
            let base = layout.offsets[t], rows = layout.batchSizes[t]
            let carried = carriedRows(t, layout)
            let prevBase = previousStep(t, layout).map { layout.offsets[$0] } ?? 0
            switch cell {
            case .lstm:
                let cs = cellState.pointer, tc = tanhCell.pointer, dc = dC.pointer
                for r in 0..<rows {
                    let carry = r < carried
                    lstmCellBackward(gt + (base + r) * G, tanhC: tc + (base + r) * H, dH: dh + (base + r) * H,
                                     dC: dc + (base + r) * H, cPrev: carry ? UnsafePointer(cs + (prevBase + r) * H) : nil,
                                     dCPrev: carry ? dc + (prevBase + r) * H : nil, dGates: dg + (base + r) * G, H: H)
                }
            case .gru:
                let rc = recurrent.pointer
                for r in 0..<rows {
                    gruCellBackward(gt + (base + r) * G, rh: rc + (base + r) * G, hPrev: hp + (base + r) * H,
                                    dH: dh + (base + r) * H, dHPrev: r < carried ? dh + (prevBase + r) * H : nil,
                                    dGates: dg + (base + r) * G, dRecurrent: dRec + (base + r) * G, H: H)
                }
            }
            // Recurrent gradient into the previous step's hidden state.
            if carried > 0 {
                sgemmInRowBlocks(m: carried, n: H, k: G, a: dRec + base * G, lda: G, b: wHH, ldb: H,
                                 beta: 1, c: dh + prevBase * H, ldc: H)
            }
        }

        // Weight gradients: one product each over all timesteps.
        sgemm(transA: true, m: G, n: H, k: N, a: dRec, lda: G, b: hp, ldb: H,
              beta: 1, c: p.gradient(weightHH), ldc: H)
        sgemm(transA: true, m: G, n: inputSize, k: N, a: dg, lda: G, b: x, ldb: inputSize,
              beta: 1, c: p.gradient(weightIH), ldc: inputSize)
        addColumnSums(dg, rows: N, n: G, ld: G, into: p.gradient(biasIH))
        addColumnSums(dRec, rows: N, n: G, ld: G, into: p.gradient(biasHH))
        if let dX {
            sgemm(m: N, n: inputSize, k: G, a: dg, lda: G, b: p.value(weightIH), ldb: inputSize,
                  beta: 1, c: dX, ldc: inputSize)
        }
    }
}
