import Foundation

/// The plain-text rules read Character by Character through Strings and Foundation.
///
/// The byte-wise rules in `MarkdownText`, `NoiseFilter`, `DateLine`, `FrontMatter` and
/// `PlainTextArticleParser` give the same answers on byte-comparable text (see `TextLine`); these
/// read every other line (combining marks, emoji sequences, scripts that join marks to letters),
/// so that no text reads differently because of how it is encoded. A rule changed in one place
/// must change in the other: `PlainTextRuleAgreementTests` compares the two.
enum CharacterRules {
    // MARK: - Line breaks and blocks

    /// CR LF and lone CR become LF (Foundation's search: a CR that a combining mark follows stays).
    static func normalizingLineBreaks(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    // MARK: - Markdown

    static func isHeading(_ line: String) -> Bool {
        let hashes = line.prefix { $0 == "#" }.count
        return hashes > 0 && hashes <= 6 && line.dropFirst(hashes).first == " "
    }

    static func stripHeading(_ line: String) -> String {
        guard isHeading(line) else { return line }
        var text = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
        while text.hasSuffix("#") { text = String(text.dropLast()).trimmingCharacters(in: .whitespaces) }
        return text
    }

    static func isRule(_ line: String) -> Bool {
        let t = line.filter { !$0.isWhitespace }
        return t.count >= 3 && (Set(t) == ["-"] || Set(t) == ["*"] || Set(t) == ["_"] || Set(t) == ["="])
    }

    static func isListItem(_ line: String) -> Bool {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") || line.hasPrefix("• ") { return true }
        let digits = line.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return false }
        let rest = line.dropFirst(digits.count)
        return rest.hasPrefix(". ") || rest.hasPrefix(") ")
    }

    static func stripListMarker(_ line: String) -> String {
        guard isListItem(line) else { return line }
        if let space = line.firstIndex(of: " ") { return line[space...].trimmingCharacters(in: .whitespaces) }
        return line
    }

