import ArgumentParser
import Briefing
import Foundation
import Script

/// `briefing script`: prints the briefing script that `daily` would speak.
struct ScriptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "script", abstract: "Print the briefing script for some sources, without speaking it.")

    @Argument(help: "Article files, folders, feeds or URLs (default: the configuration's, else the bundled examples).")
    var sourceArguments: [String] = []

    @OptionGroup var briefing: BriefingOptions

    @Flag(help: "Show the pauses between segments.")
    var pauses = false

    func run() throws {
        var briefing = self.briefing
        briefing.sources += sourceArguments
        let daily = DailyBriefing(options: try briefing.dailyOptions(output: nil, baseURL: nil))
        let script = try daily.plannedScript { warning in
            FileHandle.standardError.write(Data("warning: \(warning)\n".utf8))
        }
        print(script.renderText(showPauses: pauses), terminator: "")
    }
}
