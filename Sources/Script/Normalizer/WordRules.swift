/// Rules that start at a word: month and weekday abbreviations, titles, abbreviations,
/// Roman numerals and initialisms.
extension NormalizationPass {
    mutating func wordRules() -> Bool {
        // Most words are plain words followed by a space: no rule applies to them.
        let t = tokens[i]
        if t.upperCount < 2 && !adjacent(i + 1) && !Vocabulary.ruleWords.contains(t.text) { return false }
        return webRule() || currencyPrefixRule() || monthRule() || weekdayRule() || titleRule() || abbreviationRule()
            || dottedRule() || specialWordRule() || romanRule() || initialismRule()
    }

    func hasPeriod(after k: Int) -> Bool { isSymbol(k + 1, ".") && adjacent(k + 1) }

    // MARK: Money written with letters

    /// "US$5m", "A$10", "USD 5bn", "Rs 500".
    mutating func currencyPrefixRule() -> Bool {
        let k = i
        let w = tokens[k].text
        if let country = Vocabulary.dollarPrefixes[w], isSymbol(k + 1, "$"), adjacent(k + 1), tok(k + 2)?.kind == .number {
            let name = country == "US" ? "U.S" : country
            return currencyRule(Vocabulary.dollars(name), amountAt: k + 2, start: k)
        }
        if let c = Vocabulary.currencyCodes[w] {
            var a = k + 1
            if isSymbol(a, "."), adjacent(a) { a += 1 }
            if tok(a)?.kind == .number { return currencyRule(c, amountAt: a, start: k) }
        }
        return false
    }

    // MARK: Dates

    /// "Sept. 23, 2024", "Jan 1st", "September 2024", "Sept." alone.
    mutating func monthRule() -> Bool {
        let k = i
        guard let (month, afterMonth) = monthAt(k) else { return false }
        let t = tokens[k]
        let name = Vocabulary.monthNames[month - 1]
        let isAbbreviation = t.text != name
        let hadPeriod = afterMonth > k + 1
        if let d = tok(afterMonth), d.kind == .number, d.spaceBefore || hadPeriod, d.text.utf8.count <= 2,
            let dv = d.intValue, (1...31).contains(dv), !isSymbol(afterMonth + 1, ":"), !isQuantityAfter(afterMonth + 1)
        {
            var j = afterMonth + 1
            if let s = tok(j), adjacent(j), Self.isOrdinalSuffix(s.text) { j += 1 }
            var words = name + " " + NumberSpeller.ordinal(UInt64(dv))
            if let dash = tok(j), dash.isSymbol(in: ["-", "\u{2013}"]), let b = tok(j + 1), b.kind == .number,
                b.text.utf8.count <= 2, let bv = b.intValue, bv > dv, bv <= 31
            {
                words += " to " + NumberSpeller.ordinal(UInt64(bv))
                j += 2
                if let s = tok(j), adjacent(j), Self.isOrdinalSuffix(s.text) { j += 1 }
            }
            var y = j
            if isSymbol(y, ",") { y += 1 }
            if let yt = tok(y), yt.kind == .number, yt.spaceBefore, yt.text.utf8.count == 4, let yv = yt.intValue,
                (1000...2099).contains(yv), !(isSymbol(y + 1, ",") && adjacent(y + 1) && adjacent(y + 2))
            {
                words += (y > j ? ", " : " ") + NumberSpeller.year(yv)
                j = y + 1
            }
            emitNumeric(words, space: t.spaceBefore)
            i = j
            return true
        }
        if let yt = tok(afterMonth), yt.kind == .number, yt.spaceBefore, yt.text.utf8.count == 4, let yv = yt.intValue,
            (1000...2099).contains(yv), !isQuantityAfter(afterMonth + 1)
        {
            emitNumeric(name + " " + NumberSpeller.year(yv), space: t.spaceBefore, year: yv)
            i = afterMonth + 1
            return true
        }
        guard isAbbreviation else { return false }
        if Vocabulary.ambiguousMonths.contains(t.text) && !hadPeriod {
            // "in Jan", "since Mar": a month after a word of time.
            guard let p = wordLower(k - 1), Vocabulary.monthPrepositions.contains(p) else { return false }
        }
        emit(name, space: t.spaceBefore)
        i = afterMonth
        if hadPeriod { closeSentenceIfNeeded(before: afterMonth, strong: true) }
        return true
    }

