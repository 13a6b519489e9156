/// Rules for web addresses and for symbols: &, %, @, #, +, /, dashes, quotes, brackets.
extension NormalizationPass {
    // MARK: Web addresses and e-mail

    static let topLevelDomains: Set<String> = [
        "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "ai", "co", "uk", "us",
        "eu", "de", "fr", "es", "it", "nl", "be", "ch", "at", "se", "no", "dk", "fi", "ie", "pt", "pl",
        "ru", "ua", "cn", "jp", "kr", "in", "au", "nz", "ca", "br", "mx", "za", "ng", "ke", "il", "tr",
        "gr", "news", "tv", "me", "ly", "app", "dev", "online", "org", "ac", "sg", "hk", "tw", "ar",
        "cl", "is", "cz", "hu", "ro", "ly", "gg", "fm", "to", "xyz", "site", "blog", "media", "eu",
    ]
    static let spokenDomainWords: Set<String> = [
        "com", "org", "net", "gov", "info", "biz", "co", "news", "app", "dev", "online", "site",
        "blog", "media", "edu", "mil",
    ]

    /// Host labels from token k: "www.bbc.co.uk" -> ["www", "bbc", "co", "uk"]. Unless
    /// `anyEnding`, the last label must be a known domain ending ("com", "uk").
    func hostLabels(from k: Int, anyEnding: Bool = false) -> (labels: [String], end: Int)? {
        var labels: [String] = []
        var j = k
        while let t = tok(j), t.kind == .word || t.kind == .number, j == k || adjacent(j) {
            var label = t.text
            j += 1
            while isSymbol(j, "-"), adjacent(j), adjacent(j + 1), let n = tok(j + 1), n.kind == .word || n.kind == .number {
                label += "-" + n.text
                j += 2
            }
            labels.append(label)
            guard isSymbol(j, "."), adjacent(j), adjacent(j + 1), let n = tok(j + 1), n.kind == .word || n.kind == .number
            else { break }
            j += 1
        }
        guard labels.count >= 2, let last = labels.last, anyEnding || Self.topLevelDomains.contains(last) else {
            return nil
        }
        return (labels, j)
    }

    /// How one label of a host is read: "bbc" -> "B.B.C", "uk" -> "U.K", "nytimes" stays.
    static func spokenLabel(_ label: String, isLast: Bool) -> String {
        label.split(separator: "-").map { part -> String in
            let p = String(part)
            if p.allSatisfy(\.isNumber) { return NumberSpeller.integerWords(p) }
            if spokenDomainWords.contains(p) { return p }
            if p.count == 2 && isLast { return spelled(p.uppercased()) }
            if p.count <= 4 && !hasVowel(p) { return spelled(p.uppercased()) }
            return p
        }.joined(separator: " ")
    }

    static func spokenHost(_ labels: [String]) -> String {
        var ls = labels
        if ls.first?.lowercased() == "www", ls.count > 2 { ls.removeFirst() }
        return ls.enumerated().map { spokenLabel($0.element.lowercased(), isLast: $0.offset == ls.count - 1) }
            .joined(separator: " dot ")
    }

    /// The end of a path after a host: everything up to the next space, minus trailing punctuation.
    func pathEnd(from k: Int) -> Int {
        guard isSymbol(k, "/"), adjacent(k) else { return k }
        var j = k
        while j < tokens.count, j == k || adjacent(j), tokens[j].kind != .newline { j += 1 }
        while j > k + 1, let t = tok(j - 1), t.isSymbol(in: [".", ",", ";", ":", "!", "?", ")", "\"", "'", "\u{201D}", "\u{2019}"]) {
            j -= 1
        }
        return j
    }

    /// URLs ("https://www.bbc.co.uk/news" -> "B.B.C dot co dot U.K") and e-mail addresses
    /// ("press@example.com" -> "press at example dot com").
    mutating func webRule() -> Bool {
        let k = i
        let t = tokens[k]
        let lower = t.text.lowercased()
        // scheme://host/path
        if lower == "http" || lower == "https" || lower == "ftp", isSymbol(k + 1, ":"), adjacent(k + 1),
            isSymbol(k + 2, "/"), adjacent(k + 2), isSymbol(k + 3, "/"), adjacent(k + 3), adjacent(k + 4)
        {
            if let (labels, end) = hostLabels(from: k + 4, anyEnding: true) {
                emit(Self.spokenHost(labels), space: t.spaceBefore)
                i = pathEnd(from: end)
            } else {
                // Not a readable address: drop the scheme and what sticks to it.
                var j = k + 4
                while j < tokens.count, adjacent(j) { j += 1 }
                i = j
            }
            return true
        }
        // E-mail: local part, "@", host.
        if let (localEnd, spokenLocal) = emailLocalPart(from: k), isSymbol(localEnd, "@"), adjacent(localEnd),
            adjacent(localEnd + 1), let (labels, end) = hostLabels(from: localEnd + 1)
        {
            emit(spokenLocal + " at " + Self.spokenHost(labels), space: t.spaceBefore)
            i = end
            return true
        }
        // www.example.com or example.co.uk
        if let (labels, end) = hostLabels(from: k) {
            let isWWW = lower == "www"
            // Host words must be lower case unless introduced by www ("Amazon.com" is fine too).
            let tld = labels.last ?? ""
            guard isWWW || tld == tld.lowercased(), !(labels.count == 2 && labels[0].count == 1) else { return false }
            emit(Self.spokenHost(labels), space: t.spaceBefore)
            i = pathEnd(from: end)
            return true
        }
        return false
    }

