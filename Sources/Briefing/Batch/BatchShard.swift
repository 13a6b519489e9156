/// One of N deterministic parts of a batch, so N machines together render every article exactly once.
///
/// An article belongs to shard `hash(key) mod N`, where the key is its path relative to the source
/// folder (plus the item's name for a feed item) and the hash is FNV-1a: adding files never moves
/// other files to another shard, and every machine computes the same assignment.
public struct BatchShard: Sendable, Hashable, CustomStringConvertible {
    /// This shard's number, counted from 0 (a Kubernetes Indexed Job's completion index).
    public let index: Int
    /// How many shards there are.
    public let count: Int

    /// Shard `index` (from 0) of `count`.
    public init(index: Int, count: Int) throws(BriefingError) {
        guard count >= 1 else { throw BriefingError("--shard I/N: N must be at least 1") }
        guard (0..<count).contains(index) else {
            throw BriefingError("--shard I/N: I counts from 0 and must be below N (got \(index)/\(count))")
        }
        self.index = index
        self.count = count
    }

    /// Parses `I/N`, for example `0/4`.
    public init(parsing text: String) throws(BriefingError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0].trimmingCharacters(in: .whitespaces)),
            let count = Int(parts[1].trimmingCharacters(in: .whitespaces))
        else { throw BriefingError("--shard must look like I/N with I counted from 0, for example 0/4 (got '\(text)')") }
        try self.init(index: index, count: count)
    }

    /// Whether the article with `key` belongs to this shard.
    public func contains(key: String) -> Bool {
        Self.shard(of: key, count: count) == index
    }

    /// The shard (from 0) that `key` belongs to among `count`.
    public static func shard(of key: String, count: Int) -> Int {
        guard count > 1 else { return 0 }
        return Int(StableHash.fnv1a64(key) % UInt64(count))
    }

    public var description: String { "\(index)/\(count)" }
}

import Foundation
