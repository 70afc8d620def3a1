/// Splits raw English text into tokens the way UD English EWT is tokenised, so that a
/// tagger trained on EWT sees words it knows.
///
/// - Whitespace separates tokens and is never part of one.
/// - Punctuation is split off: `. , ! ? ; : " ( ) [ ] { } < >`, `/` (not between digits), curly quotes, `«»`, dashes.
///   Runs stay one token: `...`, `!!!`, `?!`, `--`, `''`, ` `` `.
/// - Kept whole: abbreviations (`Mr.`, `U.S.`, `e.g.`, `Ph.D.`, initials such as `J.`),
///   numbers (`3.14`, `1,000`, `-5`, `.5`), times and ratios (`10:30`), dates (`10/20/2005`),
///   prefixed words (`e-mail`, `non-profit`, `re-read`) and number ranges (`10-20`), while
///   other hyphenated compounds are split as EWT v2.15 splits them (`well-known` → `well - known`),
///   URLs and e-mail addresses, and a few emoticons (`:)`, `;-)`, `<3`).
///   A word with a period inside (`google.com`) is kept too, so a missing space after a
///   sentence's period leaves the two words joined.
/// - Clitics are split as EWT does: `don't` → `do n't`, `can't` → `ca n't`, `won't` →
///   `wo n't`, `it's` → `it 's`, `I'm` → `I 'm`, `you're`, `we'll`, `I've`, `he'd`, the
///   possessive `John's` → `John 's` (and `students'` → `students '`), `gonna` → `gon na`,
///   `wanna` → `wan na`, `gotta` → `got ta`, `gimme` → `gim me`, `lemme` → `lem me`,
///   `cannot` → `can not`. The right single quote `’` counts as an apostrophe and stays as
///   written in the token (`don’t` → `do n’t`).
/// - A currency sign before a number and a percent sign after one are split off
///   (`$5` → `$ 5`, `50%` → `50 %`).
/// Letters and digits of any script (CJK included) are word characters; symbols such as
/// emoji stay inside the whitespace-separated token they are in. Tokenising the output joined by spaces gives
/// it back unchanged. Works on grapheme clusters (`Character`), so no input can crash it.
public enum Tokenizer {
    /// The tokens of one line of text.
    public static func tokenize(_ line: String) -> [String] {
        line.split(whereSeparator: \.isWhitespace).flatMap { tokenize(chunk: Array($0)) }
    }

    /// Tokens of a whitespace-free chunk, scanned left to right.
    private static func tokenize(chunk c: [Character]) -> [String] {
        if isEmoticon(c) { return [String(c)] }
        var tokens: [String] = []
        var word: [Character] = []
        func flush() {
            if !word.isEmpty { tokens += splitClitics(word) }
            word = []
        }
        /// Makes the run of characters from `i` that satisfy `member` one token; returns its end.
        func emitRun(_ i: Int, _ member: (Character) -> Bool) -> Int {
            flush()
            var j = i
            while j < c.count, member(c[j]) { j += 1 }
            tokens.append(String(c[i..<j]))
            return j
        }
        /// Adds `c[i]` to the word being built; returns the next position.
        func keep(_ i: Int) -> Int {
            word.append(c[i])
            return i + 1
        }
        /// Makes `c[i]` a token of its own; returns the next position.
        func single(_ i: Int) -> Int {
            flush()
            tokens.append(String(c[i]))
            return i + 1
        }
        func alnum(_ k: Int) -> Bool { k >= 0 && k < c.count && isAlnum(c[k]) }
        func digit(_ k: Int) -> Bool { k >= 0 && k < c.count && c[k].isNumber }

        // Links start with a letter or digit; most chunks cannot hold one at all.
        let mayBeLink = c.contains("@") || c.contains(":") || c.count > 4 && c.contains(".")
        var i = 0
        while i < c.count {
            let ch = c[i]
            if word.isEmpty, mayBeLink, isAlnum(ch), let end = linkEnd(c, from: i) {
                tokens.append(String(c[i..<end]))
                i = end
                continue
            }
            switch ch {
            case _ where singles.contains(ch):
                i = single(i)
            case "!", "?":
                i = emitRun(i) { $0 == "!" || $0 == "?" }
            case "…", "`":
                i = emitRun(i) { $0 == ch }
            case ".":
                let run = c[i...].prefix { $0 == "." }.count
                if run == 2, i + 2 == c.count, isAbbreviation(word) {
                    i = keep(i)  // "Inc.." ends a sentence: Inc. then .
                    flush()
                } else if run > 1 {
                    i = emitRun(i) { $0 == "." }
                } else if alnum(i + 1) {
                    i = keep(i)  // U.S, 3.14, .5, google.com, .doc
                } else if isAbbreviation(word) {
                    i = keep(i)
                    flush()
                } else {
                    i = single(i)
                }
            case "/":
                // 10/20/2005 stays whole, and/or does not (as in EWT).
                i = digit(i - 1) && !word.isEmpty && digit(i + 1) ? keep(i) : single(i)
            case ",", ":":
                // 1,000 and 10:30 stay whole.
                i = digit(i - 1) && !word.isEmpty && digit(i + 1) ? keep(i) : single(i)
            case "-":
                if i + 1 < c.count, c[i + 1] == "-" {
                    i = emitRun(i) { $0 == "-" }
                } else if word.isEmpty {
                    i = digit(i + 1) ? keep(i) : single(i)  // -5, or a dash
                } else {
                    // EWT splits compounds (well - known) but keeps prefixed words (e-mail,
                    // non-profit) and number ranges or codes (10-20, 555-1234) whole.
                    let prefixed = hyphenPrefixes.contains(String(word).lowercased())
                    let numeric = digit(i - 1) && digit(i + 1)
                    i = alnum(i + 1) && (prefixed || numeric) ? keep(i) : single(i)
                }
            case "'", "’":
                if !word.isEmpty && alnum(i - 1) && alnum(i + 1) {
                    i = keep(i)  // don't, O'Brien: clitics are split when the word ends
                } else if word.isEmpty && startsClitic(c, after: i) {
                    i = keep(i)  // 's, 'em, '90s
                } else {
                    i = emitRun(i) { $0 == "'" || $0 == "’" }  // a quote, or the possessive of students'
                }
            case _ where currencies.contains(ch) && digit(i + 1):
                i = single(i)
            case "%" where !word.isEmpty && digit(i - 1):
                i = single(i)
            default:
                i = keep(i)
            }
        }
        flush()
        return tokens
    }

