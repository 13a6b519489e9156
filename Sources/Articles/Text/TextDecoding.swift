import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the bytes of a page or feed into UTF-8, whatever they were written in.
enum TextDecoding {
    /// Returns the bytes as UTF-8, without a byte-order mark.
    ///
    /// Order of evidence: a byte-order mark; then bytes that are valid UTF-8 are taken as UTF-8
    /// (saved pages often keep a stale `<meta charset>`); then the charset from the HTTP header,
    /// then the one the document declares (`<meta charset>`, `<?xml encoding?>`). Bytes that still
    /// do not decode are read as Windows-1252, so no input is ever rejected for its encoding.
    static func utf8(_ bytes: [UInt8], headerCharset: String? = nil) -> [UInt8] {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(Array(bytes.dropFirst(3)), headerCharset: "utf-8") }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), littleEndian: false) }
        if isValidUTF8(bytes) { return bytes }
        let declared = (headerCharset.flatMap(canonicalCharset) ?? declaredCharset(bytes).flatMap(canonicalCharset))
        if let declared, declared != "utf-8", let converted = Iconv.convert(bytes, from: declared) {
            return converted
        }
        return lenientUTF8(bytes)
    }

    /// Returns an XML document's bytes as UTF-8 and declares them so: the XML declaration's
    /// `encoding` is rewritten, since the parser would otherwise decode the bytes a second time.
    static func utf8XML(_ bytes: [UInt8], headerCharset: String? = nil) -> [UInt8] {
        let converted = utf8(bytes, headerCharset: headerCharset)
        guard converted.starts(with: Array("<?xml".utf8)),
              let end = converted.firstIndex(of: UInt8(ascii: ">")) else { return converted }
        let declaration = String(decoding: converted[..<end], as: UTF8.self)
        guard declaration.contains("encoding") else { return converted }
        return Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?".utf8) + converted[end...]
    }

    /// The charset a document declares in its first few kilobytes, lowercased, or nil.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096)
        // `<meta charset=...>` and `content="text/html; charset=..."`, then `<?xml encoding=...?>`.
        for needle in [Array("charset".utf8), Array("encoding".utf8)] {
            var i = head.startIndex
            while i + needle.count < head.endIndex {
                var match = true
                for k in 0..<needle.count where head[i + k] | 0x20 != needle[k] { match = false; break }
                if match {
                    var j = i + needle.count
                    while j < head.endIndex, head[j] == 0x20 { j += 1 }
                    if j < head.endIndex, head[j] == UInt8(ascii: "=") {
                        j += 1
                        while j < head.endIndex, head[j] == 0x20 || head[j] == 0x22 || head[j] == 0x27 { j += 1 }
                        var name: [UInt8] = []
                        while j < head.endIndex, name.count < 40 {
                            let c = head[j]
                            let ok = (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A)
                                || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") || c == UInt8(ascii: ".")
                            if !ok { break }
                            name.append(c | (c >= 0x41 && c <= 0x5A ? 0x20 : 0))
                            j += 1
                        }
                        if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
                    }
                }
                i += 1
            }
        }
        return nil
    }

    /// Maps charset labels to the encoding browsers actually use for them.
    static func canonicalCharset(_ label: String) -> String? {
        let l = label.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
        switch l {
        case "": return nil
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "utf-8"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252",
             "windows-1252", "x-cp1252", "iso_8859-1", "cp819", "ibm819":
            return "windows-1252"
        case "gb2312", "gb_2312-80", "chinese", "x-gbk", "gbk": return "gbk"
        default: return l
        }
    }

    /// True when every byte sequence is well-formed UTF-8. Checks eight ASCII bytes at a time.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            let n = buffer.count
            var i = 0
            while i < n {
                if i + 8 <= n {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
                }
                if buffer[i] < 0x80 { i += 1; continue }
                let width = validSequenceWidth(buffer, i)
                if width == 0 { return false }
                i += width
            }
            return true
        }
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// UTF-8 where valid; every other byte read as Windows-1252.
    static func lenientUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { out.append(b); i += 1; continue }
            let width = bytes.withUnsafeBufferPointer { validSequenceWidth($0, i) }
            if width > 0 {
                out.append(contentsOf: bytes[i..<(i + width)])
                i += width
            } else {
                out.append(contentsOf: String(Character(windows1252(b))).utf8)
                i += 1
            }
        }
        return out
    }

    /// The width of a well-formed UTF-8 sequence at `i`, or 0.
    private static func validSequenceWidth(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = s[i]
        let width: Int
        var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: width = 2
        case 0xE0: width = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: width = 3
        case 0xED: width = 3; upper = 0x9F
        case 0xF0: width = 4; lower = 0x90
        case 0xF1...0xF3: width = 4
        case 0xF4: width = 4; upper = 0x8F
        default: return 0
        }
        guard i + width <= s.count else { return 0 }
        guard s[i + 1] >= lower && s[i + 1] <= upper else { return 0 }
        for k in 2..<max(2, width) where s[i + k] & 0xC0 != 0x80 { return 0 }
        return width
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    private static func windows1252(_ b: UInt8) -> Unicode.Scalar {
        if b >= 0x80 && b < 0xA0 { return Unicode.Scalar(windows1252High[Int(b - 0x80)]) ?? "\u{FFFD}" }
        return Unicode.Scalar(b)
    }
}

/// A conversion through the C library's iconv; one descriptor per call, always closed.
private struct Iconv: ~Copyable {
    private let descriptor: iconv_t

    private init?(from charset: String) {
        let d = iconv_open("UTF-8", charset)
        guard let d, d != iconv_t(bitPattern: -1) else { return nil }
        descriptor = d
    }

    deinit { iconv_close(descriptor) }

    /// Converts `bytes` from `charset` to UTF-8; nil when the charset is unknown.
    /// Undecodable bytes become U+FFFD.
    static func convert(_ bytes: [UInt8], from charset: String) -> [UInt8]? {
        guard let converter = Iconv(from: charset) else { return nil }
        return converter.run(bytes)
    }

    private func run(_ bytes: [UInt8]) -> [UInt8] {
        var input = bytes
        var output = [UInt8](repeating: 0, count: max(64, bytes.count * 4))
        var written = 0
        input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                guard let inBase = inBuffer.baseAddress, let outBase = outBuffer.baseAddress else { return }
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                while inLeft > 0 {
                    let r = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    if r != -1 { break }
                    if errno == E2BIG || outLeft < 3 { break }
                    // Invalid or truncated input: skip one byte, write U+FFFD.
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                    for b: UInt8 in [0xEF, 0xBF, 0xBD] {
                        outPointer?.pointee = CChar(bitPattern: b)
                        outPointer = outPointer.map { $0 + 1 }
                        outLeft -= 1
                    }
                }
                written = outBuffer.count - outLeft
            }
        }
        return Array(output.prefix(written))
    }
}
