/// The embedded default corpus: original lyric-style lines written for tagbench, tagged
/// with the 17 universal POS tags (CoNLL-U). Compiled into the binary so a new user gets a
/// real run without finding data. See `Assets/README.md`.
public enum DefaultCorpus {
    /// Name shown in messages where a file path would be (`<embedded>/train.conllu:12: …`).
    public static let trainName = "<embedded>/train.conllu"
    public static let devName = "<embedded>/dev.conllu"

    /// The training split, as CoNLL-U text.
    public static var train: String { String(decoding: PackageResources.train_conllu, as: UTF8.self) }
    /// The development split, as CoNLL-U text.
    public static var dev: String { String(decoding: PackageResources.dev_conllu, as: UTF8.self) }
}
