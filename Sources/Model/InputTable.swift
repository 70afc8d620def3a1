import Numerics

/// Layer 0's input projection of every vocabulary word, for inference: with word embeddings
/// alone as the RNN input (no character features) and no dropout, the projection
/// W_ih·e_w + b_ih (+ b_hh for the LSTM, as `RecurrentDirection.forward` adds it) depends on
/// the word only, so a table [V, G] per direction, computed once, replaces the batch's
/// largest matrix product with a row lookup per token.
///
/// The table is a snapshot of the weights it was made from: make a new one after they change
/// (`Predictor.refresh()` does). Values agree with the per-batch product up to rounding.
public final class InputTable: @unchecked Sendable {
    /// Per direction of layer 0: [V, G].
    let directions: [Buffer]
    /// The configuration it was made for (a table fits only a tagger of the same shape).
    let config: TaggerConfig

    /// Builds the table of `tagger`'s current weights.
    init(tagger: Tagger) {
        config = tagger.config
        let p = tagger.parameters, embedding = tagger.embedding
        let V = embedding.count, E = embedding.dimension
        precondition(tagger.rnn.layers[0].allSatisfy { $0.inputSize == E }, "InputTable: layer 0 reads more than words")
        directions = tagger.rnn.layers[0].map { d in
            let table = Buffer(count: V * d.cell.gateCount * d.hiddenSize)
            d.project(p, p.value(embedding.weight), rows: V, into: table.pointer)
            return table
        }
    }

    /// Floats a table for `config` holds: V·G per direction.
    static func size(for config: TaggerConfig) -> Int {
        config.vocabSize * config.cell.gateCount * config.hiddenSize * config.directions
    }
}
