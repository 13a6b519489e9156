/// Why a pronunciation lexicon could not be used. Every message names the file, and the line
/// when the problem is in one entry.
public enum LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// One line of the file is not a valid entry.
    case invalidEntry(file: String, line: Int, reason: String)

    /// A one-line message for the user, e.g. `voices/lexicon.txt:12: missing replacement for "Nguyen"`.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "cannot read lexicon \(file): \(reason)"
        case .invalidEntry(let file, let line, let reason):
            return "\(file):\(line): \(reason)"
        }
    }
}