    /// The local part of an e-mail address starting at k, spoken ("john dot smith").
    func emailLocalPart(from k: Int) -> (end: Int, spoken: String)? {
        var j = k
        var words: [String] = []
        while let t = tok(j), j == k || adjacent(j) {
            if t.kind == .word || t.kind == .number {
                words.append(t.kind == .number ? NumberSpeller.digits(t.text) : t.text)
            } else if t.isSymbol(".") {
                words.append("dot")
            } else if t.isSymbol("_") {
                words.append("underscore")
            } else if t.isSymbol("-") {
                words.append("dash")
            } else {
                break
            }
            j += 1
        }
        guard j > k, isSymbol(j, "@") else { return nil }
        return (j, words.joined(separator: " "))
    }

    // MARK: Symbols

    static let openingQuotes: Set<String> = ["\u{201C}", "\u{201E}", "\u{201F}", "\u{AB}", "\u{2039}", "\""]
    static let closingQuotes: Set<String> = ["\u{201D}", "\u{BB}", "\u{203A}"]

    mutating func symbolRules() {
        let k = i
        let t = tokens[k]
        let s = t.text
        let nextIsNumber = tok(k + 1)?.kind == .number && adjacent(k + 1)
        i = k + 1
        if let c = Vocabulary.currencySymbols[s] {
            if tok(k + 1)?.kind == .number, currencyRule(c, amountAt: k + 1, start: k) { return }
            emit(c.singular, space: t.spaceBefore)
            return
        }
        if let (num, den) = Self.vulgarFractions[s] {
            emitNumeric(NumberSpeller.fraction(num, den), space: t.spaceBefore)
            return
        }
        switch s {
        case "%": emit("percent", space: t.spaceBefore)
        case "&": emit("and", space: true)
        case "@":
            if let n = tok(k + 1), n.kind == .word, adjacent(k + 1) {
                emit("at", space: t.spaceBefore)
                forceSpace = true
            } else {
                emit("at", space: true)
            }
        case "#":
            if nextIsNumber {
                emit("number", space: t.spaceBefore)
            } else if let n = tok(k + 1), n.kind == .word, adjacent(k + 1) {
                emit("hashtag", space: t.spaceBefore)
            }
        case "+":
            emit("plus", space: true)
        case "=": emit("equals", space: true)
        case "~", "\u{2248}":
            if tok(k + 1)?.kind == .number { emit("about", space: t.spaceBefore) }
        case "\u{D7}":
            emit(lastNumeric && tok(k + 1)?.kind == .number ? "by" : "times", space: true)
        case "\u{B1}": emit("plus or minus", space: true)
        case "<", "\u{2264}", ">", "\u{2265}":
            guard tok(k + 1)?.kind == .number || isSymbol(k + 1, "$") || isSymbol(k + 1, "\u{A3}") else { return }
            let words = ["<": "less than", "\u{2264}": "at most", ">": "more than", "\u{2265}": "at least"][s] ?? ""
            emit(words, space: t.spaceBefore)
        case "/": slash(at: k)
        case "\\", "|", "\u{2022}", "\u{B7}", "\u{25CF}", "\u{25AA}", "\u{2023}":
            if let p = tok(k - 1), p.kind != .newline, let n = tok(k + 1), n.kind != .newline { emitPause() }
        case "\u{B0}", "\u{BA}": emit("degrees", space: t.spaceBefore)
        case "\u{A7}": emit("section", space: t.spaceBefore)
        case "\u{2116}": emit("number", space: t.spaceBefore)
        case "-": hyphen(at: k)
        case "\u{2013}", "\u{2012}": enDash(at: k)
        case "\u{2014}", "\u{2015}": emDash(at: k)
        case "\u{2212}":
            if nextIsNumber { emit("minus", space: t.spaceBefore) }
        case "'", "\u{2018}", "\u{2019}": apostrophe(at: k)
        case "\u{2026}": emit("...", space: t.spaceBefore, word: false)
        case "[", "{": emit("(", space: t.spaceBefore, word: false)
        case "]", "}": emit(")", space: t.spaceBefore, word: false)
        case ".", ",", ";", ":", "!", "?", "(", ")":
            emit(s, space: t.spaceBefore, word: false)
            if s == "(" { forceSpace = false }
        default:
            if Self.openingQuotes.contains(s) || Self.closingQuotes.contains(s) {
                emit("\"", space: t.spaceBefore, word: false)
                if t.spaceBefore || tok(k - 1) == nil { forceSpace = false }
            }
            // Anything else (emoji, arrows, marks) is not read.
        }
    }