    static func inline(_ line: String) -> String {
        guard line.contains(where: { "[]*_`!<".contains($0) }) else { return line }
        var out = ""
        var i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            if c == "!", line[line.index(after: i)...].hasPrefix("["), let end = linkEnd(line, from: line.index(after: i)) {
                i = end.after  // image: dropped
                continue
            }
            if c == "[", let end = linkEnd(line, from: i) {
                out += inline(end.text)
                i = end.after
                continue
            }
            if c == "*" || c == "`" || (c == "_" && isEmphasisUnderscore(line, at: i)) {
                i = line.index(after: i)
                continue
            }
            out.append(c)
            i = line.index(after: i)
        }
        return out.replacingOccurrences(of: "  ", with: " ").trimmingCharacters(in: .whitespaces)
    }

    private static func linkEnd(_ line: String, from start: String.Index) -> (text: String, after: String.Index)? {
        guard let close = line[start...].firstIndex(of: "]") else { return nil }
        let afterClose = line.index(after: close)
        guard afterClose < line.endIndex, line[afterClose] == "(",
            let paren = line[afterClose...].firstIndex(of: ")")
        else { return nil }
        return (String(line[line.index(after: start)..<close]), line.index(after: paren))
    }

    private static func isEmphasisUnderscore(_ line: String, at i: String.Index) -> Bool {
        let before = i > line.startIndex ? line[line.index(before: i)] : " "
        let nextIndex = line.index(after: i)
        let after = nextIndex < line.endIndex ? line[nextIndex] : " "
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }

    /// `line.split(separator: " ").count`.
    static func spaceSeparatedWordCount(_ line: String) -> Int {
        line.split(separator: " ").count
    }

    // MARK: - Noise

    static func classify(_ line: String) -> NoiseFilter.Noise? {
        let lower = line.lowercased()
        let bare = lower.trimmingCharacters(in: CharacterSet.punctuationCharacters.union(.whitespaces))
        if NoiseFilter.teaserMarkers.contains(bare) { return .teaserMarker }
        if NoiseFilter.listHeadings.contains(bare) { return .listHeading }
        if NoiseFilter.wholeLines.contains(bare) { return .line }
        if NoiseFilter.linePrefixes.contains(where: { lower.hasPrefix($0) }) { return .line }
        if isSocialLine(bare) { return .line }
        if isCommentCount(bare) { return .line }
        if isLinkOnly(line) { return .line }
        if lower.hasPrefix("©") || lower.hasPrefix("(c) ") || (lower.hasPrefix("copyright") && line.count < 160)
            || (lower.contains("all rights reserved") && line.count < 160)
        {
            return .line
        }
        if NoiseFilter.newsletterPhrases.contains(where: { lower.contains($0) }) && line.count < 200 { return .line }
        if isAgencyCredit(line) { return .line }
        return nil
    }

    static func removingAgencyCredit(_ paragraph: String) -> String {
        guard paragraph.hasSuffix(")"), let open = paragraph.range(of: "(", options: .backwards) else {
            return paragraph
        }
        let credit = String(paragraph[open.lowerBound...])
        guard isAgencyCredit(credit) else { return paragraph }
        return paragraph[..<open.lowerBound].trimmingCharacters(in: .whitespaces)
    }

    static func isCaption(_ line: String) -> Bool {
        let lower = line.lowercased()
        return NoiseFilter.captionPrefixes.contains { lower.hasPrefix($0) }
            || NoiseFilter.creditSuffixes.contains { lower.hasSuffix($0) }
    }

    static func isHeadlineLike(_ line: String) -> Bool {
        let words = line.split(whereSeparator: \.isWhitespace).count
        guard words > 0, words <= 20, let last = line.last else { return false }
        return !".!?:;\"”’'…".contains(last) || line.hasSuffix("?")
    }

    static func endsWithDate(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        let parts = trimmed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count >= 2, let year = parts.last, year.count == 4, Int(year) != nil else { return false }
        let monthDay = parts[parts.count - 2].lowercased()
        return NoiseFilter.monthNames.contains { monthDay.hasPrefix($0) }
    }

    private static func isSocialLine(_ bare: String) -> Bool {
        let words = bare.split(whereSeparator: { $0.isWhitespace || $0 == "|" || $0 == "," || $0 == "/" || $0 == "·" })
        guard !words.isEmpty, words.count <= 12 else { return false }
        let social = words.filter { NoiseFilter.socialWords.contains(String($0)) }.count
        if bare.hasPrefix("share this") || bare.hasPrefix("share on") || bare.hasPrefix("follow us") { return true }
        return social == words.count || (social >= 2 && social * 2 >= words.count)
    }

    private static func isCommentCount(_ bare: String) -> Bool {
        let words = bare.split(separator: " ")
        if words.count == 2, Int(words[0]) != nil, words[1] == "comments" || words[1] == "comment" { return true }
        if bare.hasPrefix("comments ") && bare.dropFirst(9).allSatisfy({ $0.isNumber || $0 == "(" || $0 == ")" }) { return true }
        return NoiseFilter.commentLines.contains(bare)
    }

    private static func isLinkOnly(_ line: String) -> Bool {
        let t = line.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("!["), t.hasSuffix(")") { return true }  // Markdown image
        if t.hasPrefix("["), t.hasSuffix(")"), let close = t.range(of: "]("), t[close.upperBound...].firstIndex(of: " ") == nil {
            return true  // a line that is only a Markdown link
        }
        if (t.hasPrefix("http://") || t.hasPrefix("https://") || t.hasPrefix("www.")) && !t.contains(" ") { return true }
        return false
    }

    private static func isAgencyCredit(_ text: String) -> Bool {
        guard text.hasPrefix("("), text.hasSuffix(")"), text.count < 400 else { return false }
        let lower = text.lowercased()
        return NoiseFilter.agencyCreditPrefixes.contains { lower.hasPrefix($0) }
    }

    // MARK: - Header lines

    static func byline(_ line: String) -> String? {
        let words = line.split(separator: " ")
        guard words.count >= 2, words.count <= 14 else { return nil }
        let lower = line.lowercased()
        for prefix in PlainTextArticleParser.bylinePrefixes where lower.hasPrefix(prefix) {
            let name = line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            guard let first = name.first, first.isUppercase else { return nil }
            return name
        }
        return nil
    }

    static func isStandfirst(_ raw: String, plain: String) -> Bool {
        let words = plain.split(separator: " ").count
        guard words >= 3, words <= 45 else { return false }
        if (raw.hasPrefix("*") && raw.hasSuffix("*")) || (raw.hasPrefix("_") && raw.hasSuffix("_")) || raw.hasPrefix("## ") {
            return true
        }
        return !endsSentence(plain)
    }

    static func endsSentence(_ line: String) -> Bool {
        guard var last = line.last else { return false }
        var rest = line.dropLast()
        while "\"”’')]".contains(last), let previous = rest.last {
            last = previous
            rest = rest.dropLast()
        }
        return ".!?…".contains(last)
    }

    // MARK: - Dates

    static func dateLine(_ line: String) -> Date? {
        guard line.count <= 80 else { return nil }
        var text = line
        for prefix in DateLine.prefixes {
            if text.lowercased().hasPrefix(prefix) {
                text = String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
                break
            }
        }
        if let iso = ISO8601.parse(text) { return iso }
        let tokens = text.split(whereSeparator: { " ,".contains($0) }).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
        guard tokens.count >= 3, tokens.count <= 9 else { return nil }
        var day: Int?, month: Int?, year: Int?
        var unknown = 0
        for token in tokens {
            let lower = token.lowercased()
            if let m = monthNumber(lower) {
                month = month ?? m
            } else if let n = Int(lower.trimmingCharacters(in: CharacterSet(charactersIn: "stndrh"))) {
                if n >= 1900 && n <= 2100 { year = year ?? n } else if n >= 1 && n <= 31 { day = day ?? n } else { unknown += 1 }
            } else if DateLine.weekdays.contains(where: { lower.hasPrefix($0) }) || lower.contains(":") || DateLine.fillerWords.contains(lower) {
                continue
            } else {
                unknown += 1
            }
        }
        guard unknown == 0, let day, let month, let year else { return nil }
        var components = DateComponents(year: year, month: month, day: day)
        components.timeZone = TimeZone(identifier: "UTC")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        return calendar.date(from: components)
    }

    private static func monthNumber(_ token: String) -> Int? {
        guard token.count >= 3, token.allSatisfy(\.isLetter) else { return nil }
        for (i, m) in DateLine.months.enumerated() where token.hasPrefix(m) {
            if DateLine.monthNames[i].hasPrefix(token) || token == "sept" { return i + 1 }
        }
        return nil
    }

    // MARK: - Front matter

    static func splitFrontMatter(_ text: inout String) -> FrontMatter {
        guard text.hasPrefix("---\n") else { return FrontMatter() }
        let rest = text.dropFirst(4)
        guard let end = rest.range(of: "\n---\n") ?? rest.range(of: "\n---", options: .anchored) else {
            return FrontMatter()
        }
        var matter = FrontMatter()
        for line in rest[..<end.lowerBound].split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = String(value.dropFirst().dropLast())
            }
            if !value.isEmpty { matter.fields[key] = value }
        }
        text = String(rest[end.upperBound...])
        return matter
    }
}
