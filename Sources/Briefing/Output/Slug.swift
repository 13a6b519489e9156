import Foundation

/// File names made from titles: lower-case ASCII words joined by hyphens, safe in any folder.
public enum Slug {
    /// The slug of `text`, at most `limit` characters, never empty, never `.` or `..`.
    public static func make(_ text: String, limit: Int = 60) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let c = Character(scalar)
            if c.isASCII && (c.isLetter || c.isNumber) {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.append(Character(c.lowercased()))
                if slug.count >= limit { break }
            } else if c != "'" && c != "’" {
                pendingHyphen = true
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "article" : slug
    }
}
