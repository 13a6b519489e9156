import Foundation

/// A user's pronunciation list: words or phrases and what to say instead, either plain
/// replacement text or eSpeak NG phonemes in `[[...]]`. Applied at run time; nothing is compiled.
///
/// File format, one entry a line (UTF-8; blank lines and lines starting with `#` are ignored):
///
///     Nguyen        [[w'In]]
///     Zelenskyy     Zelensky
///     Keir Starmer = Keer Starmer
///     Dr. Who = Doctor Who
///
/// A line is `phrase = replacement`, or `phrase [[phonemes]]`, or `word replacement`.
/// Matching is by whole words. A phrase written in lower case matches any capitalisation;
/// one with capitals matches exactly that spelling or the same in all capitals ("Nguyen" also
/// matches "NGUYEN"). The longest phrase wins.
public struct Lexicon: Sendable {
    struct KeyToken: Sendable {
        let text: String
        let lower: String
        let upper: String
        let caseInsensitive: Bool
        let spaceBefore: Bool

        func matches(_ t: SpeechToken) -> Bool {
            let s = t.plainText
            if caseInsensitive { return s.lowercased() == lower }
            return s == text || s == upper
        }
    }

    struct Entry: Sendable {
        let key: [KeyToken]
        let replacement: String
        let line: Int
    }

    /// Entries by the lower-cased text of their first token, longest first.
    let index: [String: [Entry]]

    /// Cheap keys of the first tokens (first letter folded, UTF-8 length) to skip most tokens
    /// without lower-casing them.
    let quickKeys: Set<UInt32>

    /// The number of entries.
    public let count: Int

    /// A lexicon with no entries.
    public static let empty = Lexicon(index: [:], count: 0)

    init(index: [String: [Entry]], count: Int) {
        self.index = index
        self.count = count
        self.quickKeys = Set(index.keys.map(Self.quickKey))
    }

    /// The first scalar (ASCII letters folded to lower case) and the UTF-8 length of a text.
    static func quickKey(_ s: String) -> UInt32 {
        guard var first = s.unicodeScalars.first?.value else { return 0 }
        if first >= 0x41 && first <= 0x5A { first += 0x20 }
        if first >= 0x80 { first = 0x80 }  // non-ASCII: compare by length only
        return first << 16 | UInt32(min(s.utf8.count, 0xFFFF))
    }

    /// Whether the lexicon has no entries.
    public var isEmpty: Bool { count == 0 }

