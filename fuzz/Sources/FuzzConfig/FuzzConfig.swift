import Foundation
import FuzzSupport
import Model
import Training

/// config.json of a model directory, through `ModelDirectory.load` (the config decoder is
/// private): the input is the config; vocab.json is a fixed valid one for a 4-word, 3-tag
/// model with 4 characters, and model.safetensors holds the weights of the seed `char.json`
/// (a 2-layer bidirectional LSTM, E = H = 8, character CNN 3×4×3). Beyond not crashing:
/// every error is one clean line, and a config that loads builds a tagger (allocating what
/// the weights hold, no more) that takes the weights.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafeRawPointer, _ count: Int) -> CInt {
    _ = fixedFiles
    _ = scratchFile(UnsafeRawBufferPointer(start: data, count: count), name: "config.json")
    let loaded = outcome { try ModelDirectory.load(from: URL(fileURLWithPath: scratchDirectory, isDirectory: true)) }
    if case let .success(model) = loaded {
        let tagger = Tagger(config: model.config)
        do {
            try model.loadParameters(into: tagger.parameters)
        } catch {
            fatalError("ModelDirectory.load accepted weights that do not load: \(error)")
        }
    }
    return 0
}

private let fixedFiles: Void = {
    let json = #"{"words": ["<pad>", "<unk>", "the", "cat"], "tags": ["DET", "NOUN", "VERB"], "chars": ["<pad>", "<unk>", "t", "h"]}"#
    json.utf8CString.withUnsafeBytes { _ = scratchFile(UnsafeRawBufferPointer(rebasing: $0.dropLast()), name: "vocab.json") }
    let config = TaggerConfig(cell: .lstm, layers: 2, bidirectional: true, embeddingDim: 8, hiddenSize: 8, dropout: 0.5,
                              charCNN: CharCNNConfig(embeddingDim: 3, filters: 4, width: 3), numTags: 3, vocabSize: 4,
                              charVocabSize: 4)
    let tensors = Tagger.parameterShapes(for: config)!.map { name, shape in
        (name: name, tensor: SafetensorsFile.Tensor(shape: shape, floats: Array(repeating: 0.25, count: shape.reduce(1, *))))
    }
    do {
        try SafetensorsFile(tensors).write(to: URL(fileURLWithPath: scratchDirectory + "/" + ModelDirectory.weightsFile))
    } catch {
        fatalError("cannot write the weights: \(error)")
    }
}()
