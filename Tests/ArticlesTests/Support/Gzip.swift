import Foundation

/// Wraps bytes in the gzip format without compressing them (deflate "stored" blocks), so tests
/// can serve a `Content-Encoding: gzip` body without a compression library.
enum Gzip {
    static func stored(_ data: Data) -> Data {
        var out = Data([0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF])
        let bytes = [UInt8](data)
        var start = 0
        repeat {
            let end = min(start + 65_535, bytes.count)
            let length = UInt16(end - start)
            out.append(end == bytes.count ? 0x01 : 0x00)  // BFINAL, BTYPE 00 (stored)
            out.append(littleEndian: length)
            out.append(littleEndian: ~length)
            out.append(contentsOf: bytes[start..<end])
            start = end
        } while start < bytes.count
        out.append(littleEndian: crc32(bytes))
        out.append(littleEndian: UInt32(truncatingIfNeeded: bytes.count))
        return out
    }

    /// CRC-32 (IEEE 802.3), as the gzip trailer carries it.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}

private extension Data {
    mutating func append<T: FixedWidthInteger>(littleEndian value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
