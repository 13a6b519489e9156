/// FNV-1a, 64 bits: a hash that is the same in every process, on every machine and in every
/// release (unlike Swift's `Hasher`, which is seeded per process). Used where a hash is stored or
/// shared between machines: shard assignment and the fingerprints in a batch manifest.
public enum StableHash {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The FNV-1a hash of `bytes`.
    public static func fnv1a64(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= prime
        }
        return hash
    }

    /// The FNV-1a hash of a string's UTF-8 bytes.
    public static func fnv1a64(_ text: String) -> UInt64 { fnv1a64(text.utf8) }

    /// The hash as 16 lower-case hex digits.
    public static func hex(_ text: String) -> String { hex(fnv1a64(text)) }

    /// A hash value as 16 lower-case hex digits.
    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 16 - digits.count)) + digits
    }
}
