/// Where rendered speech goes: an audio file, or a counter when only the duration matters.
public protocol AudioSink: AnyObject {
    /// Appends mono 16-bit samples at the engine's sample rate.
    func write(_ samples: UnsafeBufferPointer<Int16>) throws
    /// Appends silence.
    func writeSilence(seconds: Double) throws
    /// Marks a point in the audio with a label (a chapter start).
    func addMarker(label: String, atSeconds seconds: Double)
}

/// A sink that keeps nothing: it only counts, for measuring how long a script takes to say.
public final class DiscardingAudioSink: AudioSink {
    /// Samples received so far.
    public private(set) var samples = 0
    /// Silence received so far, in seconds.
    public private(set) var silence: Double = 0

    /// Creates a sink.
    public init() {}

    public func write(_ samples: UnsafeBufferPointer<Int16>) throws { self.samples += samples.count }
    public func writeSilence(seconds: Double) throws { silence += seconds }
    public func addMarker(label: String, atSeconds seconds: Double) {}
}
