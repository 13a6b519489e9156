/// A number as written: "1,234.5" is integer "1234", fraction "5".
struct ParsedNumber {
    var integer: String
    var fraction: String
    var grouped: Bool
    var start: Int
    /// Index of the first token after the number.
    var end: Int

    var isInteger: Bool { fraction.isEmpty }
    var intValue: Int? { integer.utf8.count <= 18 ? Int(integer) : nil }
    var isOne: Bool { isInteger && intValue == 1 }
}

/// What follows a number and changes how it is read.
enum NumberSuffix {
    case none
    case percent
    case magnitude(String)
    case unit(Vocabulary.Unit, adjectival: Bool)
    case currency(Vocabulary.Currency)
    case pence
    case cents
    case times
    case by
    case ordinal
}

extension NormalizationPass {
    // MARK: Parsing

    /// Reads digits with thousands separators and a decimal part starting at token k.
    func parseNumber(at k: Int, decimals: Bool = true) -> ParsedNumber? {
        guard let t = tok(k), t.kind == .number else { return nil }
        var integer = t.text
        var end = k + 1
        var grouped = false
        if t.text.utf8.count <= 3 {
            while isSymbol(end, ","), adjacent(end), adjacent(end + 1), let g = tok(end + 1), g.kind == .number,
                g.text.utf8.count == 3
            {
                integer += g.text
                end += 2
                grouped = true
            }
        }
        var fraction = ""
        if decimals, isSymbol(end, "."), adjacent(end), adjacent(end + 1), let f = tok(end + 1), f.kind == .number {
            fraction = f.text
            end += 2
        }
        return ParsedNumber(integer: integer, fraction: fraction, grouped: grouped, start: k, end: end)
    }

    /// Plain reading of a number: cardinal, decimal, or digit by digit when it has leading zeros.
    func words(for n: ParsedNumber) -> String {
        if n.isInteger {
            if n.integer.utf8.count > 1 && n.integer.hasPrefix("0") && !n.grouped {
                return NumberSpeller.digits(n.integer)
            }
            return NumberSpeller.integerWords(n.integer)
        }
        return NumberSpeller.decimal(integer: n.integer, fraction: n.fraction)
    }

    func previousIsThe(_ k: Int) -> Bool { wordLower(k - 1) == "the" }

    static func isOrdinalSuffix(_ s: String) -> Bool {
        switch s {
        case "st", "nd", "rd", "th", "ST", "ND", "RD", "TH", "St", "Nd", "Rd", "Th": return true
        default: return false
        }
    }

    /// A month name at token k (capitalized as in the vocabulary), with the index after it and
    /// its optional full stop.
    func monthAt(_ k: Int) -> (month: Int, end: Int)? {
        guard let t = tok(k), t.kind == .word, let m = Vocabulary.months[t.text] else { return nil }
        var end = k + 1
        if Vocabulary.monthNames[m - 1] != t.text, isSymbol(end, "."), adjacent(end) { end += 1 }
        return (m, end)
    }

    // MARK: Entry point

    mutating func numberRules() {
        if numericDateRule() || timeRule() || militaryTimeRule() || slashRule() || dayMonthRule() || ordinalRule() || decadeRule() {
            return
        }
        quantityRule()
    }

    // MARK: Dates

    func dateWords(day: Int, month: Int, year: Int?, monthFirst: Bool, article: Bool) -> String {
        let monthName = Vocabulary.monthNames[month - 1]
        if monthFirst {
            var s = monthName + " " + NumberSpeller.ordinal(UInt64(day))
            if let year { s += ", " + NumberSpeller.year(year) }
            return s
        }
        var s = (article ? "the " : "") + NumberSpeller.ordinal(UInt64(day)) + " of " + monthName
        if let year { s += " " + NumberSpeller.year(year) }
        return s
    }

