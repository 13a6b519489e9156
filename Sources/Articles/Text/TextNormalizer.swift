/// Whitespace clean-up shared by every format: what a reader sees as one space becomes one space.
enum TextNormalizer {
    /// Collapses runs of whitespace (including no-break and other Unicode spaces) to one space,
    /// drops zero-width spaces and soft hyphens, and trims both ends.
    static func collapseWhitespace(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B {
                        pendingSpace = true
                    } else {
                        if pendingSpace && !out.isEmpty { out.append(0x20) }
                        pendingSpace = false
                        out.append(b)
                    }
                    i += 1
                    continue
                }
                let width = Self.spaceWidth(bytes, i)
                if width > 0 { pendingSpace = true; i += width; continue }
                let dropped = Self.invisibleWidth(bytes, i)
                if dropped > 0 { i += dropped; continue }
                if pendingSpace && !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(b)
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The length in bytes of a Unicode space character at `i`, or 0.
    @inline(__always)
    private static func spaceWidth(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = s[i]
        if b == 0xC2, i + 1 < s.count, s[i + 1] == 0xA0 || s[i + 1] == 0x85 { return 2 }  // NBSP, NEL
        if b == 0xE2, i + 2 < s.count {
            let b1 = s[i + 1], b2 = s[i + 2]
            if b1 == 0x80 && (b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) { return 3 }
            if b1 == 0x81 && b2 == 0x9F { return 3 }
        }
        if b == 0xE3, i + 2 < s.count, s[i + 1] == 0x80, s[i + 2] == 0x80 { return 3 }  // ideographic space
        return 0
    }

    /// The length in bytes of an invisible character at `i` that carries no text, or 0.
    @inline(__always)
    private static func invisibleWidth(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = s[i]
        if b == 0xC2, i + 1 < s.count, s[i + 1] == 0xAD { return 2 }  // soft hyphen
        if b == 0xE2, i + 2 < s.count, s[i + 1] == 0x80, s[i + 2] == 0x8B { return 3 }  // zero-width space
        if b == 0xE2, i + 2 < s.count, s[i + 1] == 0x81, s[i + 2] == 0xA0 { return 3 }  // word joiner
        if b == 0xEF, i + 2 < s.count, s[i + 1] == 0xBB, s[i + 2] == 0xBF { return 3 }  // BOM
        return 0
    }
}
