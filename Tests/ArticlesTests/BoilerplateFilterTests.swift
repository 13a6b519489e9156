import Testing
@testable import Articles

@Suite struct BoilerplateFilterTests {
    private let filter = BoilerplateFilter(title: "storm closes the coast road")

    @Test(arguments: [
        "Advertisement", "ADVERTISEMENT", "Share this article", "Read more: Why the road keeps flooding",
        "READ MORE: Council to review flood plans", "Photo: Coastguard", "Image copyright Getty Images",
        "Storm closes the coast road", "Sign up for our newsletter to get the news first",
        "Tuesday, November 19, 2019 08:38 AM", "·11 October 2018", "Updated: 10:42 GMT",
        "The post Storm closes the coast road appeared first on Coast News.",
    ])
    func furnitureLinesAreDropped(_ line: String) {
        #expect(filter.isFurniture(line))
    }

    @Test(arguments: [
        "The coast road was closed on Tuesday after waves washed debris across it.",
        "Chapter 1: Something happened",
        "(Graphic: Global assets in 2019 - here)",
        "\u{2014} County Fire Service (@countyfire) May 3, 2024",
        "Posted on social media by the council, the video shows the damage.",
        "In 2019, the road was closed for a week.",
        "Read the full report at the council's offices, which open at 9am on weekdays for anyone who wants to see it.",
    ])
    func storyLinesAreKept(_ line: String) {
        #expect(!filter.isFurniture(line))
    }
}
