/// One pass over a sentence's bytes: its content terms for similarity, how it opens and ends,
/// whether it quotes someone, and whether it is page furniture.
struct WordScan {
    /// Hashes of the sentence's content words, lower-cased and lightly stemmed, stop words left out.
    private(set) var terms: [UInt64] = []
    /// Runs of non-space characters.
    private(set) var whitespaceWords = 0
    /// Some word starts with a lower-case letter.
    private(set) var hasLowercaseWord = false
    /// The text opens (after quotes and brackets) with a lower-case word that is not "iPhone"-like.
    private(set) var opensLowercase = false
    /// The last byte that is not a space, closing quote or bracket (0 when none).
    private(set) var lastMark: UInt8 = 0
    /// Some word is inside quotation marks.
    private(set) var hasQuotation = false
    /// A furniture phrase ("scroll down for", "photo:") occurs.
    private(set) var hasFurniture = false
    /// Hashes of the first six words, lower-cased (0 where there is no word).
    private var first: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)
    /// Bit `k` is set when word `k` (of the first six) starts with a capital letter.
    private var capitals: UInt8 = 0
    /// Bit `k` is set when word `k` (of the first six) is followed by a comma.
    private var commas: UInt8 = 0
    static let firstWordCount = 6

    /// The hash (see `hash(_:)`) of the `k`-th word (0 to 5), lower-cased; 0 when there is none.
    func word(_ k: Int) -> UInt64 {
        switch k {
        case 0: first.0
        case 1: first.1
        case 2: first.2
        case 3: first.3
        case 4: first.4
        case 5: first.5
        default: 0
        }
    }

    /// True when the `k`-th word (0 to 5) is followed by a comma.
    func isFollowedByComma(_ k: Int) -> Bool {
        k < Self.firstWordCount && commas & (1 << UInt8(k)) != 0
    }

    /// True when the `k`-th word (0 to 5) starts with a capital letter.
    func isCapitalized(_ k: Int) -> Bool {
        k < Self.firstWordCount && capitals & (1 << UInt8(k)) != 0
    }

    /// Furniture phrases are looked for among this many first words of a sentence.
    private static let maxMarks = 4096

    /// A word as the scan saw it: its hash and the bytes around it.
    private struct Mark {
        var hash: UInt64
        var before: UInt8
        var after: UInt8
    }

    init(_ s: UnsafeBufferPointer<UInt8>) {
        let n = s.count
        // How it ends.
        var e = n
        while e > 0 {
            let b = s[e - 1]
            if b == 0x20 || b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D {
                e -= 1
            } else if e >= 3, s[e - 3] == 0xE2, s[e - 2] == 0x80, b == 0x9D || b == 0x99 {
                e -= 3
            } else if e >= 2, s[e - 2] == 0xC2, b == 0xBB {
                e -= 2
            } else {
                lastMark = b
                break
            }
        }
        terms.reserveCapacity(n / 8 + 2)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { scratch in
            withUnsafeTemporaryAllocation(of: Mark.self, capacity: min(n / 2 + 2, Self.maxMarks)) { marks in
                scan(s, scratch: scratch, marks: marks)
            }
        }
    }

    private mutating func scan(
        _ s: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<UInt8>, marks: UnsafeMutableBufferPointer<Mark>
    ) {
        let n = s.count
        let stopWords = Self.stopWords
        let furnitureWords = Furniture.firstWords
        var markCount = 0
        var mayBeFurniture = false
        var inQuote = false
        var inRun = false
        var wordIndex = 0
        var i = 0
        while i < n {
            let b = s[i]
            let width = Self.wordCharacterWidth(s, at: i, end: n)
            guard width > 0 else {
                // Not a word: whitespace, punctuation, quotes.
                let space = TextBytes.spaceWidth(s, at: i, end: n)
                if space > 0 {
                    inRun = false
                    i += space
                    continue
                }
                if !inRun { whitespaceWords += 1 }
                inRun = true
                if b == 0x22 {
                    inQuote.toggle()
                } else if b == 0x27 {
                    let openingSide = i == 0 || TextBytes.spaceWidth(s, before: i, start: 0) > 0 || TextBytes.isOpener(s, before: i, start: 0)
                    if !inQuote, openingSide, i + 1 < n, TextBytes.isLetter(s[i + 1]) {
                        inQuote = true
                    } else if inQuote, !openingSide, i + 1 == n || !TextBytes.isLetter(s[i + 1]) {
                        inQuote = false
                    }
                } else if b == 0xE2, i + 2 < n, s[i + 1] == 0x80 {
                    let c = s[i + 2]
                    if c == 0x9C || c == 0x98 { inQuote = true } else if c == 0x9D || c == 0x99 { inQuote = false }
                }
                i += b < 0x80 ? 1 : max(1, Self.sequenceLength(b))
                continue
            }
            // A word: letters and digits, with apostrophes inside ("don't", "O’Neill").
            if !inRun { whitespaceWords += 1 }
            inRun = true
            let start = i
            var raw: UInt64 = 0xcbf2_9ce4_8422_2325
            var length = 0  // bytes in scratch
            var termLength = -1  // scratch bytes before the first apostrophe
            var w = width
            while true {
                for k in 0..<w {
                    let c = TextBytes.lower(s[i + k])
                    raw = (raw ^ UInt64(c)) &* 0x100_0000_01b3
                    if length < 32 {
                        scratch[length] = c
                        length += 1
                    }
                }
                i += w
                guard i < n else { break }
                w = Self.wordCharacterWidth(s, at: i, end: n)
                if w > 0 { continue }
                // An apostrophe between letters stays in the word.
                let apostrophe = s[i] == 0x27 ? 1 : (s[i] == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && s[i + 2] == 0x99 ? 3 : 0)
                guard apostrophe > 0, i + apostrophe < n, TextBytes.isLetter(s[i + apostrophe]) else { break }
                if termLength < 0 { termLength = length }
                raw = (raw ^ 0x27) &* 0x100_0000_01b3
                if length < 32 {
                    scratch[length] = 0x27
                    length += 1
                }
                i += apostrophe
                w = Self.wordCharacterWidth(s, at: i, end: n)
            }
            if termLength < 0 { termLength = length }

            if wordIndex == 0 {
                opensLowercase =
                    TextBytes.isLower(b) && !(start + 1 < n && TextBytes.isUpper(s[start + 1]))
                    && !(start + 2 < n && TextBytes.isUpper(s[start + 2]))
            }
            if wordIndex < Self.firstWordCount {
                switch wordIndex {
                case 0: first.0 = raw
                case 1: first.1 = raw
                case 2: first.2 = raw
                case 3: first.3 = raw
                case 4: first.4 = raw
                default: first.5 = raw
                }
                if TextBytes.isUpper(b) { capitals |= 1 << UInt8(wordIndex) }
                if i < n, s[i] == 0x2C { commas |= 1 << UInt8(wordIndex) }
            }
            wordIndex += 1
            if TextBytes.isLower(b) { hasLowercaseWord = true }
            if inQuote { hasQuotation = true }
            if let term = Self.term(scratch, termLength, rawHash: termLength == length ? raw : nil, stopWords: stopWords) {
                terms.append(term)
            }
            if furnitureWords.contains(raw) { mayBeFurniture = true }
            if markCount < marks.count {
                marks[markCount] = Mark(hash: raw, before: start > 0 ? s[start - 1] : 0, after: i < n ? s[i] : 0)
                markCount += 1
            }
        }
        if mayBeFurniture {
            hasFurniture = Furniture.occurs(in: UnsafeBufferPointer(rebasing: marks[0..<markCount]))
        }
    }

    /// The byte length of the word character at `i` (an ASCII letter or digit, or a letter
    /// outside ASCII), or 0 for anything else.
    @inline(__always)
    private static func wordCharacterWidth(_ s: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        let b = s[i]
        if b < 0x80 { return TextBytes.isAlphanumeric(b) ? 1 : 0 }
        // Latin-1 symbols (C2: no-break space, £, ©, «), general punctuation (E2: quotes, dashes, €)
        // and CJK punctuation (E3 80) separate words; other characters are letters.
        if b == 0xC2 || b == 0xE2 || (b == 0xE3 && i + 1 < end && s[i + 1] == 0x80) { return 0 }
        return min(sequenceLength(b), end - i)
    }

    @inline(__always)
    private static func sequenceLength(_ lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }

    // MARK: Terms

    /// Stems the lower-case word in `w[0..<count]` in place and hashes it; nil for stop words and
    /// one-letter words. The stemmer only folds the commonest endings (-s, -ies, -ing, -ed, -ly, -e),
    /// which is enough to match the words of one article with each other.
    @inline(__always)
    private static func term(
        _ w: UnsafeMutableBufferPointer<UInt8>, _ count: Int, rawHash: UInt64?, stopWords: HashSet64
    ) -> UInt64? {
        guard count >= 2 else { return nil }
        let raw = rawHash ?? fnv(w, count)
        if count <= 10, stopWords.contains(raw) { return nil }
        let s: UInt8 = 0x73, e: UInt8 = 0x65, i: UInt8 = 0x69, d: UInt8 = 0x64, l: UInt8 = 0x6C, y: UInt8 = 0x79
        let letterN: UInt8 = 0x6E, g: UInt8 = 0x67
        var n = count
        if w[n - 1] == s {
            if n > 4, w[n - 2] == e, w[n - 3] == i {  // -ies
                n -= 2
                w[n - 1] = y
            } else if n > 4, w[n - 2] == s, w[n - 3] == e, w[n - 4] == s {  // -sses
                n -= 2
            } else if n > 3, w[n - 2] != s, w[n - 2] != 0x75, w[n - 2] != i {  // -s, not -ss, -us, -is
                n -= 1
            }
        }
        if n > 5, w[n - 1] == g, w[n - 2] == letterN, w[n - 3] == i {  // -ing
            n -= 3
        } else if n > 4, w[n - 1] == d, w[n - 2] == e {  // -ed
            n -= 2
        } else if n > 4, w[n - 1] == y, w[n - 2] == l {  // -ly
            n -= 2
        }
        if n > 2, w[n - 1] == e { n -= 1 }
        return n == count ? raw : fnv(w, n)
    }

    @inline(__always)
    private static func fnv(_ w: UnsafeMutableBufferPointer<UInt8>, _ count: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for j in 0..<count { h = (h ^ UInt64(w[j])) &* 0x100_0000_01b3 }
        return h
    }

    /// Hashes a lower-case word the way the scan does.
    static func hash(_ word: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// Common English function words (and news filler such as "said"), hashed.
    private static let stopWords = HashSet64(
        """
        a about above after again against all also am an and any are as at be because been before being
        below between both but by can could did do does doing down during each even ever every few for
        from further had has have having he her here hers herself him himself his how however i if in
        into is it its itself just last like made make many may me might more most much must my myself
        new no nor not now of off on once one only or other our ours ourselves out over own per said same
        say says she should since so some still such than that the their theirs them themselves then there
        these they this those though through to too two under until up upon us very was we were what when
        where which while who whom whose why will with would yet you your yours yourself yourselves
        according added adding told tell tells year years time times week day days get got go going went
        well back way three first another around including don
        """.split(whereSeparator: \.isWhitespace).map { hash(String($0)) })

    // MARK: Furniture

    /// Phrases that mark credits, captions and page furniture.
    private enum Furniture {
        struct Phrase {
            var words: [UInt64]
            var before: UInt8?
            var after: UInt8?

            init(_ text: String, before: Character? = nil, after: Character? = nil) {
                words = text.split(separator: " ").map { WordScan.hash(String($0)) }
                self.before = before?.asciiValue
                self.after = after?.asciiValue
            }
        }

        static let phrases: [Phrase] = [
            .init("scroll down for"), .init("click here"), .init("read more", after: ":"), .init("photo", after: ":"),
            .init("photograph", after: ":"), .init("photographs", after: ":"), .init("picture", after: ":"),
            .init("pictures", after: ":"), .init("image", after: ":"), .init("images", after: ":"),
            .init("credit", after: ":"), .init("credits", after: ":"), .init("video", after: ":"),
            .init("getty images"), .init("getty", before: "/"), .init("ap photo"), .init("photo by"),
            .init("photo credit"), .init("photograph by"), .init("pictures by"), .init("photo", before: "("),
            .init("picture", before: "("), .init("image", before: "("), .init("contributed to this report"),
            .init("contributed reporting"), .init("follow us on"), .init("sign up for"), .init("all rights reserved"),
            .init("share this article"), .init("download the app"), .init("watch the video"), .init("watch video"),
            .init("reporting by"), .init("editing by"), .init("additional reporting"),
        ]

        static let firstWords = HashSet64(phrases.map { $0.words[0] })

        static func occurs(in marks: UnsafeBufferPointer<Mark>) -> Bool {
            for k in marks.indices where firstWords.contains(marks[k].hash) {
                for phrase in phrases where phrase.words[0] == marks[k].hash {
                    let last = k + phrase.words.count - 1
                    guard last < marks.count else { continue }
                    var same = true
                    for j in phrase.words.indices where marks[k + j].hash != phrase.words[j] {
                        same = false
                        break
                    }
                    if !same { continue }
                    if let b = phrase.before, marks[k].before != b { continue }
                    if let a = phrase.after, marks[last].after != a { continue }
                    return true
                }
            }
            return false
        }
    }
}

/// A fixed set of 64-bit hashes, looked up without rehashing them.
struct HashSet64: Sendable {
    private let slots: [UInt64]
    private let mask: Int
    private let hasZero: Bool

    init(_ values: [UInt64]) {
        var size = 16
        while size < values.count * 4 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        var hasZero = false
        for v in values {
            if v == 0 {
                hasZero = true
                continue
            }
            var k = Int(truncatingIfNeeded: v ^ (v >> 29)) & (size - 1)
            while slots[k] != 0, slots[k] != v { k = (k + 1) & (size - 1) }
            slots[k] = v
        }
        self.slots = slots
        self.mask = size - 1
        self.hasZero = hasZero
    }

    @inline(__always)
    func contains(_ v: UInt64) -> Bool {
        if v == 0 { return hasZero }
        var k = Int(truncatingIfNeeded: v ^ (v >> 29)) & mask
        while true {
            let slot = slots[k]
            if slot == v { return true }
            if slot == 0 { return false }
            k = (k + 1) & mask
        }
    }
}
