import Numerics

/// `y = x · Wᵀ + b` with W [out, in] and b [out] (PyTorch's `nn.Linear`).
struct Linear {
    let weight: Parameter
    let bias: Parameter
    let inputSize: Int
    let outputSize: Int

    init(prefix: String, inputSize: Int, outputSize: Int, parameters: ParameterSet) {
        self.inputSize = inputSize
        self.outputSize = outputSize
        weight = parameters.declare(prefix + ".weight", shape: [outputSize, inputSize])
        bias = parameters.declare(prefix + ".bias", shape: [outputSize])
    }

    /// x [rows, in] → y [rows, out].
    func forward(_ p: ParameterSet, x: UnsafePointer<Float>, rows: Int, y: UnsafeMutablePointer<Float>) {
        sgemm(transB: true, m: rows, n: outputSize, k: inputSize, a: x, lda: inputSize,
              b: p.value(weight), ldb: inputSize, beta: 0, c: y, ldc: outputSize)
        addRowBias(y, rows: rows, n: outputSize, ld: outputSize, bias: p.value(bias))
    }

    /// Adds into dW, db and (when given) dx [rows, in].
    func backward(_ p: ParameterSet, x: UnsafePointer<Float>, rows: Int, dy: UnsafePointer<Float>,
                  dx: UnsafeMutablePointer<Float>?) {
        sgemm(transA: true, m: outputSize, n: inputSize, k: rows, a: dy, lda: outputSize, b: x, ldb: inputSize,
              beta: 1, c: p.gradient(weight), ldc: inputSize)
        addColumnSums(dy, rows: rows, n: outputSize, ld: outputSize, into: p.gradient(bias))
        if let dx {
            sgemm(m: rows, n: inputSize, k: outputSize, a: dy, lda: outputSize, b: p.value(weight), ldb: inputSize,
                  beta: 1, c: dx, ldc: inputSize)
        }
    }
}