    /// Reads a lexicon file.
    public static func load(contentsOf path: String) throws(LexiconError) -> Lexicon {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason: String
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                reason = "no such file"
            } else if isDirectory.boolValue {
                reason = "it is a directory"
            } else {
                reason = "permission denied or unreadable"
            }
            throw .unreadable(file: path, reason: reason)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(file: path, reason: "not UTF-8 text")
        }
        return try Lexicon(parsing: text, file: path)
    }

    /// Parses lexicon text; `file` names it in error messages.
    public init(parsing text: String, file: String) throws(LexiconError) {
        var index: [String: [Entry]] = [:]
        var firstLine: [String: [(exact: String, insensitive: Bool, line: Int)]] = [:]
        var count = 0
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            var line = Substring(rawLine)
            if lineNumber == 1, line.first == "\u{FEFF}" { line = line.dropFirst() }
            if line.last == "\r" { line = line.dropLast() }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let (keyText, replacement) = try Self.split(trimmed, file: file, line: lineNumber)
            let keyTokens = SpeechTokenizer.tokenize(keyText)
            guard !keyTokens.isEmpty else {
                throw .invalidEntry(file: file, line: lineNumber, reason: "missing the word or phrase to replace")
            }
            let key = keyTokens.enumerated().map { (n, t) -> KeyToken in
                let text = String(t.text.map { $0 == "\u{2019}" ? "'" : $0 })
                let lower = text.lowercased()
                return KeyToken(
                    text: text, lower: lower, upper: text.uppercased(), caseInsensitive: text == lower,
                    spaceBefore: n == 0 ? false : t.spaceBefore)
            }
            // Two entries clash when one would hide the other: the same phrase in the same case,
            // or the same phrase where either is in lower case (which matches every case).
            let lowerSignature = key.map { ($0.spaceBefore ? " " : "") + $0.lower }.joined()
            let exactSignature = key.map { ($0.spaceBefore ? " " : "") + $0.text }.joined()
            let insensitive = key.allSatisfy(\.caseInsensitive)
            for previous in firstLine[lowerSignature, default: []]
            where previous.insensitive || insensitive || previous.exact == exactSignature {
                throw .invalidEntry(
                    file: file, line: lineNumber, reason: "\"\(keyText)\" is already defined on line \(previous.line)")
            }
            firstLine[lowerSignature, default: []].append((exactSignature, insensitive, lineNumber))
            index[key[0].lower, default: []].append(Entry(key: key, replacement: replacement, line: lineNumber))
            count += 1
        }
        for k in index.keys {
            index[k]?.sort { a, b in a.key.count != b.key.count ? a.key.count > b.key.count : a.line < b.line }
        }
        self.init(index: index, count: count)
    }

    /// Splits an entry line into the phrase and its checked replacement.
    static func split(_ line: String, file: String, line n: Int) throws(LexiconError) -> (String, String) {
        func fail(_ reason: String) -> LexiconError { .invalidEntry(file: file, line: n, reason: reason) }
        let phonemeStart = line.range(of: "[[")?.lowerBound ?? line.endIndex
        var key: Substring
        var value: Substring
        if let eq = line[..<phonemeStart].firstIndex(of: "=") {
            key = line[..<eq]
            value = line[line.index(after: eq)...]
        } else if phonemeStart < line.endIndex {
            key = line[..<phonemeStart]
            value = line[phonemeStart...]
        } else if let space = line.firstIndex(where: { $0 == " " || $0 == "\t" }) {
            key = line[..<space]
            value = line[space...]
        } else {
            throw fail("missing the replacement for \"\(line)\" (write: word replacement, or phrase = replacement)")
        }
        let k = key.trimmingCharacters(in: .whitespaces)
        let v = value.trimmingCharacters(in: .whitespaces)
        guard !k.isEmpty else { throw fail("missing the word or phrase before the replacement") }
        guard !v.isEmpty else { throw fail("missing the replacement for \"\(k)\"") }
        if k.contains("[[") || k.contains("]]") { throw fail("the phrase \"\(k)\" cannot contain [[ or ]]") }
        for s in (k + v).unicodeScalars where s.properties.generalCategory == .control || s.value == 0x7F {
            throw fail("control character U+\(String(s.value, radix: 16, uppercase: true)) in the entry for \"\(k)\"")
        }
        try checkPhonemes(v, key: k, fail: fail)
        return (k, v)
    }

    /// Checks that every `[[` has a `]]` and that phonemes are ASCII eSpeak phoneme names.
    static func checkPhonemes(_ v: String, key: String, fail: (String) -> LexiconError) throws(LexiconError) {
        var rest = Substring(v)
        while true {
            let open = rest.range(of: "[[")
            let close = rest.range(of: "]]")
            if let close, open == nil || close.lowerBound < open!.lowerBound {
                throw fail("\"]]\" without \"[[\" in the replacement for \"\(key)\"")
            }
            guard let open else { return }
            guard let end = rest[open.upperBound...].range(of: "]]") else {
                throw fail("\"[[\" is not closed with \"]]\" in the replacement for \"\(key)\"")
            }
            let phonemes = rest[open.upperBound..<end.lowerBound]
            if phonemes.trimmingCharacters(in: .whitespaces).isEmpty {
                throw fail("empty phonemes [[]] in the replacement for \"\(key)\"")
            }
            if phonemes.contains("[") || phonemes.unicodeScalars.contains(where: { !$0.isASCII || $0.value < 0x20 }) {
                throw fail("phonemes for \"\(key)\" must be eSpeak NG phoneme names (ASCII), as printed by espeak-ng -x")
            }
            rest = rest[end.upperBound...]
        }
    }

    /// The longest entry matching the tokens at k: how many tokens it covers and what to say.
    func match(_ tokens: [SpeechToken], at k: Int) -> (count: Int, replacement: String)? {
        guard count > 0, k < tokens.count, tokens[k].kind != .newline else { return nil }
        let first = tokens[k]
        guard quickKeys.contains(Self.quickKey(first.hasCurlyApostrophe ? first.plainText : first.text)) else { return nil }
        guard let candidates = index[first.plainText.lowercased()] else { return nil }
        outer: for entry in candidates {
            let n = entry.key.count
            guard k + n <= tokens.count else { continue }
            for (j, kt) in entry.key.enumerated() {
                let t = tokens[k + j]
                if j > 0 && t.spaceBefore != kt.spaceBefore { continue outer }
                if !kt.matches(t) { continue outer }
            }
            return (n, entry.replacement)
        }
        return nil
    }

    /// The text with every lexicon phrase replaced; everything else is left as written.
    public func apply(_ text: String) -> String {
        guard count > 0 else { return text }
        let tokens = SpeechTokenizer.tokenize(text)
        var out = ""
        var copied = text.startIndex
        var k = 0
        while k < tokens.count {
            if let m = match(tokens, at: k) {
                out += text[copied..<tokens[k].range.lowerBound]
                out += m.replacement
                copied = tokens[k + m.count - 1].range.upperBound
                k += m.count
            } else {
                k += 1
            }
        }
        out += text[copied...]
        return out
    }
}
