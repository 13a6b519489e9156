import Foundation

/// Writes files so that readers never see half of one: a temporary file beside the target, then a rename.
public enum AtomicFile {
    /// Writes `data` to `path` atomically; on failure the old file, if any, is untouched.
    public static func write(_ data: Data, to path: String) throws(BriefingError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp")
        do {
            try data.write(to: temporary, options: [])
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw BriefingError("cannot write \(path): \(reason)")
            }
        } catch let error as BriefingError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw BriefingError("cannot write \(path): \(Self.reason(error))")
        }
    }

    /// Writes text as UTF-8, atomically.
    public static func write(_ text: String, to path: String) throws(BriefingError) {
        try write(Data(text.utf8), to: path)
    }

    static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
}
