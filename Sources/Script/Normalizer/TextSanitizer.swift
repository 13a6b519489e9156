/// Makes article text inert before it is read: decodes character entities, drops markup tags
/// (keeping the words between them) and removes control and invisible characters.
///
/// Nothing an article contains can reach eSpeak NG as a command: tags such as `<audio src=…>` or
/// `<break time="600s"/>` are removed, control characters (eSpeak NG's embedded-command marker
/// among them) are deleted, and `[[` is neutralized later by the normalizer.
enum TextSanitizer {
    /// Decodes entities, then removes tags, comments and control characters.
    static func sanitize(_ text: String) -> String {
        let decoded = text.utf8.contains(UInt8(ascii: "&")) ? decodeEntities(text) : text
        return needsStripping(decoded) ? stripMarkupAndControls(decoded) : decoded
    }

    /// Whether the text has a "<" or a character that `stripMarkupAndControls` changes.
    static func needsStripping(_ text: String) -> Bool {
        for c in text.unicodeScalars {
            switch c.value {
            case 0x0A, 0x20...0x3B, 0x3D...0x7E: continue
            case 0x00...0x1F, 0x3C, 0x7F...0x9F, 0xAD, 0x200B...0x200F, 0x2028, 0x2029, 0x202A...0x202E,
                0x2060...0x206F, 0xFEFF, 0xFE00...0xFE0F, 0xFFF0...0xFFFF, 0xE000...0xF8FF, 0xE0000...0xE007F:
                return true
            default: continue
            }
        }
        return false
    }

    // MARK: Entities

