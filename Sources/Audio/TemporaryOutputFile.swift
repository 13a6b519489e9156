import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporary files of outputs being written, so an interrupted run can remove them.
///
/// Every writer registers its hidden temporary file here while it works and unregisters it
/// when the file is renamed into place or removed.
public enum PendingOutputs {
    /// Removes every pending temporary file. Call it before exiting on SIGINT/SIGTERM (from a
    /// `DispatchSource` signal handler, not from an async-signal context). Writers still running
    /// then fail on `finish()`; no final file is created or touched.
    public static func removeAll() {
        registry.removeAll()
    }

    /// The temporary files currently pending (hidden files in the outputs' folders).
    public static var paths: [String] { registry.snapshot() }

    static let registry = PendingRegistry()
}

/// A locked set of paths.
// @unchecked Sendable: all access to `paths` goes through `lock`.
final class PendingRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []

    func insert(_ path: String) { lock.withLock { _ = paths.insert(path) } }
    func remove(_ path: String) { lock.withLock { _ = paths.remove(path) } }
    func snapshot() -> [String] { lock.withLock { paths.sorted() } }
    /// Unlinks every registered path and forgets them.
    func removeAll() {
        let taken = lock.withLock {
            defer { paths.removeAll() }
            return paths.sorted()
        }
        for path in taken { unlink(path) }
    }
}

/// Splits a path into its folder ("." when none) and its last component.
func splitPath(_ path: String) -> (directory: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let directory = String(path[..<slash])
    return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
}

/// The process's file-creation mask, read without changing it (Linux), else the usual 022.
private let processUmask: mode_t = {
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
        let value = mode_t(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8)
    {
        return value
    }
    return 0o022
}()

/// A hidden, uniquely named file next to an output; renamed into place on commit, removed
/// otherwise (also when dropped). Owns its file descriptor.
final class TemporaryOutputFile {
    /// The temporary file's path.
    let path: String
    /// The final path, used in messages and for the rename.
    let finalPath: String
    private(set) var fileDescriptor: Int32
    private var registered: Bool
    private let registry: PendingRegistry

    /// Creates `.<name>.XXXXXX<suffix>` in the folder of `finalPath`.
    ///
    /// With `anonymous`, the name is removed at once: the space is freed when the descriptor is
    /// closed or the process ends, however it ends (used for spool files).
    init(
        finalPath: String, suffix: String, anonymous: Bool = false,
        registry: PendingRegistry = PendingOutputs.registry
    ) throws(AudioError) {
        let (directory, name) = splitPath(finalPath)
        guard !name.isEmpty, name != ".", name != ".." else {
            throw .cannotCreate(path: finalPath, reason: "not a file name")
        }
        var template = Array("\(directory)/.\(name).XXXXXX\(suffix)".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer in
            mkstemps(buffer.baseAddress!, Int32(suffix.utf8.count))
        }
        if fd < 0 {
            let code = errno
            var isDirectory: ObjCBool = false
            let reason =
                FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory)
                ? systemErrorMessage(code)
                : "the folder '\(directory)' does not exist"
            throw .cannotCreate(path: finalPath, reason: reason)
        }
        self.path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        self.finalPath = finalPath
        self.fileDescriptor = fd
        self.registry = registry
        if anonymous {
            unlink(path)
            registered = false
        } else {
            // mkstemp creates 0600; a finished output gets the usual permissions.
            fchmod(fd, 0o666 & ~processUmask)
            registered = true
            registry.insert(path)
        }
    }

    deinit { discard() }

    /// Flushes to disk, closes and renames over `finalPath` (atomically replacing any old file).
    func commit() throws(AudioError) {
        guard fileDescriptor >= 0 else { throw .writerClosed(path: finalPath) }
        if fsync(fileDescriptor) != 0 {
            let code = errno
            discard()
            throw .writeFailed(path: finalPath, reason: systemErrorMessage(code))
        }
        let closeStatus = close(fileDescriptor)
        let closeError = errno
        fileDescriptor = -1
        if closeStatus != 0 {
            discard()
            throw .writeFailed(path: finalPath, reason: systemErrorMessage(closeError))
        }
        if rename(path, finalPath) != 0 {
            let code = errno
            discard()
            throw .cannotRename(from: path, to: finalPath, reason: systemErrorMessage(code))
        }
        if registered {
            registry.remove(path)
            registered = false
        }
    }

    /// Closes and removes the temporary file; safe to call more than once.
    func discard() {
        if fileDescriptor >= 0 {
            close(fileDescriptor)
            fileDescriptor = -1
        }
        if registered {
            unlink(path)
            registry.remove(path)
            registered = false
        }
    }
}
