#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a regular file with one `open`, `fstat` and `read` loop: no attribute dictionary, no
/// Foundation file handle. Anything unusual (a file that cannot be opened, is not a regular file,
/// or reports size 0 as `/proc` files do) is left to Foundation, which also says why it failed.
struct RegularFileReader: ~Copyable {
    private let descriptor: Int32

    private init?(path: String) {
        let d = open(path, O_RDONLY | O_CLOEXEC)
        guard d >= 0 else { return nil }
        descriptor = d
    }

    deinit { close(descriptor) }

    /// What reading the file gave.
    enum Outcome {
        /// The file's bytes.
        case bytes([UInt8])
        /// The file is larger than the limit.
        case tooLarge
        /// Not a case this reader handles: read the file another way.
        case unhandled
    }

    /// Reads the file at `path`, refusing files larger than `maxBytes`.
    static func contents(of path: String, maxBytes: Int) -> Outcome {
        guard let file = RegularFileReader(path: path) else { return .unhandled }
        return file.readAll(maxBytes: maxBytes)
    }

    private func readAll(maxBytes: Int) -> Outcome {
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 else { return .unhandled }
        guard info.st_size <= maxBytes else { return .tooLarge }
        // One byte more than the size, to notice a file that grew since fstat.
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard filled <= maxBytes else { return .tooLarge }
                bytes += [UInt8](repeating: 0, count: max(filled, 4096))
            }
            let n = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .unhandled
            }
            if n == 0 { break }
            filled += n
        }
        guard filled <= maxBytes else { return .tooLarge }
        bytes.removeSubrange(filled...)
        return .bytes(bytes)
    }
}
