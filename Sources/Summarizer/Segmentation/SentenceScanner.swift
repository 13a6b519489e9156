/// Where one sentence sits in the bytes of a text.
struct SentenceSpan: Equatable {
    /// Byte offset of the first character.
    var start: Int
    /// Byte offset just past the last character.
    var end: Int
    /// Zero-based paragraph.
    var paragraph: Int
    /// The sentence may hold line breaks, tabs, runs of spaces or Unicode spaces.
    var needsCollapse = true
}

/// Finds sentence spans in UTF-8 text: lays the text out into paragraphs, lines and blocks of
/// running prose, then decides at each full stop, question mark, exclamation mark and ellipsis
/// whether a sentence ends there.
struct SentenceScanner {
    private let s: UnsafeBufferPointer<UInt8>
    private(set) var spans: [SentenceSpan] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        s = bytes
    }

    // MARK: Layout: paragraphs and lines

    /// A non-blank line: where its text starts (after any bullet or heading marker) and ends.
    private struct Line {
        var start: Int
        var contentStart: Int
        var end: Int
        var marker: Marker
    }

    private enum Marker { case none, bullet, heading }

    /// Scans the whole text.
    mutating func run() {
        let n = s.count
        var lines: [Line] = []
        var paragraph = 0
        var i = 0
        while i < n {
            var e = i
            while e < n, s[e] != 0x0A, s[e] != 0x0D { e += 1 }
            let (a, b) = trim(i, e)
            if a < b {
                lines.append(line(a, b))
            } else if !lines.isEmpty {
                if layOut(lines, paragraph: paragraph) { paragraph += 1 }
                lines.removeAll(keepingCapacity: true)
            }
            i = e + 1
            if e < n, s[e] == 0x0D, e + 1 < n, s[e + 1] == 0x0A { i += 1 }
        }
        if !lines.isEmpty { _ = layOut(lines, paragraph: paragraph) }
    }

    private func trim(_ start: Int, _ end: Int) -> (Int, Int) {
        var a = start
        var b = end
        while a < b {
            let w = TextBytes.spaceWidth(s, at: a, end: b)
            if w == 0 { break }
            a += w
        }
        while b > a {
            let w = TextBytes.spaceWidth(s, before: b, start: a)
            if w == 0 { break }
            b -= w
        }
        return (a, b)
    }

    /// Reads a bullet ("- ", "* ", "• ", "1. ", "2) ", "a) ") or Markdown heading ("## ") marker.
    private func line(_ start: Int, _ end: Int) -> Line {
        var marker = Marker.none
        var p = start
        let b = s[start]
        if b == 0x23 {  // #
            var q = start
            while q < end, s[q] == 0x23 { q += 1 }
            if q - start <= 6, q < end, TextBytes.spaceWidth(s, at: q, end: end) > 0 { marker = .heading; p = q }
        } else if b == 0x2D || b == 0x2A || b == 0x2B {  // - * +
            if start + 1 < end, TextBytes.spaceWidth(s, at: start + 1, end: end) > 0 { marker = .bullet; p = start + 1 }
        } else if b == 0xE2 || b == 0xC2 {  // • ‣ – — ▪ ◦ ●, ·
            let width = b == 0xC2 ? 2 : 3
            if start + width < end, TextBytes.spaceWidth(s, at: start + width, end: end) > 0 {
                let c1 = s[start + 1]
                let c2 = width == 3 ? s[start + 2] : 0
                let isBullet =
                    (b == 0xC2 && c1 == 0xB7)
                    || (c1 == 0x80 && (c2 == 0xA2 || c2 == 0xA3 || c2 == 0x93 || c2 == 0x94))
                    || (c1 == 0x96 && c2 == 0xAA) || (c1 == 0x97 && (c2 == 0xA6 || c2 == 0x8F))
                if isBullet { marker = .bullet; p = start + width }
            }
        } else if TextBytes.isDigit(b) {
            var q = start
            while q < end, q - start < 3, TextBytes.isDigit(s[q]) { q += 1 }
            if q + 1 < end, s[q] == 0x2E || s[q] == 0x29, TextBytes.spaceWidth(s, at: q + 1, end: end) > 0 {
                marker = .bullet
                p = q + 1
            }
        } else if TextBytes.isLetter(b), start + 2 < end, s[start + 1] == 0x29,
            TextBytes.spaceWidth(s, at: start + 2, end: end) > 0
        {
            marker = .bullet
            p = start + 2
        } else if b == 0x28, start + 3 < end, TextBytes.isAlphanumeric(s[start + 1]), s[start + 2] == 0x29,
            TextBytes.spaceWidth(s, at: start + 3, end: end) > 0
        {
            marker = .bullet
            p = start + 3
        }
        if marker != .none {
            while p < end {
                let w = TextBytes.spaceWidth(s, at: p, end: end)
                if w == 0 { break }
                p += w
            }
        }
        return Line(start: start, contentStart: p, end: end, marker: marker)
    }

    /// Splits a paragraph's lines into blocks of running text and scans each. A line break ends a
    /// sentence unless the text is wrapped prose: the line is nearly as wide as the widest, or the
    /// next line goes on in lower case, or the line ends mid-phrase (a comma, a dash, "and").
    /// Returns whether the paragraph held a sentence.
    private mutating func layOut(_ lines: [Line], paragraph: Int) -> Bool {
        let before = spans.count
        var widest = 0
        for l in lines { widest = max(widest, l.end - l.start) }
        let wrapWidth = max(45, widest * 6 / 10)
        var blockStart = lines[0].contentStart
        for k in 0..<(lines.count - 1) {
            let a = lines[k]
            let b = lines[k + 1]
            var soft = false
            if b.marker == .none, a.marker != .heading {
                soft = (a.end - a.start >= wrapWidth) || TextBytes.isLower(s[b.contentStart]) || endsMidPhrase(a)
            }
            if !soft {
                scanBlock(blockStart, a.end, paragraph: paragraph)
                blockStart = b.contentStart
            }
        }
        scanBlock(blockStart, lines[lines.count - 1].end, paragraph: paragraph)
        return spans.count > before
    }

    /// True when a line stops where a sentence cannot: after a comma, a dash or a joining word.
    private func endsMidPhrase(_ line: Line) -> Bool {
        let last = s[line.end - 1]
        if last == 0x2C || last == 0x3B || last == 0x2D || last == 0x26 || last == 0x2F || last == 0x28 { return true }
        if last == 0x94 || last == 0x93, line.end - 3 >= line.contentStart, s[line.end - 3] == 0xE2 { return true }
        var a = line.end
        while a > line.contentStart, TextBytes.isLetter(s[a - 1]) { a -= 1 }
        guard a > line.contentStart, line.end - a <= 4, line.end > a else { return false }
        switch TextBytes.lowercasedString(s, a, line.end) {
        case "the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from", "but", "that":
            return true
        default:
            return false
        }
    }

    // MARK: Sentence ends inside a block

    /// Scans running text for sentence ends.
    private mutating func scanBlock(_ start: Int, _ end: Int, paragraph: Int) {
        var sentenceStart = start
        var i = start
        // Whether the sentence so far has whitespace other than single spaces.
        var dirty = false
        var previousWasSpace = false
        while i < end {
            let b = s[i]
            let isTerminator = b == 0x2E || b == 0x3F || b == 0x21 || (b == 0xE2 && TextBytes.isEllipsis(s, at: i, end: end))
            if !isTerminator {
                if b == 0x20 {
                    if previousWasSpace { dirty = true }
                    previousWasSpace = true
                    if i + 1 < end, missingStop(at: i, blockStart: start, blockEnd: end) {
                        emit(sentenceStart, i, paragraph: paragraph, dirty: dirty)
                        sentenceStart = i + 1
                        dirty = false
                    }
                } else {
                    if b < 0x20 || ((b == 0xC2 || b == 0xE2 || b == 0xE3) && TextBytes.spaceWidth(s, at: i, end: end) > 0) {
                        dirty = true
                    }
                    previousWasSpace = false
                }
                i += 1
                continue
            }
            previousWasSpace = false
            var j = i
            var dots = 0
            var marks = 0
            var ellipses = 0
            while j < end {
                let c = s[j]
                if c == 0x2E {
                    dots += 1
                    j += 1
                } else if c == 0x3F || c == 0x21 {
                    marks += 1
                    j += 1
                } else if c == 0xE2, TextBytes.isEllipsis(s, at: j, end: end) {
                    ellipses += 1
                    j += 3
                } else {
                    break
                }
            }
            var k = j
            var closers = 0
            while k < end {
                let w = TextBytes.closerWidth(s, at: k, end: end)
                if w == 0 { break }
                k += w
                closers += 1
            }
            let run = Run(start: i, end: j, dots: dots, marks: marks, ellipses: ellipses, closers: closers)
            if k < end, endsSentence(run, next: k, blockStart: start, blockEnd: end) {
                emit(sentenceStart, k, paragraph: paragraph, dirty: dirty)
                sentenceStart = k
                dirty = false
            }
            i = k
        }
        emit(sentenceStart, end, paragraph: paragraph, dirty: dirty)
    }

    /// Records a sentence, trimmed, if it holds a letter or a digit.
    private mutating func emit(_ start: Int, _ end: Int, paragraph: Int, dirty: Bool) {
        let (a, b) = trim(start, end)
        guard a < b else { return }
        var hasWord = false
        var p = a
        while p < b {
            let c = s[p]
            if c < 0x80 {
                if TextBytes.isAlphanumeric(c) { hasWord = true; break }
                p += 1
            } else if let (scalar, w) = TextBytes.scalar(s, at: p, end: b) {
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { hasWord = true; break }
                p += w
            } else {
                p += 1
            }
        }
        if hasWord { spans.append(SentenceSpan(start: a, end: b, paragraph: paragraph, needsCollapse: dirty)) }
    }

    /// A run of terminal punctuation and the closing quotes and brackets after it.
    private struct Run {
        var start: Int
        var end: Int
        var dots: Int
        var marks: Int
        var ellipses: Int
        var closers: Int
    }

    /// What starts the next word after a possible sentence end.
    private enum Opening { case upper, lower, digit, symbol, punctuation }

    private struct NextWord {
        var opening: Opening
        /// The word itself (letters only), without any opening quote or bracket.
        var word: String
        /// Whether an opening quote or bracket came first.
        var quoted: Bool
        /// Lower case then upper case, as in "iPhone" and "eBay".
        var camelCase: Bool
        /// Where the word ends.
        var end: Int
    }

    /// Decides whether the run of terminal punctuation ends a sentence; `next` is the first byte
    /// after the run and its closing quotes and brackets.
    private func endsSentence(_ run: Run, next: Int, blockStart: Int, blockEnd: Int) -> Bool {
        let space = TextBytes.spaceWidth(s, at: next, end: blockEnd)
        if space == 0 {
            return run.ellipses == 0 && run.dots <= 1 && missingSpaceEnd(run, next: next, blockStart: blockStart, blockEnd: blockEnd)
        }
        var m = next
        while m < blockEnd {
            let w = TextBytes.spaceWidth(s, at: m, end: blockEnd)
            if w == 0 { break }
            m += w
        }
        guard m < blockEnd else { return false }
        let following = nextWord(at: m, end: blockEnd)
        let startsSentence: Bool
        switch following.opening {
        case .upper, .digit, .symbol: startsSentence = true
        case .lower: startsSentence = following.camelCase
        case .punctuation: startsSentence = false
        }

        // An ellipsis ends a sentence only before a capital: "0.1%... in the third quarter" goes on.
        if run.ellipses > 0 || run.dots >= 2 {
            return following.opening == .upper
        }
        let (wordStart, wordEnd) = previousWord(before: run.start, blockStart: blockStart)
        // "?" and "!" end a sentence unless the next word goes on in lower case ("Why?" he asked).
        if run.dots == 0 {
            if run.marks > 0, wordEnd > wordStart, wordEnd - wordStart <= 8,
                SegmenterVocabulary.exclaimingNames.contains(TextBytes.lowercasedString(s, wordStart, wordEnd))
            {
                return false
            }
            return startsSentence
        }
        // A closing quote or bracket after the stop: the abbreviation, if any, ended the sentence.
        if run.closers > 0 || run.marks > 0 || wordEnd == wordStart {
            return startsSentence
        }
        guard let kind = abbreviationKind(wordStart, wordEnd) else { return startsSentence }
        switch kind {
        case .neverFinal:
            return false
        case .beforeNumber:
            return following.opening == .digit || isRomanNumeral(following.word) ? false : startsSentence
        case .month:
            return following.opening == .digit ? false : startsSentence
        case .weekday:
            if following.opening == .digit || SegmenterVocabulary.months.contains(following.word) { return false }
            return startsSentence
        case .mayEnd:
            return opensSentence(following)
        case .time:
            guard following.opening == .upper else { return following.opening == .symbol && following.quoted }
            if SegmenterVocabulary.timeFollowers.contains(following.word) { return false }
            // "5 p.m. London time", "9 a.m. New York time"
            if wordAfter(following.end, blockEnd, isOneOf: ["time", "Time"]) { return false }
            return true
        }
    }

    /// After an abbreviation that may end a sentence: a usual sentence opener, or a quotation.
    private func opensSentence(_ w: NextWord) -> Bool {
        switch w.opening {
        case .upper: return w.quoted || SegmenterVocabulary.sentenceOpeners.contains(w.word)
        case .symbol: return w.quoted
        case .lower, .digit, .punctuation: return false
        }
    }

    /// The abbreviation class of the word before a full stop: a known abbreviation, a dotted
    /// initialism (U.S, Ph.D), or a single capital letter (an initial).
    private func abbreviationKind(_ start: Int, _ end: Int) -> SegmenterVocabulary.AbbreviationKind? {
        let length = end - start
        guard length <= 12 else { return nil }
        if length == 1, TextBytes.isUpper(s[start]) { return .mayEnd }
        let key = TextBytes.lowercasedString(s, start, end)
        if let kind = SegmenterVocabulary.kind(ofLowercased: key) { return kind }
        // Dotted initialisms: every dot-separated part is one or two letters.
        var sawDot = false
        var partLength = 0
        for k in start..<end {
            let c = s[k]
            if c == 0x2E {
                guard partLength > 0 else { return nil }
                sawDot = true
                partLength = 0
            } else if TextBytes.isLetter(c) {
                partLength += 1
                if partLength > 2 { return nil }
            } else {
                return nil
            }
        }
        return sawDot && partLength > 0 ? .mayEnd : nil
    }

    /// The word just before `i`: back to the previous space, without opening quotes or brackets.
    private func previousWord(before i: Int, blockStart: Int) -> (Int, Int) {
        var a = i
        while a > blockStart, TextBytes.spaceWidth(s, before: a, start: blockStart) == 0 { a -= 1 }
        while a < i {
            let w = TextBytes.openerWidth(s, at: a, end: i)
            if w == 0 { break }
            a += w
        }
        return (a, i)
    }

    private func nextWord(at start: Int, end: Int) -> NextWord {
        var p = start
        var quoted = false
        while p < end {
            let w = TextBytes.openerWidth(s, at: p, end: end)
            if w == 0 { break }
            p += w
            quoted = true
        }
        guard p < end else { return NextWord(opening: .punctuation, word: "", quoted: quoted, camelCase: false, end: p) }
        let c = s[p]
        var opening: Opening
        if TextBytes.isUpper(c) {
            opening = .upper
        } else if TextBytes.isLower(c) {
            opening = .lower
        } else if TextBytes.isDigit(c) {
            opening = .digit
        } else if c < 0x80 {
            // "$5bn", "#1", "£" below; other ASCII punctuation (",", ")", "-") goes on.
            opening = c == 0x24 || c == 0x23 || c == 0x40 ? .symbol : .punctuation
        } else if let (scalar, _) = TextBytes.scalar(s, at: p, end: end) {
            let props = scalar.properties
            if props.isUppercase || props.generalCategory == .titlecaseLetter {
                opening = .upper
            } else if props.isLowercase {
                opening = .lower
            } else if props.numericType != nil {
                opening = .digit
            } else if props.generalCategory == .currencySymbol || props.isAlphabetic {
                opening = .symbol
            } else {
                opening = .punctuation
            }
        } else {
            opening = .punctuation
        }
        var e = p
        while e < end, e - p < 16, TextBytes.isLetter(s[e]) { e += 1 }
        var camel = false
        if opening == .lower {
            var q = p + 1
            while q < e, q - p <= 2 {
                if TextBytes.isUpper(s[q]) { camel = true; break }
                q += 1
            }
        }
        let word = e > p ? TextBytes.string(s, p, e) : ""
        return NextWord(opening: opening, word: word, quoted: quoted, camelCase: camel, end: e)
    }

    /// True when the word after `i` (past spaces) is one of `words`.
    private func wordAfter(_ i: Int, _ end: Int, isOneOf words: Set<String>) -> Bool {
        var p = i
        while p < end {
            let w = TextBytes.spaceWidth(s, at: p, end: end)
            if w == 0 { break }
            p += w
        }
        var e = p
        while e < end, e - p < 8, TextBytes.isLetter(s[e]) { e += 1 }
        return e > p && words.contains(TextBytes.string(s, p, e))
    }

    /// A Roman numeral after "Vol." or "No.": II, IV, XII; a lone "I" is the pronoun.
    private func isRomanNumeral(_ word: String) -> Bool {
        word != "I" && !word.isEmpty && word.utf8.count <= 6 && word.utf8.allSatisfy { "IVXLC".utf8.contains($0) }
    }

    /// A sentence that lost its full stop, as photo captions do when a web page becomes text:
    /// "has denied the charges The trial continues". True when the space at `i` comes after a
    /// lower-case word or a number and before "The", "An" or a capitalized pronoun that is
    /// followed by a lower-case word; never after a word that introduces a title ("the film The
    /// Birds", "from The Times").
    private func missingStop(at i: Int, blockStart: Int, blockEnd: Int) -> Bool {
        let c = s[i + 1]
        guard c == 0x54 || c == 0x48 || c == 0x53 || c == 0x49 || c == 0x57 || c == 0x41 else { return false }  // T H S I W A
        var e = i + 2
        while e < blockEnd, e - i <= 6, TextBytes.isLower(s[e]) { e += 1 }
        guard e + 1 < blockEnd, s[e] == 0x20, TextBytes.isLower(s[e + 1]) || TextBytes.isDigit(s[e + 1]) else { return false }
        guard SegmenterVocabulary.isMissingStopOpener(s, i + 1, e) else { return false }
        // The word before: starts in lower case (or is a number) and ends in a letter, digit, ")" or "%".
        let (a, _) = previousWord(before: i, blockStart: blockStart)
        guard a < i else { return false }
        let first = s[a]
        let last = s[i - 1]
        guard TextBytes.isLower(first) || TextBytes.isDigit(first) || first == 0x24 else { return false }
        guard TextBytes.isLower(last) || TextBytes.isDigit(last) || last == 0x29 || last == 0x25 else { return false }
        if i - a <= 12, SegmenterVocabulary.titleIntroducers.contains(TextBytes.lowercasedString(s, a, i)) { return false }
        return true
    }

    /// A full stop, "?" or "!" with no space after it ends a sentence when a lower-case word comes
    /// before it and a capitalized word follows ("overnight.Aid"); web addresses, e-mail addresses
    /// and dotted names ("example.com", "Node.js") do not.
    private func missingSpaceEnd(_ run: Run, next: Int, blockStart: Int, blockEnd: Int) -> Bool {
        guard next + 1 < blockEnd, TextBytes.isUpper(s[next]), TextBytes.isLower(s[next + 1]) else { return false }
        // The word after must be plain letters, then a space or punctuation that is not part of an address.
        var e = next + 1
        while e < blockEnd, TextBytes.isLetter(s[e]) { e += 1 }
        if e < blockEnd {
            let c = s[e]
            if c == 0x2E, e + 1 < blockEnd, TextBytes.isAlphanumeric(s[e + 1]) { return false }
            if c == 0x2F || c == 0x40 || c == 0x3A && e + 1 < blockEnd && s[e + 1] == 0x2F { return false }
            if TextBytes.isDigit(c) || c == 0x5F || c == 0x2D && e + 1 < blockEnd && TextBytes.isLetter(s[e + 1]) {
                return false
            }
        }
        // The word before must be plain letters (or a hyphenated word), ending in lower case.
        var a = run.start
        while a > blockStart, TextBytes.isLetter(s[a - 1]) || s[a - 1] == 0x2D || s[a - 1] == 0x27 { a -= 1 }
        guard run.start - a >= 2, TextBytes.isLower(s[run.start - 1]) else { return false }
        // Part of a longer token ("www.example", "user@host", "a.b"): an address or a dotted name.
        if a > blockStart, TextBytes.spaceWidth(s, before: a, start: blockStart) == 0,
            !TextBytes.isOpener(s, before: a, start: blockStart)
        {
            return false
        }
        return true
    }
}
