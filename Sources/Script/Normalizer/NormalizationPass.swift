/// One run of the normalizer over a text: walks the tokens once, left to right, and writes the
/// words a listener should hear. Rules live in extensions (numbers, dates, words, symbols).
struct NormalizationPass {
    /// Tokens as the rules see them (all-capital headlines already re-cased).
    let tokens: [SpeechToken]
    /// Tokens as written, for lexicon matching.
    let source: [SpeechToken]
    let lexicon: Lexicon
    let options: SpeechNormalizer.Options

    var out = ""
    var i = 0
    /// The next word needs a space even if the text had none ("3D" -> "three D").
    var forceSpace = false
    /// The last thing written was a number, time or amount: a following dash means "to".
    var lastNumeric = false
    /// The last thing written was a year (for "2023-24").
    var lastYear: Int? = nil
    /// A range started after a year: the next two-digit number is a year too.
    var rangeFromYear: Int? = nil

    init(tokens: [SpeechToken], source: [SpeechToken], lexicon: Lexicon, options: SpeechNormalizer.Options) {
        self.tokens = tokens
        self.source = source
        self.lexicon = lexicon
        self.options = options
        out.reserveCapacity(tokens.count * 6)
    }

    mutating func run() -> String {
        while i < tokens.count {
            if let m = lexicon.match(source, at: i) {
                var replacement = m.replacement
                let after = i + m.count
                // "Kyiv's" with Kyiv in phonemes: the possessive goes inside the phonemes.
                if replacement.hasSuffix("]]"), let s = tok(after), s.kind == .word, !s.spaceBefore,
                    s.plainText == "'s" || s.plainText == "'S"
                {
                    replacement = Self.phonemesWithPossessive(replacement)
                    emit(replacement, space: tokens[i].spaceBefore)
                    i = after + 1
                    continue
                }
                emit(replacement, space: tokens[i].spaceBefore)
                i = after
                continue
            }
            let t = tokens[i]
            switch t.kind {
            case .newline:
                while out.last == " " { out.removeLast() }
                out.append("\n")
                forceSpace = false
                lastNumeric = false
                i += 1
            case .number:
                numberRules()
            case .word:
                if !wordRules() {
                    emitWordVerbatim(t)
                    i += 1
                }
            case .symbol:
                symbolRules()
            }
        }
        while out.last == " " || out.last == "\n" { out.removeLast() }
        return out
    }

    /// "[[k'i:v]]" -> "[[k'i:vz]]": adds the sound of a possessive "'s" to phonemes.
    static func phonemesWithPossessive(_ replacement: String) -> String {
        let body = replacement.dropLast(2)
        let ending: String
        if body.hasSuffix("tS") || body.hasSuffix("dZ") || body.last.map({ "szSZ".contains($0) }) == true {
            ending = "I2z"
        } else if body.last.map({ "ptkfT".contains($0) }) == true {
            ending = "s"
        } else {
            ending = "z"
        }
        return body + ending + "]]"
    }

    // MARK: Output

    /// Writes words. `space`: the text had a space before them. `word`: these are words (not
    /// punctuation), so they must be separated from the words before them.
    mutating func emit(_ s: String, space: Bool, word: Bool = true, numeric: Bool = false) {
        guard !s.isEmpty else { return }
        if let last = out.last, last != "\n", last != " " {
            if space || (forceSpace && word) { out.append(" ") }
        }
        out.append(s)
        forceSpace = word
        lastNumeric = numeric
        if !numeric { lastYear = nil }
        rangeFromYear = nil
    }

    /// Writes words that stand for a number, time, amount or date.
    mutating func emitNumeric(_ s: String, space: Bool, year: Int? = nil) {
        emit(s, space: space, numeric: true)
        lastYear = year
    }

    /// A short pause (a comma), used for dashes. Never doubles punctuation.
    mutating func emitPause() {
        if let last = out.last, !",.;:!?(\n".contains(last) {
            while out.last == " " { out.removeLast() }
            out.append(",")
        }
        forceSpace = true
        lastNumeric = false
        lastYear = nil
    }

    mutating func emitWordVerbatim(_ t: SpeechToken) {
        let text = t.plainText
        // A possessive "'s" sticks to what it follows.
        let isSuffix = text == "'s" || text == "'S"
        if isSuffix && !t.spaceBefore {
            out.append(text)
            forceSpace = true
            lastNumeric = false
            return
        }
        emit(text, space: t.spaceBefore)
    }

    // MARK: Looking around

    func tok(_ k: Int) -> SpeechToken? { k >= 0 && k < tokens.count ? tokens[k] : nil }

    /// Token k exists and touches the token before it.
    func adjacent(_ k: Int) -> Bool { k < tokens.count && !tokens[k].spaceBefore && tokens[k].kind != .newline }

    func isSymbol(_ k: Int, _ c: Character) -> Bool { tok(k)?.isSymbol(c) ?? false }

    func isWord(_ k: Int, _ s: String) -> Bool {
        guard let t = tok(k), t.kind == .word else { return false }
        return t.text == s
    }

    func wordLower(_ k: Int) -> String? {
        guard let t = tok(k), t.kind == .word else { return nil }
        return t.text.lowercased()
    }

    /// Whether token k begins a sentence (start of text or line, or after . ! ?).
    func isSentenceStart(_ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, tokens[j].isSymbol(in: ["\"", "'", "(", "\u{201C}", "\u{2018}"]) { j -= 1 }
        guard j >= 0 else { return true }
        let p = tokens[j]
        if p.kind == .newline { return true }
        return p.kind == .symbol && (p.text == "." || p.text == "!" || p.text == "?" || p.text == ":")
    }

    /// Whether a full stop just before token k ends a sentence. `strong`: the abbreviation
    /// often ends sentences ("etc."), so any capitalized word after it starts a new one.
    func periodEndsSentence(before k: Int, strong: Bool) -> Bool {
        var j = k
        while j < tokens.count, tokens[j].isSymbol(in: ["\"", "'", ")", "\u{201D}", "\u{2019}"]) { j += 1 }
        guard j < tokens.count else { return true }
        let t = tokens[j]
        switch t.kind {
        case .newline: return true
        case .number: return false
        case .symbol: return strong && t.isSymbol(in: ["\"", "\u{201C}", "("])
        case .word:
            guard t.isCapitalized else { return false }
            if Vocabulary.sentenceStarters.contains(t.text) { return true }
            if Vocabulary.months[t.text] != nil || Vocabulary.weekdayNames.contains(t.text)
                || Vocabulary.timeZones[t.text] != nil || (t.isAllCaps && t.text.count > 1)
            {
                return false
            }
            return strong
        }
    }

    /// Writes "." when the abbreviation that ended before k also ended its sentence.
    mutating func closeSentenceIfNeeded(before k: Int, strong: Bool) {
        if periodEndsSentence(before: k, strong: strong) {
            out.append(".")
            forceSpace = false
            lastNumeric = false
        }
    }
}