    /// "Mon., Sept. 23", "Thurs", "Mon-Fri".
    mutating func weekdayRule() -> Bool {
        let k = i
        let t = tokens[k]
        guard let full = Vocabulary.weekdayAbbreviations[t.text] else { return false }
        var j = k + 1
        let period = hasPeriod(after: k)
        if period { j += 1 }
        if let d = tok(j), d.isSymbol(in: ["-", "\u{2013}"]), let w2 = tok(j + 1), w2.kind == .word,
            let full2 = Vocabulary.weekdayAbbreviations[w2.text]
        {
            var e = j + 2
            if hasPeriod(after: j + 1) { e += 1 }
            emit(full + " to " + full2, space: t.spaceBefore)
            i = e
            return true
        }
        var n = j
        if isSymbol(n, ",") { n += 1 }
        let dateFollows = (tok(n)?.kind == .number && (tok(n)?.intValue ?? 99) <= 31) || monthAt(n) != nil
        let unambiguous: Set<String> = ["Tue", "Tues", "Thu", "Thur", "Thurs", "Weds", "Fri"]
        let periodOK = period && !previousIsThe(k)
        guard dateFollows || unambiguous.contains(t.text) || periodOK else { return false }
        emit(full, space: t.spaceBefore)
        i = j
        if period && !dateFollows { closeSentenceIfNeeded(before: j, strong: true) }
        return true
    }

    // MARK: Titles and street words

    mutating func titleRule() -> Bool {
        let k = i
        let t = tokens[k]
        let w = t.text
        let period = hasPeriod(after: k)
        let after = period ? k + 2 : k + 1
        let next = tok(after)
        let prevIsName: Bool = {
            guard t.spaceBefore, let p = tok(k - 1) else { return false }
            if p.kind == .number { return true }
            return p.kind == .word && p.isCapitalized
        }()
        // After a name, "St. He ..." is a street ending a sentence, not "Saint He".
        let nextIsName =
            next.map {
                $0.kind == .word && $0.isCapitalized && $0.spaceBefore
                    && !(period && prevIsName && Vocabulary.sentenceStarters.contains($0.text))
            } ?? false
        let nextIsTitle = next.map { $0.kind == .word && Vocabulary.titles[$0.text] != nil } ?? false

        switch w {
        case "No", "no", "Nos", "nos":
            var a = after
            if isSymbol(a, "#") { a += 1 }
            guard tok(a)?.kind == .number, period || w.first == "N" else { return false }
            let plural = w.utf8.count == 3
            let word = (w.first == "N" ? "N" : "n") + (plural ? "umbers" : "umber")
            emit(word, space: t.spaceBefore)
            i = a
            return true
        case "vs", "Vs", "VS":
            emit("versus", space: t.spaceBefore)
            i = after
            return true
        case "v":
            guard prevIsName, nextIsName else { return false }
            emit("versus", space: t.spaceBefore)
            i = after
            return true
        case "St", "Dr":
            let streetFollowers: Set<String> = ["Journal", "Station", "Market", "Bridge", "Mall", "Entrance"]
            if nextIsName && !(prevIsName && streetFollowers.contains(next?.text ?? "")) {
                emit(w == "St" ? "Saint" : "Doctor", space: t.spaceBefore)
                i = after
                return true
            }
            if prevIsName {
                emit(w == "St" ? "Street" : "Drive", space: t.spaceBefore)
                i = after
                if period { closeSentenceIfNeeded(before: after, strong: true) }
                return true
            }
            return false
        case "Jr", "Sr":
            guard prevIsName || isSymbol(k - 1, ",") else { break }
            emit(w == "Jr" ? "Junior" : "Senior", space: t.spaceBefore)
            i = after
            if period { closeSentenceIfNeeded(before: after, strong: true) }
            return true
        case "Gen":
            if let n = next, Vocabulary.generationWords.contains(n.text) { return false }
        case "Hon":
            guard isWord(k - 1, "Rt") || isWord(k - 1, "Right") || nextIsName else { return false }
            emit("Honourable", space: t.spaceBefore)
            i = after
            return true
        case "Rt":
            guard nextIsName || nextIsTitle || isWord(after, "Hon") else { return false }
            emit("Right", space: t.spaceBefore)
            i = after
            return true
        default:
            break
        }
        if let street = Vocabulary.streetSuffixes[w], prevIsName, !nextIsName {
            emit(street, space: t.spaceBefore)
            i = after
            if period { closeSentenceIfNeeded(before: after, strong: true) }
            return true
        }
        // With a full stop, a title is an abbreviation unless a lower-case word follows.
        let periodTitle = period && (next == nil || next?.kind == .newline || nextIsName || Vocabulary.alwaysTitles.contains(w))
        if let title = Vocabulary.titles[w], nextIsName || nextIsTitle || periodTitle {
            emit(title, space: t.spaceBefore)
            i = after
            return true
        }
        return false
    }

