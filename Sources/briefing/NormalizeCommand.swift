import ArgumentParser
import Foundation
import Script

/// `briefing normalize`: prints text as it will be spoken.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Print text as it will be spoken (dates, numbers, initialisms spelled out).",
        discussion: """
            Reads the text from the arguments, or from standard input when the text is - or absent.
            Example: briefing normalize "Sept. 23, 2024: IS fighters seized \\$3.5bn"
            """)

    @Argument(help: "The text to normalize, or - for standard input.")
    var text: [String] = []

    @Option(name: .long, help: "A pronunciation lexicon file (word replacement, or phrase = [[phonemes]]).")
    var lexicon: String?

    @Flag(name: .long, help: "Treat the text as a headline (re-case all-capital headlines).")
    var headline = false

    @Option(name: .long, help: "How to read numeric dates such as 03/04/2024: day-first or month-first.")
    var dateOrder: DateOrderArgument = .dayFirst

    func run() throws {
        let input: String
        if text.isEmpty || text == ["-"] {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard let s = String(data: data, encoding: .utf8) else {
                throw ValidationError("standard input is not UTF-8 text")
            }
            input = s
        } else {
            input = text.joined(separator: " ")
        }
        let lex = try lexicon.map { path throws(LexiconError) in try Lexicon.load(contentsOf: path) } ?? .empty
        let normalizer = SpeechNormalizer(
            lexicon: lex, options: .init(numericDateOrder: dateOrder == .dayFirst ? .dayFirst : .monthFirst))
        print(headline ? normalizer.normalizeHeadline(input) : normalizer.normalize(input))
    }
}

/// The `--date-order` values.
enum DateOrderArgument: String, ExpressibleByArgument, CaseIterable {
    case dayFirst = "day-first"
    case monthFirst = "month-first"
}