    /// First parts after which EWT v2.15 keeps a hyphenated word whole (`e-mail`,
    /// `non-profit`, `re-read`); other hyphenated compounds are split (`well - known`).
    private static let hyphenPrefixes: Set<String> = [
        "e", "non", "pre", "anti", "re", "mid", "post", "co", "over", "pro", "multi", "ex", "sub", "semi",
        "psycho", "neo", "cross", "vice", "un", "socio", "micro", "inter", "intra", "counter", "mis", "bi", "tri",
    ]

    /// Always tokens of their own, one character each.
    private static let singles: Set<Character> = [
        "\"", "(", ")", "[", "]", "{", "}", ";", "“", "”", "„", "‘", "«", "»", "‹", "›",
        "—", "–", "¿", "¡", "•", "<", ">",
    ]

    /// Split off before a number: `$5` → `$ 5`.
    private static let currencies: Set<Character> = ["$", "€", "£", "¥"]

    private static func isAlnum(_ ch: Character) -> Bool { ch.isLetter || ch.isNumber }

    private static func isApostrophe(_ ch: Character) -> Bool { ch == "'" || ch == "’" }

    /// Whether the apostrophe at `i` begins a clitic or a clipped form kept whole:
    /// `'s 'm 'd 'll 're 've 'em 'cause 'til 'tis` or a clipped year (`'90s`).
    private static func startsClitic(_ c: [Character], after i: Int) -> Bool {
        var j = i + 1
        if j < c.count, c[j].isNumber { return true }
        while j < c.count, c[j].isLetter { j += 1 }
        guard j < c.count ? !isAlnum(c[j]) : true else { return false }
        return clippedForms.contains(String(c[(i + 1)..<j]).lowercased())
    }

    private static let clippedForms: Set<String> = ["s", "m", "d", "ll", "re", "ve", "em", "cause", "til", "tis"]

    // MARK: Abbreviations