    // MARK: Abbreviations

    mutating func abbreviationRule() -> Bool {
        let k = i
        let t = tokens[k]
        let w = t.text
        let period = hasPeriod(after: k)
        if period, let (words, canEnd) = Vocabulary.periodAbbreviations[w] {
            emit(words, space: t.spaceBefore)
            i = k + 2
            if canEnd { closeSentenceIfNeeded(before: k + 2, strong: true) }
            return true
        }
        if !period, let words = Vocabulary.bareAbbreviations[w] {
            emit(words, space: t.spaceBefore)
            i = k + 1
            return true
        }
        if w == "et", wordLower(k + 1) == "al" {
            var e = k + 2
            let p = hasPeriod(after: k + 1)
            if p { e += 1 }
            emit("and others", space: t.spaceBefore)
            i = e
            if p { closeSentenceIfNeeded(before: e, strong: true) }
            return true
        }
        if w == "Co" {
            let after = period ? k + 2 : k + 1
            if let n = tok(after), n.kind == .word, n.isCapitalized, n.spaceBefore {
                emit("County", space: t.spaceBefore)
                i = after
                return true
            }
            guard period, let p = tok(k - 1), (p.kind == .word && p.isCapitalized) || p.isSymbol("&") else {
                return false
            }
            emit("Company", space: t.spaceBefore)
            i = after
            closeSentenceIfNeeded(before: after, strong: true)
            return true
        }
        if period, let state = Vocabulary.stateAbbreviations[w], isSymbol(k - 1, ","),
            tok(k - 2)?.isCapitalized == true
        {
            emit(state, space: t.spaceBefore)
            i = k + 2
            closeSentenceIfNeeded(before: k + 2, strong: true)
            return true
        }
        if period, tok(k + 2)?.kind == .number, let words = Vocabulary.numberAbbreviations[w] {
            emit(words, space: t.spaceBefore)
            i = k + 2
            return true
        }
        return false
    }

