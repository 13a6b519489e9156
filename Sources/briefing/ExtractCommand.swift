import ArgumentParser
import Articles
import Foundation

/// `briefing extract`: prints what will be read from each source.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "Print the article text that will be read aloud.")

    @Argument(help: "Article files, or - for standard input.")
    var sources: [String]

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        let loader = ArticleLoader()
        for source in sources {
            for article in try loader.load(source) {
                print(article.title)
                print()
                for p in article.paragraphs { print(p); print() }
            }
        }
    }
}