    static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ensp": " ",
        "emsp": " ", "thinsp": " ", "ndash": "\u{2013}", "mdash": "\u{2014}", "minus": "\u{2212}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201A}", "ldquo": "\u{201C}",
        "rdquo": "\u{201D}", "bdquo": "\u{201E}", "laquo": "\u{AB}", "raquo": "\u{BB}",
        "hellip": "\u{2026}", "pound": "\u{A3}", "euro": "\u{20AC}", "yen": "\u{A5}", "cent": "\u{A2}",
        "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "deg": "\u{B0}", "frac12": "\u{BD}",
        "frac14": "\u{BC}", "frac34": "\u{BE}", "times": "\u{D7}", "divide": "\u{F7}", "plusmn": "\u{B1}",
        "middot": "\u{B7}", "bull": "\u{2022}", "sect": "\u{A7}", "para": "\u{B6}", "shy": "\u{AD}",
        "zwj": "\u{200D}", "zwnj": "\u{200C}", "lrm": "\u{200E}", "rlm": "\u{200F}", "prime": "\u{2032}",
        "Prime": "\u{2033}", "percnt": "%", "num": "#", "commat": "@", "dollar": "$", "lsqb": "[",
        "rsqb": "]", "lbrack": "[", "rbrack": "]", "sup2": "\u{B2}", "sup3": "\u{B3}", "micro": "\u{B5}",
        "aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó", "uacute": "ú", "Aacute": "Á",
        "Eacute": "É", "Iacute": "Í", "Oacute": "Ó", "Uacute": "Ú", "agrave": "à", "egrave": "è",
        "Egrave": "È", "ograve": "ò", "ugrave": "ù", "acirc": "â", "ecirc": "ê", "icirc": "î",
        "ocirc": "ô", "ucirc": "û", "auml": "ä", "euml": "ë", "iuml": "ï", "ouml": "ö", "uuml": "ü",
        "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß", "ntilde": "ñ", "Ntilde": "Ñ",
        "ccedil": "ç", "Ccedil": "Ç", "aring": "å", "Aring": "Å", "oslash": "ø", "Oslash": "Ø",
        "aelig": "æ", "AElig": "Æ", "atilde": "ã", "otilde": "õ",
    ]

    /// Replaces `&name;`, `&#NNN;` and `&#xHH;` by their characters; unknown entities stay as text.
    static func decodeEntities(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count {
            let c = s[i]
            guard c == "&" else {
                out.append(c)
                i += 1
                continue
            }
            // Find the closing ";" within a short distance.
            var j = i + 1
            while j < s.count, j - i <= 12, s[j] != ";", s[j] != "&", !TextSanitizer.isBreakingSpace(s[j]) { j += 1 }
            if j < s.count, s[j] == ";", j > i + 1 {
                let body = String(String.UnicodeScalarView(s[(i + 1)..<j]))
                if let decoded = decodeEntityBody(body) {
                    out.append(contentsOf: decoded.unicodeScalars)
                    i = j + 1
                    continue
                }
            }
            out.append(c)
            i += 1
        }
        return String(out)
    }

    static func isBreakingSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\n" || s == "\t" }

    static func decodeEntityBody(_ body: String) -> String? {
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let v = value, let scalar = Unicode.Scalar(v) else { return nil }
            return String(Character(scalar))
        }
        return namedEntities[body]
    }

    // MARK: Tags and control characters

    /// Tags that only change how text looks: removing them must not split a word.
    static let inlineTags: Set<String> = [
        "b", "i", "u", "em", "strong", "span", "a", "sup", "sub", "small", "mark", "abbr", "font",
        "s", "strike", "del", "ins", "cite", "q", "code", "tt", "big", "emphasis", "say-as", "sub",
        "phoneme", "w", "lang",
    ]

    static func isTagNameStart(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
    }

    /// Removes `<tag ...>`, `</tag>`, `<!-- ... -->`, `<!...>`, `<?...?>` and invisible characters.
    static func stripMarkupAndControls(_ text: String) -> String {
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "<", i + 1 < s.count {
                let n = s[i + 1]
                if n == "!", i + 3 < s.count, s[i + 2] == "-", s[i + 3] == "-" {
                    // A comment: drop everything up to "-->" (or the rest of the text).
                    var j = i + 4
                    while j + 2 < s.count, !(s[j] == "-" && s[j + 1] == "-" && s[j + 2] == ">") { j += 1 }
                    i = j + 2 < s.count ? j + 3 : s.count
                    out.append(" ")
                    continue
                }
                let opensTag =
                    isTagNameStart(n) || n == "!" || n == "?"
                    || (n == "/" && i + 2 < s.count && isTagNameStart(s[i + 2]))
                if opensTag, let close = tagEnd(s, from: i + 1) {
                    let name = tagName(s, from: i + 1, to: close)
                    if !inlineTags.contains(name) { out.append(" ") }
                    i = close + 1
                    continue
                }
            }
            switch c.value {
            case 0x09, 0x0B, 0x0C: out.append(" ")
            case 0x0A, 0x0D: out.append(c)
            case 0x85, 0x2028, 0x2029: out.append("\n")
            case 0x00...0x1F, 0x7F...0x9F: break  // control characters, incl. eSpeak's command marker
            case 0xAD, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F, 0xFEFF, 0xFE00...0xFE0F,
                0xFFF0...0xFFFF, 0xE000...0xF8FF, 0xE0000...0xE007F:
                break  // soft hyphen, zero-width, bidi controls, private use, specials, tags
            default: out.append(c)
            }
            i += 1
        }
        return String(out)
    }

    /// The index of the `>` closing a tag that starts after `<` at `start`, or nil if this is
    /// not a tag (no `>` before another `<`, or too long to be one).
    static func tagEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var j = start
        var quote: Unicode.Scalar? = nil
        let limit = min(s.count, start + 2000)
        while j < limit {
            let c = s[j]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                // Quotes only group inside attributes ("a > b" in a value).
                if j > start, s[j - 1] == "=" || s[j - 1] == " " { quote = c }
            } else if c == ">" {
                return j
            } else if c == "<" {
                return nil
            }
            j += 1
        }
        return nil
    }

    static func tagName(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> String {
        var j = start
        if j < end, s[j] == "/" { j += 1 }
        var name = String.UnicodeScalarView()
        while j < end, isTagNameStart(s[j]) || s[j] == "-" || (s[j].value >= 0x30 && s[j].value <= 0x39) || s[j] == ":" {
            name.append(s[j])
            j += 1
        }
        var lower = String(name).lowercased()
        if let colon = lower.lastIndex(of: ":") { lower = String(lower[lower.index(after: colon)...]) }
        return lower
    }
}