    /// 23/09/2024, 09/23/2024, 23.09.2024, 23-09-2024, 2024-09-27, 2024/09/27.
    mutating func numericDateRule() -> Bool {
        let k = i
        guard let a = tok(k), let sep = tok(k + 1), sep.isSymbol(in: ["/", "-", "."]), adjacent(k + 1),
            adjacent(k + 2), let b = tok(k + 2), b.kind == .number, let s2 = tok(k + 3), s2.kind == .symbol,
            s2.text == sep.text, adjacent(k + 3), adjacent(k + 4), let c = tok(k + 4), c.kind == .number,
            let av = a.intValue, let bv = b.intValue, let cv = c.intValue
        else { return false }
        // Version numbers and addresses (1.2.3.4) are not dates.
        if adjacent(k + 5), let s3 = tok(k + 5), s3.isSymbol(in: ["/", "-", "."]), adjacent(k + 6), tok(k + 6)?.kind == .number {
            return false
        }
        var day = 0, month = 0, year = 0, monthFirst = false
        let la = a.text.utf8.count, lb = b.text.utf8.count, lc = c.text.utf8.count
        if la == 4 && lb <= 2 && lc <= 2 {
            year = av
            month = bv
            day = cv
        } else if la <= 2 && lb <= 2 && (lc == 4 || (lc == 2 && (sep.text == "/" || (la == 2 && lb == 2)))) {
            year = lc == 4 ? cv : (cv < 50 ? 2000 + cv : 1900 + cv)
            if av > 12 {
                day = av
                month = bv
            } else if bv > 12 || options.numericDateOrder == .monthFirst {
                month = av
                day = bv
                monthFirst = true
            } else {
                day = av
                month = bv
            }
        } else {
            return false
        }
        guard (1...12).contains(month), (1...31).contains(day), (1000...2999).contains(year) else { return false }
        let words = dateWords(day: day, month: month, year: year, monthFirst: monthFirst, article: !previousIsThe(k))
        emitNumeric(words, space: a.spaceBefore)
        i = k + 5
        return true
    }

    /// "23 September 2024", "1st Jan", "the 5th of May", "23-25 September".
    mutating func dayMonthRule() -> Bool {
        let k = i
        guard let a = tok(k), a.text.utf8.count <= 2, let d = a.intValue, (1...31).contains(d) else { return false }
        var j = k + 1
        if let s = tok(j), adjacent(j), Self.isOrdinalSuffix(s.text) { j += 1 }
        var lastDay: Int? = nil
        if let dash = tok(j), dash.isSymbol(in: ["-", "\u{2013}"]), let b = tok(j + 1), b.kind == .number,
            b.text.utf8.count <= 2, let bv = b.intValue, bv > d, bv <= 31
        {
            var jj = j + 2
            if let s = tok(jj), adjacent(jj), Self.isOrdinalSuffix(s.text) { jj += 1 }
            if let t = tok(jj), t.spaceBefore, monthAt(jj) != nil {
                lastDay = bv
                j = jj
            }
        }
        if wordLower(j) == "of", tok(j)?.spaceBefore == true { j += 1 }
        guard let t = tok(j), t.spaceBefore, let (month, monthEnd) = monthAt(j) else { return false }
        var words = (previousIsThe(k) ? "" : "the ") + NumberSpeller.ordinal(UInt64(d))
        if let lastDay { words += " to the " + NumberSpeller.ordinal(UInt64(lastDay)) }
        words += " of " + Vocabulary.monthNames[month - 1]
        var end = monthEnd
        var y = end
        if isSymbol(y, ",") { y += 1 }
        if let yt = tok(y), yt.kind == .number, yt.spaceBefore, yt.text.utf8.count == 4, let yv = yt.intValue,
            (1000...2099).contains(yv), !(isSymbol(y + 1, ",") && adjacent(y + 1) && adjacent(y + 2))
        {
            words += " " + NumberSpeller.year(yv)
            end = y + 1
        } else if monthEnd > j + 1 {
            // "1 Jan." with the abbreviation's full stop: it may end the sentence.
            emitNumeric(words, space: a.spaceBefore)
            i = end
            closeSentenceIfNeeded(before: end, strong: true)
            return true
        }
        emitNumeric(words, space: a.spaceBefore)
        i = end
        return true
    }

    // MARK: Times

    /// "am", "pm", "a.m.", "P.M." at token p: the reading, the index after it, and whether it
    /// ended with a full stop.
    func meridiem(at p: Int) -> (words: String, end: Int, period: Bool)? {
        guard let t = tok(p), t.kind == .word else { return nil }
        switch t.text.lowercased() {
        case "am": return ("a.m", p + 1, false)
        case "pm": return ("p.m", p + 1, false)
        case "a", "p":
            guard isSymbol(p + 1, "."), adjacent(p + 1), adjacent(p + 2), let m = tok(p + 2),
                m.text == "m" || m.text == "M"
            else { return nil }
            let words = t.text.lowercased() == "a" ? "a.m" : "p.m"
            if isSymbol(p + 3, "."), adjacent(p + 3) { return (words, p + 4, true) }
            return (words, p + 3, false)
        default: return nil
        }
    }

