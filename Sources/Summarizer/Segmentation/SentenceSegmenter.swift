/// Splits English news text into sentences, keeping where each one is in the text.
///
/// Rule-based: it knows abbreviations (Mr., Gen., No. 10, Sept. 23, Inc., U.S., a.m.), initials,
/// decimals, web and e-mail addresses, ellipses, quotes and brackets after a stop, a missing space
/// after a stop, and text laid out in lines (headlines and bullet items are sentences of their
/// own; a blank line always ends a sentence).
public struct SentenceSegmenter: Sendable {
    /// Creates a segmenter.
    public init() {}

    /// The sentences of `text`, in order.
    public func segment(_ text: String) -> [Sentence] {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        let spans = contiguous.utf8.withContiguousStorageIfAvailable { bytes -> [SentenceSpan] in
            var scanner = SentenceScanner(bytes)
            scanner.run()
            return scanner.spans
        } ?? []
        var sentences: [Sentence] = []
        sentences.reserveCapacity(spans.count)
        // Indices are made from the caller's string so that they are valid in it.
        let utf8 = text.utf8
        var index = utf8.startIndex
        var offset = 0
        for span in spans {
            let start = utf8.index(index, offsetBy: span.start - offset)
            let end = utf8.index(start, offsetBy: span.end - span.start)
            index = end
            offset = span.end
            sentences.append(
                Sentence(
                    text: span.needsCollapse ? Self.collapsingWhitespace(text[start..<end]) : String(text[start..<end]),
                    range: start..<end, paragraph: span.paragraph))
        }
        return sentences
    }

    /// The text with each run of whitespace turned into one space.
    static func collapsingWhitespace(_ text: Substring) -> String {
        let needsWork =
            text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                var previousWasSpace = false
                for i in bytes.indices {
                    let b = bytes[i]
                    if b == 0x20 {
                        if previousWasSpace { return true }
                        previousWasSpace = true
                    } else {
                        // Other whitespace: ASCII controls, and the no-break and Unicode spaces.
                        if b < 0x20 || b == 0xC2 || b == 0xE2 || b == 0xE3, TextBytes.spaceWidth(bytes, at: i, end: bytes.count) > 0 {
                            return true
                        }
                        previousWasSpace = false
                    }
                }
                return false
            } ?? true
        guard needsWork else { return String(text) }
        var copy = String(text)
        return copy.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var pendingSpace = false
                var i = 0
                while i < bytes.count {
                    let w = TextBytes.spaceWidth(bytes, at: i, end: bytes.count)
                    if w > 0 {
                        pendingSpace = true
                        i += w
                    } else {
                        if pendingSpace, count > 0 {
                            out[count] = 0x20
                            count += 1
                        }
                        pendingSpace = false
                        out[count] = bytes[i]
                        count += 1
                        i += 1
                    }
                }
                return count
            }
        }
    }
}
