/// The id maps of a tagger: words, tags and characters; written as `vocab.json`.
///
/// The JSON form is `{"words": [...], "tags": [...], "chars": [...]}` and the lookup rule is
/// part of the public model format (`docs/model-format.md`):
/// - a word's id is its index in `words`, else that of its lowercased form, else 1 (`<unk>`);
/// - a character (one Unicode scalar) is looked up in `chars` the same way;
/// - a tag's id is its exact index in `tags`; there is no padding tag, because masking comes
///   from sentence lengths.
///
/// `words` and `chars` start with `<pad>` (id 0) and `<unk>` (id 1).
public struct Vocabulary: Sendable {
    public static let padding = 0
    public static let unknown = 1
    public static let paddingToken = "<pad>"
    public static let unknownToken = "<unk>"

    public let words: [String]
    public let tags: [String]
    /// One-scalar strings after `<pad>` and `<unk>`.
    public let chars: [String]

    private let wordIDs: [String: Int]
    private let tagIDs: [String: Int]
    private let charIDs: [String: Int]

    /// A vocabulary over the given tables, used as they are: callers put `<pad>` and `<unk>`
    /// first in `words` and `chars`. When a string occurs twice, its first index wins.
    public init(words: [String], tags: [String], chars: [String]) {
        self.words = words
        self.tags = tags
        self.chars = chars
        wordIDs = Self.index(words)
        tagIDs = Self.index(tags)
        charIDs = Self.index(chars)
    }

    private static func index(_ table: [String]) -> [String: Int] {
        Dictionary(table.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The word's id: exact match, else its lowercased form, else `unknown`.
    public func wordID(_ word: String) -> Int {
        wordIDs[word] ?? wordIDs[word.lowercased()] ?? Self.unknown
    }

    /// The character's id: exact match, else its lowercase mapping, else `unknown`.
    public func charID(_ scalar: Unicode.Scalar) -> Int {
        charIDs[String(scalar)] ?? charIDs[scalar.properties.lowercaseMapping] ?? Self.unknown
    }

    /// The ids of the word's Unicode scalars, in order.
    public func charIDs(of word: String) -> [Int] {
        word.unicodeScalars.map(charID)
    }

    /// The tag's id, or nil when the tag is not in `tags`.
    public func tagID(_ tag: String) -> Int? {
        tagIDs[tag]
    }
}

extension Vocabulary {
    /// Builds a vocabulary from training sentences (`words[i]` and `tags[i]` are one sentence).
    ///
    /// - Words seen at least `minCount` times, most frequent first, ties by first appearance.
    /// - Tags in order of first appearance.
    /// - Every Unicode scalar of every word (rare words included), most frequent first, ties
    ///   by first appearance.
    /// The result depends only on the input, never on hashing order.
    public static func build(words: [[String]], tags: [[String]], minCount: Int = 2) -> Vocabulary {
        var wordCounts = FrequencyTable<String>()
        var charCounts = FrequencyTable<String>()
        var tagCounts = FrequencyTable<String>()
        for sentence in words {
            for word in sentence {
                wordCounts.add(word)
                for scalar in word.unicodeScalars { charCounts.add(String(scalar)) }
            }
        }
        for sentence in tags {
            for tag in sentence { tagCounts.add(tag) }
        }
        let special = [paddingToken, unknownToken]
        let frequentWords = wordCounts.byFrequency(minCount: minCount).filter { !special.contains($0) }
        return Vocabulary(
            words: special + frequentWords,
            tags: tagCounts.inOrderOfAppearance,
            chars: special + charCounts.byFrequency(minCount: 1)
        )
    }
}

/// Counts with the order of first appearance, for deterministic tie-breaking.
private struct FrequencyTable<Key: Hashable> {
    private var slots: [Key: Int] = [:]
    private var keys: [Key] = []
    private var counts: [Int] = []

    mutating func add(_ key: Key) {
        if let slot = slots[key] {
            counts[slot] += 1
        } else {
            slots[key] = keys.count
            keys.append(key)
            counts.append(1)
        }
    }

    var inOrderOfAppearance: [Key] { keys }

    func byFrequency(minCount: Int) -> [Key] {
        keys.indices
            .filter { counts[$0] >= minCount }
            .sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }
            .map { keys[$0] }
    }
}

extension Vocabulary: Equatable {
    public static func == (a: Vocabulary, b: Vocabulary) -> Bool {
        a.words == b.words && a.tags == b.tags && a.chars == b.chars
    }
}

extension Vocabulary: Codable {
    // Only the three tables are the file format; the lookup dictionaries are rebuilt.
    private enum CodingKeys: String, CodingKey { case words, tags, chars }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            words: c.decode([String].self, forKey: .words),
            tags: c.decode([String].self, forKey: .tags),
            chars: c.decode([String].self, forKey: .chars)
        )
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(words, forKey: .words)
        try c.encode(tags, forKey: .tags)
        try c.encode(chars, forKey: .chars)
    }
}