    static func minuteWords(_ m: Int) -> String {
        m < 10 ? "oh " + NumberSpeller.ones[m] : NumberSpeller.underHundred(m)
    }

    /// 10:00, 10:30pm, 9.30am, 3 p.m. ET, at 10.30, 2:01:09 (a duration), 3:2 (a ratio).
    mutating func timeRule() -> Bool {
        let k = i
        guard let a = tok(k), a.text.utf8.count <= 2, let h = a.intValue else { return false }
        if isSymbol(k + 1, ":"), adjacent(k + 1), adjacent(k + 2), let b = tok(k + 2), b.kind == .number,
            let m = b.intValue
        {
            if isSymbol(k + 3, ":"), adjacent(k + 3), adjacent(k + 4), let c = tok(k + 4), c.kind == .number,
                c.text.utf8.count == 2, let s = c.intValue, b.text.utf8.count == 2, m < 60, s < 60
            {
                var parts: [String] = []
                if h > 0 { parts.append(NumberSpeller.cardinal(UInt64(h)) + (h == 1 ? " hour" : " hours")) }
                if m > 0 { parts.append(NumberSpeller.cardinal(UInt64(m)) + (m == 1 ? " minute" : " minutes")) }
                if s > 0 || parts.isEmpty {
                    if !parts.isEmpty { parts.append("and") }
                    parts.append(NumberSpeller.cardinal(UInt64(s)) + (s == 1 ? " second" : " seconds"))
                }
                emitNumeric(parts.joined(separator: " "), space: a.spaceBefore)
                i = k + 5
                return true
            }
            if b.text.utf8.count == 2 && h <= 24 && m <= 59 {
                finishTime(hour: h, minute: m, meridiem: meridiem(at: k + 3), start: k, end: k + 3)
                return true
            }
            emitNumeric(
                NumberSpeller.cardinal(UInt64(h)) + " to " + NumberSpeller.integerWords(b.text), space: a.spaceBefore)
            i = k + 3
            return true
        }
        if isSymbol(k + 1, "."), adjacent(k + 1), adjacent(k + 2), let b = tok(k + 2), b.kind == .number,
            b.text.utf8.count == 2, let m = b.intValue, m <= 59, h <= 24
        {
            if let mer = meridiem(at: k + 3), h <= 12 {
                finishTime(hour: h, minute: m, meridiem: mer, start: k, end: k + 3)
                return true
            }
            if let p = wordLower(k - 1), Vocabulary.timePrepositions.contains(p), !isQuantityAfter(k + 3) {
                finishTime(hour: h, minute: m, meridiem: nil, start: k, end: k + 3)
                return true
            }
            return false
        }
        if (1...12).contains(h), let mer = meridiem(at: k + 1) {
            finishTime(hour: h, minute: 0, meridiem: mer, start: k, end: k + 1)
            return true
        }
        return false
    }

    /// "0900 GMT", "1430 hrs": a four-digit 24-hour time before a time zone or "hrs".
    mutating func militaryTimeRule() -> Bool {
        let k = i
        guard let a = tok(k), a.text.utf8.count == 4, let v = a.intValue, let z = tok(k + 1), z.kind == .word,
            Vocabulary.timeZones[z.text] != nil || ((z.text == "hrs" || z.text == "GMT") && z.spaceBefore)
        else { return false }
        let h = v / 100, m = v % 100
        guard h <= 23, m <= 59 else { return false }
        var words = h < 10 ? (h == 0 ? "zero" : "oh " + NumberSpeller.ones[h]) : NumberSpeller.underHundred(h)
        words += m == 0 ? " hundred" : " " + Self.minuteWords(m)
        if z.text == "hrs" {
            words += " hours"
        } else if let name = Vocabulary.timeZones[z.text] {
            words += " " + name
        }
        emitNumeric(words, space: a.spaceBefore)
        i = k + 2
        return true
    }

    /// Whether what follows index k makes the number before it a quantity (%, a unit).
    func isQuantityAfter(_ k: Int) -> Bool {
        guard let t = tok(k) else { return false }
        if t.isSymbol("%") { return true }
        if t.kind == .word {
            return Vocabulary.units[t.text] != nil || Vocabulary.magnitudes[t.text] != nil
                || t.text == "per" || t.text == "percent"
        }
        return false
    }

