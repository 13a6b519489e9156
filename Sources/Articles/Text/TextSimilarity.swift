/// Rough comparisons between short texts, such as a heading and the page title.
enum TextSimilarity {
    /// Lowercased words (letters and digits) of a text.
    static func words(_ text: String) -> [Substring] {
        let lower = text.lowercased()
        return lower.split { !$0.isLetter && !$0.isNumber }
    }

    /// True when two headlines say the same thing: the same words, give or take a site name
    /// or a few words of punctuation-separated kicker.
    static func isSameHeadline(_ a: String, _ b: String) -> Bool {
        let wa = words(a), wb = words(b)
        guard !wa.isEmpty, !wb.isEmpty else { return false }
        if wa == wb { return true }
        let sa = Set(wa), sb = Set(wb)
        let shared = sa.intersection(sb).count
        return Double(shared) / Double(sa.union(sb).count) >= 0.75
    }
}
