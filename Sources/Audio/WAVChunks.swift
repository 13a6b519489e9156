import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finishing touches libsndfile 1.2 cannot do while streaming a WAV file.
///
/// libsndfile only writes a `cue ` chunk when the cues are set before the first sample
/// (`SFC_SET_CUE` fails with "has data" afterwards) and never writes cue labels, and its plain
/// WAV writer silently wraps the 32-bit sizes beyond 4 GB. So the writer reserves a 28-byte
/// `JUNK` chunk in the header (`sf_set_chunk`), and after `sf_close` this code appends the
/// `cue ` and `LIST`/`adtl`/`labl` chunks after the audio data and fixes the sizes, turning the
/// file into RF64 (the reserved chunk becomes `ds64`, moved first) when it outgrew RIFF's 4 GB. libsndfile
/// reads chunks after `data`, so the cue points and their labels read back through it.
enum WAVChunks {
    /// Payload size of the reserved chunk: exactly a `ds64` chunk without a table.
    static let reservedPayloadSize = 28
    /// The largest size a RIFF field can hold.
    static let riffLimit: UInt64 = 0xFFFF_FFFF
    /// Longest label stored, in UTF-8 bytes (libsndfile reads at most 255).
    static let maximumLabelBytes = 255

    /// Appends cue points and fixes the sizes of the WAV file open on `fd`.
    ///
    /// `dataBytes` is the number of audio bytes libsndfile wrote; `limit` is the size beyond
    /// which the file becomes RF64 (only lowered by tests).
    static func finalize(
        fileDescriptor fd: Int32, displayPath: String, dataBytes: UInt64, frames: UInt64,
        markers: [AudioMarker], limit: UInt64 = riffLimit
    ) throws(AudioError) {
        let layout = try readLayout(fd: fd, displayPath: displayPath)
        var end = layout.dataStart + dataBytes
        if end % 2 == 1 {
            try writeBytes(fd: fd, [0], at: end, displayPath: displayPath)
            end += 1
        }
        let trailer = markers.isEmpty ? [] : cueChunks(markers)
        if !trailer.isEmpty { try writeBytes(fd: fd, trailer, at: end, displayPath: displayPath) }
        let total = end + UInt64(trailer.count)
        if ftruncate(fd, off_t(total)) != 0 {
            throw .writeFailed(path: displayPath, reason: systemErrorMessage(errno))
        }
        if total - 8 <= limit && dataBytes <= limit {
            try writeBytes(fd: fd, littleEndian(UInt32(total - 8)), at: 4, displayPath: displayPath)
            try writeBytes(fd: fd, littleEndian(UInt32(dataBytes)), at: layout.dataStart - 4, displayPath: displayPath)
            return
        }
        guard let junk = layout.reservedChunk else {
            throw .writeFailed(path: displayPath, reason: "the audio is longer than a WAV file can hold (4 GB)")
        }
        // RF64 wants `ds64` first: rebuild the header as ds64 + the other chunks (same length).
        let headerEnd = layout.dataStart - 8
        let header = try readBytes(fd: fd, count: Int(headerEnd - 12), at: 12, displayPath: displayPath)
        let junkStart = Int(junk - 12)
        let junkEnd = junkStart + 8 + reservedPayloadSize
        var rebuilt: [UInt8] = Array("ds64".utf8) + littleEndian(UInt32(reservedPayloadSize))
        rebuilt += littleEndian(total - 8) + littleEndian(dataBytes) + littleEndian(frames) + littleEndian(UInt32(0))
        rebuilt += header[..<junkStart] + header[junkEnd...]
        try writeBytes(fd: fd, rebuilt, at: 12, displayPath: displayPath)
        try writeBytes(fd: fd, littleEndian(UInt32.max), at: layout.dataStart - 4, displayPath: displayPath)
        try writeBytes(fd: fd, Array("RF64".utf8) + littleEndian(UInt32.max), at: 0, displayPath: displayPath)
    }

    /// The `cue ` chunk and the `LIST`/`adtl` chunk with one `labl` per marker (ids from 1).
    static func cueChunks(_ markers: [AudioMarker]) -> [UInt8] {
        var cue: [UInt8] = Array("cue ".utf8) + littleEndian(UInt32(4 + 24 * markers.count))
        cue += littleEndian(UInt32(markers.count))
        var labels: [UInt8] = Array("adtl".utf8)
        for (index, marker) in markers.enumerated() {
            let id = UInt32(index + 1)
            let frame = UInt32(clamping: max(0, marker.frame))
            cue += littleEndian(id) + littleEndian(frame) + Array("data".utf8)
            cue += littleEndian(UInt32(0)) + littleEndian(UInt32(0)) + littleEndian(frame)
            var text = Array(truncatedLabel(marker.label).utf8)
            text.append(0)
            labels += Array("labl".utf8) + littleEndian(UInt32(4 + text.count)) + littleEndian(id) + text
            if text.count % 2 == 1 { labels.append(0) }
        }
        return cue + Array("LIST".utf8) + littleEndian(UInt32(labels.count)) + labels
    }

    /// `label` cut to at most `maximumLabelBytes` UTF-8 bytes on a character boundary, without NULs.
    static func truncatedLabel(_ label: String) -> String {
        var result = ""
        var bytes = 0
        for character in label where character != "\0" {
            let size = character.utf8.count
            if bytes + size > maximumLabelBytes { break }
            result.append(character)
            bytes += size
        }
        return result
    }

    private struct Layout {
        var dataStart: UInt64
        var reservedChunk: UInt64?
    }

    /// Finds the reserved `JUNK` chunk and the start of the audio data.
    private static func readLayout(fd: Int32, displayPath: String) throws(AudioError) -> Layout {
        let header = try readBytes(fd: fd, count: 12, at: 0, displayPath: displayPath)
        guard header.count == 12, header[0..<4].elementsEqual("RIFF".utf8), header[8..<12].elementsEqual("WAVE".utf8)
        else { throw .writeFailed(path: displayPath, reason: "libsndfile did not write a RIFF/WAVE header") }
        var offset: UInt64 = 12
        var reserved: UInt64?
        for _ in 0..<64 {
            let chunk = try readBytes(fd: fd, count: 8, at: offset, displayPath: displayPath)
            guard chunk.count == 8 else { break }
            let id = String(decoding: chunk[0..<4], as: UTF8.self)
            let size = UInt64(chunk[4]) | UInt64(chunk[5]) << 8 | UInt64(chunk[6]) << 16 | UInt64(chunk[7]) << 24
            if id == "data" { return Layout(dataStart: offset + 8, reservedChunk: reserved) }
            if id == "JUNK" && size == UInt64(reservedPayloadSize) && reserved == nil { reserved = offset }
            offset += 8 + size + (size & 1)
        }
        throw .writeFailed(path: displayPath, reason: "no data chunk in the WAV header libsndfile wrote")
    }

    private static func littleEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }

    private static func readBytes(fd: Int32, count: Int, at offset: UInt64, displayPath: String) throws(AudioError) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        let got = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(offset)) }
        if got < 0 { throw .writeFailed(path: displayPath, reason: systemErrorMessage(errno)) }
        return Array(buffer[0..<got])
    }

    private static func writeBytes(fd: Int32, _ bytes: [UInt8], at offset: UInt64, displayPath: String) throws(AudioError) {
        var done = 0
        while done < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                pwrite(fd, raw.baseAddress! + done, bytes.count - done, off_t(offset) + off_t(done))
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw .writeFailed(path: displayPath, reason: systemErrorMessage(errno))
            }
            done += written
        }
    }
}