    /// "and/or" -> "and or"; "km/h" is handled with units; "24/7" with numbers.
    mutating func slash(at k: Int) {
        let t = tokens[k]
        if let p = tok(k - 1), let n = tok(k + 1), p.kind == .word, n.kind == .word, !t.spaceBefore, adjacent(k + 1) {
            if p.isLowercase && n.isLowercase {
                if n.text != "or" { emit("or", space: true) } else { forceSpace = true }
            } else {
                forceSpace = true
            }
            return
        }
        if lastNumeric, !t.spaceBefore, let n = tok(k + 1), n.kind == .word, adjacent(k + 1) {
            emit("per", space: true)  // "£5/month"
            return
        }
        if t.spaceBefore, tok(k + 1)?.spaceBefore == true { emitPause() }
    }

    /// Hyphen: a range between numbers ("10-20", "2023-24"), a minus sign, a pause when spaced,
    /// or part of a compound word.
    mutating func hyphen(at k: Int) {
        let t = tokens[k]
        let prev = tok(k - 1)
        let next = tok(k + 1)
        let adjBefore = !t.spaceBefore && prev != nil && prev?.kind != .newline
        let adjAfter = adjacent(k + 1)
        let nextIsAmount = next?.kind == .number || (next.map { Vocabulary.currencySymbols[$0.text] != nil } ?? false)
            || (monthAt(k + 1) != nil && adjBefore && adjAfter)
        // "--" is a dash.
        if isSymbol(k + 1, "-"), adjAfter {
            i = k + 2
            emDash(at: k + 1)
            return
        }
        if lastNumeric, nextIsAmount, adjBefore == adjAfter {
            range()
            return
        }
        if next?.kind == .number, adjAfter, !adjBefore {
            emit("minus", space: t.spaceBefore)
            return
        }
        if adjBefore, adjAfter, prev?.kind == .word,
            next?.kind == .number || next.map({ $0.isSymbol(in: ["'", "\u{2018}", "\u{2019}"]) }) == true
        {
            forceSpace = true  // "COVID-19", "mid-1990s"
            return
        }
        if !adjBefore && !adjAfter {
            if prev == nil || prev?.kind == .newline { return }  // a list bullet
            emitPause()
            return
        }
        if prev == nil || prev?.kind == .newline { return }
        emit("-", space: t.spaceBefore, word: false)
    }

    mutating func range() {
        let year = lastYear
        emit("to", space: true)
        rangeFromYear = year
    }

    mutating func enDash(at k: Int) {
        let t = tokens[k]
        let next = tok(k + 1)
        let nextIsAmount = next?.kind == .number || (next.map { Vocabulary.currencySymbols[$0.text] != nil } ?? false)
            || monthAt(k + 1) != nil
        if lastNumeric, nextIsAmount {
            range()
            return
        }
        if !t.spaceBefore, adjacent(k + 1), tok(k - 1)?.kind == .word, next?.kind == .word {
            emit("to", space: true)  // "London–Paris"
            return
        }
        if tok(k - 1) == nil || tok(k - 1)?.kind == .newline { return }
        emitPause()
    }

    mutating func emDash(at k: Int) {
        if tok(k - 1) == nil || tok(k - 1)?.kind == .newline { return }
        emitPause()
    }

    /// "'90s" -> "nineties", "class of '08" -> "oh eight"; otherwise an apostrophe or quote.
    mutating func apostrophe(at k: Int) {
        let t = tokens[k]
        let startsWord = t.spaceBefore || tok(k - 1) == nil || tok(k - 1)?.kind == .newline
            || (tok(k - 1).map { $0.isSymbol(in: ["-", "(", "\u{2013}"]) } ?? false)
        if startsWord, let n = tok(k + 1), n.kind == .number, adjacent(k + 1), n.text.utf8.count == 2, let v = n.intValue {
            if let s = tok(k + 2), s.kind == .word, s.text == "s", adjacent(k + 2) {
                let words = v == 0 ? "two thousands" : NumberSpeller.pluralize(NumberSpeller.underHundred(v))
                emitNumeric(words, space: t.spaceBefore)
                i = k + 3
            } else {
                emitNumeric(NumberSpeller.shortYear(v), space: t.spaceBefore)
                i = k + 2
            }
            return
        }
        if t.text == "\u{2018}" || (t.text == "'" && startsWord) {
            emit("\"", space: t.spaceBefore, word: false)
            forceSpace = false
            return
        }
        // A closing quote after punctuation ("... meditation.'"); otherwise an apostrophe.
        if let p = tok(k - 1), p.kind == .symbol, !t.spaceBefore, !adjacent(k + 1) || tok(k + 1)?.kind == .symbol {
            emit("\"", space: false, word: false)
            return
        }
        emit("'", space: t.spaceBefore, word: false)
    }
}
