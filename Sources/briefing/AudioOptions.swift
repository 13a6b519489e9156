import ArgumentParser
import Audio
import Foundation

/// Options shared by every command that writes audio: format, sample rate, loudness.
struct AudioOptions: ParsableArguments {
    @Option(help: "Audio format: wav, flac, ogg, opus or mp3 (default: from the output's extension, else wav).")
    var format: AudioFormat?

    @Option(name: .customLong("sample-rate"), help: "Output sample rate in Hz (eSpeak NG speaks at 22050; opus needs 8000, 12000, 16000, 24000 or 48000).")
    var sampleRate: Int?

    // Unconditional: the value is negative (`--loudness -16`) and must not be read as an option.
    @Option(parsing: .unconditional, help: "Normalize loudness to this target in LUFS, for example -16 (EBU R128).")
    var loudness: Double?

    func validate() throws {
        if let sampleRate, !(8_000...192_000).contains(sampleRate) {
            throw ValidationError("--sample-rate must be between 8000 and 192000 Hz")
        }
        if let loudness, !(-70.0...(-5.0)).contains(loudness) {
            throw ValidationError("--loudness must be between -70 and -5 LUFS (podcasts use -16)")
        }
    }

    /// The library's output options for a file at `path`.
    func outputOptions(for path: String?) -> AudioOutputOptions {
        var options = AudioOutputOptions()
        options.format = format ?? path.flatMap { AudioFormat(pathExtension: ($0 as NSString).pathExtension) }
        options.sampleRate = sampleRate
        options.loudness = loudness
        return options
    }
}

extension AudioFormat: ExpressibleByArgument {}
