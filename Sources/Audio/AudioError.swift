import Foundation

/// Everything that can go wrong while writing, reading or measuring an audio file.
///
/// Each case renders as one line naming the file and the cause, using the C library's own
/// message (`sf_strerror`, `src_strerror`, the system's `strerror`) where there is one.
public enum AudioError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// The output's name does not say which format to write and none was given.
    case unknownFormat(path: String, pathExtension: String)
    /// The requested sample rate is not a usable rate at all (zero, negative, absurdly high).
    case invalidSampleRate(Int)
    /// The output format cannot be written at the requested sample rate.
    case unsupportedSampleRate(format: AudioFormat, rate: Int, supported: [Int])
    /// An option is out of range (loudness target, true-peak ceiling, quality).
    case invalidOption(String)
    /// The output (or its temporary file) could not be created in the target folder.
    case cannotCreate(path: String, reason: String)
    /// libsndfile refused to open the file (for writing or reading).
    case cannotOpen(path: String, reason: String)
    /// Writing audio data failed (disk full, I/O error, encoder error).
    case writeFailed(path: String, reason: String)
    /// Reading audio data failed.
    case readFailed(path: String, reason: String)
    /// The sample-rate converter (libsamplerate) failed.
    case resamplingFailed(reason: String)
    /// The loudness meter (libebur128) failed.
    case loudnessMeasurementFailed(path: String, reason: String)
    /// The finished file could not be moved into place.
    case cannotRename(from: String, to: String, reason: String)
    /// The writer was already finished or cancelled.
    case writerClosed(path: String)
    /// No audio was written, and the format cannot hold an empty stream (FLAC, Opus, MP3).
    case nothingWritten(path: String, format: AudioFormat)

    /// The one-line message shown to users.
    public var description: String {
        switch self {
        case .unknownFormat(let path, let ext):
            let supported = AudioFormat.allCases.map { "." + $0.fileExtension }.joined(separator: ", ")
            return "cannot tell the audio format of '\(path)' from its extension '.\(ext)'; "
                + "use one of \(supported) or choose the format explicitly"
        case .invalidSampleRate(let rate):
            return "invalid sample rate \(rate) Hz; use a rate between "
                + "\(AudioSampleRates.minimum) and \(AudioSampleRates.maximum) Hz"
        case .unsupportedSampleRate(let format, let rate, let supported):
            let list = supported.map(String.init).joined(separator: ", ")
            return "\(format.displayName) cannot be written at \(rate) Hz; use one of \(list) Hz"
        case .invalidOption(let message):
            return message
        case .cannotCreate(let path, let reason):
            return "cannot create '\(path)': \(reason)"
        case .cannotOpen(let path, let reason):
            return "cannot open '\(path)': \(reason)"
        case .writeFailed(let path, let reason):
            return "cannot write '\(path)': \(reason)"
        case .readFailed(let path, let reason):
            return "cannot read '\(path)': \(reason)"
        case .resamplingFailed(let reason):
            return "sample-rate conversion failed: \(reason)"
        case .loudnessMeasurementFailed(let path, let reason):
            return "cannot measure the loudness of '\(path)': \(reason)"
        case .cannotRename(let from, let to, let reason):
            return "cannot move '\(from)' to '\(to)': \(reason)"
        case .writerClosed(let path):
            return "the audio writer for '\(path)' is already finished or cancelled"
        case .nothingWritten(let path, let format):
            return "no audio to write to '\(path)' (an empty \(format.displayName) file would be unreadable)"
        }
    }

    /// Same as `description`, for code that reports `localizedDescription`.
    public var errorDescription: String? { description }
}

/// The system's message for an `errno` value.
func systemErrorMessage(_ code: Int32) -> String {
    String(cString: strerror(code))
}
