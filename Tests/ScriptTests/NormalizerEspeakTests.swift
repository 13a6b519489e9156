import Foundation
import Testing
@testable import Script

/// Compares what eSpeak NG says for normalized text with what it says for the correct reading.
@Suite(
    "Speech normalizer through eSpeak NG",
    .enabled(if: EspeakPhonemes.isInstalled, "espeak-ng is not installed (make installs it): phoneme comparisons skipped"))
struct NormalizerEspeakTests {
    let normalizer = SpeechNormalizer()

    /// A sample across the categories: each must sound exactly like its reading.
    static let sample: [(String, String)] = [
        ("Sept. 23, 2024", "September twenty-third, twenty twenty-four"),
        ("23/09/2024", "the twenty-third of September twenty twenty-four"),
        ("on 1st Jan", "on the first of January"),
        ("at 10:00", "at ten o'clock"),
        ("9.30am", "nine thirty a.m"),
        ("3 p.m. ET", "three p.m Eastern Time"),
        ("the 1990s", "the nineteen nineties"),
        ("the '90s", "the nineties"),
        ("FY2024", "fiscal year twenty twenty-four"),
        ("2023-24", "twenty twenty-three to twenty-four"),
        ("$3.5bn", "three point five billion dollars"),
        ("£2m", "two million pounds"),
        ("50p", "fifty pence"),
        ("45%", "forty-five percent"),
        ("21st century", "twenty-first century"),
        ("1,234,567", "one million two hundred and thirty-four thousand five hundred and sixty-seven"),
        ("3/4", "three quarters"),
        ("25C", "twenty-five degrees Celsius"),
        ("70mph", "seventy miles per hour"),
        ("IS fighters", "I S fighters"),
        ("the IDF said", "the I D F said"),
        ("NGOs", "N G O's"),
        ("MoD", "M O D"),
        ("TALKS WITH US", "talks with us"),
        ("Mr. Smith", "Mister Smith"),
        ("St. Paul's", "Saint Paul's"),
        ("No. 10", "Number ten"),
        ("Charles III", "Charles the Third"),
        ("World War II", "World War Two"),
        ("bbc.co.uk", "B B C dot co dot U K"),
        ("R&D", "R and D"),
        ("he said — she", "he said, she"),
    ]

    @Test("A sample of news text sounds like its correct reading")
    func sampleSoundsRight() throws {
        let spoken = try EspeakPhonemes.phonemes(Self.sample.map { normalizer.normalize($0.0) })
        let wanted = try EspeakPhonemes.phonemes(Self.sample.map(\.1))
        try #require(spoken.count == Self.sample.count && wanted.count == Self.sample.count)
        for (n, (input, reading)) in Self.sample.enumerated() {
            #expect(spoken[n] == wanted[n], "\(input) -> \(normalizer.normalize(input)); wanted \(reading)")
        }
    }

    @Test("Raw eSpeak NG misreads most of the sample that the normalizer fixes")
    func rawEspeakMisreadsSample() throws {
        let raw = try EspeakPhonemes.phonemes(Self.sample.map(\.0))
        let wanted = try EspeakPhonemes.phonemes(Self.sample.map(\.1))
        let rawRight = zip(raw, wanted).filter { $0 == $1 }.count
        #expect(rawRight * 2 < Self.sample.count, "raw eSpeak NG read \(rawRight) of \(Self.sample.count) right")
    }

    /// The whole reading list (about 380 items): the hit rate must stay at or above 95%.
    @Test("Hit rate over the reading list")
    func hitRate() throws {
        let cases = NormalizerReadingList.all
        #expect(cases.count > 300)
        let spoken = try EspeakPhonemes.phonemes(cases.map { normalizer.normalize($0.input) })
        let readings = cases.flatMap(\.readings)
        let wantedFlat = try EspeakPhonemes.phonemes(readings)
        try #require(spoken.count == cases.count && wantedFlat.count == readings.count)
        var offset = 0
        var right = 0
        var misses: [String] = []
        for (n, c) in cases.enumerated() {
            let wanted = wantedFlat[offset..<(offset + c.readings.count)]
            offset += c.readings.count
            if wanted.contains(spoken[n]) {
                right += 1
            } else {
                misses.append("\(c.input) -> \(normalizer.normalize(c.input)) (wanted \(c.readings[0]))")
            }
        }
        let rate = Double(right) / Double(cases.count)
        print("normalizer hit rate: \(right)/\(cases.count) = \(String(format: "%.1f", rate * 100))%")
        for m in misses { print("  miss: \(m)") }
        #expect(rate >= 0.95, "hit rate \(rate); misses: \(misses)")
    }

    @Test("Lexicon phonemes reach eSpeak NG as phonemes")
    func lexiconPhonemesAreSpoken() throws {
        let lexicon = try Lexicon(parsing: "Nguyen [[w'In]]\nKyiv [[k'i:v]]", file: "test.txt")
        let n = SpeechNormalizer(lexicon: lexicon)
        let spoken = try EspeakPhonemes.phonemes([n.normalize("Mr. Nguyen"), n.normalize("Kyiv's mayor")])
        let wanted = try EspeakPhonemes.phonemes(["Mister win", "keevs mayor"])
        #expect(spoken == wanted)
    }
}
