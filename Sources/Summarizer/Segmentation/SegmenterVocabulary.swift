/// The words the sentence segmenter needs to know: abbreviations by how they behave before the
/// next word, and the capitalized words that usually open a sentence.
enum SegmenterVocabulary {
    /// How a word ending in a full stop behaves.
    enum AbbreviationKind {
        /// Never ends a sentence: titles before names (Mr., Gen., Lt.), e.g., i.e., vs.
        case neverFinal
        /// Does not end a sentence before a number: No. 10, Vol. 3, Fig. 2.
        case beforeNumber
        /// A month: Sept. 23 goes on; "in Sept. The" does not.
        case month
        /// A weekday: goes on before a date (Tues. Jan. 5).
        case weekday
        /// May end a sentence: Inc., Corp., U.S., Jr., initials. Ends it when a usual sentence opener follows.
        case mayEnd
        /// a.m. and p.m.: end a sentence before a capitalized word unless it names a day, month or zone.
        case time
    }

    /// Looks up a lowercased word (without its final full stop).
    static func kind(ofLowercased word: String) -> AbbreviationKind? {
        table[word]
    }

    private static let table: [String: AbbreviationKind] = {
        var t: [String: AbbreviationKind] = [:]
        for w in [
            "mr", "mrs", "ms", "messrs", "mmes", "mme", "mlle", "dr", "drs", "prof", "profs", "gen", "sen",
            "sens", "rep", "reps", "gov", "govs", "lt", "col", "capt", "cpt", "cpl", "sgt", "maj", "adm",
            "cmdr", "cdr", "brig", "rev", "revs", "hon", "pres", "supt", "insp", "det", "fr", "mt", "ft",
            "pvt", "spc", "gens", "atty", "amb", "sec", "asst", "assoc", "lieut", "comdr", "msgr",
            "e.g", "i.e", "eg", "vs", "v", "cf", "viz", "approx", "incl", "esp", "ca", "op", "c",
        ] { t[w] = .neverFinal }
        for w in ["no", "nos", "vol", "vols", "fig", "figs", "art", "arts", "pp", "p", "ch", "chap", "para", "pt", "ex", "sect", "nr"] {
            t[w] = .beforeNumber
        }
        for w in ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"] {
            t[w] = .month
        }
        for w in ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"] {
            t[w] = .weekday
        }
        for w in [
            "inc", "corp", "co", "cos", "ltd", "bros", "plc", "llc", "llp", "assn", "mfg", "intl", "dept",
            "univ", "st", "ave", "blvd", "rd", "hwy", "jr", "sr", "esq", "al",
        ] { t[w] = .mayEnd }
        for w in ["a.m", "p.m"] { t[w] = .time }
        return t
    }()

    /// Capitalized words that usually open a sentence; after an abbreviation that may end a
    /// sentence (Inc., U.S., Jr.), one of these means it did.
    static let sentenceOpeners: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our",
        "My", "Your", "This", "That", "These", "Those", "There", "Here", "But", "And", "Or", "So", "Yet",
        "Nor", "In", "On", "At", "As", "For", "From", "By", "With", "Without", "After", "Before", "During",
        "When", "While", "Whenever", "If", "Although", "Though", "Because", "Since", "Until", "Unlike",
        "Like", "However", "Meanwhile", "Now", "Then", "Still", "Also", "Instead", "Indeed", "Moreover",
        "Furthermore", "Nevertheless", "Nonetheless", "Some", "Many", "Most", "Much", "More", "Few",
        "Both", "Each", "Every", "All", "Any", "No", "None", "Not", "Other", "Others", "Such", "Another",
        "One", "Two", "Three", "Last", "Earlier", "Later", "Today", "Yesterday", "Tomorrow", "According",
        "What", "Why", "How", "Who", "Whom", "Whose", "Where", "Which", "Under", "Over", "Among",
        "Between", "Despite", "Through", "Across", "Against", "About", "Around", "Following", "Is", "Was",
        "Are", "Were", "Do", "Does", "Did", "Has", "Have", "Had", "Can", "Could", "Will", "Would",
        "Should", "Might", "Must", "Let", "Please", "Yes", "Thanks", "Mr", "Mrs", "Ms", "Dr", "Prof",
        "Just", "Only", "Even", "Asked", "Speaking", "Once", "Next", "First", "Second", "Finally",
        "Overall", "Analysts", "Officials", "Authorities", "Shares", "Investors",
    ]

    /// Words that follow "a.m." or "p.m." inside a sentence: days, months, time zones.
    static let timeFollowers: Set<String> = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Tues",
        "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb",
        "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "ET", "EST", "EDT", "CT",
        "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "HST", "GMT", "BST", "UTC", "CET",
        "CEST", "EET", "WET", "IST", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "AWST", "NZST", "NZDT",
        "Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Local", "Greenwich", "Today", "Tomorrow",
    ]

    /// Month names, full and short, that may follow a weekday abbreviation inside a sentence.
    static let months: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
        "Nov", "Dec",
    ]

    /// Capitalized words that, after a lower-case word and before another, show that a full stop
    /// went missing: mid-sentence they are never capitalized.
    static let missingStopOpeners: Set<String> = [
        "The", "An", "He", "She", "They", "It", "This", "These", "Those", "His", "Her", "Their", "Its", "There",
        "We",
    ]

    /// True when `s[start..<end]` is one of `missingStopOpeners`; compares bytes, for speed.
    static func isMissingStopOpener(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let length = end - start
        guard length >= 2, length <= 5 else { return false }
        for word in missingStopOpenerBytes where word.count == length {
            var same = true
            for k in 0..<length where s[start + k] != word[k] {
                same = false
                break
            }
            if same { return true }
        }
        return false
    }

    private static let missingStopOpenerBytes: [[UInt8]] = missingStopOpeners.sorted().map { Array($0.utf8) }

    /// Words after which a capitalized "The" or "It" starts a title, not a sentence.
    static let titleIntroducers: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "by", "for", "from", "with", "to", "into", "and", "or", "but",
        "as", "than", "that", "is", "was", "be", "like", "about", "vs", "v", "film", "movie", "song", "album",
        "book", "novel", "magazine", "newspaper", "play", "single", "titled", "called", "named", "dubbed",
        "entitled",
    ]

    /// Names that end in "!" without ending a sentence.
    static let exclaimingNames: Set<String> = ["yahoo", "jeopardy", "wham", "hello"]
}
