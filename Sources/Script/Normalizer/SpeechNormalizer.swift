/// Turns written news text into the words a listener should hear: dates, times, money,
/// numbers, units, initialisms, abbreviations, Roman numerals, web addresses and symbols are
/// spelled out; markup and control characters from the article are removed.
///
/// The output is plain text for eSpeak NG (UTF-8, phoneme input allowed, SSML off): it keeps
/// sentence punctuation and contains `[[...]]` only where the lexicon asked for phonemes.
/// The same input always gives the same output.
public struct SpeechNormalizer: Sendable {
    /// How numeric dates whose day and month are both 12 or less (03/04/2024) are read.
    public enum NumericDateOrder: Sendable, Hashable {
        /// 03/04/2024 is the third of April (British and most of the world).
        case dayFirst
        /// 03/04/2024 is March the fourth (United States).
        case monthFirst
    }

    /// Choices that change how text is read.
    public struct Options: Sendable, Hashable {
        /// How ambiguous numeric dates are read.
        public var numericDateOrder: NumericDateOrder

        /// Creates options; the defaults suit British and international news.
        public init(numericDateOrder: NumericDateOrder = .dayFirst) {
            self.numericDateOrder = numericDateOrder
        }
    }

    /// The user's pronunciations, applied before any other rule.
    public let lexicon: Lexicon
    /// Reading choices.
    public let options: Options

    /// Creates a normalizer with a lexicon and options.
    public init(lexicon: Lexicon = .empty, options: Options = Options()) {
        self.lexicon = lexicon
        self.options = options
    }

    /// The text as it should be spoken. Lines written entirely in capitals are read as headlines.
    public func normalize(_ text: String) -> String {
        run(text, headline: false)
    }

    /// A headline as it should be spoken; all-capital headlines ("TALKS WITH US") are re-cased
    /// first so that initialisms and ordinary words are told apart.
    public func normalizeHeadline(_ text: String) -> String {
        run(text, headline: true)
    }

    func run(_ text: String, headline: Bool) -> String {
        let clean = TextSanitizer.sanitize(text)
        let source = SpeechTokenizer.tokenize(clean)
        var tokens = source
        HeadlineCasing.apply(&tokens, force: headline)
        var pass = NormalizationPass(tokens: tokens, source: source, lexicon: lexicon, options: options)
        return pass.run()
    }
}
