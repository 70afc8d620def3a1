import Foundation
import Testing

// Bad input of every kind the reliability issue lists, through the command line: each
// gives one error line naming the file, the line and the problem, and exit status 1 (a
// crash would end on a signal). Input that is only unusual (CRLF line ends, a byte-order
// mark, a 10,000-word sentence) must work. RELIABILITY.md lists every case and message.

/// A word line of CoNLL-U with ID `id`, form `word` and UPOS `tag`.
private func conllu(_ id: Int, _ word: String, _ tag: String) -> String {
    "\(id)\t\(word)\t\(word)\t\(tag)\t_\t_\t0\tdep\t_\t_"
}

/// Writes `bytes` to a new file `name` in `dir` and returns its path.
@discardableResult
private func write(_ bytes: [UInt8], _ name: String, in dir: URL) throws -> String {
    let url = dir.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
}

@discardableResult
private func write(_ text: String, _ name: String, in dir: URL) throws -> String {
    try write(Array(text.utf8), name, in: dir)
}

/// Options for a training run that takes a second: one epoch of a tiny model.
private let quick = ["--epochs", "1", "--min-count", "1", "--emb", "4", "--hidden", "4", "--batch", "2"]

/// Expects `arguments` to exit with status 1 and exactly one error line, containing `message`.
private func expectFailure(_ arguments: [String], _ message: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let r = try tagbench(arguments)
    #expect(r.status == 1, "\(arguments): exit status \(r.status) (a crash ends on a signal): \(r.stderr)", sourceLocation: sourceLocation)
    let errors = r.stderr.split(separator: "\n").filter { $0.contains("error") }
    #expect(errors.count == 1, "one error line expected: \(r.stderr)", sourceLocation: sourceLocation)
    #expect(errors.first?.contains(message) == true, "expected \(message.debugDescription) in \(r.stderr.debugDescription)",
            sourceLocation: sourceLocation)
}

/// A model trained once on CLITests' tiny corpus (tags DET, NOUN, VERB, PUNCT; LSTM, E = H = 4),
/// shared by the tests that tag, evaluate or break a model. Tests copy it before changing it.
private let trainedModel: Swift.Result<URL, any Error> = Swift.Result {
    let dir = try temporaryDirectory()
    let data = try write(corpus, "tiny.txt", in: dir)
    let model = dir.appendingPathComponent("model")
    let r = try tagbench(["train", "--train", data, "--format", "conll2", "--out", model.path] + quick)
    guard r.status == 0 else { throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: r.stderr]) }
    return model
}

/// A fresh copy of the trained model in `dir`, to break.
private func copyOfModel(in dir: URL) throws -> URL {
    let copy = dir.appendingPathComponent("model-copy")
    try FileManager.default.copyItem(at: try trainedModel.get(), to: copy)
    return copy
}

/// Replaces `old` by `new` in the file `name` of the model directory `model`.
private func edit(_ name: String, of model: URL, replacing old: String, with new: String) throws {
    let url = model.appendingPathComponent(name)
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(text.contains(old), "\(name) has no \(old.debugDescription)")
    try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
}

