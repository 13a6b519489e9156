/// A sentence found in a text: what it says, where it sits in the text, and which paragraph holds it.
public struct Sentence: Sendable, Hashable {
    /// The sentence as it reads: runs of whitespace (line breaks included) become one space, and a
    /// bullet or heading marker that opened its line is left out.
    public var text: String
    /// Where the sentence is in the text that was segmented, from its first to its last character.
    public var range: Range<String.Index>
    /// The zero-based paragraph that holds the sentence; a blank line starts a new paragraph.
    public var paragraph: Int

    /// Creates a sentence.
    public init(text: String, range: Range<String.Index>, paragraph: Int) {
        self.text = text
        self.range = range
        self.paragraph = paragraph
    }
}
