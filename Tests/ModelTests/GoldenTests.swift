import Foundation
import Testing
@testable import Model
import Training

/// The whole tagger against PyTorch 2.13 on the same weights and batch: the unpacked RNN
/// output, log-probabilities, loss and every parameter gradient
/// (fixtures: `Tests/ModelTests/Fixtures`, made by `scripts/make_golden.py`).
struct GoldenTests {
    static let cases = ["lstm_l1_uni", "lstm_l2_bi", "gru_l1_uni", "gru_l2_bi", "lstm_l1_bi_ties", "gru_l1_bi_single",
                        "lstm_l2_bi_char", "gru_l1_uni_char"]
    /// |a - b| ≤ 1e-4·|b| + 1e-6: PyTorch's own float32 model meets this on every case.
    static let relative: Float = 1e-4, absolute: Float = 1e-6

    /// The largest |a - b| over the tolerance of the entries, and a message naming the tensor.
    static func compare(_ name: String, _ ours: [Float], _ theirs: [Float]) -> String? {
        guard ours.count == theirs.count else { return "\(name): \(ours.count) values, PyTorch has \(theirs.count)" }
        var worst = 0, worstExcess: Float = 0, largest: Float = 0
        for i in ours.indices {
            let diff = abs(ours[i] - theirs[i])
            largest = max(largest, diff)
            let excess = diff - (relative * abs(theirs[i]) + absolute)
            if excess > worstExcess { worstExcess = excess; worst = i }
        }
        guard worstExcess > 0 else { return nil }
        return "\(name): largest difference \(largest); at [\(worst)] ours \(ours[worst]), PyTorch \(theirs[worst])"
    }

    @Test(arguments: cases)
    func forwardAndBackwardEqualPyTorch(_ name: String) throws {
        let url = packageRoot.appendingPathComponent("Tests/ModelTests/Fixtures/\(name).safetensors")
        let file = try SafetensorsFile(contentsOf: url)
        let meta = file.metadata
        // Character features when the fixture has them (`char_*` metadata, `input.chars`).
        let charCNN = meta["char_filters"].map { filters in
            CharCNNConfig(embeddingDim: Int(meta["char_embedding_dim"]!)!, filters: Int(filters)!, width: Int(meta["char_width"]!)!)
        }
        let config = TaggerConfig(
            cell: CellKind(rawValue: meta["cell"]!)!, layers: Int(meta["layers"]!)!,
            bidirectional: meta["bidirectional"] == "true", embeddingDim: Int(meta["embedding_dim"]!)!,
            hiddenSize: Int(meta["hidden_size"]!)!, charCNN: charCNN, numTags: Int(meta["num_tags"]!)!,
            vocabSize: Int(meta["vocab_size"]!)!, charVocabSize: meta["char_vocab_size"].map { Int($0)! })
        let tagger = Tagger(config: config)
        let weights = SafetensorsFile(tagger.parameters.parameters.map { ($0.name, file.tensors[$0.name]!) })
        try loadParameters(into: tagger.parameters, from: weights, fileName: url.lastPathComponent)

        let lengths = file.tensors["input.lengths"]!.ints()
        let T = lengths.max()!
        let paddedWords = file.tensors["input.words"]!.ints(), paddedTags = file.tensors["input.tags"]!.ints()
        let words = lengths.enumerated().map { i, n in Array(paddedWords[(i * T)..<(i * T + n)]) }
        let tags = lengths.enumerated().map { i, n in Array(paddedTags[(i * T)..<(i * T + n)]) }
        // input.chars [B, T, M]: each word's ids (>= 1) padded with 0.
        let chars = file.tensors["input.chars"].map { tensor in
            let M = tensor.shape[2], ids = tensor.ints()
            return lengths.enumerated().map { i, n in
                (0..<n).map { t in ids[((i * T + t) * M)..<((i * T + t + 1) * M)].filter { $0 != 0 } }
            }
        }

        // Our packing is PyTorch's.
        let layout = try PackedLayout(lengths: lengths)
        #expect(layout.batchSizes == file.tensors["packed.batch_sizes"]!.ints())
        #expect(layout.order == file.tensors["packed.sorted_indices"]!.ints())

        tagger.parameters.zeroGradients()
        let loss = try tagger.forward(words: words, chars: chars, tags: tags, training: false)!
        tagger.backward()
        var failures: [String] = []
        let expectedLoss = Double(meta["loss"]!)!
        if abs(loss - expectedLoss) > 1e-4 * abs(expectedLoss) { failures.append("loss: ours \(loss), PyTorch \(expectedLoss)") }
        failures += [Self.compare("out.rnn", tagger.paddedRNNOutput(), file.tensors["out.rnn"]!.floats())].compactMap { $0 }
        // Log-probabilities at real tokens (PyTorch also computes them at padding; we never do).
        let K = config.numTags, theirs = file.tensors["out.log_probs"]!.floats()
        let ours = tagger.logProbabilities()
        var a: [Float] = [], b: [Float] = []
        for i in lengths.indices { for t in 0..<lengths[i] {
            a += ours[i][t]; b += theirs[((i * T) + t) * K ..< ((i * T) + t + 1) * K]
        } }
        failures += [Self.compare("out.log_probs", a, b)].compactMap { $0 }
        for p in tagger.parameters.parameters {
            failures += [Self.compare("grad." + p.name, tagger.parameters.gradientArray(p),
                                      file.tensors["grad." + p.name]!.floats())].compactMap { $0 }
        }
        #expect(failures.isEmpty, "\(name):\n\(failures.joined(separator: "\n"))")
    }
}
