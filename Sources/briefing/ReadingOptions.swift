import ArgumentParser
import Briefing

/// Options shared by `speak` and `batch`: the voice, and whether to read the whole article or its
/// key sentences within a budget.
struct ReadingOptions: ParsableArguments {
    @Option(help: "Voice profile: a name from `briefing voices`, or the path of a profile file.")
    var voice: String = "anchor"

    @Flag(help: "Read the title and the key sentences instead of the whole article.")
    var summary = false

    @Option(help: "With --summary: how many sentences (default: 3).")
    var sentences: Int?

    @Option(help: "With --summary: at most this many words.")
    var words: Int?

    @Option(help: "With --summary: at most this many seconds of speech.")
    var seconds: Double?

    func validate() throws {
        let budgets = [sentences != nil, words != nil, seconds != nil].filter { $0 }.count
        if budgets > 1 { throw ValidationError("give only one of --sentences, --words and --seconds") }
        if let sentences, sentences < 1 { throw ValidationError("--sentences must be at least 1") }
        if let words, words < 1 { throw ValidationError("--words must be at least 1") }
        if let seconds, !(seconds > 0 && seconds.isFinite) { throw ValidationError("--seconds must be more than 0") }
    }

    /// What to read; a budget implies --summary. `rate` is the profile's words a minute, for --seconds.
    func mode(rate: Int) -> ReadingMode {
        if let sentences { return .summary(.sentences(sentences)) }
        if let words { return .summary(.words(words)) }
        if let seconds { return .summary(.seconds(seconds, wordsPerMinute: Double(rate))) }
        return summary ? .summary(.sentences(3)) : .fullText
    }
}