    mutating func finishTime(
        hour h: Int, minute m: Int, meridiem mer: (words: String, end: Int, period: Bool)?, start: Int, end: Int
    ) {
        var words: String
        var end = end
        if let mer {
            words = NumberSpeller.cardinal(UInt64(h == 0 ? 12 : h))
            if m > 0 { words += " " + Self.minuteWords(m) }
            words += " " + mer.words
            end = mer.end
        } else if m == 0 {
            if h == 0 || h == 24 {
                words = "midnight"
            } else {
                words = NumberSpeller.cardinal(UInt64(h)) + (h <= 12 ? " o'clock" : " hundred")
            }
        } else {
            words = NumberSpeller.cardinal(UInt64(h)) + " " + Self.minuteWords(m)
        }
        var zone = false
        if let z = tok(end), z.kind == .word, z.spaceBefore, let name = Vocabulary.timeZones[z.text] {
            words += " " + name
            end += 1
            zone = true
        } else if isSymbol(end, "("), let z = tok(end + 1), let zoneName = Vocabulary.timeZones[z.text], isSymbol(end + 2, ")") {
            words += " " + zoneName
            end += 3
            zone = true
        }
        emitNumeric(words, space: tokens[start].spaceBefore)
        i = end
        if let mer, mer.period, !zone { closeSentenceIfNeeded(before: end, strong: true) }
    }

    // MARK: Slashes: fractions, scores, short dates

    mutating func slashRule() -> Bool {
        let k = i
        guard isSymbol(k + 1, "/"), adjacent(k + 1), adjacent(k + 2), let a = tok(k), let b = tok(k + 2),
            b.kind == .number, let av = a.intValue, let bv = b.intValue
        else { return false }
        if isSymbol(k + 3, "/"), adjacent(k + 3) { return false }
        let words: String
        switch (av, bv) {
        case (9, 11): words = "nine eleven"
        case (24, 7): words = "twenty-four seven"
        case (7, 7): words = "seven seven"
        case (50, 50): words = "fifty-fifty"
        default:
            if a.text.utf8.count == 4, (1000...2099).contains(av), b.text.utf8.count == 2 {
                words = NumberSpeller.year(av) + " to " + Self.secondYearOfRange(av, bv)
            } else if bv >= 2 && bv <= 9 && av >= 1 && av < bv && a.text.utf8.count == 1 {
                words = NumberSpeller.fraction(av, bv)
            } else if (bv == 10 || bv == 100 || bv == 5) && av <= bv {
                words = NumberSpeller.cardinal(UInt64(av)) + " out of " + NumberSpeller.cardinal(UInt64(bv))
            } else if (1...31).contains(av), (1...12).contains(bv), av > 12 || options.numericDateOrder == .dayFirst {
                words = dateWords(day: av, month: bv, year: nil, monthFirst: false, article: !previousIsThe(k))
            } else if (1...12).contains(av), (1...31).contains(bv) {
                words = dateWords(day: bv, month: av, year: nil, monthFirst: true, article: false)
            } else {
                words = NumberSpeller.integerWords(a.text) + " out of " + NumberSpeller.integerWords(b.text)
            }
        }
        emitNumeric(words, space: a.spaceBefore)
        i = k + 3
        return true
    }

    /// The second year of "2023-24" or "1999-2000" as it is spoken.
    static func secondYearOfRange(_ first: Int, _ two: Int) -> String {
        var full = first / 100 * 100 + two
        if full <= first { full += 100 }
        if full / 100 != first / 100 || full % 100 == 0 { return NumberSpeller.year(full) }
        return NumberSpeller.shortYear(two)
    }

    // MARK: Ordinals and plurals

    mutating func ordinalRule() -> Bool {
        let k = i
        guard let a = tok(k), let v = a.intValue, let s = tok(k + 1), adjacent(k + 1), s.kind == .word,
            Self.isOrdinalSuffix(s.text)
        else { return false }
        emitNumeric(NumberSpeller.ordinal(UInt64(v)), space: a.spaceBefore)
        i = k + 2
        return true
    }

