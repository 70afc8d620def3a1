import Dispatch
import Numerics

/// A multi-layer, optionally bidirectional LSTM or GRU over a packed batch, with
/// PyTorch's parameter names, shapes and gate order, and its between-layer dropout.
///
/// Buffers (N packed tokens, H hidden, D directions):
/// - `outputs[l]` [N, D·H]: layer l's output, forward direction in columns 0..<H and the
///   reverse direction in H..<2H (as `torch.nn.LSTM` concatenates them).
/// - `dropped[l]`, `masks[l]` [N, D·H]: layer l's output after dropout, the input of
///   layer l+1 (only when training with dropout > 0 and l < layers-1).
public final class RecurrentStack {
    let cell: CellKind
    let inputSize: Int
    let hiddenSize: Int
    let layerCount: Int
    public let directionCount: Int
    let dropout: Float
    let layers: [[RecurrentDirection]]

    private let outputs: [Buffer]
    private let dropped: [Buffer]
    private let masks: [Buffer]
    private let dInputs: [Buffer]
    private var droppedOut: [Bool]
    /// The reverse direction's input gradient [N, In] while both directions run at once.
    private let reverseDInput = Buffer(count: 0)
    private var lastInput: UnsafePointer<Float>?

    public init(cell: CellKind, inputSize: Int, hiddenSize: Int, layers: Int, bidirectional: Bool,
         dropout: Float, parameters: ParameterSet) {
        self.cell = cell
        self.inputSize = inputSize
        self.hiddenSize = hiddenSize
        self.layerCount = layers
        self.directionCount = bidirectional ? 2 : 1
        self.dropout = dropout
        var built: [[RecurrentDirection]] = []
        for l in 0..<layers {
            let inSize = l == 0 ? inputSize : hiddenSize * directionCount
            built.append((0..<directionCount).map { d in
                RecurrentDirection(cell: cell, inputSize: inSize, hiddenSize: hiddenSize, reverse: d == 1,
                                   layer: l, parameters: parameters)
            })
        }
        self.layers = built
        outputs = (0..<layers).map { _ in Buffer(count: 0) }
        dropped = (0..<layers).map { _ in Buffer(count: 0) }
        masks = (0..<layers).map { _ in Buffer(count: 0) }
        dInputs = (0..<layers).map { _ in Buffer(count: 0) }
        droppedOut = Array(repeating: false, count: layers)
    }

    public var outputSize: Int { hiddenSize * directionCount }

    /// Runs `body` for each direction of layer `l`; the two directions of a bidirectional
    /// layer run at once on two threads (they share no buffer: each has its own
    /// activations, its own column block of the output and its own parameter gradients).
    private func bothDirections(_ l: Int, _ body: (Int, RecurrentDirection) -> Void) {
        let directions = layers[l]
        if directions.count == 2 {
            withoutActuallyEscaping(body) { body in
                let work = UncheckedSendable((body, directions))
                DispatchQueue.concurrentPerform(iterations: 2) { d in work.value.0(d, work.value.1[d]) }
            }
        } else {
            body(0, directions[0])
        }
    }

    /// Runs every layer; returns the top layer's output [N, D·H] (valid until the next call).
    /// - Parameter x: packed input [N, inputSize]; must stay valid until `backward`.
    public func forward(_ p: ParameterSet, _ layout: PackedLayout, x: UnsafePointer<Float>,
                 training: Bool, rng: inout Xoshiro256) -> UnsafePointer<Float> {
        lastInput = x
        return run(p, layout, first: { _ in .input(x) }, training: training, forBackward: true, rng: &rng)
    }

    /// Inference from layer 0's input projections looked up in `table` by the packed word
    /// `ids` [N] (no dropout; no `backward` may follow). Returns as `forward`.
    func infer(_ p: ParameterSet, _ layout: PackedLayout, table: InputTable, ids: UnsafePointer<Int32>)
        -> UnsafePointer<Float> {
        lastInput = nil
        var unused = Xoshiro256(seed: 0)
        return run(p, layout, first: { .table(table.directions[$0].pointer, ids: ids) }, training: false,
                   forBackward: false, rng: &unused)
    }

