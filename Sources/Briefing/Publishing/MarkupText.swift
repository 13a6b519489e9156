import Foundation

/// Text made safe for XML and XHTML, and the date and time formats feeds and pages print.
enum MarkupText {
    /// Escapes `& < > " '` and drops characters XML 1.0 forbids (control characters, U+FFFE, U+FFFF), so
    /// that any text can go in an element or a quoted attribute.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"  // not &apos;: HTML 4 readers of feed descriptions do not know it
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF || (0x7F...0x9F).contains(v) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `Fri, 27 Nov 2026 06:30:00 +0000`: the RFC 822 date RSS asks for, always in UTC.
    static func rfc822(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let weekday = weekdays[((c.weekday ?? 1) - 1 + 7) % 7]
        let month = months[((c.month ?? 1) - 1 + 12) % 12]
        let day = String(format: "%02d", c.day ?? 1), year = String(format: "%04d", c.year ?? 1970)
        let time = String(format: "%02d:%02d:%02d", c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
        return "\(weekday), \(day) \(month) \(year) \(time) +0000"
    }

    /// `HH:MM:SS`, seconds rounded.
    static func clock(_ seconds: Double) -> String {
        let s = Int(max(0, seconds).rounded())
        return String(format: "%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
    }

    /// `4:05` or `1:02:03`: a time as a listener reads it. Chapter starts are truncated (a chapter
    /// labelled 0:01 has begun by 0:01); lengths are rounded.
    static func shortClock(_ seconds: Double, rounding: FloatingPointRoundingRule = .toNearestOrAwayFromZero) -> String {
        let s = Int(max(0, seconds).rounded(rounding))
        return s >= 3600
            ? String(format: "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }

    /// A seconds value for an attribute: `12.3`, `0`, never `1e-05`.
    static func seconds(_ value: Double) -> String {
        let ms = Int((max(0, value) * 1000).rounded())
        let whole = ms / 1000, fraction = ms % 1000
        guard fraction != 0 else { return String(whole) }
        var digits = String(format: "%03d", fraction)
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(whole).\(digits)"
    }
}
