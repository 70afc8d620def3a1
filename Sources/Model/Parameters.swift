import Numerics

/// One named tensor inside a `ParameterSet`: a slice of its single allocation.
public struct Parameter: Sendable, Equatable {
    /// PyTorch's name for the tensor, e.g. `rnn.weight_ih_l0_reverse`.
    public let name: String
    /// Row-major shape, e.g. [4H, in].
    public let shape: [Int]
    /// Offset of the first value in the set's `values` and `gradients`.
    public let offset: Int
    public var count: Int { shape.reduce(1, *) }
}

/// All trainable tensors of a model in one allocation, with their gradients in a second
/// allocation of the same layout.
///
/// Layers keep `Parameter` handles and read `values.pointer + offset`; optimisers and
/// gradient clipping treat the whole set as one flat vector; checkpoints walk `parameters`
/// in order. Gradients are *added* into by every backward function and cleared by
/// `zeroGradients()` before each batch.
public final class ParameterSet: @unchecked Sendable {
    public private(set) var parameters: [Parameter] = []
    public private(set) var values = Buffer(count: 0)
    public private(set) var gradients = Buffer(count: 0)
    /// Parameters excluded from optimisation (e.g. frozen pretrained embeddings).
    public var frozen: Set<String> = []
    private var pending: [(name: String, shape: [Int])] = []
    private var sealed = false

    public init() {}

    /// Declares a tensor; returns its handle. All declarations come before `allocate()`.
    @discardableResult
    public func declare(_ name: String, shape: [Int]) -> Parameter {
        precondition(!sealed, "ParameterSet: declare after allocate")
        precondition(!parameters.contains { $0.name == name }, "ParameterSet: duplicate name \(name)")
        let offset = parameters.last.map { $0.offset + $0.count } ?? 0
        let p = Parameter(name: name, shape: shape, offset: offset)
        parameters.append(p)
        return p
    }

    /// Allocates values and gradients (zeroed) for everything declared.
    public func allocate() {
        precondition(!sealed, "ParameterSet: allocate twice")
        sealed = true
        values = Buffer(count: totalCount)
        gradients = Buffer(count: totalCount)
    }

    public var totalCount: Int { parameters.last.map { $0.offset + $0.count } ?? 0 }

    public subscript(name: String) -> Parameter? { parameters.first { $0.name == name } }

    @inline(__always) public func value(_ p: Parameter) -> UnsafeMutablePointer<Float> { values.pointer + p.offset }
    @inline(__always) public func gradient(_ p: Parameter) -> UnsafeMutablePointer<Float> { gradients.pointer + p.offset }

    /// Makes this set's values those of `other`: the same buffer, not a copy, so an update
    /// of either is seen by both; the gradients stay this set's own. The second worker of
    /// data-parallel training computes its gradients so. The sets must declare the same
    /// tensors.
    public func shareValues(with other: ParameterSet) {
        precondition(parameters == other.parameters, "ParameterSet.shareValues: the sets differ")
        values = other.values
    }

    /// Clears every gradient (on both cores for a big set).
    public func zeroGradients() {
        zeroGradients(in: 0..<totalCount)
    }

    /// Clears the gradients when only `touched.rows` of `touched.tensor` can be non-zero:
    /// every other tensor in full, and just those rows of that one.
    public func zeroGradients(_ touched: TouchedRows) {
        for range in touched.otherRanges(totalCount) { zeroGradients(in: range) }
        let g = gradients.pointer, width = touched.width
        for row in touched.rows { (g + touched.tensor.offset + row * width).update(repeating: 0, count: width) }
    }

    /// Clears the gradients of a flat range (on both cores when it is big).
    private func zeroGradients(in range: Range<Int>) {
        let g = gradients.pointer + range.lowerBound
        Parallel.run(count: range.count) { part in
            let r = Parallel.piece(part, of: Parallel.parts, count: range.count)
            (g + r.lowerBound).update(repeating: 0, count: r.count)
        }
    }

    /// The tensor's values as an array (tests, checkpoints).
    public func array(_ p: Parameter) -> [Float] { Array(UnsafeBufferPointer(start: value(p), count: p.count)) }
    public func gradientArray(_ p: Parameter) -> [Float] { Array(UnsafeBufferPointer(start: gradient(p), count: p.count)) }

    /// Overwrites a tensor's values; `values.count` must equal the tensor's size.
    public func set(_ p: Parameter, _ newValues: [Float]) {
        precondition(newValues.count == p.count, "ParameterSet.set: \(p.name) expects \(p.count) values, got \(newValues.count)")
        newValues.withUnsafeBufferPointer { value(p).update(from: $0.baseAddress!, count: p.count) }
    }
}

/// The rows of one matrix-shaped tensor that a batch used: the only rows of its gradient
/// that can be non-zero (an embedding table's rows of the batch's words). The passes over
/// the whole gradient (zeroing, the norm, clipping, the optimiser step) visit only these
/// rows of that tensor, so their cost does not grow with the vocabulary.
public struct TouchedRows: Sendable, Equatable {
    public let tensor: Parameter
    /// Row indices, ascending and distinct.
    public let rows: [Int]

    /// - Parameter rows: row indices in any order, repeats allowed; each in 0..<shape[0].
    public init(tensor: Parameter, rows: some Sequence<Int>) {
        precondition(tensor.shape.count == 2, "TouchedRows: \(tensor.name) is not a matrix")
        self.tensor = tensor
        var sorted = Array(rows)
        sorted.sort()
        var unique: [Int] = []
        unique.reserveCapacity(sorted.count)
        for r in sorted where unique.last != r {
            precondition(r >= 0 && r < tensor.shape[0], "TouchedRows: row \(r) outside \(tensor.name)")
            unique.append(r)
        }
        self.rows = unique
    }

    /// Values per row.
    public var width: Int { tensor.shape[1] }

    /// The flat ranges of a set of `total` values outside this tensor (none, one or two).
    public func otherRanges(_ total: Int) -> [Range<Int>] {
        [0..<tensor.offset, (tensor.offset + tensor.count)..<total].filter { !$0.isEmpty }
    }
}
