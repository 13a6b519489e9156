import Foundation

/// Dates as articles print them near the top: "Published 27 September 2024", "Sept. 27, 2024", "2024-09-27".
enum DateLine {
    /// The date a short line gives, or nil when the line is not a date line.
    static func parse(_ line: TextLine) -> Date? {
        guard line.isByteComparable else { return CharacterRules.dateLine(line.string) }
        guard UTF8Scalars.count(line.bytes) <= 80 else { return nil }
        var text = line.bytes
        if let prefix = prefixBytes.first(where: { text.hasPrefix(ignoringCase: $0) }) {
            text = text.dropFirst(prefix.count).trimmingBlanks()
        }
        if let iso = ISO8601.parse(String(decoding: text, as: UTF8.self)) { return iso }
        let tokens = text.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ",") })
            .map { UTF8Scalars.trimming($0) { $0 == 0x2E } }  // full stops of "Sept." and "27."
        guard tokens.count >= 3, tokens.count <= 9 else { return nil }
        var day: Int?, month: Int?, year: Int?
        var unknown = 0
        for token in tokens {
            if let m = monthNumber(token) {
                month = month ?? m
            } else if let n = number(token) {
                if n >= 1900 && n <= 2100 { year = year ?? n } else if n >= 1 && n <= 31 { day = day ?? n } else { unknown += 1 }
            } else if weekdayBytes.contains(where: { token.hasPrefix(ignoringCase: $0) }) || token.contains(UInt8(ascii: ":"))
                || fillerWordBytes.contains(where: { token.equals(ignoringCase: $0) })
            {
                continue
            } else {
                unknown += 1
            }
        }
        guard unknown == 0, let day, let month, let year,
              let firstOfMonth = CivilDay.daysSince1970(year: year, month: month, day: 1)
        else { return nil }
        // A day past the month's end rolls into the next month, as Calendar's lenient reading does.
        return Date(timeIntervalSince1970: Double((firstOfMonth + day - 1) * 86_400))
    }

    /// The month a token names ("sep", "Sept", "september"), 1 to 12.
    private static func monthNumber(_ token: ArraySlice<UInt8>) -> Int? {
        guard UTF8Scalars.count(token) >= 3 else { return nil }
        var i = token.startIndex
        while i < token.endIndex {
            let (scalar, width) = UTF8Scalars.decode(token, at: i)
            guard UTF8Scalars.isLetter(scalar) else { return nil }
            i += width
        }
        for (n, month) in monthBytes.enumerated() where token.hasPrefix(ignoringCase: month) {
            if monthNameBytes[n][...].hasPrefix(folded: token) || token.equals(ignoringCase: sept) { return n + 1 }
        }
        return nil
    }

    /// A day or year such as "27", "27th" or "2024"; nil for other tokens.
    private static func number(_ token: ArraySlice<UInt8>) -> Int? {
        let digits = UTF8Scalars.trimming(token) { scalar in
            let folded = scalar >= 0x41 && scalar <= 0x5A ? scalar | 0x20 : scalar
            return folded == 0x73 || folded == 0x74 || folded == 0x6E || folded == 0x64 || folded == 0x72 || folded == 0x68  // s t n d r h
        }
        return Int(String(decoding: digits, as: UTF8.self))
    }

    static let prefixes = ["published on", "published:", "published", "updated on", "updated:", "updated", "posted on",
                           "posted:", "posted", "date:", "first published on", "first published", "last updated"]
    static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                             "october", "november", "december"]
    /// Words a date line may carry besides the date: times, zones, "the", "of".
    static let fillerWords = ["am", "pm", "a.m", "p.m", "utc", "gmt", "bst", "et", "edt", "est", "at", "the", "of"]

    private static let prefixBytes = prefixes.map { Array($0.utf8) }
    private static let weekdayBytes = weekdays.map { Array($0.utf8) }
    private static let monthBytes = months.map { Array($0.utf8) }
    private static let monthNameBytes = monthNames.map { Array($0.utf8) }
    private static let fillerWordBytes = fillerWords.map { Array($0.utf8) }
    private static let sept = Array("sept".utf8)
}

extension ArraySlice<UInt8> {
    /// True when these lowercase bytes start with `other`, ASCII letters of `other` folded to lowercase.
    fileprivate func hasPrefix(folded other: ArraySlice<UInt8>) -> Bool {
        count >= other.count && zip(self, other).allSatisfy { $0 == Self.folded($1) }
    }
}
