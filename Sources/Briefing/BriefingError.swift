import Foundation

/// Why a briefing job failed, in one line a user can act on.
public struct BriefingError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The message, without the `error:` prefix.
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
