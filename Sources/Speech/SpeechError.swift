/// Why speech could not be synthesized.
public enum SpeechError: Error, CustomStringConvertible, Sendable, Equatable {
    /// eSpeak NG could not start; carries its own message.
    case initializationFailed(String)
    /// The voice or variant is not installed.
    case unknownVoice(String)
    /// A setting is out of the range eSpeak NG accepts.
    case invalidSetting(name: String, value: Int, allowed: ClosedRange<Int>)
    /// Synthesis failed; carries eSpeak NG's own message.
    case synthesisFailed(String)
    /// The sink stopped synthesis with an error of its own.
    case sinkFailed(String)

    public var description: String {
        switch self {
        case .initializationFailed(let message): "cannot start eSpeak NG: \(message)"
        case .unknownVoice(let name):
            "unknown eSpeak NG voice '\(name)' (run `briefing voices` to list the voices and variants installed)"
        case .invalidSetting(let name, let value, let allowed):
            "voice setting \(name) = \(value) is out of range (allowed: \(allowed.lowerBound) to \(allowed.upperBound))"
        case .synthesisFailed(let message): "speech synthesis failed: \(message)"
        case .sinkFailed(let message): message
        }
    }
}
