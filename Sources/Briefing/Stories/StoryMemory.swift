import Articles
import Foundation
import Script

/// What earlier briefings told, kept in a small JSON file in the output folder, so that tomorrow's
/// briefing does not repeat today's stories. Re-running a day's briefing tells the same stories again.
public struct StoryMemory: Sendable, Equatable {
    /// The state file's name in the output folder.
    public static let fileName = ".briefing-state.json"
    /// Stories not told for this many days are forgotten.
    public static let retentionDays = 60

    /// One story told: its key, the keys of every article that reported it, and when it was told.
    public struct Entry: Sendable, Hashable, Codable {
        /// Key of the article the story was told from (see `StoryKey`).
        public var key: String
        /// Keys of the other articles in the story's cluster.
        public var members: [String]
        /// The headline, to make the file readable.
        public var title: String
        /// The first day (`2026-11-27`) it was told.
        public var first: String
        /// The last day it was told.
        public var last: String
    }

    /// The state file.
    public let path: String
    /// Stories told, oldest first.
    public private(set) var entries: [Entry]

    /// An empty memory that will be saved to `path`.
    public init(path: String) {
        self.path = path
        self.entries = []
    }

    /// Reads the state in `folder`. Never fails: a missing file is an empty memory; an unreadable or
    /// corrupt one is reported in `warning` (and kept aside as `….corrupt`) and the memory starts empty.
    public static func load(folder: String) -> (memory: StoryMemory, warning: String?) {
        let path = (folder as NSString).appendingPathComponent(fileName)
        var memory = StoryMemory(path: path)
        guard FileManager.default.fileExists(atPath: path) else { return (memory, nil) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return (memory, "cannot read \(path) (\(AtomicFile.reason(error))); earlier briefings are forgotten and it will be rewritten")
        }
        let file: StateFile
        do {
            file = try JSONDecoder().decode(StateFile.self, from: data)
            guard file.version == StateFile.currentVersion else {
                throw BriefingError("version \(file.version), expected \(StateFile.currentVersion)")
            }
        } catch {
            let aside = path + ".corrupt"
            let kept = (try? AtomicFile.write(data, to: aside)) != nil
            return (
                memory,
                "\(path) is not a briefing state file (\(describe(error))); earlier briefings are forgotten and it will be rebuilt"
                    + (kept ? " (the old file is kept as \(aside))" : "")
            )
        }
        let valid = file.stories.filter { dayNumber($0.first) != nil && dayNumber($0.last) != nil && !$0.key.isEmpty }
        memory.entries = valid
        let dropped = file.stories.count - valid.count
        return (memory, dropped > 0 ? "ignored \(dropped) malformed entr\(dropped == 1 ? "y" : "ies") in \(path)" : nil)
    }

    /// The clusters not told on a day before `date`: seen stories are dropped, today's are kept, so that
    /// re-running a day gives the same briefing. A cluster is seen if any of its articles was.
    public func filter(_ clusters: [StoryCluster], on date: Date, timeZone: TimeZone = .current) -> [StoryCluster] {
        let seen = keysTold(before: DailyBriefing.dayString(date, timeZone: timeZone))
        return clusters.filter { cluster in cluster.members.allSatisfy { !seen.contains(StoryKey.key(for: $0)) } }
    }

    /// The stories not told on a day before `date` (judged by the article each is told from).
    public func filter(_ stories: [Story], on date: Date, timeZone: TimeZone = .current) -> [Story] {
        let seen = keysTold(before: DailyBriefing.dayString(date, timeZone: timeZone))
        return stories.filter { !seen.contains(StoryKey.key(for: $0.article)) }
    }

    /// Notes that `clusters` were told on `date`, and forgets stories older than `retentionDays`.
    public mutating func record(_ clusters: [StoryCluster], on date: Date, timeZone: TimeZone = .current) {
        let day = DailyBriefing.dayString(date, timeZone: timeZone)
        for cluster in clusters {
            let key = StoryKey.key(for: cluster.story.article)
            var members: [String] = []
            for article in cluster.members {
                let k = StoryKey.key(for: article)
                if k != key, !members.contains(k) { members.append(k) }
            }
            let keys = Set(members + [key])
            if let i = entries.firstIndex(where: { !keys.isDisjoint(with: $0.members + [$0.key]) }) {
                var entry = entries[i]
                for k in [key] + members where k != entry.key && !entry.members.contains(k) { entry.members.append(k) }
                entry.first = min(entry.first, day)
                entry.last = max(entry.last, day)
                entries[i] = entry
            } else {
                entries.append(Entry(key: key, members: members, title: cluster.story.article.title, first: day, last: day))
            }
        }
        forget(before: day)
    }

    /// Notes that `stories` were told on `date` (each by the article it is told from).
    public mutating func record(_ stories: [Story], on date: Date, timeZone: TimeZone = .current) {
        record(stories.map { StoryCluster(story: $0, members: [$0.article]) }, on: date, timeZone: timeZone)
    }

    /// Writes the state file atomically, creating the folder if needed.
    public func save() throws(BriefingError) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw BriefingError("cannot create \(folder): \(AtomicFile.reason(error))")
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let sorted = entries.sorted { ($0.first, $0.key) < ($1.first, $1.key) }
        guard let data = try? encoder.encode(StateFile(version: StateFile.currentVersion, stories: sorted)) else {
            throw BriefingError("cannot encode the briefing state for \(path)")
        }
        try AtomicFile.write(data + Data("\n".utf8), to: path)
    }

    /// Keys of every article in a story first told before `day`.
    func keysTold(before day: String) -> Set<String> {
        var keys = Set<String>()
        for entry in entries where entry.first < day {
            keys.insert(entry.key)
            keys.formUnion(entry.members)
        }
        return keys
    }

    /// Drops entries last told more than `retentionDays` before `day`.
    mutating func forget(before day: String) {
        guard let today = Self.dayNumber(day) else { return }
        entries.removeAll { entry in (Self.dayNumber(entry.last) ?? today) < today - Self.retentionDays }
    }

    /// The file's shape.
    struct StateFile: Codable {
        static let currentVersion = 1
        var version: Int
        var stories: [Entry]
    }

    /// Days since 1970-01-01 of a `YYYY-MM-DD` day, or nil if it is not a real date.
    static func dayNumber(_ day: String) -> Int? {
        let parts = day.split(separator: "-", omittingEmptySubsequences: false)
        guard day.count == 10, parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        return CivilDay.daysSince1970(year: y, month: m, day: d)
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case let error as BriefingError: return error.message
        case DecodingError.dataCorrupted(let context): return context.debugDescription
        case DecodingError.keyNotFound(let key, _): return "missing \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let at = context.codingPath.map(\.stringValue).joined(separator: ".")
            return at.isEmpty ? context.debugDescription : "bad value at \(at)"
        default: return "\(error)"
        }
    }
}
