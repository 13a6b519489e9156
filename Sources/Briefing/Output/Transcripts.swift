import Foundation
import Script

/// The text files written beside a briefing's audio: transcript, WebVTT captions, chapters.
public enum Transcripts {
    /// The transcript: the script as written, one segment a paragraph.
    public static func text(_ script: BriefingScript) -> String {
        script.title + "\n\n" + script.renderText()
    }

    /// WebVTT captions.
    public static func webVTT(_ captions: [Caption]) -> String {
        var out = "WEBVTT\n\n"
        for (i, caption) in captions.enumerated() {
            out += "\(i + 1)\n\(timestamp(caption.start)) --> \(timestamp(max(caption.end, caption.start + 0.2)))\n"
            // A cue's text must not contain "-->" or a blank line.
            let text = caption.text.replacingOccurrences(of: "-->", with: "→").replacingOccurrences(of: "\n", with: " ")
            out += escape(text) + "\n\n"
        }
        return out
    }

    /// Chapters as JSON: `{"chapters": [{"title", "start", "end"}]}`, times in seconds.
    public static func chaptersJSON(_ chapters: [Chapter], audioFile: String, duration: Double) -> String {
        struct File: Encodable {
            var audio: String
            var duration: Double
            var chapters: [Chapter]
        }
        let rounded = chapters.map { Chapter(title: $0.title, start: round3($0.start), end: round3($0.end)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(File(audio: audioFile, duration: round3(duration), chapters: rounded))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func round3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

    /// `HH:MM:SS.mmm`.
    static func timestamp(_ seconds: Double) -> String {
        let ms = Int((max(0, seconds) * 1000).rounded())
        return String(format: "%02d:%02d:%02d.%03d", ms / 3_600_000, (ms / 60_000) % 60, (ms / 1000) % 60, ms % 1000)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
