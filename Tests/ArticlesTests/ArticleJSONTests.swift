import Foundation
import Testing
@testable import Articles

@Suite struct ArticleJSONTests {
    @Test func publishedDateRoundTripsAsISO8601() throws {
        let article = Article(
            title: "T", published: ISO8601.parse("2024-09-27T14:05:00Z"), paragraphs: ["A."])
        let data = try JSONEncoder().encode(article)
        let object = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["published"] as? String == "2024-09-27T14:05:00Z")
        #expect(try JSONDecoder().decode(Article.self, from: data) == article)
    }
}