    /// "U.S.", "e.g.", "i.e.", "a.m.", "Ph.D.", and single initials ("John F. Kennedy").
    mutating func dottedRule() -> Bool {
        let k = i
        let first = tokens[k]
        guard first.scalarCount <= 2, hasPeriod(after: k) else { return false }
        var parts = [first.text]
        var j = k + 2
        var endsWithPeriod = true
        while let t = tok(j), adjacent(j), t.kind == .word, t.scalarCount <= 2 {
            parts.append(t.text)
            if hasPeriod(after: j) {
                j += 2
            } else {
                j += 1
                endsWithPeriod = false
                break
            }
        }
        if parts.count == 1 {
            // A single initial before a name: drop the full stop so it does not end the sentence.
            guard first.scalarCount == 1, first.isAllCaps, let n = tok(k + 2), n.kind == .word, n.isCapitalized,
                n.spaceBefore, !Vocabulary.sentenceStarters.contains(n.text)
            else { return false }
            emit(first.text, space: first.spaceBefore)
            i = k + 2
            return true
        }
        let key = parts.joined().lowercased()
        if let (words, canEnd) = Vocabulary.dottedAbbreviations[key] {
            emit(words, space: first.spaceBefore)
            i = j
            if endsWithPeriod && canEnd { closeSentenceIfNeeded(before: j, strong: true) }
            return true
        }
        if key == "am" || key == "pm" {
            emit(key == "am" ? "a.m" : "p.m", space: first.spaceBefore)
            i = j
            if endsWithPeriod { closeSentenceIfNeeded(before: j, strong: true) }
            return true
        }
        let letters = parts.joined().map(String.init).joined(separator: ".")
        emit(letters, space: first.spaceBefore)
        i = j
        if endsWithPeriod { closeSentenceIfNeeded(before: j, strong: false) }
        return true
    }

    // MARK: Special words

    /// "FY2024", "WW2", "R&D", "AT&T", and words with readings of their own ("FTSE").
    mutating func specialWordRule() -> Bool {
        let k = i
        let t = tokens[k]
        let w = t.text
        if w == "FY" || w == "Fy" {
            guard let n = tok(k + 1), n.kind == .number, let v = n.intValue else { return false }
            var words = "fiscal year "
            if n.text.utf8.count == 4 {
                words += NumberSpeller.year(v)
            } else if n.text.utf8.count == 2 {
                words += NumberSpeller.shortYear(v)
            } else {
                return false
            }
            var e = k + 2
            if isSymbol(e, "/") || isSymbol(e, "-"), adjacent(e), let n2 = tok(e + 1), n2.kind == .number,
                n2.text.utf8.count == 2, let v2 = n2.intValue
            {
                words += " to " + NumberSpeller.shortYear(v2)
                e += 2
            }
            emitNumeric(words, space: t.spaceBefore)
            i = e
            return true
        }
        if w == "WW", let n = tok(k + 1), adjacent(k + 1), n.text == "1" || n.text == "2" {
            emit(n.text == "1" ? "World War One" : "World War Two", space: t.spaceBefore)
            i = k + 2
            return true
        }
        // Letters & letters: "R&D", "AT&T", "M&S".
        if t.isAllCaps, t.scalarCount <= 3, isSymbol(k + 1, "&"), adjacent(k + 1), adjacent(k + 2), let b = tok(k + 2),
            b.kind == .word, b.isAllCaps, b.scalarCount <= 3
        {
            emit(Self.spelled(w) + " and " + Self.spelled(b.text), space: t.spaceBefore)
            i = k + 3
            return true
        }
        if let r = Vocabulary.specialReadings[w] {
            emit(r, space: t.spaceBefore)
            i = k + 1
            return true
        }
        return false
    }

    // MARK: Roman numerals

    /// The value of a Roman numeral written in canonical form with I, V, X and L (1...89).
    static func romanValue(_ s: String) -> Int? {
        guard !s.isEmpty, s.utf8.count <= 7 else { return nil }
        var total = 0
        var prev = 0
        for c in s.reversed() {
            let v: Int
            switch c {
            case "I": v = 1
            case "V": v = 5
            case "X": v = 10
            case "L": v = 50
            default: return nil
            }
            if v < prev { total -= v } else { total += v; prev = v }
        }
        guard total > 0, total < 90, romanString(total) == s else { return nil }
        return total
    }