    /// Whether `word` followed by a period is an abbreviation that keeps its period:
    /// a listed one (`Mr`, `etc`, `Jan`), an initial (`J`), or letters joined by periods
    /// with at most two letters in each part (`U.S`, `e.g`, `Ph.D`, `a.m`).
    private static func isAbbreviation(_ word: [Character]) -> Bool {
        guard !word.isEmpty else { return false }
        let text = String(word)
        if abbreviations.contains(text) { return true }
        if word.count == 1, word[0].isUppercase, word[0] != "I" { return true }  // an initial, but "than I."
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count > 1 && parts.allSatisfy { !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isLetter) }
    }

    /// Abbreviations as written (case matters: `No.` is one, `no.` ends a sentence).
    private static let abbreviations: Set<String> = {
        let capitalised = [
            "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Ft", "Gen", "Gov", "Sen", "Rep",
            "Pres", "Lt", "Col", "Capt", "Sgt", "Cpl", "Adm", "Rev", "Hon", "Messrs", "Inc", "Ltd", "Co",
            "Corp", "Bros", "No", "Nos", "Vol", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
            "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
            "Ave", "Blvd", "Rd", "Dept", "Univ", "Fig", "Approx", "Est",
        ]
        let lowercase = [
            "etc", "vs", "approx", "dept", "est", "fig", "al", "ca", "cf", "viz", "pp", "vol", "ft", "oz",
            "lb", "lbs", "hr", "hrs", "mins", "sq", "tel", "ext", "ave", "blvd", "rd", "jr", "sr",
        ]
        return Set(capitalised + lowercase + lowercase.map { $0.prefix(1).uppercased() + $0.dropFirst() })
    }()

    // MARK: Links and emoticons

    /// The end of a URL or e-mail address starting at `i`, or nil. Trailing punctuation
    /// (`.,;:!?'"`, and a `)` that closes nothing inside) is left outside.
    private static func linkEnd(_ c: [Character], from i: Int) -> Int? {
        var end = i
        while end < c.count, !singles.contains(c[end]) || c[end] == "(" || c[end] == ")" { end += 1 }
        while end > i {
            let last = c[end - 1]
            if ".,;:!?'’\"".contains(last) {
                end -= 1
            } else if last == ")", c[i..<end].count(where: { $0 == ")" }) > c[i..<end].count(where: { $0 == "(" }) {
                end -= 1
            } else {
                break
            }
        }
        let text = String(c[i..<end]).lowercased()
        let isURL = ["http://", "https://", "ftp://", "www."].contains { text.hasPrefix($0) && text.count > $0.count }
        return isURL || isEmail(c[i..<end]) ? end : nil
    }

    /// `name@domain.tld`: something before one `@`, and a dotted domain of letters and digits after.
    private static func isEmail(_ s: ArraySlice<Character>) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let name = parts.first, !name.isEmpty, name.first.map(isAlnum) == true else { return false }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return domain.count >= 2 && domain.dropLast().allSatisfy { !$0.isEmpty && $0.allSatisfy { isAlnum($0) || $0 == "-" } }
            && domain.last!.prefix { $0.isLetter }.count >= 2
    }

    /// `:)`, `:-(`, `;)`, `:D`, `=P`, `:'(`, `<3` and the like, as a whole chunk.
    private static func isEmoticon(_ c: [Character]) -> Bool {
        if c == ["<", "3"] { return true }
        guard c.count >= 2, c.count <= 5, [":", ";", "="].contains(c[0]) else { return false }
        var rest = c.dropFirst()
        if let nose = rest.first, ["-", "'", "^", "o"].contains(nose), rest.count > 1 { rest = rest.dropFirst() }
        guard let mouth = rest.first, ")(DPp/\\|]O*3".contains(mouth) else { return false }
        return rest.allSatisfy { $0 == mouth }
    }

    // MARK: Clitics

    /// The word's tokens after splitting off clitics (`n't`, `'s`, …) and the contractions
    /// `gonna`-style words, preserving every character as written.
    private static func splitClitics(_ word: [Character]) -> [String] {
        let folded = word.map { isApostrophe($0) ? "'" : String($0).lowercased() }
        if let cut = fusedForms[folded.joined()] {
            return [String(word[..<cut]), String(word[cut...])]
        }
        var end = word.count
        var suffixes: [String] = []
        peeling: while end > 0 {
            for clitic in clitics {
                let start = end - clitic.count
                // The stem must keep a letter or digit: `'s` alone or `''s` is not split.
                guard start > 0, folded[start..<end].elementsEqual(clitic),
                      word[..<start].contains(where: isAlnum) else { continue }
                suffixes.append(String(word[start..<end]))
                end = start
                continue peeling
            }
            break
        }
        return [String(word[..<end])] + suffixes.reversed()
    }

    /// Suffixes split off the end of a word (apostrophes folded to `'`), longest first.
    private static let clitics: [[String]] = ["n't", "'ll", "'re", "'ve", "'s", "'m", "'d"].map { $0.map(String.init) }

    /// Whole words split in two, with the length of the first part.
    private static let fusedForms: [String: Int] = [
        "gonna": 3, "wanna": 3, "gotta": 3, "gimme": 3, "lemme": 3, "cannot": 3,
    ]
}
