import Foundation

/// A fresh folder under the system's temporary directory for one test, removed when the test
/// lets go of it.
public final class TemporaryFolder {
    /// The folder's absolute path.
    public let path: String

    /// Creates the folder.
    public init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { remove() }

    /// The folder as a file URL.
    public var url: URL { URL(fileURLWithPath: path) }

    /// The absolute path of `relative` inside the folder.
    public func file(_ relative: String) -> String { path + "/" + relative }

    /// Writes UTF-8 text to `relative`, creating folders on the way; returns its path.
    @discardableResult
    public func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, Data(text.utf8))
    }

    /// Writes bytes to `relative`, creating folders on the way; returns its path.
    @discardableResult
    public func write(_ relative: String, _ data: Data) throws -> String {
        let full = file(relative)
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: full))
        return full
    }

    /// Sets the modification time of `relative`.
    public func setModified(_ relative: String, _ date: Date) throws {
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: file(relative))
    }

    /// Every entry below the folder as relative paths, hidden ones included, sorted.
    public func contents() -> [String] {
        (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
    }

    /// Removes the folder and everything in it now.
    public func remove() { try? FileManager.default.removeItem(atPath: path) }
}
