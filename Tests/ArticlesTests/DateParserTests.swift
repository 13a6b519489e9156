import Foundation
import Testing
@testable import Articles

@Suite struct DateParserTests {
    @Test(arguments: [
        ("2024-03-05T08:30:00+01:00", "2024-03-05T07:30:00Z"),
        ("2024-03-05T08:30:00.123Z", "2024-03-05T08:30:00Z"),
        ("2024-03-05 08:30:00", "2024-03-05T08:30:00Z"),
        ("2024-03-05T08:30+0530", "2024-03-05T03:00:00Z"),
        ("2024-03-05", "2024-03-05T00:00:00Z"),
        ("Tue, 05 Mar 2024 18:45:00 +0000", "2024-03-05T18:45:00Z"),
        ("Tue, 5 Mar 2024 18:45:00 EST", "2024-03-05T23:45:00Z"),
        ("05 Mar 24 18:45 GMT", "2024-03-05T18:45:00Z"),
        ("Mar 5 2024", "2024-03-05T00:00:00Z"),
    ])
    func parsesCommonShapes(_ input: String, _ expected: String) {
        #expect(DateParser.parse(input).map(ISO8601.format) == expected)
    }

    @Test(arguments: ["", "yesterday", "2024-13-01", "2024-02-30T10:00:00Z", "2024-03-05T25:00:00Z", "32 Foo 2024", "1234567890123"])
    func rejectsNonDates(_ input: String) {
        #expect(DateParser.parse(input) == nil)
    }
}
