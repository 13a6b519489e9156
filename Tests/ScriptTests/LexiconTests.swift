import Foundation
import Testing
@testable import Script

@Suite("Lexicon")
struct LexiconTests {
    static let text = """
        # names
        Nguyen      [[w'In]]
        Zelenskyy   Zelensky

        Keir Starmer = Keer Starmer
        Dr. Who = Doctor Who
        nasa = Nasa agency
        IS = Islamic State
        """

    @Test("Parses all three entry forms, skipping comments and blank lines")
    func parsesForms() throws {
        let lex = try Lexicon(parsing: Self.text, file: "names.txt")
        #expect(lex.count == 6)
        #expect(lex.apply("Nguyen met Zelenskyy") == "[[w'In]] met Zelensky")
        #expect(lex.apply("Keir Starmer spoke") == "Keer Starmer spoke")
        #expect(lex.apply("Dr. Who returns") == "Doctor Who returns")
    }

    @Test("Lower-case phrases match any case; capitalised ones their spelling or all capitals")
    func caseRules() throws {
        let lex = try Lexicon(parsing: Self.text, file: "names.txt")
        #expect(lex.apply("NASA and Nasa and nasa") == "Nasa agency and Nasa agency and Nasa agency")
        #expect(lex.apply("NGUYEN") == "[[w'In]]")
        #expect(lex.apply("nguyen") == "nguyen")
        #expect(lex.apply("IS fighters: it is") == "Islamic State fighters: it is")
    }

    @Test("Whole words only; possessives still match; other text is untouched")
    func wholeWords() throws {
        let lex = try Lexicon(parsing: Self.text, file: "names.txt")
        #expect(lex.apply("Nguyens and XNguyen") == "Nguyens and XNguyen")
        #expect(lex.apply("Nguyen\u{2019}s  office,\n(Nguyen).") == "[[w'In]]\u{2019}s  office,\n([[w'In]]).")
        #expect(lex.apply("Keir  Starmer") == "Keer Starmer")
        #expect(lex.apply("Keir") == "Keir")
    }

    @Test("Phrases that differ only in capitals may both be defined when both have capitals")
    func capitalVariants() throws {
        let lex = try Lexicon(parsing: "IS = Islamic State\nIs = iz", file: "c.txt")
        #expect(lex.apply("IS Is is") == "Islamic State iz is")
    }

    @Test("The longest phrase wins")
    func longestWins() throws {
        let lex = try Lexicon(parsing: "Xi = She\nXi Jinping = [[S'i: dZ'InpIN]]", file: "x.txt")
        #expect(lex.apply("Xi Jinping and Xi") == "[[S'i: dZ'InpIN]] and She")
    }

    @Test("Windows line endings and a byte-order mark are accepted")
    func lineEndings() throws {
        let lex = try Lexicon(parsing: "\u{FEFF}Nguyen [[w'In]]\r\nKyiv = Keev\r\n", file: "w.txt")
        #expect(lex.apply("Nguyen in Kyiv") == "[[w'In]] in Keev")
    }

    @Test(
        "Errors name the file, the line and the problem",
        arguments: [
            ("Nguyen [[w'In]]\nbad", 2, "missing the replacement"),
            ("X = ", 1, "missing the replacement for \"X\""),
            ("= Y", 1, "missing the word or phrase"),
            ("\n\nKyiv [[k'i:v", 3, "is not closed"),
            ("Kyiv k'i:v]]", 1, "without"),
            ("Kyiv [[ ]]", 1, "empty phonemes"),
            ("Kyiv [[кiв]]", 1, "ASCII"),
            ("a [[x]]\nb y\nA z", 3, "already defined on line 1"),
            ("Nguyen x\nNguyen y", 2, "already defined on line 1"),
            ("a\u{01}b c", 1, "control character"),
        ])
    func errors(_ text: String, _ line: Int, _ reason: String) {
        do {
            _ = try Lexicon(parsing: text, file: "voices/my.txt")
            Issue.record("expected an error for \(text.debugDescription)")
        } catch {
            guard case .invalidEntry(let file, let l, let r) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(file == "voices/my.txt")
            #expect(l == line)
            #expect(r.contains(reason), "\(r)")
            #expect(error.description.hasPrefix("voices/my.txt:\(line): "))
        }
    }

    @Test("A missing file is reported with its path")
    func missingFile() {
        #expect(throws: LexiconError.unreadable(file: "/no/such/lexicon.txt", reason: "no such file")) {
            try Lexicon.load(contentsOf: "/no/such/lexicon.txt")
        }
    }

    @Test("Loads a file from disk")
    func loadsFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString).txt")
        try "Nguyen [[w'In]]\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try Lexicon.load(contentsOf: url.path).apply("Nguyen") == "[[w'In]]")
    }

    @Test("The example lexicon shipped in voices/ is valid")
    func shippedExample() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let lex = try Lexicon.load(contentsOf: root.appendingPathComponent("voices/lexicon.txt").path)
        #expect(lex.count >= 8)
        #expect(lex.apply("Nguyen") != "Nguyen")
    }

    @Test("In the normalizer the lexicon comes first, and its phonemes are kept as they are")
    func normalizerUsesLexicon() throws {
        let lex = try Lexicon(parsing: Self.text + "\nKyiv [[k'i:v]]\nNo. 10 = Number Ten Downing Street", file: "n.txt")
        let n = SpeechNormalizer(lexicon: lex)
        #expect(n.normalize("Mr. Nguyen met IS fighters") == "Mister [[w'In]] met Islamic State fighters")
        #expect(n.normalize("Kyiv's mayor") == "[[k'i:vz]] mayor")
        #expect(n.normalize("No. 10 said") == "Number Ten Downing Street said")
        #expect(n.normalize("NGUYEN WINS VOTE") == "[[w'In]] Wins Vote")
        // Phoneme brackets only ever come from the lexicon.
        let mixed = n.normalize("Nguyen said [[bad]]")
        #expect(mixed.components(separatedBy: "[[").count == 2)
    }
}
