/// Checks made before any XML reaches the parser.
///
/// The parser itself never loads DTDs or external entities and never uses the network; on top of
/// that, documents that declare their own entities are refused outright, since feeds have no use
/// for them and they are how "billion laughs" expansion bombs work.
enum XMLSafety {
    /// Why the document is refused, or nil when it may be parsed.
    static func refusal(_ bytes: [UInt8]) -> String? {
        guard let doctype = find("<!doctype", in: bytes, caseInsensitive: true) else { return nil }
        // Only a DOCTYPE in the prolog counts: before it, nothing but <?...?> and <!--...-->.
        var i = 0
        while let lt = firstIndex(of: UInt8(ascii: "<"), in: bytes, from: i), lt < doctype {
            guard lt + 1 < bytes.count, bytes[lt + 1] == UInt8(ascii: "?") || bytes[lt + 1] == UInt8(ascii: "!") else { return nil }
            i = lt + 1
        }
        // The internal subset runs from '[' to the matching "]>" .
        var j = doctype + 9
        while j < bytes.count, bytes[j] != UInt8(ascii: "[") && bytes[j] != UInt8(ascii: ">") { j += 1 }
        guard j < bytes.count, bytes[j] == UInt8(ascii: "[") else { return nil }
        let subsetEnd = find("]>", in: bytes, from: j, caseInsensitive: false) ?? bytes.count
        let subset = Array(bytes[j..<subsetEnd])
        if find("<!entity", in: subset, caseInsensitive: true) != nil {
            return "the document declares its own XML entities, which Briefing refuses for safety (entity-expansion attacks)"
        }
        return nil
    }

    private static func firstIndex(of byte: UInt8, in bytes: [UInt8], from: Int) -> Int? {
        var k = from
        while k < bytes.count { if bytes[k] == byte { return k }; k += 1 }
        return nil
    }

    private static func find(_ needle: String, in bytes: [UInt8], from: Int = 0, caseInsensitive: Bool) -> Int? {
        let n = Array(needle.utf8)
        guard !n.isEmpty, bytes.count >= n.count else { return nil }
        var i = from
        while i <= bytes.count - n.count {
            var k = 0
            while k < n.count {
                var c = bytes[i + k]
                if caseInsensitive, c >= 0x41, c <= 0x5A { c |= 0x20 }
                if c != n[k] { break }
                k += 1
            }
            if k == n.count { return i }
            i += 1
        }
        return nil
    }
}
