import Numerics

/// A lookup table [V, E]; row 0 is padding and stays zero (it never gets a gradient).
struct Embedding {
    let weight: Parameter
    let count: Int
    let dimension: Int

    init(name: String = "embedding.weight", count: Int, dimension: Int, parameters: ParameterSet) {
        self.count = count
        self.dimension = dimension
        weight = parameters.declare(name, shape: [count, dimension])
    }

    /// `out[n, :] = W[ids[n], :]` for the N packed ids.
    func forward(_ p: ParameterSet, ids: UnsafePointer<Int32>, n: Int, out: UnsafeMutablePointer<Float>, outStride: Int) {
        let w = p.value(weight), E = dimension
        for i in 0..<n {
            (out + i * outStride).update(from: w + Int(ids[i]) * E, count: E)
        }
    }

    /// Adds `dOut[n, :]` into the gradient row of `ids[n]`: only rows used get a gradient,
    /// and the padding row none.
    func backward(_ p: ParameterSet, ids: UnsafePointer<Int32>, n: Int, dOut: UnsafePointer<Float>, outStride: Int) {
        let g = p.gradient(weight), E = dimension
        for i in 0..<n {
            let id = Int(ids[i])
            guard id != 0 else { continue }
            let row = g + id * E, d = dOut + i * outStride
            for j in 0..<E { row[j] += d[j] }
        }
    }
}
