import Foundation
import Script
import Speech

/// A stretch of the rendered audio that a chapter covers.
public struct Chapter: Sendable, Hashable, Codable {
    /// The chapter's title (a headline, "Introduction").
    public var title: String
    /// Start, in seconds from the beginning of the audio.
    public var start: Double
    /// End, in seconds.
    public var end: Double

    /// Creates a chapter.
    public init(title: String, start: Double, end: Double) {
        self.title = title
        self.start = start
        self.end = end
    }
}

/// A caption: text shown while it is spoken.
public struct Caption: Sendable, Hashable {
    /// Start, in seconds.
    public var start: Double
    /// End, in seconds.
    public var end: Double
    /// The words shown.
    public var text: String
}

/// What rendering a script produced, besides the audio itself.
public struct RenderedScript: Sendable {
    /// Length of the audio in seconds, pauses included.
    public var duration: Double
    /// Chapters, in order, covering the audio.
    public var chapters: [Chapter]
    /// Captions timed from eSpeak NG's sentence and word events.
    public var captions: [Caption]
}

/// Speaks a script into an audio sink: each segment through eSpeak NG, then its pause as silence.
public struct ScriptRenderer: Sendable {
    private let engine: SpeechEngine

    /// Creates a renderer over the process's speech engine.
    public init(engine: SpeechEngine = .shared) { self.engine = engine }

    /// Renders `script` into `sink`; `progress` is told the seconds rendered after each segment.
    public func render(
        _ script: BriefingScript, to sink: some AudioSink, progress: ((Double) -> Void)? = nil
    ) throws -> RenderedScript {
        let rate = try engine.sampleRate()
        var position = 0  // samples so far, at the engine's rate
        var chapters: [Chapter] = []
        var captions: [Caption] = []
        func seconds(_ samples: Int) -> Double { Double(samples) / Double(rate) }

        for segment in script.segments {
            if let title = segment.chapter {
                if !chapters.isEmpty { chapters[chapters.count - 1].end = seconds(position) }
                chapters.append(Chapter(title: title, start: seconds(position), end: seconds(position)))
                sink.addMarker(label: title, atSeconds: seconds(position))
            }
            let text = segment.spoken.trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty {
                var collector = SegmentCollector(sink: sink)
                try engine.synthesize(text, settings: segment.profile.speechSettings, into: &collector)
                captions += Self.captions(for: text, events: collector.events, start: position, length: collector.samples, rate: rate)
                position += collector.samples
            }
            if segment.pauseAfter > 0 {
                let silence = Int((segment.pauseAfter * Double(rate)).rounded())
                try sink.writeSilence(seconds: Double(silence) / Double(rate))
                position += silence
            }
            progress?(seconds(position))
        }
        if !chapters.isEmpty { chapters[chapters.count - 1].end = seconds(position) }
        return RenderedScript(duration: seconds(position), chapters: chapters, captions: captions)
    }

    /// The speaking time of each segment in seconds, pauses excluded, by synthesizing without keeping audio.
    public func measure(_ script: BriefingScript) throws -> [Double] {
        let rate = Double(try engine.sampleRate())
        return try script.segments.map { segment in
            let text = segment.spoken.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { return 0 }
            var collector = SegmentCollector(sink: DiscardingAudioSink())
            try engine.synthesize(text, settings: segment.profile.speechSettings, into: &collector)
            return Double(collector.samples) / rate
        }
    }

    /// Captions for one segment: a caption a sentence, long sentences cut at word starts.
    static func captions(for text: String, events: [SpeechEvent], start: Int, length: Int, rate: Int) -> [Caption] {
        let scalars = Array(text.unicodeScalars)
        let sentences = events.filter { $0.kind == .sentence }
        let words = events.filter { $0.kind == .word }
        guard !scalars.isEmpty else { return [] }
        var starts = sentences.map { (offset: min($0.textOffset, scalars.count), sample: $0.sampleOffset) }
        if starts.first.map({ $0.offset > 0 }) ?? true {
            starts.insert((0, words.first?.sampleOffset ?? 0), at: 0)
        }
        var result: [Caption] = []
        for (i, sentence) in starts.enumerated() {
            let endOffset = i + 1 < starts.count ? starts[i + 1].offset : scalars.count
            let endSample = i + 1 < starts.count ? starts[i + 1].sample : length
            guard endOffset > sentence.offset else { continue }
            let sentenceWords = words.filter { $0.textOffset >= sentence.offset && $0.textOffset < endOffset }
            var pieces: [(offset: Int, sample: Int)] = [(sentence.offset, sentenceWords.first?.sampleOffset ?? sentence.sample)]
            var pieceStart = sentence.offset
            for word in sentenceWords where word.textOffset - pieceStart > 80 {
                pieces.append((word.textOffset, word.sampleOffset))
                pieceStart = word.textOffset
            }
            for (j, piece) in pieces.enumerated() {
                let to = j + 1 < pieces.count ? pieces[j + 1].offset : endOffset
                let toSample = j + 1 < pieces.count ? pieces[j + 1].sample : endSample
                var s = String.UnicodeScalarView()
                s.append(contentsOf: scalars[piece.offset..<to])
                let words = String(s).trimmingCharacters(in: .whitespacesAndNewlines)
                guard !words.isEmpty else { continue }
                result.append(
                    Caption(
                        start: Double(start + piece.sample) / Double(rate),
                        end: Double(start + max(piece.sample, toSample)) / Double(rate), text: words))
            }
        }
        return result
    }
}

/// Passes eSpeak NG's chunks to the audio sink and keeps the events of one segment.
private struct SegmentCollector<Sink: AudioSink>: SpeechSink {
    let sink: Sink
    var events: [SpeechEvent] = []
    var samples = 0

    init(sink: Sink) { self.sink = sink }

    mutating func receive(samples: UnsafeBufferPointer<Int16>, events: [SpeechEvent]) throws {
        self.events += events
        if !samples.isEmpty {
            try sink.write(samples)
            self.samples += samples.count
        }
    }
}