@Suite struct BadCorpusFiles {
    @Test func emptyFile() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try write("", "empty.conllu", in: dir)
        try expectFailure(["train", "--train", path, "--out", dir.appendingPathComponent("m").path] + quick, "\(path): no sentences")
        try expectFailure(["train", "--train", path, "--format", "conll2", "--out", dir.appendingPathComponent("m").path] + quick,
                          "\(path): no sentences")
    }

    @Test func fileOfBlankLines() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try write("\n\n\r\n\n", "blank.conllu", in: dir)
        try expectFailure(["train", "--train", path, "--out", dir.appendingPathComponent("m").path] + quick, "\(path): no sentences")
        let spaces = try write("\n \n\t\r\n\n", "blank.txt", in: dir)
        try expectFailure(["train", "--train", spaces, "--format", "conll2", "--out", dir.appendingPathComponent("m").path] + quick,
                          "\(spaces): no sentences")
    }

    @Test func noTags() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try write("\(conllu(1, "the", "DET"))\n\(conllu(2, "cat", "_"))\n", "untagged.conllu", in: dir)
        try expectFailure(["train", "--train", path, "--out", dir.appendingPathComponent("m").path] + quick, "\(path):2: no UPOS tag")
        try expectFailure(["train", "--train", path, "--tag-column", "xpos", "--out", dir.appendingPathComponent("m").path] + quick,
                          "\(path):1: no XPOS tag")
        let words = try write("the\ncat\n", "words.txt", in: dir)
        try expectFailure(["train", "--train", words, "--format", "conll2", "--out", dir.appendingPathComponent("m").path] + quick,
                          "\(words):1: expected a word and a tag, found 1 column")
    }

    @Test func tokenWithATab() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // CoNLL-U: the tab is the column separator, so the line has one column too many.
        let path = try write("1\tNew\tYork\tNew York\tPROPN\tNNP\t_\t0\troot\t_\t_\n", "tab.conllu", in: dir)
        try expectFailure(["train", "--train", path, "--out", dir.appendingPathComponent("m").path] + quick,
                          "\(path):1: expected 10 tab-separated columns, found 11")
        // Two-column: spaces and tabs both separate columns; the count must not change.
        let text = try write("the DET\nNew\tYork PROPN\n", "tab.txt", in: dir)
        try expectFailure(["train", "--train", text, "--format", "conll2", "--out", dir.appendingPathComponent("m").path] + quick,
                          "\(text):2: expected 2 columns as on line 1, found 3 (a word or tag cannot contain a space or tab)")
    }

    @Test func invalidUTF8() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad: [UInt8] = [0x63, 0x61, 0xFF, 0x74]  // "ca\xFFt"
        let path = try write(Array("\(conllu(1, "the", "DET"))\n1\t".utf8) + bad + Array("\t_\tNOUN\t_\t_\t0\tdep\t_\t_\n".utf8),
                             "latin1.conllu", in: dir)
        try expectFailure(["train", "--train", path, "--out", dir.appendingPathComponent("m").path] + quick, "\(path):2: invalid UTF-8")
        let text = try write(Array("the DET\n".utf8) + bad + Array(" NOUN\n".utf8), "latin1.txt", in: dir)
        try expectFailure(["train", "--train", text, "--format", "conll2", "--out", dir.appendingPathComponent("m").path] + quick,
                          "\(text):2: invalid UTF-8")
        let input = try write(Array("the cat\n".utf8) + bad + [0x0A], "latin1-in.txt", in: dir)
        try expectFailure(["tag", "--model", try trainedModel.get().path, "--input", input], "\(input):2: invalid UTF-8")
    }

    @Test func controlCharactersInAnErrorAreEscaped() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try write("1\u{1B}[2J\tthe\tthe\tDET\t_\t_\t0\tdep\t_\t_\n", "escape.conllu", in: dir)
        try expectFailure(["train", "--train", path, "--out", dir.appendingPathComponent("m").path] + quick,
                          #"\#(path):1: invalid ID '1\u{1B}[2J'"#)
    }

    @Test func tagSeenOnlyInDev() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let train = try write("\(conllu(1, "the", "DET"))\n\(conllu(2, "cat", "NOUN"))\n", "train.conllu", in: dir)
        let dev = try write("\(conllu(1, "the", "DET"))\n\n\(conllu(1, "oh", "INTJ"))\n", "dev.conllu", in: dir)
        try expectFailure(["train", "--train", train, "--dev", dev, "--out", dir.appendingPathComponent("m").path] + quick,
                          #"\#(dev):3: tag "INTJ" does not occur in the training data, so the model cannot predict it"#)
        let model = try trainedModel.get()
        try expectFailure(["eval", "--model", model.path, "--data", dev],
                          #"\#(dev):3: tag "INTJ" does not occur in the training data, so the model cannot predict it"#)
    }

    @Test func tagSeenOnlyInDevIsQuotedWithItsControlCharactersEscaped() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let dev = try write("\(conllu(1, "oh", "X\u{1B}[2J"))\n", "dev.conllu", in: dir)
        try expectFailure(["eval", "--model", trainedModel.get().path, "--data", dev],
                          #"\#(dev):1: tag "X\u{1B}[2J" does not occur in the training data"#)
    }
}

@Suite struct UnusualButValidInput {
    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lines = [conllu(1, "the", "DET"), conllu(2, "cat", "NOUN"), "", conllu(1, "a", "DET"), conllu(2, "dog", "NOUN"), ""]
        let crlf = try write("\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n", "crlf.conllu", in: dir)
        let r = try tagbench(["train", "--train", crlf, "--dev", crlf, "--out", dir.appendingPathComponent("m").path] + quick)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("(2 sentences, 4 tokens)"), "\(r.stderr)")

        // Tagging: the same output as for the LF text, without the mark or carriage returns.
        let model = try trainedModel.get().path
        let plain = try tagbench(["tag", "--model", model, "--input", write("the cat\n\na dog\n", "lf.txt", in: dir)])
        let marked = try tagbench(["tag", "--model", model, "--input", write("\u{FEFF}the cat\r\n\r\na dog\r\n", "crlf.txt", in: dir)])
        #expect(plain.status == 0 && marked.status == 0, "\(plain.stderr)\(marked.stderr)")
        #expect(marked.stdout == plain.stdout && !plain.stdout.isEmpty)
        // CoNLL-U in and out: lines come back with LF ends.
        let out = try tagbench(["tag", "--model", model, "--input", crlf, "--input-format", "conllu", "--output-format", "conllu"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(!out.stdout.contains("\r") && !out.stdout.contains("\u{FEFF}"))
        #expect(out.stdout.split(separator: "\n").count == 4)
    }

    @Test func tenThousandWordSentenceTrainsTagsAndEvaluates() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let words = (0..<10_000).map { ["the", "cat", "sleeps", "."][$0 % 4] }
        let tags = (0..<10_000).map { ["DET", "NOUN", "VERB", "PUNCT"][$0 % 4] }
        let long = zip(words, tags).map { "\($0) \($1)" }.joined(separator: "\n")
        let data = try write(corpus + "\n" + long + "\n", "long.txt", in: dir)
        let start = Date()
        let train = try tagbench(["train", "--train", data, "--dev", data, "--format", "conll2",
                                  "--out", dir.appendingPathComponent("m").path] + quick)
        #expect(train.status == 0, "\(train.stderr)")
        #expect(train.stderr.contains("(5 sentences, 10015 tokens)"), "\(train.stderr)")

        let model = try trainedModel.get().path
        let tagged = try tagbench(["tag", "--model", model, "--input", write(words.joined(separator: " ") + "\n", "long-in.txt", in: dir)])
        #expect(tagged.status == 0, "\(tagged.stderr)")
        let output = tagged.stdout.split(separator: "\n")
        #expect(output.count == 1 && output[0].split(separator: " ").count == 10_000)

        let eval = try tagbench(["eval", "--model", model, "--data", data, "--format", "conll2", "--json"])
        #expect(eval.status == 0, "\(eval.stderr)")
        #expect(eval.stdout.contains(#""tokens" : 10015"#) || eval.stdout.contains(#""tokens":10015"#), "\(eval.stdout.prefix(300))")
        // Debug build, three runs: linear work takes seconds; a quadratic step would take minutes.
        #expect(Date().timeIntervalSince(start) < 120)
    }
}