    /// "1990s", "the 2000s", "in their 20s", "1990's".
    mutating func decadeRule() -> Bool {
        let k = i
        guard let a = tok(k), let v = a.intValue, let s = tok(k + 1), adjacent(k + 1), s.kind == .word else {
            return false
        }
        let plainS = s.text == "s" || s.text == "S"
        let apostropheS = s.text == "'s" || s.text == "\u{2019}s"
        guard plainS || (apostropheS && a.text.hasSuffix("0") && v >= 10) else { return false }
        let words: String
        if a.text.utf8.count == 4 && (1000...2099).contains(v) && v % 10 == 0 {
            words = NumberSpeller.pluralize(NumberSpeller.year(v))
        } else {
            words = NumberSpeller.pluralize(NumberSpeller.integerWords(a.text))
        }
        emitNumeric(words, space: a.spaceBefore)
        i = k + 2
        return true
    }

    // MARK: Quantities

    /// A unit written at token e ("km", "km/h", "°C", "sq ft"); `spaced`: whether a space is
    /// before it. Returns the unit and the index after it.
    func unitAt(_ e: Int) -> (unit: Vocabulary.Unit, end: Int)? {
        guard let first = tok(e), first.kind != .newline, first.kind != .number else { return nil }
        let spaced = first.spaceBefore
        if first.kind == .word, first.text == "sq", let u = tok(e + 1), u.spaceBefore || isSymbol(e + 1, ".") {
            var k = e + 1
            if isSymbol(k, "."), adjacent(k) { k += 1 }
            if let unitToken = tok(k), unitToken.kind == .word, let sq = Vocabulary.squareUnits[unitToken.text] {
                return (sq, k + 1)
            }
        }
        var text = first.text
        var best: (Vocabulary.Unit, Int)? = nil
        if let u = Vocabulary.units[text] { best = (u, e + 1) }
        var k = e + 1
        while k < e + 3, adjacent(k), let t = tok(k), t.kind != .newline {
            text += t.text
            k += 1
            if let u = Vocabulary.units[text] { best = (u, k) }
        }
        guard let (unit, end) = best else { return nil }
        if spaced && !unit.spaced && !(text == "m" && end == e + 1) { return nil }
        // The unit must end the word: "5 kms" or "10 mins" are other words.
        if let after = tok(end), adjacent(end), after.kind == .word || after.kind == .number { return nil }
        return (unit, end)
    }

    /// What follows a number and changes its reading.
    func suffix(after n: ParsedNumber) -> (NumberSuffix, Int) {
        let e = n.end
        guard let t = tok(e), t.kind != .newline else { return (.none, e) }
        let adj = adjacent(e)
        if t.isSymbol("%") { return (.percent, e + 1) }
        if t.kind == .symbol, let c = Vocabulary.currencySymbols[t.text], adj || t.spaceBefore, t.text != "¢" || adj {
            return (.currency(c), e + 1)
        }
        if t.kind == .word && adj {
            let endsWord = !adjacent(e + 1) || tok(e + 1)?.kind == .symbol
            if Self.isOrdinalSuffix(t.text) && n.isInteger { return (.ordinal, e + 1) }
            if t.text == "pc" && endsWord { return (.percent, e + 1) }
            if let mag = Vocabulary.magnitudes[t.text], endsWord {
                let single = t.text.utf8.count == 1
                // "1,500m" without a currency is a distance; "5m people" is five million.
                if t.text == "m" && (n.grouped || isLengthContext(after: e + 1, number: n)) {
                    if let u = Vocabulary.units["m"] { return (.unit(u, adjectival: false), e + 1) }
                }
                // "4K" and "5G" are names; "50K" is fifty thousand.
                if !(single && t.text == t.text.uppercased() && n.isInteger && (n.intValue ?? 0) < 10) {
                    return (.magnitude(mag), e + 1)
                }
            }
            if endsWord {
                switch t.text {
                case "p": return (.pence, e + 1)
                case "c": return (.cents, e + 1)
                case "x", "X": return (.times, e + 1)
                default: break
                }
            }
            if t.text == "x" || t.text == "X", adjacent(e + 1), tok(e + 1)?.kind == .number { return (.by, e + 1) }
        }
        if let (u, end) = unitAt(e) { return (.unit(u, adjectival: false), end) }
        // Headlines in capitals: "$3.5BN", "10KM", "70MPH".
        if t.kind == .word, adj, t.isAllCaps, t.scalarCount >= 2, !adjacent(e + 1) || tok(e + 1)?.kind == .symbol {
            let lower = t.text.lowercased()
            if lower == "pc" { return (.percent, e + 1) }
            if let mag = Vocabulary.magnitudes[lower] { return (.magnitude(mag), e + 1) }
            if let u = Vocabulary.units[lower] { return (.unit(u, adjectival: false), e + 1) }
        }
        if t.isSymbol("-"), adj, adjacent(e + 1), let (u, end) = unitAt(e + 1) {
            return (.unit(u, adjectival: true), end)
        }
        return (.none, e)
    }

