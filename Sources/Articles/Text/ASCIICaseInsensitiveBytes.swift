/// Comparing UTF-8 bytes with lowercase needles, ASCII letters in the bytes compared without case.
///
/// For byte-comparable text (see `TextLine`) these answer what `text.lowercased().hasPrefix(needle)`,
/// `hasSuffix`, `contains` and `==` answer, without building the lowercased String.
extension ArraySlice<UInt8> {
    /// The byte with ASCII `A`–`Z` folded to lowercase.
    @inline(__always)
    static func folded(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// True when the bytes from `start` on begin with `needle` (lowercase), ignoring ASCII case.
    @inline(__always)
    func matches(_ needle: [UInt8], at start: Int) -> Bool {
        guard start >= startIndex, endIndex - start >= needle.count else { return false }
        var k = 0
        while k < needle.count {
            if Self.folded(self[start + k]) != needle[k] { return false }
            k += 1
        }
        return true
    }

    /// True when the bytes start with `needle` (lowercase), ignoring ASCII case.
    func hasPrefix(ignoringCase needle: [UInt8]) -> Bool {
        matches(needle, at: startIndex)
    }

    /// True when the bytes end with `needle` (lowercase), ignoring ASCII case.
    func hasSuffix(ignoringCase needle: [UInt8]) -> Bool {
        matches(needle, at: endIndex - needle.count)
    }

    /// True when the bytes are `needle` (lowercase), ignoring ASCII case.
    func equals(ignoringCase needle: [UInt8]) -> Bool {
        count == needle.count && matches(needle, at: startIndex)
    }

    /// True when `needle` (lowercase) occurs in the bytes, ignoring ASCII case.
    func contains(ignoringCase needle: [UInt8]) -> Bool {
        withUnsafeBufferPointer { ByteSearch.find(needle, in: $0, caseInsensitive: true) != nil }
    }

    /// True when the bytes end with `needle`, compared exactly.
    func hasSuffix(_ needle: [UInt8]) -> Bool {
        count >= needle.count && self[(endIndex - needle.count)...].elementsEqual(needle)
    }
}