@Suite struct BadEmbeddingsFiles {
    @Test func mixedDimensions() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = try write(corpus, "tiny.txt", in: dir)
        let vectors = try write("the 1 2 3 4\ncat 1 2 3\n", "vectors.txt", in: dir)
        try expectFailure(["train", "--train", data, "--format", "conll2", "--embeddings", vectors,
                           "--out", dir.appendingPathComponent("m").path] + quick, "\(vectors):2: expected 4 values, found 3")
    }

    @Test func dimensionOtherThanTheModels() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = try write(corpus, "tiny.txt", in: dir)
        let vectors = try write("the 1 2 3\ncat 1 2 3\n", "vectors.txt", in: dir)
        try expectFailure(["train", "--train", data, "--format", "conll2", "--embeddings", vectors,
                           "--out", dir.appendingPathComponent("m").path] + quick,
                          "embeddings have dimension 3, the model's embedding_dim is 4; pass --emb 3")
    }
}

@Suite struct BadModelDirectories {
    /// Breaks a copy of the trained model with `change`, then expects `tag` to fail with `message`.
    private func expectTagFailure(_ message: String, sourceLocation: SourceLocation = #_sourceLocation,
                                  _ change: (URL) throws -> Void) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let model = try copyOfModel(in: dir)
        try change(model)
        let input = try write("the cat\n", "in.txt", in: dir)
        try expectFailure(["tag", "--model", model.path, "--input", input], message, sourceLocation: sourceLocation)
    }

    @Test func checkpointFromADifferentArchitecture() throws {
        try expectTagFailure("model.safetensors: tensor rnn.weight_ih_l0 has shape [16, 4], this model expects [12, 4]") {
            try edit("config.json", of: $0, replacing: #""cell" : "lstm""#, with: #""cell" : "gru""#)
        }
        try expectTagFailure("model.safetensors: tensor rnn.weight_ih_l0 has shape [16, 4], this model expects [24, 4]") {
            try edit("config.json", of: $0, replacing: #""hidden_size" : 4"#, with: #""hidden_size" : 6"#)
        }
        try expectTagFailure("model.safetensors: tensor rnn.weight_ih_l0_reverse is missing (this model expects shape [16, 4])") {
            try edit("config.json", of: $0, replacing: #""bidirectional" : false"#, with: #""bidirectional" : true"#)
        }
    }

    @Test func vocabularyAndCheckpointThatDisagree() throws {
        // vocab.json against config.json: one word removed.
        try expectTagFailure("vocab.json: words has 8 entries, config.json says vocab_size 9") {
            try edit("vocab.json", of: $0, replacing: #""sleeps","#, with: "")
        }
        // vocab.json and config.json agree with each other, not with the weights.
        try expectTagFailure("model.safetensors: tensor embedding.weight has shape [9, 4], this model expects [10, 4]") {
            try edit("vocab.json", of: $0, replacing: #""sleeps","#, with: #""sleeps","purrs","#)
            try edit("config.json", of: $0, replacing: #""vocab_size" : 9"#, with: #""vocab_size" : 10"#)
        }
        // A tag list of another size: the output layer no longer fits.
        try expectTagFailure("model.safetensors: tensor output.weight has shape [4, 4], this model expects [5, 4]") {
            try edit("vocab.json", of: $0, replacing: #""PUNCT""#, with: #""PUNCT","INTJ""#)
            try edit("config.json", of: $0, replacing: #""num_tags" : 4"#, with: #""num_tags" : 5"#)
        }
    }

    @Test func truncatedOrGarbledWeights() throws {
        try expectTagFailure("model.safetensors: file is 3 bytes, too short to hold the 8-byte header length") {
            try Data([1, 2, 3]).write(to: $0.appendingPathComponent("model.safetensors"))
        }
        try expectTagFailure("model.safetensors: header length 1000 runs past the end of the file (16 bytes)") {
            try Data([0xE8, 0x03, 0, 0, 0, 0, 0, 0] + Array("{}      ".utf8)).write(to: $0.appendingPathComponent("model.safetensors"))
        }
        try expectTagFailure("model.safetensors: header is not valid JSON") {
            try Data([8, 0, 0, 0, 0, 0, 0, 0] + Array("{\"a\":   ".utf8)).write(to: $0.appendingPathComponent("model.safetensors"))
        }
    }

    /// Sizes the weights do not have are refused before the model is built (this used to trap
    /// on overflow at 2^62 and fail to allocate 640 GB at 200,000, RELIABILITY.md).
    @Test func configSizesBeyondTheWeights() throws {
        try expectTagFailure("config.json: hidden_size must be at most 16777216, found 4611686018427387904") {
            try edit("config.json", of: $0, replacing: #""hidden_size" : 4"#, with: #""hidden_size" : 4611686018427387904"#)
        }
        try expectTagFailure("config.json: the sizes give 160005600040 parameters, more than this build loads") {
            try edit("config.json", of: $0, replacing: #""hidden_size" : 4"#, with: #""hidden_size" : 200000"#)
        }
        try expectTagFailure("config.json: layers must be at most 1024, found 4611686018427387904") {
            try edit("config.json", of: $0, replacing: #""layers" : 1"#, with: #""layers" : 4611686018427387904"#)
        }
        try expectTagFailure("model.safetensors: tensor rnn.weight_ih_l0 has shape [16, 4], this model expects [4000, 4]") {
            try edit("config.json", of: $0, replacing: #""hidden_size" : 4"#, with: #""hidden_size" : 1000"#)
        }
        try expectTagFailure("model.safetensors: tensor embedding.weight has shape [9, 4], this model expects [9, 16777216]") {
            try edit("config.json", of: $0, replacing: #""embedding_dim" : 4"#, with: #""embedding_dim" : 16777216"#)
        }
    }

    /// Found by FuzzConfig: config.json's "format" was quoted raw.
    @Test func controlCharactersInConfigAreEscaped() throws {
        try expectTagFailure(#"config.json: format is "x\u{1B}[2J\u{D}", expected "tagbench-tagger""#) {
            try edit("config.json", of: $0, replacing: #""format" : "tagbench-tagger""#, with: #""format" : "x\u001b[2J\r""#)
        }
    }

    @Test func configThatIsNotJSON() throws {
        try expectTagFailure("config.json: is not valid JSON") {
            try Data("{\"format\": ".utf8).write(to: $0.appendingPathComponent("config.json"))
        }
    }
}
