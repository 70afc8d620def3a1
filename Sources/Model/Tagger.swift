import Numerics

/// A sequence tagger: embedding (and character CNN features) → packed RNN → linear →
/// log-softmax → masked mean NLL, or with `config.decoder == .crf`, linear → linear-chain
/// CRF (`CRF`: forward-algorithm NLL per real token, Viterbi decoding).
///
/// Buffers (N packed tokens, E embedding, f character filters or 0, D·H RNN output,
/// K tags, C characters of the N tokens), allocated for the largest batch seen and reused:
/// - `embedded` [N, E+f]: word embedding in columns 0..<E, character features in E..<E+f
///   (then `embeddedDropped` when training with dropout),
/// - `packedChars` [C] and `charOffsets` [N+1]: the characters of the packed tokens,
///   token r's at `charOffsets[r] ..< charOffsets[r+1]` (with character features only),
/// - `rnnDropped` [N, D·H] the RNN output after dropout,
/// - `logProbs` [N, K] log-softmax of the tag scores (softmax), or the CRF's log posterior
///   marginals once `logProbabilities()` has computed them (crf),
/// - `emissions` [N, K] the tag scores the CRF reads (crf only),
/// - gradients `dLogProbs` [N, K], `dLogits` [N, K], `dRNN` [N, D·H], `dEmbedded` [N, E+f].
///
/// Dropout (probability `config.dropout`) is applied to the whole RNN input, between RNN
/// layers and to the RNN output, only when `forward(training: true)`.
/// Not thread-safe: one batch at a time (the trainer owns it).
public final class Tagger: @unchecked Sendable {
    public let config: TaggerConfig
    public let parameters = ParameterSet()
    let embedding: Embedding
    let charCNN: CharCNN?
    let rnn: RecurrentStack
    let output: Linear
    let crf: CRF?
    /// Drives dropout; seeded at init, replaceable for resumed runs.
    public var rng: Xoshiro256

    /// The layout of the last batch given to `forward`.
    public private(set) var layout: PackedLayout?
    private var packedIDs: [Int32] = []
    private var packedTargets: [Int32] = []
    private var packedChars: [Int32] = []
    private var charOffsets: [Int32] = []
    private var trainingPass = false
    /// Whether the last pass kept what `backward` needs (not `infer`).
    private var backwardReady = false
    private let embedded = Buffer(count: 0), embeddedDropped = Buffer(count: 0), embeddedMask = Buffer(count: 0)
    private let rnnDropped = Buffer(count: 0), rnnMask = Buffer(count: 0)
    private let logProbs = Buffer(count: 0), emissions = Buffer(count: 0)
    private let dLogProbs = Buffer(count: 0), dLogits = Buffer(count: 0)
    private let dRNN = Buffer(count: 0), dEmbedded = Buffer(count: 0)
    private var rnnOutput: UnsafePointer<Float>?

    /// Builds a tagger with PyTorch's default initialisation drawn from `seed`.
    ///
    /// Parameters are declared in the order `embedding.weight`, then with `config.charCNN`
    /// `char_embedding.weight`, `char_cnn.weight`, `char_cnn.bias`, then `rnn.*`, `output.*`,
    /// then with the CRF decoder `crf.start_transitions`, `crf.end_transitions`, `crf.transitions`.
    /// `config.charVocabSize` is required with `config.charCNN`.
    public init(config: TaggerConfig, seed: UInt64 = 1) {
        self.config = config
        embedding = Embedding(count: config.vocabSize, dimension: config.embeddingDim, parameters: parameters)
        if let cnn = config.charCNN {
            guard let chars = config.charVocabSize else { preconditionFailure("Tagger: charCNN needs charVocabSize") }
            charCNN = CharCNN(vocabularySize: chars, config: cnn, parameters: parameters)
        } else {
            charCNN = nil
        }
        rnn = RecurrentStack(cell: config.cell, inputSize: config.embeddingDim + (config.charCNN?.filters ?? 0),
                             hiddenSize: config.hiddenSize, layers: config.layers, bidirectional: config.bidirectional,
                             dropout: config.dropout, parameters: parameters)
        output = Linear(prefix: "output", inputSize: rnn.outputSize, outputSize: config.numTags, parameters: parameters)
        crf = config.decoder == .crf ? CRF(numTags: config.numTags, parameters: parameters) : nil
        parameters.allocate()
        rng = Xoshiro256(seed: seed)
        assert({ () -> Bool in
            let shapes = Self.parameterShapes(for: config), declared = parameters.parameters
            return shapes?.map(\.name) == declared.map(\.name) && shapes?.map(\.shape) == declared.map(\.shape)
        }(), "Tagger.parameterShapes(for:) disagrees with the declarations of Tagger.init")
        initialise()
    }

