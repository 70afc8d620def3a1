import Corpus
import Testing

/// The tokens of `text`, joined by single spaces (cases read like EWT's tokenised text).
private func tokens(_ text: String) -> String {
    Tokenizer.tokenize(text).joined(separator: " ")
}

@Suite struct TokenizerTests {
    @Test(arguments: [
        ("Hello, world!", "Hello , world !"),
        ("It ended.", "It ended ."),
        ("Really?!", "Really ?!"),
        ("Wow!!!", "Wow !!!"),
        ("first; second: third", "first ; second : third"),
        ("(see above)", "( see above )"),
        ("[1] {x}", "[ 1 ] { x }"),
        ("He said \"hi.\"", "He said \" hi . \""),
        ("“Curly,” she said.", "“ Curly , ” she said ."),
        ("‘single’ quotes", "‘ single ’ quotes"),
        ("'Hello,' he said.", "' Hello , ' he said ."),
        ("``PTB quotes''", "`` PTB quotes ''"),
        ("Hello,world", "Hello , world"),
        ("Note:this", "Note : this"),
        ("and/or, w/ sugar", "and / or , w / sugar"),
        ("<tag> x", "< tag > x"),
        ("a -- b", "a -- b"),
        ("a--b", "a -- b"),
        ("yes — no – maybe", "yes — no – maybe"),
        ("end -", "end -"),
        ("¿Qué? ¡Sí!", "¿ Qué ? ¡ Sí !"),
    ])
    func punctuationIsSplitOff(text: String, expected: String) {
        #expect(tokens(text) == expected)
    }

    @Test(arguments: [
        ("Wait...", "Wait ..."),
        ("Wait... what", "Wait ... what"),
        ("wait...what", "wait ... what"),
        ("...and then", "... and then"),
        ("so.. yeah", "so .. yeah"),
        ("Hmm…", "Hmm …"),
    ])
    func ellipsisIsOneToken(text: String, expected: String) {
        #expect(tokens(text) == expected)
    }

    @Test(arguments: [
        ("Mr. Smith met Dr. Jones.", "Mr. Smith met Dr. Jones ."),
        ("Mrs. and Ms. Brown", "Mrs. and Ms. Brown"),
        ("in the U.S. today", "in the U.S. today"),
        ("the U.S.A. and U.K.", "the U.S.A. and U.K."),
        ("fruit, e.g. apples, i.e. food", "fruit , e.g. apples , i.e. food"),
        ("e.g., this", "e.g. , this"),
        ("at 5 p.m. sharp", "at 5 p.m. sharp"),
        ("a Ph.D. student", "a Ph.D. student"),
        ("J. K. Rowling", "J. K. Rowling"),
        ("J.K. Rowling", "J.K. Rowling"),
        ("apples, pears, etc. are fruit", "apples , pears , etc. are fruit"),
        ("Apple Inc. and Acme Co.", "Apple Inc. and Acme Co."),
        ("paid by Acme, Inc..", "paid by Acme , Inc. ."),
        ("see file.doc and (draft).doc", "see file.doc and ( draft ) .doc"),
        ("on Jan. 5", "on Jan. 5"),
        ("Smith et al. found", "Smith et al. found"),
        ("(e.g. this)", "( e.g. this )"),
        ("Room No. 5", "Room No. 5"),
    ])
    func abbreviationsKeepTheirPeriod(text: String, expected: String) {
        #expect(tokens(text) == expected)
    }

    @Test(arguments: [
        ("I said no.", "I said no ."),
        ("taller than I.", "taller than I ."),
        ("Visit google.com.", "Visit google.com ."),
        ("I have 3.", "I have 3 ."),
        ("It is 3.14.", "It is 3.14 ."),
        ("a.", "a ."),
    ])
    func sentencePeriodIsSplitFromWordsThatAreNotAbbreviations(text: String, expected: String) {
        #expect(tokens(text) == expected)
    }

