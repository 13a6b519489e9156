/// One pass over a sentence's bytes: its lower-cased words (hashed), how it opens and how it ends.
struct WordScan {
    /// Hashes of the lower-cased words (letters, digits and inner apostrophes), in order.
    private(set) var hashes: [UInt64] = []
    /// The byte just before and just after each word (0 at the ends).
    private(set) var before: [UInt8] = []
    private(set) var after: [UInt8] = []
    /// The first three words, lower-cased.
    private var firstWords: [String] = []
    /// Runs of non-space characters.
    private(set) var whitespaceWords = 0
    /// Some word starts with a lower-case letter.
    private(set) var hasLowercaseWord = false
    /// The text opens (after quotes and brackets) with a lower-case word that is not "iPhone"-like.
    private(set) var opensLowercase = false
    /// The text opens with a quotation mark.
    private(set) var opensWithQuote = false
    /// The last byte that is not a space, closing quote or bracket (0 when none).
    private(set) var lastMark: UInt8 = 0
    /// Words inside quotation marks.
    private(set) var quotedWords = 0

    init(_ s: UnsafeBufferPointer<UInt8>) {
        let n = s.count
        var i = 0
        var inRun = false
        while i < n {
            let w = TextBytes.spaceWidth(s, at: i, end: n)
            if w > 0 {
                inRun = false
                i += w
            } else {
                if !inRun { whitespaceWords += 1 }
                inRun = true
                i += 1
            }
        }
        if n > 0 {
            opensWithQuote = TextBytes.openerWidth(s, at: 0, end: n) > 0 && s[0] != 0x28 && s[0] != 0x5B
        }
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
        // Words.
        i = 0
        var first = true
        var inQuote = false
        while i < n {
            let b = s[i]
            guard Self.isWordByte(b) else {
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
                i += 1
                continue
            }
            if inQuote { quotedWords += 1 }
            let start = i
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            var lowered: [UInt8] = []
            let keep = firstWords.count < 3
            while i < n {
                var c = s[i]
                if Self.isWordByte(c) {
                    i += 1
                } else if (c == 0x27 || c == 0xE2) && i > start {
                    // An apostrophe inside a word: ' or ’.
                    let width = c == 0x27 ? 1 : (i + 2 < n && s[i + 1] == 0x80 && s[i + 2] == 0x99 ? 3 : 0)
                    guard width > 0, i + width < n, Self.isWordByte(s[i + width]), s[i + width] < 0x80 else { break }
                    i += width
                    c = 0x27
                } else {
                    break
                }
                c = TextBytes.lower(c)
                h = (h ^ UInt64(c)) &* 0x100_0000_01b3
                if keep { lowered.append(c) }
            }
            if first {
                opensLowercase =
                    TextBytes.isLower(b) && !(start + 1 < n && TextBytes.isUpper(s[start + 1]))
                    && !(start + 2 < n && TextBytes.isUpper(s[start + 2]))
                first = false
            }
            if TextBytes.isLower(b) { hasLowercaseWord = true }
            hashes.append(h)
            before.append(start > 0 ? s[start - 1] : 0)
            after.append(i < n ? s[i] : 0)
            if keep { firstWords.append(String(decoding: lowered, as: UTF8.self)) }
        }
    }

    @inline(__always) private static func isWordByte(_ b: UInt8) -> Bool {
        TextBytes.isAlphanumeric(b) || b >= 0xC3 && b != 0xE2
    }

    /// The share of words inside quotation marks, 0 to 1.
    var quotedShare: Double { hashes.isEmpty ? 0 : Double(quotedWords) / Double(hashes.count) }

    /// The `k`-th word (0, 1 or 2), lower-cased.
    func word(_ k: Int) -> String? {
        k < firstWords.count ? firstWords[k] : nil
    }

    /// Hashes a lower-case word the way the scan does.
    static func hash(_ word: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// A run of words, optionally with the byte that must come just before or just after it.
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

    /// True when `phrase` starts at word `k`.
    func matches(_ phrase: Phrase, at k: Int) -> Bool {
        let last = k + phrase.words.count - 1
        guard last < hashes.count else { return false }
        for j in phrase.words.indices where hashes[k + j] != phrase.words[j] { return false }
        if let b = phrase.before, before[k] != b { return false }
        if let a = phrase.after, after[last] != a { return false }
        return true
    }
}
