/// Unicode scalars read straight from UTF-8 bytes, and trimming by scalar, without building Strings.
///
/// Every function expects well-formed UTF-8 (what `String.utf8` gives) and indexes into the slice
/// it is given (slice indices, not offsets).
enum UTF8Scalars {
    /// The scalar that starts at `i` and its width in bytes.
    @inline(__always)
    static func decode(_ b: ArraySlice<UInt8>, at i: Int) -> (value: UInt32, width: Int) {
        let b0 = b[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 < 0xE0 { return (UInt32(b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return (UInt32(b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3)
        }
        return (UInt32(b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                    | UInt32(b[i + 3] & 0x3F), 4)
    }

    /// The scalar that ends just before `end` and its width in bytes.
    @inline(__always)
    static func decode(_ b: ArraySlice<UInt8>, endingAt end: Int) -> (value: UInt32, width: Int) {
        var start = end - 1
        while start > b.startIndex, b[start] & 0xC0 == 0x80 { start -= 1 }
        return decode(b, at: start)
    }

    /// The number of scalars in the bytes.
    static func count(_ b: ArraySlice<UInt8>) -> Int {
        var n = 0
        for byte in b where byte & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// The bytes without the scalars at either end for which `isTrimmed` is true.
    @inline(__always)
    static func trimming(_ b: ArraySlice<UInt8>, where isTrimmed: (UInt32) -> Bool) -> ArraySlice<UInt8> {
        var start = b.startIndex, end = b.endIndex
        while start < end {
            let (scalar, width) = decode(b, at: start)
            guard isTrimmed(scalar) else { break }
            start += width
        }
        while end > start {
            let (scalar, width) = decode(b[start..<end], endingAt: end)
            guard isTrimmed(scalar) else { break }
            end -= width
        }
        return b[start..<end]
    }

    /// Members of Foundation's `CharacterSet.whitespaces`: tab and the space separators, including
    /// U+200B ZERO WIDTH SPACE, which Foundation still counts among them.
    @inline(__always)
    static func isBlank(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || v == 0x09 }
        return v == 0xA0 || v == 0x1680 || (v >= 0x2000 && v <= 0x200B) || v == 0x202F || v == 0x205F || v == 0x3000
    }

    /// What `Character.isWhitespace` says of a Character made of this one scalar (Unicode White_Space:
    /// also line breaks, NEL, line and paragraph separators; not U+200B).
    @inline(__always)
    static func isWhitespace(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return Unicode.Scalar(v)?.properties.isWhitespace ?? false
    }

    /// What `Character.isNumber` says of a Character made of this one scalar.
    @inline(__always)
    static func isNumber(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return Unicode.Scalar(v)?.properties.numericType != nil
    }

    /// What `Character.isLetter` says of a Character made of this one scalar.
    @inline(__always)
    static func isLetter(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return Unicode.Scalar(v)?.properties.isAlphabetic ?? false
    }

    /// What `Character.isUppercase` says of a Character made of this one scalar.
    static func isUppercase(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        guard let scalar = Unicode.Scalar(v) else { return false }
        return Character(scalar).isUppercase
    }

    /// Members of Foundation's `CharacterSet.punctuationCharacters` (Unicode general category P)
    /// among the scalars a byte-comparable line holds (see `TextLine`).
    @inline(__always)
    static func isPunctuation(_ v: UInt32) -> Bool {
        if v < 0x80 {
            switch UInt8(v) {
            case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D: return true
            default: return false
            }
        }
        switch Unicode.Scalar(v)?.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}

extension ArraySlice<UInt8> {
    /// The bytes without Foundation's `CharacterSet.whitespaces` at either end, as
    /// `trimmingCharacters(in: .whitespaces)` would leave them.
    func trimmingBlanks() -> ArraySlice<UInt8> {
        // Fast path: most lines neither start nor end with a blank.
        if let first, let last, first != 0x20, first != 0x09, first < 0xC2 || first > 0xE3,
           last != 0x20, last != 0x09, last < 0x80 {
            return self
        }
        return UTF8Scalars.trimming(self, where: UTF8Scalars.isBlank)
    }
}
