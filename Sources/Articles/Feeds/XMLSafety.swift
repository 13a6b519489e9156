/// Checks made before any XML reaches the parser.
///
/// The parser itself never loads DTDs or external entities and never uses the network; on top of
/// that, documents that declare their own entities are refused outright, since feeds have no use
/// for them and they are how "billion laughs" expansion bombs work.
enum XMLSafety {
    /// Why the document is refused, or nil when it may be parsed.
    static func refusal(_ bytes: [UInt8]) -> String? {
        guard let doctype = ByteSearch.find("<!doctype", in: bytes, caseInsensitive: true) else { return nil }
        // Only a DOCTYPE in the prolog counts: before it, nothing but <?...?> and <!--...-->.
        var i = 0
        while let lt = ByteSearch.find("<", in: bytes, from: i), lt < doctype {
            guard lt + 1 < bytes.count, bytes[lt + 1] == UInt8(ascii: "?") || bytes[lt + 1] == UInt8(ascii: "!") else { return nil }
            i = lt + 1
        }
        // The internal subset runs from '[' to the matching "]>" .
        var j = doctype + 9
        while j < bytes.count, bytes[j] != UInt8(ascii: "[") && bytes[j] != UInt8(ascii: ">") { j += 1 }
        guard j < bytes.count, bytes[j] == UInt8(ascii: "[") else { return nil }
        let subsetEnd = ByteSearch.find("]>", in: bytes, from: j) ?? bytes.count
        let subset = Array(bytes[j..<subsetEnd])
        if ByteSearch.find("<!entity", in: subset, caseInsensitive: true) != nil {
            return "the document declares its own XML entities, which Briefing refuses for safety (entity-expansion attacks)"
        }
        return nil
    }
}
