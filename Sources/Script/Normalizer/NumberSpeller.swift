/// Spells numbers as English words: cardinals, ordinals, years, decimals and digit strings.
///
/// Output uses hyphenated compounds ("twenty-four") and the British "and" after hundreds
/// ("one hundred and five"), which is also how eSpeak NG reads numbers itself.
enum NumberSpeller {
    static let ones = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen",
    ]
    static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    static let scales: [(UInt64, String)] = [
        (1_000_000_000_000_000, "quadrillion"), (1_000_000_000_000, "trillion"),
        (1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand"),
    ]

    /// Cardinal words for a non-negative integer ("one thousand two hundred and five").
    static func cardinal(_ n: UInt64) -> String {
        if n == 0 { return "zero" }
        if n >= 1_000_000_000_000_000_000 { return digits(String(n)) }
        var parts: [String] = []
        var rest = n
        for (value, name) in scales where rest >= value {
            parts.append(underThousand(Int(rest / value)) + " " + name)
            rest %= value
        }
        if rest > 0 {
            if !parts.isEmpty && rest < 100 { parts.append("and") }
            parts.append(underThousand(Int(rest)))
        }
        return parts.joined(separator: " ")
    }

    /// Cardinal words for 0...999.
    static func underThousand(_ n: Int) -> String {
        if n < 100 { return underHundred(n) }
        let h = ones[n / 100] + " hundred"
        let r = n % 100
        return r == 0 ? h : h + " and " + underHundred(r)
    }

    /// Cardinal words for 0...99.
    static func underHundred(_ n: Int) -> String {
        if n < 20 { return ones[n] }
        let t = tens[n / 10]
        return n % 10 == 0 ? t : t + "-" + ones[n % 10]
    }

    /// Ordinal words ("twenty-first", "one hundredth").
    static func ordinal(_ n: UInt64) -> String { ordinalize(cardinal(n)) }

    /// Turns the last word of cardinal words into its ordinal form.
    static func ordinalize(_ words: String) -> String {
        // The last word may be the tail of a hyphenated compound ("twenty-one").
        var head = Substring(words)
        var last = Substring(words)
        if let cut = words.lastIndex(where: { $0 == " " || $0 == "-" }) {
            head = words[...cut]
            last = words[words.index(after: cut)...]
        } else {
            head = ""
        }
        let irregular: [Substring: String] = [
            "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
            "nine": "ninth", "twelve": "twelfth",
        ]
        let ord: String
        if let x = irregular[last] {
            ord = x
        } else if last.hasSuffix("y") {
            ord = last.dropLast() + "ieth"
        } else {
            ord = last + "th"
        }
        return head + ord
    }

    /// The plural of cardinal words, as in decades and "in their twenties".
    static func pluralize(_ words: String) -> String {
        if words.hasSuffix("y") { return words.dropLast() + "ies" }
        if words.hasSuffix("x") { return words + "es" }
        return words + "s"
    }

    /// A year as it is spoken: "nineteen ninety", "two thousand and nine", "twenty twenty-four".
    static func year(_ y: Int) -> String {
        guard y >= 1000, y <= 9999 else { return cardinal(UInt64(max(0, y))) }
        let hi = y / 100, lo = y % 100
        if y % 1000 == 0 { return cardinal(UInt64(y)) }  // 2000, 1000
        if hi % 10 == 0 && lo < 10 { return cardinal(UInt64(y)) }  // 2005 two thousand and five
        if lo == 0 { return underHundred(hi) + " hundred" }  // 1900
        if lo < 10 { return underHundred(hi) + " oh " + ones[lo] }  // 1905
        return underHundred(hi) + " " + underHundred(lo)
    }

    /// A two-digit year as in "class of '08" or "2023-24": "oh eight", "twenty-four".
    static func shortYear(_ y: Int) -> String {
        y < 10 ? "oh " + ones[y] : underHundred(y)
    }

    /// Each digit spoken separately ("zero zero seven").
    static func digits<S: StringProtocol>(_ s: S) -> String {
        var words: [String] = []
        for ch in s {
            if let d = ch.wholeNumberValue, d < 10 { words.append(ones[d]) }
        }
        return words.joined(separator: " ")
    }

    /// A decimal: integer part, then "point" and each fraction digit ("three point one four").
    static func decimal(integer: String, fraction: String) -> String {
        let whole = integerWords(integer)
        if fraction.isEmpty { return whole }
        return whole + " point " + digits(fraction)
    }

    /// Cardinal words for an integer written as ASCII digits (any length, commas removed).
    static func integerWords<S: StringProtocol>(_ s: S) -> String {
        let trimmed = s.drop(while: { $0 == "0" })
        if trimmed.isEmpty { return "zero" }
        if trimmed.count > 18 { return digits(s) }
        guard let v = UInt64(trimmed) else { return digits(s) }
        return cardinal(v)
    }

    /// Names of fractions by denominator, singular and plural ("quarter", "quarters").
    static func fractionName(_ denominator: Int, plural: Bool) -> String {
        switch denominator {
        case 2: return plural ? "halves" : "half"
        case 4: return plural ? "quarters" : "quarter"
        default:
            let o = ordinal(UInt64(denominator))
            return plural ? o + "s" : o
        }
    }

    /// A fraction such as 3/4 ("three quarters") or 1/2 ("one half").
    static func fraction(_ numerator: Int, _ denominator: Int) -> String {
        if numerator == 1 && denominator == 2 { return "one half" }
        return cardinal(UInt64(numerator)) + " " + fractionName(denominator, plural: numerator != 1)
    }
}
