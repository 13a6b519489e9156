import ArgumentParser
import Audio
import Briefing
import Foundation

/// The `briefing` command: news articles to spoken audio.
@main
struct BriefingCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Turn news articles into spoken audio briefings, offline.",
        discussion: """
            Jobs: `briefing daily` makes today's briefing from your sources; `briefing speak FILE` reads one \
            article aloud; `briefing batch DIR -o OUT` renders a whole folder. `briefing voices` lists voices.
            """,
        subcommands: [
            DailyCommand.self,
            SpeakCommand.self,
            ScriptCommand.self,
            ExtractCommand.self,
            SummarizeCommand.self,
            NormalizeCommand.self,
            VoicesCommand.self,
            BatchCommand.self,
            BatchWorkerCommand.self,
        ]
    )

    /// Runs the command; every error ends as one `error:` line on stderr and a non-zero exit.
    static func main() async {
        InterruptHandler.install()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            ErrorReporter.exit(with: error, command: self)
        }
    }
}

/// Prints errors the way users expect from a command-line tool: one line, `error: ...`, no backtrace.
enum ErrorReporter {
    static func exit(with error: any Error, command: BriefingCLI.Type) -> Never {
        if let code = error as? ExitCode { Foundation.exit(code.rawValue) }
        let code = command.exitCode(for: error)
        if code == .success || error is CleanExit {
            command.exit(withError: error)  // --help, --version
        }
        let isUsageError = code == .validationFailure
        let message: String
        if isUsageError {
            message = command.message(for: error)
        } else {
            // Every error of the library describes itself in words a user can act on.
            message = String(describing: error)
        }
        let firstLine = message.split(separator: "\n").first.map(String.init) ?? "unknown error"
        let text = firstLine.hasPrefix("Error: ") ? String(firstLine.dropFirst(7)) : firstLine
        FileHandle.standardError.write(Data("error: \(text)\n".utf8))
        if isUsageError {
            FileHandle.standardError.write(Data("(run `briefing help` or add --help for usage)\n".utf8))
        }
        Foundation.exit(isUsageError ? code.rawValue : 1)
    }
}

/// Ctrl-C: remove the partial outputs being written, then stop.
enum InterruptHandler {
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []
    // nonisolated(unsafe): only read and written while `lock` is held.
    nonisolated(unsafe) private static var takeover: (@Sendable (Int32) -> Void)?
    private static let lock = NSLock()

    /// Lets a command stop in its own way on the first SIGINT or SIGTERM (batch: stop the workers,
    /// report what finished); a second signal stops at once.
    static func takeOver(_ handler: @escaping @Sendable (Int32) -> Void) {
        lock.withLock { takeover = handler }
    }

    static func install() {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                let handler = lock.withLock {
                    defer { takeover = nil }
                    return takeover
                }
                if let handler {
                    handler(sig)
                    return
                }
                PendingOutputs.removeAll()
                FileHandle.standardError.write(Data("\ninterrupted: partial output removed\n".utf8))
                Foundation.exit(128 + sig)
            }
            source.resume()
            sources.append(source)
        }
    }
}