    /// Whether "m" after a number means metres: "a 5m fall", "the 100m sprint".
    func isLengthContext(after k: Int, number n: ParsedNumber) -> Bool {
        if let w = wordLower(k), Vocabulary.lengthContext.contains(w) { return true }
        if isSymbol(k, "-"), let w = wordLower(k + 1), Vocabulary.lengthContext.contains(w) || w == "high" || w == "long" {
            return true
        }
        let races: Set<Int> = [60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000]
        if let v = n.intValue, n.isInteger, races.contains(v), let p = wordLower(n.start - 1), p == "the" || p == "a" {
            return true
        }
        return false
    }

    /// Whether a four-digit number is read as a year here.
    func looksLikeYear(_ n: ParsedNumber) -> Bool {
        guard n.isInteger, !n.grouped, n.integer.utf8.count == 4, let v = n.intValue, (1000...2099).contains(v) else {
            return false
        }
        if let p = wordLower(n.start - 1), Vocabulary.quantityWords.contains(p) { return false }
        if let next = tok(n.end), next.kind == .word, next.spaceBefore,
            Vocabulary.countNouns.contains(next.text.lowercased())
        {
            return false
        }
        return true
    }

    static let vulgarFractions: [String: (Int, Int)] = [
        "½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅖": (2, 5),
        "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8),
        "⅞": (7, 8),
    ]

    /// "and a half", "and three quarters".
    static func fractionTail(_ num: Int, _ den: Int) -> String {
        if num == 1 { return "and " + (den == 8 ? "an " : "a ") + NumberSpeller.fractionName(den, plural: false) }
        return "and " + NumberSpeller.fraction(num, den)
    }

    /// Any other number: cardinal, decimal, year, with %, units, magnitudes, mixed fractions.
    mutating func quantityRule() {
        let k = i
        guard let n = parseNumber(at: k) else {
            emitWordVerbatim(tokens[k])
            i += 1
            return
        }
        var (suf, end) = suffix(after: n)
        var text = words(for: n)
        var year: Int? = nil
        switch suf {
        case .percent: text += " percent"
        case .magnitude(let m):
            text += " " + m
            if let c = currencyAfterMagnitude(end) {
                text += " " + c.plural
                end += 1
            }
        case .unit(let u, let adjectival):
            text += " " + (adjectival || n.isOne ? u.singular : u.plural)
        case .currency(let c): text += " " + (n.isOne ? c.singular : c.plural)
        case .pence: text = n.isOne ? "one penny" : text + " pence"
        case .cents: text = n.isOne ? "one cent" : text + " cents"
        case .ordinal: text = NumberSpeller.ordinalize(text)
        case .times: text += " times"
        case .by: text += " by"
        case .none:
            if isModelNumber(n) {
                text = Self.modelNumberWords(n.integer)
            } else if let from = rangeFromYear, n.isInteger, n.integer.utf8.count == 2, let v = n.intValue {
                text = Self.secondYearOfRange(from, v)
            } else if n.isInteger, n.integer.utf8.count == 4, let v = n.intValue, (1000...2099).contains(v),
                rangeFromYear != nil || looksLikeYear(n)
            {
                text = NumberSpeller.year(v)
                year = v
            } else if n.isInteger, let f = tok(end), adjacent(end), let (num, den) = Self.vulgarFractions[f.text] {
                text += " " + Self.fractionTail(num, den)
                end += 1
            } else if n.isInteger, let f = tok(end), f.kind == .number, f.spaceBefore, f.text.utf8.count == 1,
                isSymbol(end + 1, "/"), adjacent(end + 1), adjacent(end + 2), let d = tok(end + 2),
                d.kind == .number, let num = f.intValue, let den = d.intValue, den >= 2, den <= 16, num < den,
                !(isSymbol(end + 3, "/") && adjacent(end + 3))
            {
                text += " " + Self.fractionTail(num, den)
                end += 3
            }
        }
        emitNumeric(text, space: tokens[k].spaceBefore, year: year)
        i = end
    }

