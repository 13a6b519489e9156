/// Re-cases all-capital headlines ("TALKS WITH US") so the normalizer can tell initialisms
/// ("US" the country, "NHS") from ordinary words ("us" the pronoun).
enum HeadlineCasing {
    /// Initialisms with vowels that stay in capitals inside an all-capital headline.
    static let knownInitialisms: Set<String> = [
        "UK", "EU", "UN", "UAE", "USA", "IMF", "IDF", "NGO", "FBI", "CIA", "IRA", "ANC", "DUP", "EPA",
        "ETF", "IPO", "EV", "AI", "CEO", "CFO", "COO", "CTO", "GOP", "DOJ", "DOD", "DHS", "FDA", "NIH",
        "SEC", "FTC", "FCC", "FAA", "IRS", "NYPD", "LAPD", "MEP", "MSP", "OECD", "WTO", "ICC", "ICJ",
        "IOC", "IAEA", "OAS", "AU", "ECB", "IEA", "UNHCR", "UNRWA", "PLO", "PA", "PKK", "YPG", "SDF",
        "IRGC", "KGB", "FSB", "GRU", "MI", "GCHQ", "SAS", "RAF", "LGBT", "LGBTQ", "HIV", "IVF", "ICU",
        "GP", "PPE", "PCR", "DNA", "RNA", "GDP", "CPI", "RPI", "VAT", "UFO", "ATM", "SUV", "PC", "TV",
        "DRC", "LA", "NY", "NJ", "AP", "AFP", "ABC", "CBS", "NBC", "NPR", "PBS", "HBO", "ITV", "OBR",
        "ONS", "IFS", "TUC", "CBI", "ADHD", "OCD", "PTSD", "AGM", "MBA", "BA", "QC", "KC", "IOU", "EU",
        "UEFA", "UNSC", "OPCW", "IUCN", "WFP", "UNDP", "UNEP", "IPCC", "BOE", "BOJ", "SNB", "RBA", "ECHR",
        "ECJ", "MOD", "DWP", "DFE", "HMRC", "DVLA", "PSNI", "RUC", "UDA", "UVF", "IDP", "IDPS",
        "EEA", "EFTA", "MP", "PM", "NHS", "BBC", "CNN", "CCTV", "SNP", "DVD", "PPP", "USAID", "ASEAN", "APEC", "AUKUS", "OPEC", "NATO",
    ]

