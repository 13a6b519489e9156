import Foundation

/// Why articles could not be read from a source.
public struct ArticlesError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The source that failed: a path, a URL or `-`.
    public var source: String
    /// What went wrong, in words a user can act on.
    public var reason: String

    /// Creates an error for a source.
    public init(source: String, reason: String) {
        self.source = source
        self.reason = reason
    }

    public var description: String { "\(source): \(reason)" }
}