    /// The name and shape of every parameter `init(config:)` declares, in its order, without
    /// allocating anything: what a checkpoint must hold to be loaded into such a tagger.
    ///
    /// Returns nil when a shape or the total count of values overflows `Int` (a size no
    /// machine could hold), or when `config.charCNN` is set without `config.charVocabSize`.
    /// Sizes are not otherwise checked (a zero or negative size is returned as it is). The
    /// list has 4 entries per layer and direction: bound `config.layers` before calling.
    public static func parameterShapes(for config: TaggerConfig) -> [(name: String, shape: [Int])]? {
        func product(_ a: Int, _ b: Int) -> Int? {
            let (p, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? nil : p
        }
        func sum(_ a: Int, _ b: Int) -> Int? {
            let (s, overflow) = a.addingReportingOverflow(b)
            return overflow ? nil : s
        }
        var shapes: [(name: String, shape: [Int])] = [("embedding.weight", [config.vocabSize, config.embeddingDim])]
        var inputSize = config.embeddingDim
        if let cnn = config.charCNN {
            guard let chars = config.charVocabSize, let width = sum(config.embeddingDim, cnn.filters) else { return nil }
            shapes += [
                ("char_embedding.weight", [chars, cnn.embeddingDim]),
                ("char_cnn.weight", [cnn.filters, cnn.embeddingDim, cnn.width]),
                ("char_cnn.bias", [cnn.filters]),
            ]
            inputSize = width
        }
        guard let gates = product(config.cell.gateCount, config.hiddenSize),
              let outputSize = product(config.hiddenSize, config.directions) else { return nil }
        for l in 0..<max(config.layers, 0) {
            for d in 0..<config.directions {
                let suffix = "_l\(l)" + (d == 1 ? "_reverse" : "")
                shapes += [
                    ("rnn.weight_ih" + suffix, [gates, l == 0 ? inputSize : outputSize]),
                    ("rnn.weight_hh" + suffix, [gates, config.hiddenSize]),
                    ("rnn.bias_ih" + suffix, [gates]),
                    ("rnn.bias_hh" + suffix, [gates]),
                ]
            }
        }
        shapes += [("output.weight", [config.numTags, outputSize]), ("output.bias", [config.numTags])]
        if config.decoder == .crf {
            shapes += [
                ("crf.start_transitions", [config.numTags]),
                ("crf.end_transitions", [config.numTags]),
                ("crf.transitions", [config.numTags, config.numTags]),
            ]
        }
        // Every tensor's count and their total must fit, as ParameterSet computes them.
        var total = 0
        for (_, shape) in shapes {
            var count = 1
            for size in shape {
                guard let next = product(count, size) else { return nil }
                count = next
            }
            guard let next = sum(total, count) else { return nil }
            total = next
        }
        return shapes
    }

    /// A second tagger over the same weights (shared, not copied) with its own gradients,
    /// activations and dropout generator (seeded with `seed`): the worker for the other half
    /// of a batch in data-parallel training.
    public func replica(seed: UInt64) -> Tagger {
        let copy = Tagger(config: config, seed: seed)
        copy.parameters.shareValues(with: parameters)
        copy.parameters.frozen = parameters.frozen
        return copy
    }

    /// PyTorch's defaults: embeddings N(0, 1) with a zero padding row; convolution weight
    /// and bias U(-1/√(c·w), 1/√(c·w)); RNN weights and biases U(-1/√H, 1/√H); linear
    /// U(-1/√in, 1/√in). The CRF's scores start at zero (allocation zeroes them; no draws),
    /// so an untrained CRF tagger decodes as its emissions' argmax.
    private func initialise() {
        let p = parameters
        for i in 0..<embedding.weight.count { p.value(embedding.weight)[i] = rng.normal() }
        p.value(embedding.weight).update(repeating: 0, count: config.embeddingDim)
        if let cnn = charCNN {
            for i in 0..<cnn.table.count { p.value(cnn.table)[i] = rng.normal() }
            p.value(cnn.table).update(repeating: 0, count: cnn.embeddingDim)
            let bound = 1 / Float(cnn.embeddingDim * cnn.width).squareRoot()
            for q in [cnn.weight, cnn.bias] {
                for i in 0..<q.count { p.value(q)[i] = rng.uniform(-bound, bound) }
            }
        }
        let k = 1 / Float(config.hiddenSize).squareRoot()
        for direction in rnn.layers.joined() {
            for q in direction.parameterList {
                for i in 0..<q.count { p.value(q)[i] = rng.uniform(-k, k) }
            }
        }
        let b = 1 / Float(output.inputSize).squareRoot()
        for q in [output.weight, output.bias] {
            for i in 0..<q.count { p.value(q)[i] = rng.uniform(-b, b) }
        }
    }

    /// Runs the model on a batch of word-id sentences (caller order).
    ///
    /// With `tags`, returns the mean negative log-likelihood per real token (with the CRF:
    /// of each sentence's gold tag sequence, summed and divided by the real tokens);
    /// `backward()` may follow. Without, returns nil (use `logProbabilities()` or `predict`).
    /// - Parameter chars: with character features, `chars[i][t]` is the list of character
    ///   ids of word t of sentence i (at least one each); ignored by a model without them.
    /// - Throws: `BatchError` for an empty batch or sentence, a word id outside the
    ///   vocabulary, a tag id outside 0..<K, tags that do not match the words, or (with
    ///   character features) characters missing, not matching the words, an empty word or
    ///   a character id outside the character vocabulary.
    @discardableResult
    public func forward(words: [[Int]], chars: [[[Int]]]? = nil, tags: [[Int]]? = nil, training: Bool) throws -> Double? {
        try run(words: words, chars: chars, tags: tags, pass: training ? .training : .evaluation)
    }

    /// The forward pass for inference (dropout off), as `forward(training: false)` but keeping
    /// nothing for `backward`, which may not follow; with `table` (from `makeInputTable()`,
    /// made from the current weights), layer 0's input projection is looked up per word.
    /// Returns and throws as `forward`.
    @discardableResult
    public func infer(words: [[Int]], chars: [[[Int]]]? = nil, tags: [[Int]]? = nil, table: InputTable? = nil) throws
        -> Double? {
        try run(words: words, chars: chars, tags: tags, pass: .inference(table))
    }

    /// The table of layer 0's input projections for the current weights (see `InputTable`),
    /// or nil when the model has character features or the table would hold more than
    /// `limit` floats.
    public func makeInputTable(limit: Int = 32 << 20) -> InputTable? {
        guard charCNN == nil, InputTable.size(for: config) <= limit else { return nil }
        return InputTable(tagger: self)
    }

    private enum Pass {
        case training, evaluation, inference(InputTable?)
    }

    private func run(words: [[Int]], chars: [[[Int]]]?, tags: [[Int]]?, pass: Pass) throws -> Double? {
        let training: Bool, table: InputTable?
        switch pass {
        case .training: (training, table) = (true, nil)
        case .evaluation: (training, table) = (false, nil)
        case .inference(let t): (training, table) = (false, t)
        }
        precondition(table.map { $0.config == config } ?? true, "Tagger.infer: the table was made for another model")
        let layout = try PackedLayout(lengths: words.map(\.count))
        try validate(words, limit: config.vocabSize)
        if let tags {
            for i in words.indices where words[i].count != tags[i].count {
                throw BatchError.lengthMismatch(index: i, words: words[i].count, tags: tags[i].count)
            }
            try validate(tags, limit: config.numTags)
        }
        if let cnn = charCNN { try validate(chars, words: words, limit: cnn.vocabularySize) }
        self.layout = layout
        trainingPass = training
        if case .inference = pass { backwardReady = false } else { backwardReady = true }
        let N = layout.tokenCount, K = config.numTags, DH = rnn.outputSize
        packedIDs = layout.pack(words).map { Int32($0) }
        packedTargets = tags.map { layout.pack($0).map { Int32($0) } } ?? []
        let useDropout = training && config.dropout > 0

        var top: UnsafePointer<Float>
        if let table, charCNN == nil {
            top = packedIDs.withUnsafeBufferPointer { rnn.infer(parameters, layout, table: table, ids: $0.baseAddress!) }
        } else {
            top = embedAndRun(layout, chars: chars, training: training, keep: backwardReady)
        }
        if useDropout {
            rnnDropped.ensureCapacity(N * DH); rnnMask.ensureCapacity(N * DH)
            Dropout.forward(x: top, y: rnnDropped.pointer, mask: rnnMask.pointer, count: N * DH, p: config.dropout, rng: &rng)
            top = UnsafePointer(rnnDropped.pointer)
        }
        rnnOutput = top
        if let crf {
            emissions.ensureCapacity(N * K)
            output.forward(parameters, x: top, rows: N, y: emissions.pointer)
            guard tags != nil else { return nil }
            return packedTargets.withUnsafeBufferPointer {
                crf.loss(parameters, layout, emissions: emissions.pointer, targets: $0.baseAddress!)
            }
        }
        logProbs.ensureCapacity(N * K)
        output.forward(parameters, x: top, rows: N, y: logProbs.pointer)
        LogSoftmax.forward(x: logProbs.pointer, y: logProbs.pointer, rows: N, k: K)
        guard tags != nil else { return nil }
        return packedTargets.withUnsafeBufferPointer {
            MaskedNLL.forward(logProbs: logProbs.pointer, targets: $0.baseAddress!, rows: N, k: K)
        }
    }

    /// Embeds the packed batch (words, character features), applies input dropout when
    /// training, and runs the RNN; `keep` keeps what `backward` needs.
    private func embedAndRun(_ layout: PackedLayout, chars: [[[Int]]]?, training: Bool, keep: Bool) -> UnsafePointer<Float> {
        let N = layout.tokenCount, E = config.embeddingDim
        let width = E + (charCNN?.filters ?? 0)
        let useDropout = training && config.dropout > 0
        embedded.ensureCapacity(N * width)
        packedIDs.withUnsafeBufferPointer {
            embedding.forward(parameters, ids: $0.baseAddress!, n: N, out: embedded.pointer, outStride: width)
        }
        if let cnn = charCNN, let chars {
            packChars(chars, layout)
            withPackedChars { ids, offsets in
                cnn.forward(parameters, chars: ids, offsets: offsets, n: N, features: embedded.pointer + E, stride: width)
            }
        }
        var rnnInput = UnsafePointer(embedded.pointer)
        if useDropout {
            embeddedDropped.ensureCapacity(N * width); embeddedMask.ensureCapacity(N * width)
            Dropout.forward(x: embedded.pointer, y: embeddedDropped.pointer, mask: embeddedMask.pointer,
                            count: N * width, p: config.dropout, rng: &rng)
            rnnInput = UnsafePointer(embeddedDropped.pointer)
        }
        return keep ? rnn.forward(parameters, layout, x: rnnInput, training: training, rng: &rng)
            : rnn.infer(parameters, layout, x: rnnInput)
    }

    /// Adds the gradient of the last `forward`'s loss into `parameters.gradients`.
    /// Call `parameters.zeroGradients()` first unless accumulating over batches.
    public func backward() {
        guard let layout, let top = rnnOutput, !packedTargets.isEmpty, backwardReady else {
            preconditionFailure("Tagger.backward needs a forward (not infer) with tags first")
        }
        let N = layout.tokenCount, E = config.embeddingDim, K = config.numTags, DH = rnn.outputSize
        let width = E + (charCNN?.filters ?? 0)
        let useDropout = trainingPass && config.dropout > 0
        for b in [dLogProbs, dLogits] { b.ensureCapacity(N * K); b.zero(N * K) }
        dRNN.ensureCapacity(N * DH); dRNN.zero(N * DH)
        dEmbedded.ensureCapacity(N * width); dEmbedded.zero(N * width)

        if let crf {
            packedTargets.withUnsafeBufferPointer {
                crf.backward(parameters, layout, emissions: emissions.pointer, targets: $0.baseAddress!,
                             dEmissions: dLogits.pointer)
            }
        } else {
            packedTargets.withUnsafeBufferPointer {
                MaskedNLL.backward(targets: $0.baseAddress!, rows: N, k: K, dLogProbs: dLogProbs.pointer)
            }
            LogSoftmax.backward(y: logProbs.pointer, dy: dLogProbs.pointer, dx: dLogits.pointer, rows: N, k: K)
        }
        output.backward(parameters, x: top, rows: N, dy: dLogits.pointer, dx: dRNN.pointer)
        if useDropout {
            let m = rnnMask.pointer, d = dRNN.pointer
            for i in 0..<(N * DH) { d[i] *= m[i] }
        }
        rnn.backward(parameters, layout, dOut: dRNN.pointer, dX: dEmbedded.pointer)
        if useDropout {
            let m = embeddedMask.pointer, d = dEmbedded.pointer
            for i in 0..<(N * width) { d[i] *= m[i] }
        }
        packedIDs.withUnsafeBufferPointer {
            embedding.backward(parameters, ids: $0.baseAddress!, n: N, dOut: dEmbedded.pointer, outStride: width)
        }
        if let cnn = charCNN {
            withPackedChars { ids, offsets in
                cnn.backward(parameters, chars: ids, offsets: offsets, n: N, dFeatures: dEmbedded.pointer + E, stride: width)
            }
        }
    }

    /// Log-probabilities of the last `forward`, per sentence in the caller's order:
    /// `[sentence][token][tag]`.
    ///
    /// With the CRF these are the log posterior marginals `log p(y_t = k | sentence)` (by
    /// the forward–backward algorithm, from the current CRF parameters): each token's
    /// confidence in each tag with the whole sentence taken into account. The Viterbi path
    /// of `predictedTags()` need not take each token's most probable tag.
    public func logProbabilities() -> [[[Float]]] {
        guard let layout else { return [] }
        let K = config.numTags
        if let crf {
            logProbs.ensureCapacity(layout.tokenCount * K)
            crf.logMarginals(parameters, layout, emissions: emissions.pointer, out: logProbs.pointer)
        }
        return layout.lengths.indices.map { i in
            (0..<layout.lengths[i]).map { t in
                let row = logProbs.pointer + layout.row(sentence: i, position: t) * K
                return Array(UnsafeBufferPointer(start: row, count: K))
            }
        }
    }

    /// The most probable tag id of every token (with the CRF: the most probable tag
    /// sequence), per sentence in the caller's order (dropout off). `chars` as in `forward`.
    public func predict(_ words: [[Int]], chars: [[[Int]]]? = nil) throws -> [[Int]] {
        try forward(words: words, chars: chars, training: false)
        return predictedTags()
    }

    /// The most probable tag id of every token of the last `forward`, per sentence in the
    /// caller's order (the first on ties). With the CRF, the Viterbi path of each sentence
    /// under the current CRF parameters (lowest tag ids on ties).
    public func predictedTags() -> [[Int]] {
        guard let layout else { return [] }
        if let crf { return crf.decode(parameters, layout, emissions: emissions.pointer) }
        let K = config.numTags
        return layout.lengths.indices.map { i in
            (0..<layout.lengths[i]).map { t in
                let row = logProbs.pointer + layout.row(sentence: i, position: t) * K
                var best = 0
                for k in 1..<K where row[k] > row[best] { best = k }
                return best
            }
        }
    }

    /// The RNN's top-layer output for the last forward, unpacked to the padded view
    /// [B, T, D·H] in the caller's order (zeros at padding), as `pad_packed_sequence` gives.
    public func paddedRNNOutput() -> [Float] {
        guard let layout, let top = rnnOutput else { return [] }
        return layout.unpackPadded(top, width: rnn.outputSize)
    }

    /// Flattens the characters of the packed tokens, in packed order, into `packedChars`
    /// and `charOffsets` (arrays kept between batches).
    private func packChars(_ chars: [[[Int]]], _ layout: PackedLayout) {
        packedChars.removeAll(keepingCapacity: true)
        charOffsets.removeAll(keepingCapacity: true)
        charOffsets.append(0)
        for t in 0..<layout.maxLength {
            for s in 0..<layout.batchSizes[t] {
                for id in chars[layout.order[s]][t] { packedChars.append(Int32(id)) }
                charOffsets.append(Int32(packedChars.count))
            }
        }
    }

    private func withPackedChars(_ body: (UnsafePointer<Int32>, UnsafePointer<Int32>) -> Void) {
        packedChars.withUnsafeBufferPointer { ids in
            charOffsets.withUnsafeBufferPointer { offsets in body(ids.baseAddress!, offsets.baseAddress!) }
        }
    }

    /// Checks that `chars` has one non-empty list of ids in 0..<limit per word.
    private func validate(_ chars: [[[Int]]]?, words: [[Int]], limit: Int) throws {
        guard let chars else { throw BatchError.missingChars }
        guard chars.count == words.count else { throw BatchError.charSentencesMismatch(words: words.count, chars: chars.count) }
        for i in words.indices {
            guard chars[i].count == words[i].count else {
                throw BatchError.charWordsMismatch(index: i, words: words[i].count, chars: chars[i].count)
            }
            for (t, word) in chars[i].enumerated() {
                if word.isEmpty { throw BatchError.emptyWord(index: i, position: t) }
                for (k, id) in word.enumerated() where id < 0 || id >= limit {
                    throw BatchError.charOutOfRange(index: i, position: t, char: k, id: id, limit: limit)
                }
            }
        }
    }

    private func validate(_ sentences: [[Int]], limit: Int) throws {
        for (i, s) in sentences.enumerated() {
            for (t, id) in s.enumerated() where id < 0 || id >= limit {
                throw BatchError.idOutOfRange(index: i, position: t, id: id, limit: limit)
            }
        }
    }
}