    @Test(arguments: [
        ("pi is 3.14", "pi is 3.14"),
        ("1,000 people", "1,000 people"),
        ("$1,234.56 total", "$ 1,234.56 total"),
        ("at 10:30 today", "at 10:30 today"),
        ("at 10:30.", "at 10:30 ."),
        ("1, 2, 3", "1 , 2 , 3"),
        ("costs $5", "costs $ 5"),
        ("€20 or £15", "€ 20 or £ 15"),
        ("50% off", "50 % off"),
        ("-5 degrees", "-5 degrees"),
        (".5 of it", ".5 of it"),
        ("$ sign", "$ sign"),
    ])
    func numbersTimesAndCurrency(text: String, expected: String) {
        #expect(tokens(text) == expected)
    }

    @Test(arguments: [
        // EWT v2.15 splits compounds but keeps prefixed words and number ranges whole.
        ("a well-known fact", "a well - known fact"),
        ("state-of-the-art", "state - of - the - art"),
        ("an e-mail to co-workers, re-read", "an e-mail to co-workers , re-read"),
        ("Non-profit and anti-war", "Non-profit and anti-war"),
        ("pages 10-20", "pages 10-20"),
        ("on 10/20/2005", "on 10/20/2005"),
        ("AT&T", "AT&T"),
        ("#hashtag @user", "#hashtag @user"),
    ])
    func wordsWithInnerSymbolsStayWhole(text: String, expected: String) {
        #expect(tokens(text) == expected)
    }

    @Test(arguments: [
        ("See https://example.com/a?b=1&c=2.", "See https://example.com/a?b=1&c=2 ."),
        ("(http://en.wikipedia.org/wiki/Foo_(bar))", "( http://en.wikipedia.org/wiki/Foo_(bar) )"),
        ("(see http://x.org/page)", "( see http://x.org/page )"),
        ("go to www.example.com, now", "go to www.example.com , now"),
        ("ftp://files.example.org/x.txt", "ftp://files.example.org/x.txt"),
        ("Mail john.smith@example.co.uk.", "Mail john.smith@example.co.uk ."),
        ("<a@b.com>?", "< a@b.com > ?"),
        ("\"me@home.org\"", "\" me@home.org \""),
        ("at noon@home", "at noon@home"),
    ])
    func urlsAndEmailAddressesAreOneToken(text: String, expected: String) {
        #expect(tokens(text) == expected)
    }

    @Test(arguments: [
        ("don't", "do n't"),
        ("can't", "ca n't"),
        ("won't", "wo n't"),
        ("ain't", "ai n't"),
        ("isn't", "is n't"),
        ("couldn't", "could n't"),
        ("shan't", "sha n't"),
        ("it's", "it 's"),
        ("I'm", "I 'm"),
        ("you're", "you 're"),
        ("we'll", "we 'll"),
        ("I've", "I 've"),
        ("he'd", "he 'd"),
        ("let's", "let 's"),
        ("John's car", "John 's car"),
        ("the students' books", "the students ' books"),
        ("James' hat", "James ' hat"),
        ("shouldn't've", "should n't 've"),
        ("gonna", "gon na"),
        ("wanna", "wan na"),
        ("gotta", "got ta"),
        ("gimme", "gim me"),
        ("lemme", "lem me"),
        ("cannot", "can not"),
        ("Don't", "Do n't"),
        ("DON'T", "DO N'T"),
        ("IT'S", "IT 'S"),
        ("Gonna", "Gon na"),
    ])
    func cliticsAreSplitAsEWTDoes(text: String, expected: String) {
        #expect(tokens(text) == expected)
    }

    @Test(arguments: [
        ("don’t", "do n’t"),
        ("it’s", "it ’s"),
        ("I’m", "I ’m"),
        ("John’s", "John ’s"),
        ("students’", "students ’"),
        ("won’t", "wo n’t"),
    ])
    func curlyApostropheSplitsLikeAStraightOneAndIsKept(text: String, expected: String) {
        #expect(tokens(text) == expected)
    }

    @Test(arguments: [
        ("O'Brien", "O'Brien"),
        ("o'clock", "o'clock"),
        ("rock'n'roll", "rock'n'roll"),
        ("'em all", "'em all"),
        ("the '90s", "the '90s"),
        ("'cause", "'cause"),
        ("O'Neill's", "O'Neill 's"),
    ])
    func apostrophesInsideWordsStay(text: String, expected: String) {
        #expect(tokens(text) == expected)
    }

