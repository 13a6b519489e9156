import Foundation

/// Reads the dates pages and feeds print: ISO 8601 in its common shapes (with or without time,
/// fraction and zone; `T` or a space) and RFC 822 as RSS uses it (`Tue, 10 Jun 2003 04:00:00 GMT`).
/// A date without a zone is read as UTC. Pure arithmetic, so results never depend on the locale.
enum DateParser {
    /// The date in `text`, or nil when it is not a date this parser knows.
    static func parse(_ text: String) -> Date? {
        let s = TextNormalizer.collapseWhitespace(text)
        guard !s.isEmpty, s.utf8.count < 80 else { return nil }
        if let d = parseISO(Array(s.utf8)) { return d }
        return parseRFC822(s)
    }

    private static func parseISO(_ b: [UInt8]) -> Date? {
        var i = 0
        func digits(_ n: Int) -> Int? {
            guard i + n <= b.count else { return nil }
            var v = 0
            for k in 0..<n {
                let c = b[i + k]
                guard c >= 0x30 && c <= 0x39 else { return nil }
                v = v * 10 + Int(c - 0x30)
            }
            i += n
            return v
        }
        func eat(_ c: Character) -> Bool {
            if i < b.count, b[i] == c.asciiValue { i += 1; return true }
            return false
        }
        guard let year = digits(4), eat("-"), let month = digits(2) else { return nil }
        var day = 1
        if eat("-") { guard let d = digits(2) else { return nil }; day = d }
        var hour = 0, minute = 0, second = 0
        var fraction = 0.0
        var offset = 0
        if i < b.count, b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: " ") || b[i] == UInt8(ascii: "t") {
            i += 1
            guard let h = digits(2), eat(":"), let m = digits(2) else { return nil }
            hour = h; minute = m
            if eat(":") { guard let sec = digits(2) else { return nil }; second = sec }
            if i < b.count, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ",") {
                i += 1
                var scale = 0.1
                while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                    fraction += Double(b[i] - 0x30) * scale
                    scale /= 10
                    i += 1
                }
            }
            while i < b.count, b[i] == 0x20 { i += 1 }
            if i < b.count {
                if b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z") {
                    i += 1
                } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
                    let sign = b[i] == UInt8(ascii: "-") ? -1 : 1
                    i += 1
                    guard let oh = digits(2) else { return nil }
                    var om = 0
                    if eat(":") { guard let m = digits(2) else { return nil }; om = m } else if let m = digits(2) { om = m }
                    offset = sign * (oh * 3600 + om * 60)
                } else if let zone = zoneOffset(String(decoding: b[i...], as: UTF8.self)) {
                    offset = zone
                    i = b.count
                }
            }
        }
        guard i == b.count else { return nil }
        return make(year, month, day, hour, minute, second, fraction, offset)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func parseRFC822(_ s: String) -> Date? {
        var words = s.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        guard words.count >= 3 else { return nil }
        if words[0].count >= 3, words[0].first?.isLetter == true,
           !months.contains(String(words[0].prefix(3)).lowercased()) { words.removeFirst() }
        guard words.count >= 3 else { return nil }
        var day: Int?, month: Int?, year: Int?
        // "10 Jun 2003" or "Jun 10 2003"
        if let d = Int(words[0]), let m = monthNumber(words[1]) { day = d; month = m }
        else if let m = monthNumber(words[0]), let d = Int(words[1]) { day = d; month = m }
        guard let day, let month, var y = Int(words[2]) else { return nil }
        if y < 100 { y += y < 50 ? 2000 : 1900 }
        year = y
        var hour = 0, minute = 0, second = 0, offset = 0
        if words.count >= 4 {
            let parts = words[3].split(separator: ":").compactMap { Int($0) }
            guard parts.count >= 2 else { return nil }
            hour = parts[0]; minute = parts[1]; second = parts.count > 2 ? parts[2] : 0
            if words.count >= 5 {
                guard let z = zoneOffset(words[4]) else { return nil }
                offset = z
            }
        }
        guard let year else { return nil }
        return make(year, month, day, hour, minute, second, 0, offset)
    }

    private static func monthNumber(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        return months.firstIndex(of: String(word.prefix(3)).lowercased()).map { $0 + 1 }
    }

    /// Seconds east of UTC for a zone written as `+0200`, `-05:00`, `GMT`, `EST`...
    private static func zoneOffset(_ zone: String) -> Int? {
        let z = zone.uppercased()
        switch z {
        case "Z", "GMT", "UT", "UTC": return 0
        case "EST": return -5 * 3600
        case "EDT": return -4 * 3600
        case "CST": return -6 * 3600
        case "CDT": return -5 * 3600
        case "MST": return -7 * 3600
        case "MDT": return -6 * 3600
        case "PST": return -8 * 3600
        case "PDT": return -7 * 3600
        case "BST": return 3600
        case "CET": return 3600
        case "CEST": return 7200
        default: break
        }
        let chars = Array(z.utf8)
        guard chars.count == 5 || chars.count == 6, chars[0] == UInt8(ascii: "+") || chars[0] == UInt8(ascii: "-") else { return nil }
        let digits = chars.dropFirst().filter { $0 != UInt8(ascii: ":") }
        guard digits.count == 4, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let v = digits.map { Int($0 - 0x30) }
        let seconds = (v[0] * 10 + v[1]) * 3600 + (v[2] * 10 + v[3]) * 60
        return chars[0] == UInt8(ascii: "-") ? -seconds : seconds
    }

    /// Builds a date from civil fields in a zone `offset` seconds east of UTC.
    private static func make(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int,
                             _ fraction: Double, _ offset: Int) -> Date? {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second),
              let days = CivilDay.daysSince1970(year: year, month: month, day: day)
        else { return nil }
        let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 + second - offset) + fraction
        return Date(timeIntervalSince1970: seconds)
    }
}

/// Calendar days as numbers, for date arithmetic without a calendar object.
public enum CivilDay {
    /// Days from 1970-01-01 to a day of the proleptic Gregorian calendar, or nil if it is not a real day.
    public static func daysSince1970(year: Int, month: Int, day: Int) -> Int? {
        guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= monthDays[month - 1] else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