    /// Words that stay lower case when a headline is re-cased.
    static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "with", "by",
        "from", "as", "is", "are", "was", "were", "be", "been", "it", "its", "us", "we", "our", "he",
        "she", "they", "his", "her", "their", "them", "him", "into", "over", "after", "before", "up",
        "down", "out", "off", "than", "that", "this", "not", "no", "so", "if", "who", "what", "will",
        "can", "has", "have", "had", "do", "does", "did", "my", "your", "you", "me", "about", "amid",
        "against", "via", "vs", "per", "says", "say", "said",
    ]

    static let usPronounVerbs: Set<String> = [
        "LET", "LETS", "TELL", "TELLS", "TOLD", "HELP", "HELPS", "GIVE", "GIVES", "GAVE", "SHOW",
        "SHOWS", "JOIN", "JOINS", "JOINED", "ASK", "ASKS", "ASKED", "TAKE", "TAKES", "LEAVE", "LEAVES",
        "KEEP", "MAKE", "MAKES", "SEND", "SENDS", "SAVE", "TEACH", "TEACHES", "MEET", "MEETS", "FOLLOW",
        "THANK", "HATE", "LOVE", "LOVES", "HURT", "HURTS", "FAIL", "FAILS", "FAILED", "PROTECT",
        "REMIND", "REMINDS", "FOOL", "TRUST", "BELIEVE", "BRING", "BRINGS", "GET", "GETS", "CALL",
        "CALLS", "WANT", "WANTS", "NEED", "NEEDS", "PAY", "PAYS", "LEAD", "LEADS", "UNITE", "UNITES",
        "DIVIDE", "DIVIDES", "SAVED", "CHANGED", "CHANGE", "CHANGES", "SHOWED", "TAUGHT",
    ]
    static let usPronounPrepositions: Set<String> = [
        "WITH", "FOR", "TO", "OF", "FROM", "AGAINST", "ABOUT", "AMONG", "BETWEEN", "BEHIND", "LIKE",
        "BEFORE", "AFTER", "BY", "NEAR", "WITHOUT", "UPON", "AT", "ON", "OVER", "UNDER", "BESIDE",
        "AROUND", "TOWARDS", "TOWARD", "AMONGST", "THAN", "ALL", "BOTH", "BEYOND", "INTO", "ONTO",
    ]
    static let wordsAfterPronoun: Set<String> = [
        "AND", "OR", "BUT", "TO", "IN", "ON", "AT", "FOR", "FROM", "WITH", "ABOUT", "AGAIN", "NOW",
        "TODAY", "ALL", "BOTH", "BACK", "OUT", "UP", "DOWN", "OFF", "OVER", "HERE", "THERE", "FIRST",
        "SO", "AS", "IF", "WHEN", "THAT", "WHAT", "WHO", "HOW", "WHY", "IS", "ARE", "WAS", "WERE",
        "WILL", "CAN", "MUST", "THE", "A", "AN", "TOO", "ALONE", "AHEAD", "ANYMORE", "TOGETHER", "APART",
        "ALIVE", "SAFE", "FREE", "THROUGH", "INTO", "BY", "ANY", "MORE", "LESS", "WELL", "HOME",
    ]
    static let islamicStateNext: Set<String> = [
        "FIGHTERS", "MILITANTS", "JIHADISTS", "GROUP", "LEADER", "LEADERS", "ATTACK", "ATTACKS",
        "BRIDE", "BRIDES", "CLAIMS", "CELL", "CELLS", "RECRUITS", "SUPPORTERS", "STRONGHOLD", "CAPITAL",
        "CALIPHATE", "SUSPECT", "SUSPECTS", "GUNMEN", "BOMBER", "BOMBERS", "PROPAGANDA", "DETAINEES",
        "PRISONERS", "CAMP", "CAMPS", "AFFILIATE", "COMMANDER", "CHIEF", "REMNANTS", "TERROR",
    ]
    static let islamicStatePrevious: Set<String> = [
        "AGAINST", "ANTI", "FORMER", "SUSPECTED", "ALLEGED", "JOINED", "JOIN", "JOINS", "FIGHT",
        "FIGHTING", "DEFEAT", "DEFEATED", "BEAT", "PRO", "EX", "DEFEATING",
    ]
    static let whoOrganisationNext: Set<String> = [
        "CHIEF", "DIRECTOR", "DECLARES", "WARNS", "URGES", "REPORT", "EXPERTS", "OFFICIAL", "OFFICIALS",
        "GUIDANCE", "ADVICE", "APPROVES", "CONFIRMS", "RECOMMENDS", "HEAD", "BOSS", "TEAM", "LISTS",
        "LAUNCHES", "ADVISES", "EMERGENCY", "TREATY", "MEMBERS", "SAYS", "CALLS", "ALERT", "STUDY",
        "DATA", "CHIEF'S", "GLOBAL", "PANEL", "MISSION", "WARNING",
    ]
    static let whoOrganisationPrevious: Set<String> = [
        "FROM", "QUITS", "LEAVES", "EXIT", "FUNDING", "JOINS", "BY", "TO", "SAYS", "WITHDRAW",
        "WITHDRAWS", "WITHDRAWAL", "ACCORDING", "RE-JOIN", "REJOIN", "REJOINS",
    ]

    /// Upper- and lower-case letter counts and the number of words of two letters or more.
    static func letterCounts(_ tokens: ArraySlice<SpeechToken>) -> (upper: Int, lower: Int, words: Int) {
        var upper = 0, lower = 0, words = 0
        for t in tokens where t.kind == .word {
            upper += Int(t.upperCount)
            lower += Int(t.lowerCount)
            if t.scalarCount >= 2 { words += 1 }
        }
        return (upper, lower, words)
    }

    /// Re-cases every line of `tokens` that is written in capitals. `force`: the text is a
    /// headline, so a single capitalized word or a few lower-case letters still count.
    static func apply(_ tokens: inout [SpeechToken], force: Bool) {
        var start = 0
        while start < tokens.count {
            var end = start
            while end < tokens.count, tokens[end].kind != .newline { end += 1 }
            let (upper, lower, words) = letterCounts(tokens[start..<end])
            let shouting =
                force
                ? (words >= 1 && upper >= 2 && lower * 4 <= upper + lower)
                : (words >= 2 && upper >= 4 && lower * 10 <= upper + lower)
            if shouting { recase(&tokens, start..<end) }
            start = end + 1
        }
    }

    static func hasVowelOrY(_ s: String) -> Bool { s.contains { "AEIOUY".contains($0) } }

    static func titlecased(_ w: String) -> String { w.prefix(1) + w.dropFirst().lowercased() }

    static func recase(_ tokens: inout [SpeechToken], _ range: Range<Int>) {
        // Decide from the original words of this line, then write.
        let original = Array(tokens[range])
        let base = range.lowerBound
        func word(_ j: Int) -> String? {
            guard j >= 0, j < original.count, original[j].kind == .word else { return nil }
            return original[j].text
        }
        /// The next token is the end of the headline or punctuation (not a word or number).
        func endsAfter(_ j: Int) -> Bool {
            let n = j + 1
            guard n < original.count else { return true }
            return original[n].kind == .symbol
        }
        let firstWord = original.firstIndex { $0.kind == .word } ?? -1
        for j in original.indices where original[j].isAllCaps {
            let w = original[j].text
            let prev = word(j - 1)
            let next = word(j + 1)
            var result: String
            switch w {
            case "US":
                let pronoun: Bool = {
                    guard let p = prev else { return false }
                    if usPronounVerbs.contains(p) { return true }
                    guard usPronounPrepositions.contains(p) else { return false }
                    return endsAfter(j) || next.map(wordsAfterPronoun.contains) == true
                }()
                result = pronoun ? "us" : "US"
            case "IS":
                let group =
                    next.map(islamicStateNext.contains) == true || prev.map(islamicStatePrevious.contains) == true
                result = group ? "IS" : "is"
            case "WHO":
                let organisation =
                    next.map(whoOrganisationNext.contains) == true
                    || prev.map(whoOrganisationPrevious.contains) == true
                result = organisation ? "WHO" : "who"
            case "IT":
                result = "it"
            case "A":
                result = "a"
            case "I":
                result = "I"
            default:
                result = recaseWord(w, previous: prev)
            }
            if j == firstWord, let f = result.first, f.isLowercase { result = f.uppercased() + result.dropFirst() }
            if result != w { tokens[base + j].setText(result) }
        }
    }

    static func recaseWord(_ w: String, previous: String?) -> String {
        if w.count == 1 { return w }
        if Vocabulary.acronymWords.contains(w) || knownInitialisms.contains(w)
            || Vocabulary.specialReadings[w] != nil || Vocabulary.timeZones[w] != nil
        {
            return w
        }
        if let p = previous, NormalizationPass.romanValue(w) != nil,
            Vocabulary.regnalNames.contains(titlecased(p)) || Vocabulary.romanCardinalContext.contains(titlecased(p))
                || p == "POPE" || p == "KING" || p == "QUEEN"
        {
            return w
        }
        if w.hasSuffix("S"), w.count >= 3 {
            let base = String(w.dropLast())
            if knownInitialisms.contains(base) && !knownInitialisms.contains(w) { return base + "s" }
        }
        if !hasVowelOrY(w) && w.count <= 5 { return w }
        let lower = w.lowercased()
        if functionWords.contains(lower) { return lower }
        return titlecased(w)
    }
}
