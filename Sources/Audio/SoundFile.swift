internal import CSndFile
import Foundation

/// The libsndfile format code for an output format (container | 16-bit or codec subtype).
func sndfileFormatCode(_ format: AudioFormat) -> Int32 {
    switch format {
    case .wav: Int32(SF_FORMAT_WAV | SF_FORMAT_PCM_16)
    case .flac: Int32(SF_FORMAT_FLAC | SF_FORMAT_PCM_16)
    case .ogg: Int32(SF_FORMAT_OGG | SF_FORMAT_VORBIS)
    case .opus: Int32(SF_FORMAT_OGG | SF_FORMAT_OPUS)
    case .mp3: Int32(SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III)
    }
}

/// The description of one `sndfile` error code, or of the last failed open when `handle` is nil.
func sndfileMessage(_ handle: OpaquePointer?) -> String {
    guard let text = sf_strerror(handle) else { return "unknown libsndfile error" }
    return String(cString: text)
}

/// One open libsndfile handle; closes it when closed explicitly or dropped.
///
/// Reads and writes mono or interleaved frames. Owns the `SNDFILE*`, never the file
/// descriptor it may have been opened on.
final class SoundFile {
    private var handle: OpaquePointer?
    /// The path used in error messages (the user's path, not the temporary one).
    let displayPath: String
    /// Sample rate in Hz.
    let sampleRate: Int
    /// Channel count.
    let channels: Int
    /// libsndfile's format code (container | subtype).
    let formatCode: Int32
    /// Frames in the file when opened for reading.
    let frames: Int64

    private init(handle: OpaquePointer, info: SF_INFO, displayPath: String) {
        self.handle = handle
        self.displayPath = displayPath
        self.sampleRate = Int(info.samplerate)
        self.channels = Int(info.channels)
        self.formatCode = info.format
        self.frames = info.frames
    }

    /// Opens a file descriptor for writing (libsndfile does not close the descriptor).
    static func create(
        fileDescriptor fd: Int32, displayPath: String, formatCode: Int32, sampleRate: Int, channels: Int
    ) throws(AudioError) -> SoundFile {
        var info = SF_INFO()
        info.samplerate = Int32(sampleRate)
        info.channels = Int32(channels)
        info.format = formatCode
        guard sf_format_check(&info) != 0 else {
            throw .cannotOpen(path: displayPath, reason: "libsndfile cannot write this format at \(sampleRate) Hz")
        }
        guard let handle = sf_open_fd(fd, Int32(SFM_WRITE), &info, 0) else {
            throw .cannotOpen(path: displayPath, reason: sndfileMessage(nil))
        }
        return SoundFile(handle: handle, info: info, displayPath: displayPath)
    }

    /// Opens a file by path for reading.
    static func open(path: String) throws(AudioError) -> SoundFile {
        var info = SF_INFO()
        guard let handle = sf_open(path, Int32(SFM_READ), &info) else {
            throw .cannotOpen(path: path, reason: sndfileMessage(nil))
        }
        return SoundFile(handle: handle, info: info, displayPath: path)
    }

    /// Opens headerless 16-bit native-endian PCM on a file descriptor for reading.
    static func openRaw(
        fileDescriptor fd: Int32, displayPath: String, sampleRate: Int, channels: Int
    ) throws(AudioError) -> SoundFile {
        var info = SF_INFO()
        info.samplerate = Int32(sampleRate)
        info.channels = Int32(channels)
        info.format = Int32(SF_FORMAT_RAW | SF_FORMAT_PCM_16 | SF_ENDIAN_CPU)
        guard let handle = sf_open_fd(fd, Int32(SFM_READ), &info, 0) else {
            throw .cannotOpen(path: displayPath, reason: sndfileMessage(nil))
        }
        return SoundFile(handle: handle, info: info, displayPath: displayPath)
    }

    deinit {
        if let handle { sf_close(handle) }
    }

    private func open() throws(AudioError) -> OpaquePointer {
        guard let handle else { throw .writerClosed(path: displayPath) }
        return handle
    }

    /// Writes interleaved 16-bit frames.
    func write(_ samples: UnsafeBufferPointer<Int16>) throws(AudioError) {
        guard let base = samples.baseAddress, !samples.isEmpty else { return }
        let handle = try open()
        let frames = Int64(samples.count / channels)
        let written = sf_writef_short(handle, base, frames)
        if written != frames { throw .writeFailed(path: displayPath, reason: sndfileMessage(handle)) }
    }

    /// Writes interleaved float frames (full scale is ±1.0).
    func write(_ samples: UnsafeBufferPointer<Float>) throws(AudioError) {
        guard let base = samples.baseAddress, !samples.isEmpty else { return }
        let handle = try open()
        let frames = Int64(samples.count / channels)
        let written = sf_writef_float(handle, base, frames)
        if written != frames { throw .writeFailed(path: displayPath, reason: sndfileMessage(handle)) }
    }

