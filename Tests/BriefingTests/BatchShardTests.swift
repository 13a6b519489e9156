import Audio
import Foundation
import TestSupport
import Testing

@testable import Briefing

@Suite struct BatchShardTests {
    @Test func fnv1aMatchesThePublishedTestVectors() {
        // From the FNV reference (draft-eastlake-fnv): "", "a", "foobar".
        #expect(StableHash.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(StableHash.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(StableHash.fnv1a64("foobar") == 0x8594_4171_f739_67e8)
        #expect(StableHash.hex("a") == "af63dc4c8601ec8c")
    }

    @Test func parsesIOverN() throws {
        let shard = try BatchShard(parsing: "2/5")
        #expect(shard.index == 2 && shard.count == 5)
        #expect(shard.description == "2/5")
        for bad in ["5/5", "-1/5", "1", "a/b", "1/0", "", "1/2/3"] {
            #expect(throws: BriefingError.self, "\(bad)") { try BatchShard(parsing: bad) }
        }
    }

    static let keys: [String] = (0..<400).map { "section-\($0 % 7)/story-\($0).html" } + ["feed.xml#storm-warning", "feed.xml#storm-warning-2"]

    @Test(arguments: [1, 2, 3, 4, 7])
    func shardsAreDisjointAndComplete(count: Int) throws {
        var owner: [String: Int] = [:]
        for index in 0..<count {
            let shard = try BatchShard(index: index, count: count)
            for key in Self.keys where shard.contains(key: key) {
                #expect(owner[key] == nil, "\(key) is in shards \(owner[key] ?? -1) and \(index)")
                owner[key] = index
            }
        }
        #expect(owner.count == Self.keys.count)
        // Spread: no shard gets less than half its fair share.
        let sizes = Dictionary(grouping: owner.values, by: { $0 }).mapValues(\.count)
        for index in 0..<count { #expect((sizes[index] ?? 0) * count * 2 >= Self.keys.count, "\(sizes)") }
    }

    @Test func plannedShardsSplitARealFolderExactlyOnceAndAddedFilesMoveNothing() throws {
        let scratch = try TemporaryFolder()
        for i in 0..<24 { try scratch.write("in/\(i % 3)/story-\(i).txt", shortArticle) }
        try scratch.write("in/feed.xml", rssFeed(titles: ["One", "Two", "Three", "Four"]))
        func outputs(_ shard: BatchShard?) -> [String] {
            BatchPlanner(sources: [scratch.file("in")], outputFolder: scratch.file("out"), format: .wav, shard: shard)
                .plan().jobs.map(\.outputRelativePath)
        }
        let all = outputs(nil)
        #expect(all.count == 28)
        var union: [String] = []
        var before: [String: Int] = [:]
        for index in 0..<3 {
            let part = outputs(try BatchShard(index: index, count: 3))
            union += part
            for output in part { before[output] = index }
        }
        #expect(union.sorted() == all.sorted())
        #expect(Set(union).count == union.count)

        for i in 100..<110 { try scratch.write("in/new/story-\(i).txt", shortArticle) }
        for index in 0..<3 {
            for output in outputs(try BatchShard(index: index, count: 3)) where before[output] != nil {
                #expect(before[output] == index, "\(output) moved")
            }
        }
    }
}
