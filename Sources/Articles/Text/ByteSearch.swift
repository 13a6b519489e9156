#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding bytes in bytes: the one search the scanners of markup and text here share.
enum ByteSearch {
    /// The index of `needle` in `haystack[from..<limit]`, or nil.
    /// - Parameter caseInsensitive: ignore ASCII case; `needle` must then be lowercase.
    static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from: Int = 0, limit: Int? = nil,
                     caseInsensitive: Bool = false) -> Int? {
        let end = min(limit ?? haystack.count, haystack.count)
        guard let base = haystack.baseAddress, let first = needle.first, from >= 0, end - from >= needle.count else { return nil }
        // memchr finds the first byte fast, unless case is ignored and that byte is a letter.
        let scanFirst = !caseInsensitive || !(first >= 0x61 && first <= 0x7A)
        var i = from
        while i + needle.count <= end {
            if scanFirst {
                guard let p = memchr(base + i, Int32(first), end - i) else { return nil }
                i = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
                if i + needle.count > end { return nil }
            }
            var k = 0
            while k < needle.count {
                var c = haystack[i + k]
                if caseInsensitive, c >= 0x41, c <= 0x5A { c |= 0x20 }
                if c != needle[k] { break }
                k += 1
            }
            if k == needle.count { return i }
            i += 1
        }
        return nil
    }

    /// The index of `needle` in `bytes` at or after `from`, or nil.
    static func find(_ needle: String, in bytes: [UInt8], from: Int = 0, caseInsensitive: Bool = false) -> Int? {
        bytes.withUnsafeBufferPointer { find(Array(needle.utf8), in: $0, from: from, caseInsensitive: caseInsensitive) }
    }
}

extension String {
    /// True when the string contains `needle` (lowercase ASCII), ignoring ASCII case.
    func containsASCIICaseInsensitive(_ needle: StaticString) -> Bool {
        let pattern = Array(UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount))
        var copy = self
        return copy.withUTF8 { ByteSearch.find(pattern, in: $0, caseInsensitive: true) != nil }
    }
}

extension String {
    /// True when `needle` occurs in the string, compared byte for byte: no Foundation bridging,
    /// which on Linux costs microseconds per call.
    func containsBytes(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        var copy = self
        return copy.withUTF8 { ByteSearch.find(pattern, in: $0) != nil }
    }
}