    /// Reads up to `buffer.count / channels` frames; returns the number of frames read (0 at the end).
    func read(into buffer: UnsafeMutableBufferPointer<Float>) throws(AudioError) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        let handle = try open()
        let count = sf_readf_float(handle, base, Int64(buffer.count / channels))
        if count < 0 { throw .readFailed(path: displayPath, reason: sndfileMessage(handle)) }
        return Int(count)
    }

    /// Reads up to `buffer.count / channels` frames; returns the number of frames read (0 at the end).
    func read(into buffer: UnsafeMutableBufferPointer<Int16>) throws(AudioError) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        let handle = try open()
        let count = sf_readf_short(handle, base, Int64(buffer.count / channels))
        if count < 0 { throw .readFailed(path: displayPath, reason: sndfileMessage(handle)) }
        return Int(count)
    }

    /// Sends a command taking a `double` (quality, compression level); returns libsndfile's verdict.
    @discardableResult
    func command(_ command: Int32, double value: Double) -> Bool {
        guard let handle else { return false }
        var value = value
        return sf_command(handle, command, &value, Int32(MemoryLayout<Double>.size)) == Int32(SF_TRUE)
    }

    /// Sends a command taking an `int` (bitrate mode); returns libsndfile's verdict.
    @discardableResult
    func command(_ command: Int32, int value: Int32) -> Bool {
        guard let handle else { return false }
        var value = value
        return sf_command(handle, command, &value, Int32(MemoryLayout<Int32>.size)) == Int32(SF_TRUE)
    }

    /// Sends a boolean command whose value is passed in the size argument (clipping, normalisation).
    @discardableResult
    func command(_ command: Int32, flag: Bool) -> Bool {
        guard let handle else { return false }
        return sf_command(handle, command, nil, flag ? Int32(SF_TRUE) : Int32(SF_FALSE)) == Int32(SF_TRUE)
    }

    /// Adds a custom chunk to be written in the header (must come before any audio).
    func setChunk(id: String, data: [UInt8]) throws(AudioError) {
        let handle = try open()
        var info = SF_CHUNK_INFO()
        let idBytes = Array(id.utf8.prefix(63))
        withUnsafeMutableBytes(of: &info.id) { raw in
            for (index, byte) in idBytes.enumerated() { raw[index] = byte }
        }
        info.id_size = UInt32(idBytes.count)
        info.datalen = UInt32(data.count)
        var copy = data
        let status = copy.withUnsafeMutableBytes { bytes -> Int32 in
            info.data = bytes.baseAddress
            return sf_set_chunk(handle, &info)
        }
        if status != 0 {
            throw .writeFailed(path: displayPath, reason: String(cString: sf_error_number(status)))
        }
    }

    /// The cue points stored in the file (WAV and AIFF), with their labels where present.
    func cuePoints() -> [(label: String, frame: Int)] {
        guard let handle else { return [] }
        var count: UInt32 = 0
        guard sf_command(handle, Int32(SFC_GET_CUE_COUNT), &count, Int32(MemoryLayout<UInt32>.size)) == Int32(SF_TRUE),
            count > 0
        else { return [] }
        let pointSize = MemoryLayout<SF_CUE_POINT>.stride
        let headerSize = max(MemoryLayout<UInt32>.size, MemoryLayout<SF_CUE_POINT>.alignment)
        let byteCount = headerSize + Int(count) * pointSize
        let raw = UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: 8)
        defer { raw.deallocate() }
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: byteCount)
        guard sf_command(handle, Int32(SFC_GET_CUE), raw, Int32(byteCount)) == Int32(SF_TRUE) else { return [] }
        let stored = min(Int(raw.load(as: UInt32.self)), Int(count))
        var result: [(label: String, frame: Int)] = []
        result.reserveCapacity(stored)
        for index in 0..<stored {
            var point = raw.load(fromByteOffset: headerSize + index * pointSize, as: SF_CUE_POINT.self)
            let label = withUnsafeBytes(of: &point.name) { bytes -> String in
                let text = bytes.prefix { $0 != 0 }
                return String(decoding: text, as: UTF8.self)
            }
            result.append((label: label, frame: Int(point.sample_offset)))
        }
        return result
    }

    /// Closes the handle, flushing the encoder and writing the final header.
    func close() throws(AudioError) {
        guard let handle else { return }
        self.handle = nil
        let status = sf_close(handle)
        if status != 0 {
            throw .writeFailed(path: displayPath, reason: String(cString: sf_error_number(status)))
        }
    }
}

/// libsndfile's code for headerless native-endian 16-bit PCM (the loudness spool).
let rawPCM16FormatCode = Int32(SF_FORMAT_RAW | SF_FORMAT_PCM_16 | SF_ENDIAN_CPU)
