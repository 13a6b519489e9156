import ArgumentParser
import Briefing

/// The `briefing` command: news articles to spoken audio.
@main
struct BriefingCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Turn news articles into spoken audio briefings, offline.",
        subcommands: [
            ExtractCommand.self,
            NormalizeCommand.self,
        ]
    )
}
