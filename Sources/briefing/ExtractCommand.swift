import ArgumentParser
import Articles
import Foundation

/// `briefing extract`: prints the articles Briefing finds in its sources, as they will be read.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the articles found in web pages, feeds, folders and URLs.",
        discussion: """
            A source is a file (web page, RSS/Atom/JSON feed, text or Markdown), a folder (every \
            supported file below it), a page or feed URL, or - for standard input. Sources that \
            cannot be read are reported on standard error and the rest are still printed; the exit \
            status is 1 if any source failed.
            """)

    @Argument(help: ArgumentHelp("Files, folders, URLs, or - for standard input.", valueName: "source"))
    var sources: [String]

    @Flag(help: "Print a JSON array of articles instead of text.")
    var json = false

    @Flag(help: "Never use the network; URL sources fail.")
    var offline = false

    @Flag(help: "For feed items that carry only a teaser, fetch the linked page for the full story.")
    var fetchArticles = false

    @Option(help: "Seconds to wait for a web server.")
    var timeout: Double = 20

    func validate() throws {
        guard !sources.isEmpty else { throw ValidationError("give at least one source (a file, folder, URL or -)") }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
        if offline && fetchArticles { throw ValidationError("--fetch-articles needs the network; drop --offline") }
    }

    func run() throws {
        let options = SourceOptions(offline: offline, fetchArticles: fetchArticles, timeout: timeout)
        let report = ArticleLoader(options: options).loadAll(sources)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            do {
                let data = try encoder.encode(report.articles)
                FileHandle.standardOutput.write(data + Data("\n".utf8))
            } catch {
                printError("cannot encode the articles as JSON (\(error.localizedDescription))")
                throw ExitCode(1)
            }
        } else {
            var first = true
            for article in report.articles {
                if !first { print("\n---\n") }
                first = false
                print(Self.render(article), terminator: "")
            }
        }
        for failure in report.failures { printError(failure.description) }
        if !report.failures.isEmpty { throw ExitCode(1) }
    }

    /// An article as readable text: headline, what is known about it, then the paragraphs.
    static func render(_ article: Article) -> String {
        var out = "# \(article.title)\n"
        if let subtitle = article.subtitle { out += "\n\(subtitle)\n" }
        var facts: [String] = []
        if let byline = article.byline {
            let lower = byline.lowercased()
            facts.append(lower.hasPrefix("by ") || lower.contains(" by ") ? byline : "By \(byline)")
        }
        if let published = article.published { facts.append(ISO8601.format(published)) }
        if let source = article.source { facts.append(source) }
        if let url = article.url { facts.append(url) }
        if !facts.isEmpty { out += "\n" + facts.joined(separator: " · ") + "\n" }
        for paragraph in article.paragraphs { out += "\n\(paragraph)\n" }
        return out
    }

    private func printError(_ message: String) {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }
}
