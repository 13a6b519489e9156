import Testing
@testable import Speech

/// Collects everything a synthesis call produces.
struct CollectingSink: SpeechSink {
    var samples: [Int16] = []
    var events: [SpeechEvent] = []

    mutating func receive(samples: UnsafeBufferPointer<Int16>, events: [SpeechEvent]) throws {
        self.samples += samples
        self.events += events
    }
}

struct FailingSink: SpeechSink {
    struct Stop: Error, CustomStringConvertible { var description: String { "disk full" } }
    var chunks = 0
    mutating func receive(samples: UnsafeBufferPointer<Int16>, events: [SpeechEvent]) throws {
        chunks += 1
        throw Stop()
    }
}

func speak(_ text: String, _ settings: VoiceSettings = VoiceSettings()) throws -> CollectingSink {
    var sink = CollectingSink()
    try SpeechEngine.shared.synthesize(text, settings: settings, into: &sink)
    return sink
}

@Suite struct SpeechEngineTests {
    @Test func producesMono16BitAt22050Hz() throws {
        #expect(try SpeechEngine.shared.sampleRate() == 22_050)
    }

    @Test func speechIsNotSilentAndLastsAsLongAsItsWords() throws {
        let text = "The council approved the new budget on Tuesday after a long debate about schools and roads."
        let sink = try speak(text)
        let seconds = Double(sink.samples.count) / 22_050
        // 16 words at 175 words a minute is about 5.5 seconds of speech.
        #expect(seconds > 3.5 && seconds < 8.5, "duration \(seconds) s")
        let loud = sink.samples.filter { abs(Int($0)) > 1_000 }.count
        #expect(loud > sink.samples.count / 10)
    }

    @Test func fasterRateGivesShorterAudio() throws {
        let text = "Officials said the bridge would reopen next week once inspectors had finished their work."
        let slow = try speak(text, VoiceSettings(rate: 130)).samples.count
        let fast = try speak(text, VoiceSettings(rate: 260)).samples.count
        #expect(Double(fast) < Double(slow) * 0.7)
    }

    @Test func eventsMarkSentencesAndWordsWithTextAndSampleOffsets() throws {
        let text = "Rain fell overnight. Rivers rose quickly."
        let sink = try speak(text)
        let sentences = sink.events.filter { $0.kind == .sentence }
        let words = sink.events.filter { $0.kind == .word && $0.length > 0 }
        #expect(sentences.count == 2)
        #expect(words.count == 6)
        let scalars = Array(text.unicodeScalars)
        let wordTexts = words.map { String(String.UnicodeScalarView(scalars[$0.textOffset..<($0.textOffset + $0.length)])) }
        #expect(wordTexts == ["Rain", "fell", "overnight", "Rivers", "rose", "quickly"])
        #expect(words.map(\.sampleOffset) == words.map(\.sampleOffset).sorted())
        #expect(sentences[1].sampleOffset > sentences[0].sampleOffset)
        #expect(sentences[1].sampleOffset < sink.samples.count)
        #expect(sentences[1].textOffset == 21)
    }

    @Test func unknownVoiceSaysHowToListVoices() throws {
        let error = #expect(throws: SpeechError.self) { try speak("Hello.", VoiceSettings(voice: "xx-nowhere")) }
        #expect(error?.description.contains("briefing voices") == true)
        let variant = #expect(throws: SpeechError.self) { try speak("Hello.", VoiceSettings(voice: "en-us", variant: "nosuchvariant")) }
        #expect(variant == .unknownVoice("en-us+nosuchvariant"))
    }

    @Test func outOfRangeSettingIsRejected() throws {
        #expect(throws: SpeechError.invalidSetting(name: "rate", value: 900, allowed: 80...450)) {
            try speak("Hello.", VoiceSettings(rate: 900))
        }
    }

    @Test func aFailingSinkStopsSynthesisWithItsError() throws {
        var sink = FailingSink()
        let error = #expect(throws: SpeechError.self) {
            try SpeechEngine.shared.synthesize("One. Two. Three. Four. Five.", settings: VoiceSettings(), into: &sink)
        }
        #expect(error == .sinkFailed("disk full"))
        #expect(sink.chunks == 1)
    }

    @Test func variantsAndVoicesAreListed() throws {
        let voices = try SpeechEngine.shared.installedVoices()
        #expect(voices.contains { $0.languages.contains("en-us") })
        #expect(try SpeechEngine.shared.installedVariants().contains("f3"))
    }

    @Test func concurrentCallersGetTheSameAudioAsSequentialOnes() async throws {
        let texts = [
            "Markets were calm and trading was light in the afternoon.",
            "Heavy snow closed three schools and the airport on Monday.",
            "The minister resigned after a long row over housing targets.",
            "Scientists found a microbe that breaks down plastic in weeks.",
            "Firefighters rescued a man whose car was swept off the causeway.",
            "The bridge reopened to cheers and a brass band on Friday morning.",
        ]
        let settings = [VoiceSettings(), VoiceSettings(voice: "en-gb-x-rp", rate: 200), VoiceSettings(variant: "f3", pitch: 70)]
        let expected = try texts.enumerated().map { i, text in try speak(text, settings[i % 3]).samples }
        let results = try await withThrowingTaskGroup(of: (Int, [Int16]).self) { group in
            for (i, text) in texts.enumerated() {
                group.addTask { (i, try speak(text, settings[i % 3]).samples) }
            }
            var out = [[Int16]](repeating: [], count: texts.count)
            for try await (i, samples) in group { out[i] = samples }
            return out
        }
        // eSpeak NG's audio varies by a few samples from call to call, so compare loudness envelopes:
        // interleaved calls would garble them.
        for (i, got) in results.enumerated() {
            #expect(abs(got.count - expected[i].count) < expected[i].count / 50)
            let closest = expected.indices.max { envelopeCorrelation(got, expected[$0]) < envelopeCorrelation(got, expected[$1]) }
            #expect(closest == i, "audio \(i) sounds most like text \(closest ?? -1)")
        }
    }

    @Test func envelopeComparisonTellsDifferentSpeechApart() throws {
        let a = try speak("Markets were calm and trading was light in the afternoon.").samples
        let b = try speak("Heavy snow closed three schools and the airport on Monday.").samples
        #expect(envelopeCorrelation(a, b) < 0.8)
    }
}

/// Correlation of two signals' loudness in 20 ms frames.
func envelopeCorrelation(_ a: [Int16], _ b: [Int16]) -> Double {
    func envelope(_ x: [Int16]) -> [Double] {
        stride(from: 0, to: x.count, by: 441).map { start in
            let frame = x[start..<min(start + 441, x.count)]
            return (frame.reduce(0.0) { $0 + Double($1) * Double($1) } / Double(frame.count)).squareRoot()
        }
    }
    let ea = envelope(a), eb = envelope(b)
    let n = min(ea.count, eb.count)
    let ma = ea[..<n].reduce(0, +) / Double(n), mb = eb[..<n].reduce(0, +) / Double(n)
    var ab = 0.0, aa = 0.0, bb = 0.0
    for i in 0..<n {
        ab += (ea[i] - ma) * (eb[i] - mb)
        aa += (ea[i] - ma) * (ea[i] - ma)
        bb += (eb[i] - mb) * (eb[i] - mb)
    }
    return ab / (aa * bb).squareRoot()
}
