/// Byte-level helpers over UTF-8 text, shared by the segmenter and the term vectors.
enum TextBytes {
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isAlphanumeric(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }

    /// The width in bytes of the whitespace character at `i` (ASCII, no-break and Unicode spaces), or 0.
    @inline(__always)
    static func spaceWidth(_ s: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        let b = s[i]
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return 1 }
        if b < 0xC2 { return 0 }
        if b == 0xC2, i + 1 < end, s[i + 1] == 0xA0 { return 2 }
        if b == 0xE2, i + 2 < end, s[i + 1] == 0x80 {
            let c = s[i + 2]
            if c <= 0x8A || c == 0xAF || c == 0xA8 || c == 0xA9 { return 3 }
        }
        if b == 0xE3, i + 2 < end, s[i + 1] == 0x80, s[i + 2] == 0x80 { return 3 }
        return 0
    }

    /// The width in bytes of the whitespace character that ends just before `i`, or 0.
    @inline(__always)
    static func spaceWidth(_ s: UnsafeBufferPointer<UInt8>, before i: Int, start: Int) -> Int {
        guard i > start else { return 0 }
        let b = s[i - 1]
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return 1 }
        if b == 0xA0, i - 2 >= start, s[i - 2] == 0xC2 { return 2 }
        if i - 3 >= start {
            if s[i - 3] == 0xE2, s[i - 2] == 0x80, b <= 0x8A || b == 0xAF || b == 0xA8 || b == 0xA9, b >= 0x80 {
                return 3
            }
            if s[i - 3] == 0xE3, s[i - 2] == 0x80, b == 0x80 { return 3 }
        }
        return 0
    }

    /// The width of a closing quote or bracket at `i` (" ' ) ] } ” ’ »), or 0.
    @inline(__always)
    static func closerWidth(_ s: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        let b = s[i]
        if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D || b == 0x7D { return 1 }
        if b == 0xC2, i + 1 < end, s[i + 1] == 0xBB { return 2 }
        if b == 0xE2, i + 2 < end, s[i + 1] == 0x80, s[i + 2] == 0x9D || s[i + 2] == 0x99 || s[i + 2] == 0xBA {
            return 3
        }
        return 0
    }

    /// The width of an opening quote or bracket at `i` (" ' ( [ “ ‘ « ¿ ¡), or 0.
    @inline(__always)
    static func openerWidth(_ s: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        let b = s[i]
        if b == 0x22 || b == 0x27 || b == 0x28 || b == 0x5B || b == 0x7B { return 1 }
        if b == 0xC2, i + 1 < end, s[i + 1] == 0xAB || s[i + 1] == 0xBF || s[i + 1] == 0xA1 { return 2 }
        if b == 0xE2, i + 2 < end, s[i + 1] == 0x80, s[i + 2] == 0x9C || s[i + 2] == 0x98 || s[i + 2] == 0xB9 {
            return 3
        }
        return 0
    }

    /// True when an opening quote or bracket ends just before `i`.
    @inline(__always)
    static func isOpener(_ s: UnsafeBufferPointer<UInt8>, before i: Int, start: Int) -> Bool {
        guard i > start else { return false }
        let b = s[i - 1]
        if b == 0x22 || b == 0x27 || b == 0x28 || b == 0x5B || b == 0x7B { return true }
        if i - 2 >= start, s[i - 2] == 0xC2, b == 0xAB { return true }
        return i - 3 >= start && s[i - 3] == 0xE2 && s[i - 2] == 0x80 && (b == 0x9C || b == 0x98)
    }

    /// True when `i` starts "…" (U+2026).
    @inline(__always)
    static func isEllipsis(_ s: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        s[i] == 0xE2 && i + 2 < end && s[i + 1] == 0x80 && s[i + 2] == 0xA6
    }

    /// Decodes the Unicode scalar that starts at `i`, with its width in bytes.
    static func scalar(_ s: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (Unicode.Scalar, Int)? {
        let b = s[i]
        if b < 0x80 { return (Unicode.Scalar(b), 1) }
        let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0
        guard width > 0, i + width <= end else { return nil }
        var value = UInt32(b) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width {
            let c = s[i + k]
            guard c & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(c & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, width)
    }

    /// True when the byte occurs in the first `limit` bytes of `text`.
    static func contains(_ byte: UInt8, in text: String, within limit: Int = .max) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            let end = min(bytes.count, limit)
            var i = 0
            while i < end {
                if bytes[i] == byte { return true }
                i += 1
            }
            return false
        } ?? text.utf8.prefix(limit).contains(byte)
    }

    /// A string of the bytes in `start..<end`.
    @inline(__always)
    static func string(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: s[start..<end]), as: UTF8.self)
    }

    /// A string of the bytes in `start..<end`, ASCII letters lowercased.
    static func lowercasedString(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(unsafeUninitializedCapacity: end - start) { out in
            for k in start..<end { out[k - start] = lower(s[k]) }
            return end - start
        }
    }
}
