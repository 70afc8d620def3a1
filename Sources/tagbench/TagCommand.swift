import ArgumentParser
import Corpus
import Foundation
import Training

struct Tag: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tag text with a trained model.",
        discussion: """
            Text input has one sentence per line, tokenised as UD English is (punctuation split \
            off, don't → do n't, it's → it 's); an empty line gives an empty line. Text output is \
            `word/TAG word/TAG …` per line. CoNLL-U input keeps its tokens and every other column \
            and line as they are; CoNLL-U output puts the predicted tag in the UPOS column (or \
            XPOS with --tag-column xpos). Input is read and tagged in blocks, so memory stays \
            bounded on long streams.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, conllu }

    @Option(name: .customLong("model"), help: ArgumentHelp("Model directory written by `tagbench train`.", valueName: "dir"))
    var modelPath: String

    @Option(name: .customLong("input"), help: ArgumentHelp("File to tag (default: standard input).", valueName: "path"))
    var inputPath: String?

    @Option(help: "Input format: text (a sentence per line) or conllu.")
    var inputFormat: Format = .text

    @Option(help: "Output format: text (word/TAG) or conllu.")
    var outputFormat: Format = .text

    @Option(help: "With CoNLL-U output, the column that receives the tags: upos or xpos.")
    var tagColumn: TagColumnOption = .upos

    /// Sentences tagged together: big enough for speed, small enough to bound memory.
    static let block = 512

    func run() throws {
        do { try tagInput() } catch let error as ExitCode { throw error } catch { throw fail(error) }
    }

    private func tagInput() throws {
        configureThreads()
        let model = try LoadedModel(path: modelPath)
        var pending: [TaggedSentence] = []  // an empty `words` stands for an empty text line
        func flush() throws {
            let nonEmpty = pending.filter { !$0.words.isEmpty }
            var tags = try model.tag(nonEmpty.map(\.words)).makeIterator()
            var text = ""
            for sentence in pending {
                text += sentence.words.isEmpty ? "\n" : render(sentence, tags: tags.next()!)
            }
            FileHandle.standardOutput.write(Data(text.utf8))
            pending.removeAll(keepingCapacity: true)
        }
        let path = inputPath ?? "/dev/stdin"
        switch inputFormat {
        case .conllu:
            try CoNLLUReader(path: path, tagColumn: tagColumn.column).forEachSentence { sentence in
                pending.append(sentence)
                if pending.count >= Self.block { try flush() }
            }
        case .text:
            try LineReader(path: path).forEachLine { line, number in
                let words = Tokenizer.tokenize(line)
                pending.append(TaggedSentence(words: words, tags: words.map { _ in "_" }, line: number))
                if pending.count >= Self.block { try flush() }
            }
        }
        try flush()
    }

    private func render(_ sentence: TaggedSentence, tags: [String]) -> String {
        switch outputFormat {
        case .text:
            zip(sentence.words, tags).map { "\($0)/\($1)" }.joined(separator: " ") + "\n"
        case .conllu:
            sentence.conlluText(replacingTagsWith: tags, column: tagColumn.column)
        }
    }
}
