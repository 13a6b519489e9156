/// One piece of text as the normalizer sees it: a run of letters, a run of ASCII digits, one
/// other character, or a line break.
struct SpeechToken: Sendable {
    enum Kind: UInt8, Sendable {
        /// Letters, with apostrophes inside ("don't", "O'Brien"); a trailing "'s" is its own token.
        case word
        /// ASCII digits only; separators such as "," and "." are symbol tokens.
        case number
        /// Any other single character.
        case symbol
        /// A line break (paragraph structure is kept).
        case newline
    }

    var kind: Kind
    /// The token's text. Set it through `setText` so the letter counts stay right.
    private(set) var text: String
    /// Whether whitespace separates this token from the one before it.
    var spaceBefore: Bool
    /// Where the token sits in the text it was read from (for verbatim copies).
    var range: Range<String.Index>
    /// Upper- and lower-case letters in the text, and whether its first letter is upper case.
    private(set) var upperCount: Int32 = 0
    private(set) var lowerCount: Int32 = 0
    private(set) var firstIsUpper = false
    /// The number of Unicode scalars in the text.
    private(set) var scalarCount: Int32 = 0
    /// The text contains a right single quotation mark (’).
    private(set) var hasCurlyApostrophe = false

    init(kind: Kind, text: String, spaceBefore: Bool, range: Range<String.Index>) {
        self.kind = kind
        self.text = text
        self.spaceBefore = spaceBefore
        self.range = range
        measure()
    }

    mutating func setText(_ s: String) {
        text = s
        measure()
    }

    private mutating func measure() {
        var upper: Int32 = 0, lower: Int32 = 0, n: Int32 = 0
        var first = false
        var curly = false
        for sc in text.unicodeScalars {
            let v = sc.value
            let isUpper: Bool
            if v < 0x80 {
                isUpper = v >= 0x41 && v <= 0x5A
                if v >= 0x61 && v <= 0x7A { lower += 1 }
            } else {
                if v == 0x2019 { curly = true }
                let p = sc.properties
                isUpper = p.isUppercase
                if p.isLowercase { lower += 1 }
            }
            if isUpper { upper += 1 }
            if n == 0 { first = isUpper }
            n += 1
        }
        upperCount = upper
        lowerCount = lower
        firstIsUpper = first
        scalarCount = n
        hasCurlyApostrophe = curly
    }

    func isSymbol(_ c: Character) -> Bool { kind == .symbol && scalarCount == 1 && text.first == c }
    func isSymbol(in set: Set<Character>) -> Bool {
        kind == .symbol && scalarCount == 1 && text.first.map(set.contains) == true
    }

    /// First character is an upper-case letter.
    var isCapitalized: Bool { kind == .word && firstIsUpper }
    /// Every letter is upper case (at least one letter).
    var isAllCaps: Bool { kind == .word && upperCount > 0 && lowerCount == 0 }
    /// Every letter is lower case.
    var isLowercase: Bool { kind == .word && upperCount == 0 }
    /// Numeric value of a number token (nil when too long).
    var intValue: Int? { kind == .number && text.utf8.count <= 18 ? Int(text) : nil }
    /// The text with ’ written as '.
    var plainText: String { hasCurlyApostrophe ? String(text.map { $0 == "\u{2019}" ? "'" : $0 }) : text }
}

/// Splits text into `SpeechToken`s.
enum SpeechTokenizer {
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        let p = s.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    static func isNewline(_ s: Unicode.Scalar) -> Bool {
        s == "\n" || s == "\r" || s == "\u{2028}" || s == "\u{2029}" || s == "\u{85}"
    }

    /// Tokenizes `text`. Spaces are not tokens; they set `spaceBefore` on the next token.
    static func tokenize(_ text: String) -> [SpeechToken] {
        var tokens: [SpeechToken] = []
        tokens.reserveCapacity(text.utf8.count / 4)
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        let end = scalars.endIndex
        var space = false
        while i < end {
            let s = scalars[i]
            if isSpace(s) {
                space = true
                i = scalars.index(after: i)
                continue
            }
            if isNewline(s) {
                let start = i
                var j = scalars.index(after: i)
                if s == "\r", j < end, scalars[j] == "\n" { j = scalars.index(after: j) }
                tokens.append(SpeechToken(kind: .newline, text: "\n", spaceBefore: space, range: start..<j))
                space = false
                i = j
                continue
            }
            let start = i
            var kind: SpeechToken.Kind
            if isLetter(s) {
                kind = .word
                var j = scalars.index(after: i)
                while j < end {
                    let c = scalars[j]
                    if isLetter(c) {
                        j = scalars.index(after: j)
                    } else if isApostrophe(c) {
                        // Keep an apostrophe followed by a letter, except a final "'s".
                        let k = scalars.index(after: j)
                        guard k < end, isLetter(scalars[k]) else { break }
                        let after = scalars.index(after: k)
                        let possessive =
                            (scalars[k] == "s" || scalars[k] == "S") && (after == end || !isLetter(scalars[after]))
                        if possessive { break }
                        j = k
                    } else {
                        break
                    }
                }
                i = j
            } else if isDigit(s) {
                kind = .number
                var j = scalars.index(after: i)
                while j < end, isDigit(scalars[j]) { j = scalars.index(after: j) }
                i = j
            } else if isApostrophe(s), let k = Optional(scalars.index(after: i)), k < end,
                scalars[k] == "s" || scalars[k] == "S",
                tokens.last?.kind == .word || tokens.last?.kind == .number, !space
            {
                // The possessive or plural "'s" after a word or number: one word token.
                let after = scalars.index(after: k)
                if after == end || !isLetter(scalars[after]) {
                    kind = .word
                    i = after
                } else {
                    kind = .symbol
                    i = k
                }
            } else {
                kind = .symbol
                i = scalars.index(after: i)
                // Keep combining marks with the symbol they follow.
                while i < end, scalars[i].properties.generalCategory == .nonspacingMark { i = scalars.index(after: i) }
            }
            tokens.append(SpeechToken(kind: kind, text: String(Substring(scalars[start..<i])), spaceBefore: space, range: start..<i))
            space = false
        }
        return tokens
    }
}
