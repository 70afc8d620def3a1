import Numerics

/// Character-level CNN word features: character embedding → `Conv1d` zero-padded inside
/// each word → max over the word's own positions (no other nonlinearity).
///
/// Parameters (PyTorch's names and layouts): `char_embedding.weight` [chars, c] (row 0 is
/// padding: zero, never a gradient), `char_cnn.weight` [f, c, w], `char_cnn.bias` [f].
///
/// The convolution is one matrix product (im2col). With N words, C characters in all
/// (word n owns rows `offsets[n] ..< offsets[n+1]`), c embedding size, f filters, width w
/// and p = (w-1)/2:
/// - `cols` [C, c·w]: row j holds the window around character j in the weight's own
///   order, column ch·w + k = e_{j+k-p}[ch], zero where j+k-p falls outside j's word;
/// - `conv` [C, f] = cols · W + b, with W [f, c, w] read as [f, c·w] (transposed in the
///   product);
/// - `argmax` [N, f]: the row of `conv` holding each word's maximum, per filter (the
///   first one on ties);
/// - backward work: `dConv` [C, f] (nonzero only at the argmax rows), `dCols` [C, c·w].
///
/// Buffers grow to the largest batch seen and are reused. Not thread-safe.
final class CharCNN {
    let table: Parameter
    let weight: Parameter
    let bias: Parameter
    let vocabularySize: Int
    let embeddingDim: Int
    let filters: Int
    let width: Int

    private let cols = Buffer(count: 0), conv = Buffer(count: 0)
    private let dConv = Buffer(count: 0), dCols = Buffer(count: 0)
    private var argmax: [Int32] = []

    init(vocabularySize: Int, config: CharCNNConfig, parameters: ParameterSet) {
        precondition(config.width > 0 && config.width % 2 == 1, "CharCNN: the width must be odd, found \(config.width)")
        self.vocabularySize = vocabularySize
        embeddingDim = config.embeddingDim
        filters = config.filters
        width = config.width
        table = parameters.declare("char_embedding.weight", shape: [vocabularySize, config.embeddingDim])
        weight = parameters.declare("char_cnn.weight", shape: [config.filters, config.embeddingDim, config.width])
        bias = parameters.declare("char_cnn.bias", shape: [config.filters])
    }

    /// Writes the features of the N words into `features` [N, f] (row stride `stride`).
    /// - Parameters:
    ///   - chars: character ids [C]; word n's are `chars[offsets[n] ..< offsets[n+1]]`.
    ///   - offsets: [N + 1], `offsets[0] = 0`, every word at least one character.
    func forward(_ p: ParameterSet, chars: UnsafePointer<Int32>, offsets: UnsafePointer<Int32>, n: Int,
                 features: UnsafeMutablePointer<Float>, stride: Int) {
        let C = Int(offsets[n]), cw = embeddingDim * width, f = filters
        cols.ensureCapacity(C * cw)
        conv.ensureCapacity(C * f)
        if argmax.count < n * f { argmax = Array(repeating: 0, count: n * f) }
        gather(p, chars: chars, offsets: offsets, n: n)
        sgemm(transB: true, m: C, n: f, k: cw, a: cols.pointer, lda: cw, b: p.value(weight), ldb: cw,
              beta: 0, c: conv.pointer, ldc: f)
        addRowBias(conv.pointer, rows: C, n: f, ld: f, bias: p.value(bias))
        argmax.withUnsafeMutableBufferPointer { best in
            for word in 0..<n {
                let first = Int(offsets[word]), end = Int(offsets[word + 1])
                let out = features + word * stride, at = best.baseAddress! + word * f
                out.update(from: conv.pointer + first * f, count: f)
                for o in 0..<f { at[o] = Int32(first) }
                for j in (first + 1)..<end {
                    let row = conv.pointer + j * f
                    for o in 0..<f where row[o] > out[o] {
                        out[o] = row[o]
                        at[o] = Int32(j)
                    }
                }
            }
        }
    }

    /// Adds the gradient of `dFeatures` [N, f] (row stride `stride`) into the three
    /// parameters' gradients. Needs the same `chars` and `offsets` as the last `forward`.
    func backward(_ p: ParameterSet, chars: UnsafePointer<Int32>, offsets: UnsafePointer<Int32>, n: Int,
                  dFeatures: UnsafePointer<Float>, stride: Int) {
        let C = Int(offsets[n]), cw = embeddingDim * width, f = filters
        dConv.ensureCapacity(C * f)
        dConv.zero(C * f)
        dCols.ensureCapacity(C * cw)
        // The max routes each word's gradient to its argmax row; each (row, filter) is
        // the argmax of at most one word, so this sets rather than adds.
        argmax.withUnsafeBufferPointer { best in
            for word in 0..<n {
                let d = dFeatures + word * stride, at = best.baseAddress! + word * f
                for o in 0..<f { dConv.pointer[Int(at[o]) * f + o] = d[o] }
            }
        }
        addColumnSums(dFeatures, rows: n, n: f, ld: stride, into: p.gradient(bias))
        sgemm(transA: true, m: f, n: cw, k: C, a: dConv.pointer, lda: f, b: cols.pointer, ldb: cw,
              beta: 1, c: p.gradient(weight), ldc: cw)
        sgemm(m: C, n: cw, k: f, a: dConv.pointer, lda: f, b: p.value(weight), ldb: cw,
              beta: 0, c: dCols.pointer, ldc: cw)
        scatter(p, chars: chars, offsets: offsets, n: n)
    }

    /// Fills `cols` (im2col): for each character j and each tap k, the embedding of the
    /// character at j+k-p of the same word, or zeros past the word's ends.
    private func gather(_ p: ParameterSet, chars: UnsafePointer<Int32>, offsets: UnsafePointer<Int32>, n: Int) {
        let c = embeddingDim, w = width, cw = c * w, half = (w - 1) / 2, e = p.value(table)
        for word in 0..<n {
            let first = Int(offsets[word]), end = Int(offsets[word + 1])
            for j in first..<end {
                let row = cols.pointer + j * cw
                for k in 0..<w {
                    let s = j + k - half
                    if s < first || s >= end {
                        for ch in 0..<c { row[ch * w + k] = 0 }
                    } else {
                        let src = e + Int(chars[s]) * c
                        for ch in 0..<c { row[ch * w + k] = src[ch] }
                    }
                }
            }
        }
    }

    /// The transpose of `gather`: adds each entry of `dCols` into the embedding gradient
    /// row of the character it was copied from (none for the padding id 0).
    private func scatter(_ p: ParameterSet, chars: UnsafePointer<Int32>, offsets: UnsafePointer<Int32>, n: Int) {
        let c = embeddingDim, w = width, cw = c * w, half = (w - 1) / 2, g = p.gradient(table)
        for word in 0..<n {
            let first = Int(offsets[word]), end = Int(offsets[word + 1])
            for j in first..<end {
                let row = dCols.pointer + j * cw
                for k in 0..<w {
                    let s = j + k - half
                    guard s >= first, s < end, chars[s] != 0 else { continue }
                    let dst = g + Int(chars[s]) * c
                    for ch in 0..<c { dst[ch] += row[ch * w + k] }
                }
            }
        }
    }
}
