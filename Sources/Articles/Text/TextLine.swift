/// One line (or paragraph) of text as UTF-8 bytes, for rules that read text byte by byte.
///
/// Reading bytes gives the same answers as Swift's `Character` view (grapheme clusters, canonical
/// equivalence, `lowercased()`) and Foundation's string search only when the text is
/// *byte-comparable*: every scalar is a Character of its own whatever surrounds it, none is
/// canonically equivalent to an ASCII or punctuation character the rules look for, and none
/// lowercases to ASCII. That holds for Latin, Greek, Cyrillic, CJK and Hangul text, general
/// punctuation and currency signs; it fails for combining marks, emoji sequences and scripts that
/// join marks to letters. Rules read other lines through Strings and Characters.
struct TextLine: Sendable, Equatable {
    /// The UTF-8 bytes (well-formed).
    var bytes: ArraySlice<UInt8>
    /// True when byte-wise reading gives the answers Character-wise reading would.
    var isByteComparable: Bool

    /// Wraps bytes, checking whether they are byte-comparable.
    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        isByteComparable = Self.isByteComparable(bytes)
    }

    /// Wraps a String's bytes.
    init(_ string: String) {
        self.init(ArraySlice(string.utf8))
    }

    /// Wraps bytes whose byte-comparability is already known (a part of a byte-comparable line is
    /// byte-comparable too).
    init(bytes: ArraySlice<UInt8>, isByteComparable: Bool) {
        self.bytes = bytes
        self.isByteComparable = isByteComparable
    }

    /// The text as a String.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// True when the line holds no bytes.
    var isEmpty: Bool { bytes.isEmpty }

    /// A part of this line (same byte-comparability).
    func with(_ part: ArraySlice<UInt8>) -> TextLine {
        TextLine(bytes: part, isByteComparable: isByteComparable)
    }

    /// True when every scalar in `bytes` keeps byte-wise reading exact (see the type's description).
    static func isByteComparable(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            let n = buffer.count
            var i = 0
            while i < n {
                if i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b0 = buffer[i]
                if b0 < 0x80 { i += 1; continue }
                let value: UInt32
                if b0 < 0xE0, i + 1 < n {
                    value = UInt32(b0 & 0x1F) << 6 | UInt32(buffer[i + 1] & 0x3F)
                    i += 2
                } else if b0 < 0xF0, i + 2 < n {
                    value = UInt32(b0 & 0x0F) << 12 | UInt32(buffer[i + 1] & 0x3F) << 6 | UInt32(buffer[i + 2] & 0x3F)
                    i += 3
                } else {
                    return false
                }
                guard isByteComparableScalar(value) else { return false }
            }
            return true
        }
    }

    /// Scalars that are a Character on their own in any context (no combining marks, joiners,
    /// Hangul jamo or regional indicators), have no canonical equivalent among other scalars the
    /// rules compare with (so not U+037E GREEK QUESTION MARK, which equals ";", nor U+212A KELVIN
    /// SIGN), and lowercase to one non-ASCII scalar (so not U+0130, which lowercases to "i" and a
    /// combining dot).
    static func isByteComparableScalar(_ v: UInt32) -> Bool {
        switch v {
        case 0..<0x80: return true
        case 0x80...0x2FF: return v != 0x130  // Latin-1, Latin Extended A and B, IPA, modifier letters
        case 0x370...0x3FF: return v != 0x374 && v != 0x37E && v != 0x387  // Greek
        case 0x400...0x482, 0x48A...0x52F: return true  // Cyrillic without its combining marks
        case 0x2000...0x206F: return v != 0x200C && v != 0x200D  // general punctuation, without joiners
        case 0x20A0...0x20CF: return true  // currency signs
        case 0x2100...0x214F: return v != 0x2126 && v != 0x212A && v != 0x212B  // letterlike symbols
        case 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x30A0...0x30FF: return true  // CJK punctuation, kana
        case 0x4E00...0x9FFF, 0xAC00...0xD7A3: return true  // CJK ideographs, Hangul syllables
        default: return false
        }
    }
}
