/// A point in synthesized speech that eSpeak NG reports: where a sentence or word starts.
public struct SpeechEvent: Sendable, Hashable {
    /// What kind of point this is.
    public enum Kind: Sendable, Hashable {
        /// A sentence starts.
        case sentence
        /// A word starts.
        case word
        /// A sentence or clause ends.
        case end
    }

    /// What kind of point this is.
    public var kind: Kind
    /// Offset of the word or sentence in the synthesized text, in Unicode scalars from its start.
    public var textOffset: Int
    /// Length of the word in Unicode scalars (word events; 0 otherwise).
    public var length: Int
    /// Offset in the audio of this synthesis call, in samples.
    public var sampleOffset: Int

    /// Creates an event.
    public init(kind: Kind, textOffset: Int, length: Int, sampleOffset: Int) {
        self.kind = kind
        self.textOffset = textOffset
        self.length = length
        self.sampleOffset = sampleOffset
    }
}

/// Receives synthesized speech as it is produced: PCM chunks with the events that fall in them.
public protocol SpeechSink {
    /// Called for each chunk of mono 16-bit samples at ``SpeechEngine/sampleRate``; throwing stops synthesis.
    mutating func receive(samples: UnsafeBufferPointer<Int16>, events: [SpeechEvent]) throws
}
