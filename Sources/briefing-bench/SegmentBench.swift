import ArgumentParser
import Foundation
import Summarizer

/// `briefing-bench segment`: splits text on standard input into sentences, one a line.
struct SegmentBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split text on standard input into sentences and print one a line.")

    @Flag(help: "Print a blank line between paragraphs.")
    var paragraphs = false

    func run() throws {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        let text = String(decoding: data, as: UTF8.self)
        var out = ""
        var paragraph: Int?
        for sentence in SentenceSegmenter().segment(text) {
            if paragraphs, let p = paragraph, p != sentence.paragraph { out += "\n" }
            paragraph = sentence.paragraph
            out += sentence.text
            out += "\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