    /// Inference from the packed input x [N, inputSize], keeping nothing for `backward`
    /// (which may not follow). Returns as `forward`.
    func infer(_ p: ParameterSet, _ layout: PackedLayout, x: UnsafePointer<Float>) -> UnsafePointer<Float> {
        lastInput = nil
        var unused = Xoshiro256(seed: 0)
        return run(p, layout, first: { _ in .input(x) }, training: false, forBackward: false, rng: &unused)
    }

    /// The layers in turn; `first(d)` is layer 0's projection source for direction d.
    private func run(_ p: ParameterSet, _ layout: PackedLayout, first: (Int) -> RecurrentDirection.Projection,
                     training: Bool, forBackward: Bool, rng: inout Xoshiro256) -> UnsafePointer<Float> {
        let N = layout.tokenCount, width = outputSize
        var input: UnsafePointer<Float>?
        for l in 0..<layerCount {
            let out = outputs[l]
            out.ensureCapacity(N * width)
            let projections = (0..<directionCount).map { d in input.map { .input($0) } ?? first(d) }
            bothDirections(l) { d, direction in
                direction.forward(p, layout, projection: projections[d], out: out.pointer + d * hiddenSize,
                                  outStride: width, forBackward: forBackward)
            }
            input = UnsafePointer(out.pointer)
            droppedOut[l] = training && dropout > 0 && l < layerCount - 1
            if droppedOut[l] {
                dropped[l].ensureCapacity(N * width)
                masks[l].ensureCapacity(N * width)
                Dropout.forward(x: out.pointer, y: dropped[l].pointer, mask: masks[l].pointer,
                                count: N * width, p: dropout, rng: &rng)
                input = UnsafePointer(dropped[l].pointer)
            }
        }
        return input!
    }

    /// Backpropagates `dOut` [N, D·H] through every layer; adds into the parameter
    /// gradients and, when given, into `dX` [N, inputSize].
    public func backward(_ p: ParameterSet, _ layout: PackedLayout, dOut: UnsafePointer<Float>, dX: UnsafeMutablePointer<Float>?) {
        guard let x = lastInput else { preconditionFailure("RecurrentStack.backward before forward") }
        let N = layout.tokenCount, width = outputSize
        var dTop = dOut
        for l in stride(from: layerCount - 1, through: 0, by: -1) {
            let input: UnsafePointer<Float> =
                l == 0 ? x : UnsafePointer(droppedOut[l - 1] ? dropped[l - 1].pointer : outputs[l - 1].pointer)
            let dInput: UnsafeMutablePointer<Float>?
            if l == 0 {
                dInput = dX
            } else {
                dInputs[l].ensureCapacity(N * width)
                dInputs[l].zero(N * width)
                dInput = dInputs[l].pointer
            }
            // The reverse direction adds its input gradient into a buffer of its own while
            // both run, then into `dInput`: the same sum in the same order on every run.
            let inSize = layers[l][0].inputSize
            if directionCount == 2, dInput != nil {
                reverseDInput.ensureCapacity(N * inSize)
                reverseDInput.zero(N * inSize)
            }
            let top = dTop
            bothDirections(l) { d, direction in
                let target = d == 1 && dInput != nil ? reverseDInput.pointer : dInput
                direction.backward(p, layout, x: input, dOut: top + d * hiddenSize, outStride: width, dX: target)
            }
            if directionCount == 2, let dInput {
                let r = reverseDInput.pointer
                for i in 0..<(N * inSize) { dInput[i] += r[i] }
            }
            if l > 0, let dInput {
                if droppedOut[l - 1] {
                    // Through the dropout mask, in place: the buffer is ours.
                    let m = masks[l - 1].pointer
                    for i in 0..<(N * width) { dInput[i] *= m[i] }
                }
                dTop = UnsafePointer(dInput)
            }
        }
    }
}