    @Test(arguments: [":)", ":-(", ";)", ":D", "=P", ":'(", "<3", ":)))"])
    func emoticonsAreOneToken(face: String) {
        #expect(Tokenizer.tokenize("nice \(face)") == ["nice", face])
    }

    @Test func whitespaceOfAnyKindSeparates() {
        #expect(Tokenizer.tokenize("  a\tb\u{00A0}c\u{2003}d\r\n") == ["a", "b", "c", "d"])
        #expect(Tokenizer.tokenize("").isEmpty)
        #expect(Tokenizer.tokenize(" \t ").isEmpty)
    }

    @Test func nonLatinScriptsAndEmojiPassThroughBetweenWhitespace() {
        #expect(Tokenizer.tokenize("我爱 东京 。") == ["我爱", "东京", "。"])
        #expect(Tokenizer.tokenize("love 😀 it 👍🏽!") == ["love", "😀", "it", "👍🏽", "!"])
        #expect(Tokenizer.tokenize("👨‍👩‍👧 family") == ["👨‍👩‍👧", "family"])
        #expect(Tokenizer.tokenize("Привет, мир!") == ["Привет", ",", "мир", "!"])
        #expect(Tokenizer.tokenize("café's menu") == ["café", "'s", "menu"])
        // A combining accent on a quote is one grapheme: it is kept as written, not lost.
        #expect(Tokenizer.tokenize("e\u{301}t\u{301}") == ["e\u{301}t\u{301}"])
    }

    @Test func aSentenceOfSongLyrics() {
        #expect(tokens("I can't stop, 'cause you're gonna leave me... don't go!")
                == "I ca n't stop , 'cause you 're gon na leave me ... do n't go !")
    }

    @Test func webTextAsInEWT() {
        #expect(tokens("Mr. O'Neill's e-mail (bob@x.com) said: \"We'll be there at 10:30, won't we?\"")
                == "Mr. O'Neill 's e-mail ( bob@x.com ) said : \" We 'll be there at 10:30 , wo n't we ? \"")
    }

    @Test(arguments: [
        "Hello, world!", "I can't stop, 'cause you're gonna leave me... don't go!",
        "Mr. Smith paid $1,234.56 (about 50%) at 10:30 p.m. on Jan. 5.",
        "See https://example.com/a, or mail john@example.com.", "the students' '90s “quotes” — ok?!",
        "O'Neill's well-known café’s :) … 我爱 😀",
    ])
    func tokenisingTokensGivesThemBack(text: String) {
        let once = Tokenizer.tokenize(text)
        #expect(Tokenizer.tokenize(once.joined(separator: " ")) == once)
    }

    @Test func noCharacterIsLostOrInvented() {
        let samples = [
            "x.'\"…--'’s n't''``!?;:()[]{}$5%", "....", "''''", "'", "’", "-", "--.", ".-.", "$", "%", "@", "@.",
            "http://", "www.", "a@", "@b.c", ":", ":)", "U.S.-based", "e.g.,", "'s", "n't", "’t", "can’t’ve",
            "\u{301}", "a\u{301}'s", "\u{FEFF}x", "\u{0}", "🏳️‍🌈's", "ﬁ.", "İ'S", "ß-",
        ]
        for text in samples {
            let output = Tokenizer.tokenize(text)
            #expect(output.joined() == text.filter { !$0.isWhitespace }, "\(text) → \(output)")
            #expect(!output.contains(""), "empty token from \(text)")
        }
    }

    @Test func randomTextNeverCrashesAndKeepsEveryCharacter() {
        let alphabet = Array("aZ9 .,'’\"-:;!?()$%@/…é😀我\u{301}\t")
        var seed: UInt64 = 42
        /// A seeded linear congruential draw in 0..<n, so every run tests the same texts.
        func draw(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % n
        }
        for _ in 0..<2000 {
            let text = String((0..<draw(25)).map { _ in alphabet[draw(alphabet.count)] })
            let output = Tokenizer.tokenize(text)
            #expect(output.joined() == text.filter { !$0.isWhitespace }, "\(text.debugDescription) → \(output)")
            #expect(!output.contains { $0.isEmpty || $0.contains(where: \.isWhitespace) })
        }
    }
}
