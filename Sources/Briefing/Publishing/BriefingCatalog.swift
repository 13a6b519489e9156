import Audio
import Foundation

/// One published briefing: its audio file and the chapters and transcript written beside it.
public struct BriefingEpisode: Sendable, Hashable {
    /// The day it is for, `2026-11-27`.
    public var day: String
    /// The audio file's name in the folder (`briefing-2026-11-27.mp3`).
    public var audioFile: String
    /// Its format.
    public var format: AudioFormat
    /// Its size in bytes.
    public var byteCount: Int
    /// When the audio file was last written.
    public var modified: Date
    /// Length in seconds, when known (from the chapters file, else from the audio header).
    public var duration: Double?
    /// Chapters, in order; empty when there is no chapters file.
    public var chapters: [Chapter]
    /// The transcript's text, when there is one.
    public var transcript: String?
    /// The transcript file's name, when there is one.
    public var transcriptFile: String?
    /// The WebVTT captions file's name, when there is one.
    public var captionsFile: String?

    /// The headline of the episode: the transcript's first line, else "Briefing for 2026-11-27".
    public var title: String {
        let first = transcript?.split(separator: "\n", maxSplits: 1).first.map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if let first, !first.isEmpty { return first }
        return "Briefing for \(day)"
    }

    /// The transcript's paragraphs after its title line.
    public var transcriptParagraphs: [String] {
        guard let transcript else { return [] }
        var lines = transcript.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let first = lines.first, first == title { lines.removeFirst() }
        return lines.filter { !$0.isEmpty }
    }

    /// The opening of the transcript, about `limit` characters, cut at a word.
    public func summary(limit: Int = 600) -> String {
        var out = ""
        for paragraph in transcriptParagraphs {
            let joined = out.isEmpty ? paragraph : out + "\n\n" + paragraph
            if joined.count <= limit {
                out = joined
                continue
            }
            if out.isEmpty {
                var cut = String(paragraph.prefix(limit))
                if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
                out = cut + "…"
            }
            break
        }
        return out
    }
}

/// The briefings in an output folder: `briefing-YYYY-MM-DD.<wav|flac|ogg|opus|mp3>` with their
/// `.chapters.json` and `.txt` files, newest first.
public struct BriefingCatalog: Sendable {
    /// The briefings found, newest day first.
    public var episodes: [BriefingEpisode]
    /// Files that were found but could not be read in full, one line each.
    public var warnings: [String]

    /// Scans `folder`. Throws only when the folder itself cannot be listed.
    public static func scan(folder: String) throws(BriefingError) -> BriefingCatalog {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw BriefingError("cannot list \(folder): \(AtomicFile.reason(error))")
        }
        let present = Set(names)
        var warnings: [String] = []
        var byDay: [String: [(name: String, format: AudioFormat)]] = [:]
        for name in names {
            guard let (day, format) = audioName(name) else { continue }
            byDay[day, default: []].append((name, format))
        }
        var episodes: [BriefingEpisode] = []
        for day in byDay.keys.sorted(by: >) {
            let base = "briefing-\(day)"
            let folderURL = URL(fileURLWithPath: folder)
            var chapters: [Chapter] = []
            var listedDuration: Double?
            var listedAudio: String?
            if present.contains("\(base).chapters.json") {
                let path = folderURL.appendingPathComponent("\(base).chapters.json").path
                do {
                    let file = try JSONDecoder().decode(ChaptersFile.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
                    chapters = file.chapters.filter { $0.start.isFinite && $0.end.isFinite }
                    listedDuration = file.duration.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
                    listedAudio = file.audio
                } catch {
                    warnings.append("\(path) is not a chapters file; \(base) is listed without chapters")
                }
            }
            // Two formats for one day: take the one the chapters file names, else the latest written.
            let candidates = (byDay[day] ?? []).compactMap { candidate -> (String, AudioFormat, Int, Date)? in
                let path = (folderURL.appendingPathComponent(candidate.name).path as NSString).resolvingSymlinksInPath
                guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                    (attributes[.type] as? FileAttributeType) != .typeDirectory
                else { return nil }
                let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
                let modified = (attributes[.modificationDate] as? Date) ?? Date(timeIntervalSince1970: 0)
                return (candidate.name, candidate.format, size, modified)
            }
            let chosen =
                candidates.first { $0.0 == listedAudio }
                ?? candidates.max { ($0.3, $1.0) < ($1.3, $0.0) }
            guard let (audioFile, format, size, modified) = chosen else { continue }
            var duration = listedAudio == nil || listedAudio == audioFile ? listedDuration : nil
            if duration == nil {
                duration = try? AudioFileReader(path: folderURL.appendingPathComponent(audioFile).path).duration
            }
            var transcript: String?
            if present.contains("\(base).txt") {
                let path = folderURL.appendingPathComponent("\(base).txt").path
                if let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) {
                    transcript = text
                } else {
                    warnings.append("cannot read \(path) as UTF-8 text; \(base) is listed without a transcript")
                }
            }
            episodes.append(
                BriefingEpisode(
                    day: day, audioFile: audioFile, format: format, byteCount: size, modified: modified, duration: duration,
                    chapters: chapters, transcript: transcript, transcriptFile: transcript == nil ? nil : "\(base).txt",
                    captionsFile: present.contains("\(base).vtt") ? "\(base).vtt" : nil))
        }
        return BriefingCatalog(episodes: episodes, warnings: warnings)
    }

    /// The day and format of a briefing audio file name, or nil for any other file.
    static func audioName(_ name: String) -> (day: String, format: AudioFormat)? {
        guard name.hasPrefix("briefing-"), let dot = name.lastIndex(of: ".") else { return nil }
        let day = String(name[name.index(name.startIndex, offsetBy: 9)..<dot])
        guard let format = AudioFormat(pathExtension: String(name[name.index(after: dot)...])),
            name[name.index(after: dot)...] == format.fileExtension,
            StoryMemory.dayNumber(day) != nil
        else { return nil }
        return (day, format)
    }

    /// The shape `Transcripts.chaptersJSON` writes.
    struct ChaptersFile: Decodable {
        var audio: String?
        var duration: Double?
        var chapters: [Chapter]
    }
}
