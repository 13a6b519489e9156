internal import CEspeakNG
import Foundation

/// The process-wide eSpeak NG engine: initialized once, every call serialized, never terminated.
///
/// eSpeak NG keeps its state in global variables, so there is exactly one engine per process and
/// concurrent callers wait their turn. Parallel synthesis means several processes.
public final class SpeechEngine: @unchecked Sendable {
    // @unchecked Sendable: every access to eSpeak NG and to the cached state happens while `lock` is held.

    /// The one engine of this process; eSpeak NG starts on first use.
    public static let shared = SpeechEngine()

    private let lock = NSLock()
    private var started: Result<Int, SpeechError>?
    private var variantNames: Set<String>?
    private var currentVoice: String?

    private init() {}

    /// The sample rate of the audio eSpeak NG produces (22,050 Hz for its own voices).
    public func sampleRate() throws(SpeechError) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return try startLocked()
    }

    /// Synthesizes `text` with `settings`, streaming audio and events to `sink` as they are produced.
    ///
    /// The text is read as plain UTF-8 text, never as SSML; `[[...]]` is read as eSpeak phonemes
    /// when `phonemeInput` is true (the Script stage guarantees only a lexicon puts them there).
    public func synthesize<Sink: SpeechSink>(
        _ text: String, settings: VoiceSettings, phonemeInput: Bool = true, into sink: inout Sink
    ) throws(SpeechError) {
        lock.lock()
        defer { lock.unlock() }
        let rate = try startLocked()
        try applyLocked(settings)

        let result: SpeechError? = withUnsafeMutablePointer(to: &sink) { sinkPointer in
            let context = SynthesisContext(sampleRate: rate) { samples, events in
                try sinkPointer.pointee.receive(samples: samples, events: events)
            }
            let unmanaged = Unmanaged.passRetained(context)
            defer { unmanaged.release() }
            var flags = UInt32(espeakCHARS_UTF8)
            if phonemeInput { flags |= UInt32(espeakPHONEMES) }
            let status = text.withCString { pointer in
                espeak_ng_Synthesize(
                    pointer, strlen(pointer) + 1, 0, POS_CHARACTER, 0, flags, nil,
                    unmanaged.toOpaque())
            }
            if let failure = context.failure { return .sinkFailed(String(describing: failure)) }
            if status != ENS_OK { return .synthesisFailed(Self.message(for: status)) }
            return nil
        }
        if let result { throw result }
    }

    /// The eSpeak NG voices installed on this machine, sorted by name.
    public func installedVoices() throws(SpeechError) -> [InstalledVoice] {
        lock.lock()
        defer { lock.unlock() }
        _ = try startLocked()
        return Self.listVoices(spec: nil)
    }

    /// The eSpeak NG voice variants installed on this machine (`f3`, `m2`, ...), sorted.
    public func installedVariants() throws(SpeechError) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        _ = try startLocked()
        // Kept for checking variants before synthesis, as the first synthesis with a variant would.
        let names = Self.listVariantsLocked()
        variantNames = names
        return names.sorted()
    }

    // MARK: - Inside the lock

    private func startLocked() throws(SpeechError) -> Int {
        if let started { return try started.get() }
        let result: Result<Int, SpeechError>
        espeak_ng_InitializePath(nil)
        var context: espeak_ng_ERROR_CONTEXT? = nil
        var status = espeak_ng_Initialize(&context)
        if status == ENS_OK {
            status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nil)
        }
        if status == ENS_OK {
            espeak_SetSynthCallback(synthesisCallback)
            result = .success(Int(espeak_ng_GetSampleRate()))
        } else {
            result = .failure(.initializationFailed(Self.message(for: status, context: context)))
        }
        if context != nil { espeak_ng_ClearErrorContext(&context) }
        started = result
        return try result.get()
    }

    private func applyLocked(_ settings: VoiceSettings) throws(SpeechError) {
        for (name, value) in [
            ("rate", settings.rate), ("pitch", settings.pitch), ("range", settings.range),
            ("volume", settings.volume), ("wordGap", settings.wordGap),
        ] {
            if let allowed = VoiceSettings.limits[name], !allowed.contains(value) {
                throw .invalidSetting(name: name, value: value, allowed: allowed)
            }
        }
        let name = settings.espeakName
        // Selecting a voice loads its files and dictionary: do it only when the voice changes.
        if currentVoice != name {
            if let variant = settings.variant, !variant.isEmpty {
                if variantNames == nil { variantNames = Self.listVariantsLocked() }
                guard variantNames?.contains(variant) == true else { throw .unknownVoice(name) }
            }
            let status = espeak_ng_SetVoiceByName(name)
            guard status == ENS_OK else {
                currentVoice = nil
                if status == ENS_VOICE_NOT_FOUND { throw .unknownVoice(name) }
                throw .synthesisFailed(Self.message(for: status))
            }
            currentVoice = name
        }
        espeak_ng_SetParameter(espeakRATE, Int32(settings.rate), 0)
        espeak_ng_SetParameter(espeakPITCH, Int32(settings.pitch), 0)
        espeak_ng_SetParameter(espeakRANGE, Int32(settings.range), 0)
        espeak_ng_SetParameter(espeakVOLUME, Int32(settings.volume), 0)
        espeak_ng_SetParameter(espeakWORDGAP, Int32(settings.wordGap), 0)
        espeak_ng_SetParameter(espeakPUNCTUATION, Int32(espeakPUNCT_NONE.rawValue), 0)
    }

    private static func listVoices(spec: UnsafeMutablePointer<espeak_VOICE>?) -> [InstalledVoice] {
        guard let list = espeak_ListVoices(spec) else { return [] }
        var voices: [InstalledVoice] = []
        var index = 0
        while let voice = list[index] {
            index += 1
            let v = voice.pointee
            voices.append(
                InstalledVoice(
                    name: v.name.map { String(cString: $0) } ?? "",
                    identifier: v.identifier.map { String(cString: $0) } ?? "",
                    languages: languages(v.languages),
                    gender: v.gender == 1 ? "male" : v.gender == 2 ? "female" : nil))
        }
        return voices.sorted { ($0.languages.first ?? $0.name, $0.name) < ($1.languages.first ?? $1.name, $1.name) }
    }

    private static func listVariantsLocked() -> Set<String> {
        var spec = espeak_VOICE()
        return "variant".withCString { language in
            spec.languages = language
            return Set(listVoices(spec: &spec).map { ($0.identifier as NSString).lastPathComponent })
        }
    }

    /// Decodes eSpeak's language list: (priority byte, name, NUL) repeated, ended by an extra NUL.
    private static func languages(_ pointer: UnsafePointer<CChar>?) -> [String] {
        guard var p = pointer else { return [] }
        var result: [String] = []
        while p.pointee != 0 {
            p += 1  // priority byte
            let name = String(cString: p)
            result.append(name)
            p += strlen(p) + 1
        }
        return result
    }

    /// eSpeak NG's own message for a status, with the details its error context holds.
    static func message(for status: espeak_ng_STATUS, context: espeak_ng_ERROR_CONTEXT? = nil) -> String {
        if let context {
            var buffer: UnsafeMutablePointer<CChar>? = nil
            var size = 0
            if let stream = open_memstream(&buffer, &size) {
                espeak_ng_PrintStatusCodeMessage(status, stream, context)
                fclose(stream)
                defer { free(buffer) }
                if let buffer {
                    let text = String(decoding: UnsafeRawBufferPointer(start: buffer, count: size), as: UTF8.self)
                    let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
                    if !line.isEmpty { return line }
                }
            }
        }
        var buffer = [CChar](repeating: 0, count: 512)
        espeak_ng_GetStatusCodeMessage(status, &buffer, buffer.count)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// A voice that eSpeak NG has installed.
public struct InstalledVoice: Sendable, Hashable {
    /// The voice's display name ("English (America)").
    public var name: String
    /// The voice file, relative to eSpeak NG's voices folder ("gmw/en-US").
    public var identifier: String
    /// The language tags it speaks ("en-us"), most preferred first.
    public var languages: [String]
    /// "male", "female" or nil when unspecified.
    public var gender: String?
}

/// The state of one synthesis call, reached from eSpeak NG's C callback through `user_data`.
private final class SynthesisContext {
    let sampleRate: Int
    let deliver: (UnsafeBufferPointer<Int16>, [SpeechEvent]) throws -> Void
    var failure: (any Error)?

    init(sampleRate: Int, deliver: @escaping (UnsafeBufferPointer<Int16>, [SpeechEvent]) throws -> Void) {
        self.sampleRate = sampleRate
        self.deliver = deliver
    }
}

/// eSpeak NG's synthesis callback: hands each chunk and its events to the context; 1 aborts.
private func synthesisCallback(
    _ wav: UnsafeMutablePointer<Int16>?, _ count: Int32, _ events: UnsafeMutablePointer<espeak_EVENT>?
) -> Int32 {
    guard let events, let userData = events.pointee.user_data else { return 0 }
    let context = Unmanaged<SynthesisContext>.fromOpaque(userData).takeUnretainedValue()
    if context.failure != nil { return 1 }
    var converted: [SpeechEvent] = []
    var event = events
    while event.pointee.type != espeakEVENT_LIST_TERMINATED {
        let e = event.pointee
        let kind: SpeechEvent.Kind? =
            switch e.type {
            case espeakEVENT_SENTENCE: .sentence
            case espeakEVENT_WORD: .word
            case espeakEVENT_END: .end
            default: nil
            }
        if let kind {
            converted.append(
                SpeechEvent(
                    kind: kind, textOffset: max(0, Int(e.text_position) - 1),
                    length: kind == .word ? Int(e.length) : 0,
                    sampleOffset: Int(e.audio_position) * context.sampleRate / 1000))
        }
        event += 1
    }
    let samples = UnsafeBufferPointer(start: wav, count: wav == nil ? 0 : Int(max(0, count)))
    if samples.isEmpty && converted.isEmpty { return 0 }
    do {
        try context.deliver(samples, converted)
    } catch {
        context.failure = error
        return 1
    }
    return 0
}