    /// A three-digit product or flight number ("A380", "Boeing 747", "MH370").
    func isModelNumber(_ n: ParsedNumber) -> Bool {
        guard n.isInteger, !n.grouped, n.integer.utf8.count == 3, let p = tok(n.start - 1), p.kind == .word else {
            return false
        }
        if !tokens[n.start].spaceBefore { return p.upperCount > 0 && p.lowerCount == 0 }
        return p.text == "Boeing" || p.text == "Airbus"
    }

    /// "747" -> "seven forty-seven", "380" -> "three eighty", "300" -> "three hundred".
    static func modelNumberWords(_ digits: String) -> String {
        guard let v = Int(digits) else { return NumberSpeller.digits(digits) }
        let head = NumberSpeller.ones[v / 100]
        let tail = v % 100
        if tail == 0 { return head + " hundred" }
        return head + " " + (tail < 10 ? "oh " + NumberSpeller.ones[tail] : NumberSpeller.underHundred(tail))
    }

    /// "5bn USD" style: a currency code after an amount.
    func currencyAfterMagnitude(_ k: Int) -> Vocabulary.Currency? {
        guard let t = tok(k), t.spaceBefore, t.kind == .word else { return nil }
        return Vocabulary.currencyCodes[t.text]
    }

    // MARK: Money

    /// "$3.5bn", "£2m", "€40m", "$6.85", "$5 million", "$20-30m", "US$5".
    /// `start`: the first token of the amount (the symbol or prefix); `k`: the first digit.
    mutating func currencyRule(_ c: Vocabulary.Currency, amountAt k: Int, start: Int) -> Bool {
        guard let n = parseNumber(at: k) else { return false }
        var end = n.end
        func magnitude(at e: Int) -> (String, Int)? {
            guard let t = tok(e), t.kind == .word else { return nil }
            if adjacent(e), let m = Vocabulary.magnitudes[t.text] { return (m, e + 1) }
            if adjacent(e), t.isAllCaps, t.scalarCount >= 2, let m = Vocabulary.magnitudes[t.text.lowercased()] {
                return (m, e + 1)
            }
            if t.spaceBefore, Vocabulary.magnitudeWords.contains(t.text.lowercased()) { return (t.text.lowercased(), e + 1) }
            return nil
        }
        var mag: String? = nil
        if let (m, e) = magnitude(at: end) {
            mag = m
            end = e
        }
        var amount = words(for: n)
        // A range: "$20-30m", "£5-£10".
        if let d = tok(end), d.isSymbol(in: ["-", "\u{2013}"]), adjacent(end) {
            var k2 = end + 1
            if let s = tok(k2), adjacent(k2), s.kind == .symbol, Vocabulary.currencySymbols[s.text] != nil { k2 += 1 }
            if adjacent(k2), let n2 = parseNumber(at: k2) {
                var end2 = n2.end
                var mag2: String? = nil
                if let (m, e) = magnitude(at: end2) {
                    mag2 = m
                    end2 = e
                }
                if let m1 = mag, m1 != mag2 { amount += " " + m1 }
                amount += " to " + words(for: n2)
                mag = mag2 ?? mag
                end = end2
                let text = amount + (mag.map { " " + $0 } ?? "") + " " + c.plural
                emitNumeric(text, space: tokens[start].spaceBefore)
                i = end
                return true
            }
        }
        let text: String
        if let mag {
            text = amount + " " + mag + " " + c.plural
        } else if n.fraction.utf8.count == 2, let major = n.intValue, let minor = Int(n.fraction) {
            let majorText = NumberSpeller.integerWords(n.integer) + " " + (major == 1 ? c.singular : c.plural)
            let minorText = NumberSpeller.cardinal(UInt64(minor))
            if major == 0 && minor > 0 {
                text = minorText + " " + (minor == 1 ? c.minorSingular : c.minorPlural)
            } else if minor == 0 {
                text = majorText
            } else if c.minorWithoutUnit {
                text = majorText + " " + minorText
            } else {
                text = majorText + " and " + minorText + " " + (minor == 1 ? c.minorSingular : c.minorPlural)
            }
        } else {
            text = amount + " " + (n.isOne ? c.singular : c.plural)
        }
        emitNumeric(text, space: tokens[start].spaceBefore)
        i = end
        return true
    }
}