    static func romanString(_ n: Int) -> String {
        let table: [(Int, String)] = [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n
        var s = ""
        for (v, r) in table {
            while n >= v {
                s += r
                n -= v
            }
        }
        return s
    }

    static func capitalizedWords(_ s: String) -> String {
        s.split(separator: " ").map { w in w.prefix(1).uppercased() + w.dropFirst() }.joined(separator: " ")
    }

    /// "Charles III" -> "Charles the Third", "World War II" -> "World War Two".
    mutating func romanRule() -> Bool {
        let k = i
        let t = tokens[k]
        guard t.isAllCaps, t.spaceBefore, let v = Self.romanValue(t.text), let p = tok(k - 1), p.kind == .word,
            p.isCapitalized
        else { return false }
        if t.scalarCount == 1 {
            let cardinalContext = Vocabulary.romanCardinalContext.contains(p.text)
            guard t.text == "I" || t.text == "V", Vocabulary.regnalNames.contains(p.text) || cardinalContext else {
                return false
            }
            if t.text == "I" && !cardinalContext {
                // "Charles I." or "Charles I of England", not "Yesterday I said".
                let n = tok(k + 1)
                let okNext = n == nil || n?.kind == .newline || (n?.kind == .symbol && n?.text != "'")
                    || wordLower(k + 1) == "of" || wordLower(k + 1) == "and" || n?.text == "'s"
                guard okNext else { return false }
            }
        }
        let words: String
        if Vocabulary.romanCardinalContext.contains(p.text) {
            words = Self.capitalizedWords(NumberSpeller.cardinal(UInt64(v)))
        } else {
            words = "the " + Self.capitalizedWords(NumberSpeller.ordinal(UInt64(v)))
        }
        emit(words, space: t.spaceBefore)
        i = k + 1
        return true
    }

    // MARK: Initialisms

    static func hasVowel(_ s: String) -> Bool {
        s.contains { "AEIOUaeiou".contains($0) }
    }

    /// Letters joined by full stops without a final one ("I.D.F"): eSpeak NG spells them and
    /// does not end the sentence.
    static func spelled<S: StringProtocol>(_ s: S) -> String {
        s.map(String.init).joined(separator: ".")
    }

    /// Whether an all-capital word (in mixed-case text) is said letter by letter.
    static func isSpelledInitialism(_ base: String) -> Bool {
        if Vocabulary.acronymWords.contains(base) { return false }
        if Vocabulary.spelledEvenIfWord.contains(base) { return true }
        if Vocabulary.commonCapsWords.contains(base) { return false }
        let n = base.count
        if n >= 2 && n <= 4 { return true }
        return n <= 6 && !hasVowel(base)
    }

    /// "IDF" -> "I.D.F", "NGOs" -> "N.G.O's", "MoD" -> "M.o.D"; emphasis capitals become lower case.
    mutating func initialismRule() -> Bool {
        let k = i
        let t = tokens[k]
        let w = t.text
        guard t.scalarCount >= 2, t.upperCount > 0, w.utf8.count == Int(t.scalarCount) else { return false }
        if t.isAllCaps {
            if Vocabulary.acronymWords.contains(w) {
                // eSpeak NG spells short all-capital words; written "Nato" it says the word.
                emit(HeadlineCasing.titlecased(w), space: t.spaceBefore)
                i = k + 1
                return true
            }
            if Self.isSpelledInitialism(w) {
                emit(Self.spelled(w), space: t.spaceBefore)
            } else if Vocabulary.commonCapsWords.contains(w) {
                emit(w.lowercased(), space: t.spaceBefore)
            } else {
                return false
            }
            i = k + 1
            return true
        }
        // Plural: "NGOs", "MPs", "CEOs".
        if w.hasSuffix("s"), w.count >= 3 {
            let base = String(w.dropLast())
            if base.allSatisfy({ $0.isUppercase }), !Vocabulary.acronymWords.contains(base),
                Self.isSpelledInitialism(base)
            {
                emit(Self.spelled(base) + "'s", space: t.spaceBefore)
                i = k + 1
                return true
            }
            return false
        }
        // Mixed case: "MoD", "DfE", "PhD", "TfL".
        if t.scalarCount <= 4, t.upperCount >= 2, w.first?.isUppercase == true, w.last?.isUppercase == true {
            emit(Self.spelled(w), space: t.spaceBefore)
            i = k + 1
            return true
        }
        return false
    }
}
