import ArgumentParser
import Foundation
import Model
import Numerics
import Training

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure training and inference throughput on a corpus and model.",
        discussion: """
            Trains on --batches length-bucketed batches (after --warmup untimed ones) and reports \
            real tokens per second of forward + backward + optimiser step; then runs inference \
            on batches of --infer-batch sentences; and reports the peak resident memory. \
            --micro instead times one recurrent layer's forward and backward on a fixed packed \
            batch and compares its GFLOP/s with a large sgemm on both cores, measured in the \
            same run (a bidirectional layer runs its two directions on the two cores). \
            --export-batches writes the exact batches (JSON) so benchmarks/torch_reference.py \
            can feed PyTorch the same ones.
            """)

    @OptionGroup(title: "Data") var data: DataOptions
    @OptionGroup(title: "Model") var model: ModelOptions

    @Option(name: .customLong("batch"), help: "Sentences per training batch.")
    var batchSize = 32
    @Option(help: "Timed training batches.")
    var batches = 100
    @Option(help: "Untimed batches first (allocation, caches).")
    var warmup = 5
    @Option(help: "Sentences per inference batch.")
    var inferBatch = 256
    @Option(help: "Random seed for the model and the batches.")
    var seed: UInt64 = 1
    @Flag(help: "Time one recurrent layer (the model options' cell, --hidden, --emb as input, --bidirectional) instead.")
    var micro = false
    @Flag(help: "Run the recurrence over the padded batch (every sentence padded to the longest) instead of the packed one, for comparison. Tokens per second still count real tokens only.")
    var padded = false
    @Flag(help: "Keep a one-direction model on one core: no data-parallel split of each batch between the two cores (for comparison; bidirectional models always run a direction per core).")
    var oneCore = false
    @Flag(help: "Print one JSON object instead of text.")
    var json = false
    @Option(help: ArgumentHelp("Write the training and inference batches as JSON to this file.", valueName: "path"))
    var exportBatches: String?

    func run() throws {
        do { try bench() } catch let error as ExitCode { throw error } catch { throw fail(error) }
    }

    private func bench() throws {
        configureThreads()
        var result: [String: Any] = [
            "threads": ProcessInfo.processInfo.environment["OPENBLAS_NUM_THREADS"] ?? "1",
            "cell": model.cell.rawValue, "layers": model.layers, "bidirectional": model.bidirectional,
            "embedding_dim": model.embeddingDim, "hidden_size": model.hiddenSize, "char_cnn": model.charCNN,
        ]
        if micro {
            let lengths = try microLengths()
            let peak = Benchmark.sgemmGFLOPS()
            let layer = try Benchmark.recurrentLayerGFLOPS(
                cell: model.cell, inputSize: model.embeddingDim, hiddenSize: model.hiddenSize,
                bidirectional: model.bidirectional, lengths: lengths)
            result["micro_gflops"] = layer.gflops
            result["micro_ms"] = layer.seconds * 1000
            result["sgemm_peak_gflops"] = peak
            result["fraction_of_peak"] = layer.gflops / peak
            result["micro_batch_lengths"] = lengths
        } else {
            let run = try PreparedRun.prepare(data: data, model: model)
            var options = TrainingOptions()
            options.dataParallel = !oneCore
            options.batchSize = batchSize
            options.seed = seed
            var rng = Xoshiro256(seed: seed)
            let lengths = run.train.words.map(\.count)
            var trainBatches: [[Int]] = []
            while trainBatches.count < batches + warmup {
                trainBatches += bucketedBatches(lengths: lengths, batchSize: batchSize, rng: &rng)
            }
            trainBatches = Array(trainBatches.prefix(batches + warmup))
            var inferBatches: [[Int]] = []
            let inferCount = max(1, (batches * batchSize) / inferBatch)
            while inferBatches.count < inferCount + 1 {
                inferBatches += bucketedBatches(lengths: lengths, batchSize: inferBatch, rng: &rng)
            }
            inferBatches = Array(inferBatches.prefix(inferCount + 1))
            if let exportBatches {
                try export(run: run, train: trainBatches, infer: inferBatches, to: exportBatches)
            }
            let tagger = Tagger(config: run.config, seed: seed)
            let train = try Benchmark.trainTokensPerSecond(tagger, corpus: run.train, batches: trainBatches,
                                                          warmup: warmup, options: options, padded: padded)
            let infer = try Benchmark.inferTokensPerSecond(tagger, corpus: run.train, batches: inferBatches, warmup: 1,
                                                          padded: padded, parallel: !oneCore)
            result["padded"] = padded
            result["one_core"] = oneCore
            result["corpus"] = run.trainName
            result["batch"] = batchSize
            result["train_tokens_per_s"] = train.tokensPerSecond
            result["train_tokens"] = train.tokens
            result["infer_batch"] = inferBatch
            result["infer_tokens_per_s"] = infer.tokensPerSecond
            result["infer_tokens"] = infer.tokens
        }
        result["peak_rss_mib"] = Benchmark.peakRSSMiB()
        if json {
            let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            for key in result.keys.sorted() {
                let value = result[key]!
                let text = (value as? Double).map { String(format: "%.2f", $0) } ?? "\(value)"
                print("\(key): \(text)")
            }
        }
    }

    /// The micro benchmark's fixed batch: `batch` sentence lengths spread like EWT's
    /// (1 to 48 tokens, mean about 17), the same on every run.
    private func microLengths() throws -> [Int] {
        var rng = Xoshiro256(seed: 12345)
        return (0..<batchSize).map { _ in 1 + Int(rng.next() % 8) + Int(rng.next() % 12) + Int(rng.next() % 12) + Int(rng.next() % 18) }
    }

    private func export(run: PreparedRun, train: [[Int]], infer: [[Int]], to path: String) throws {
        func batch(_ indices: [Int]) -> [String: Any] {
            var b: [String: Any] = ["words": indices.map { run.train.words[$0] }, "tags": indices.map { run.train.tags[$0] }]
            if let chars = run.train.chars { b["chars"] = indices.map { chars[$0] } }
            return b
        }
        let object: [String: Any] = [
            "config": [
                "cell": run.config.cell.rawValue, "layers": run.config.layers, "bidirectional": run.config.bidirectional,
                "embedding_dim": run.config.embeddingDim, "hidden_size": run.config.hiddenSize,
                "dropout": Double(run.config.dropout), "vocab_size": run.config.vocabSize, "num_tags": run.config.numTags,
                "char_vocab_size": run.config.charVocabSize ?? 0,
                "char_cnn": run.config.charCNN.map {
                    ["embedding_dim": $0.embeddingDim, "filters": $0.filters, "width": $0.width] as Any
                } ?? NSNull(),
            ],
            "warmup": warmup,
            "train": train.map(batch),
            "infer": infer.map(batch),
        ]
        let data = try JSONSerialization.data(withJSONObject: object)
        try writeAtomically(data, to: URL(fileURLWithPath: path))
    }
}
