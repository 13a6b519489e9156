import ArgumentParser
import Briefing
import Foundation

/// `briefing batch-worker` (hidden): one worker process of `briefing batch`. It keeps eSpeak NG
/// warm and renders the articles its parent sends on standard input, replying on standard output.
struct BatchWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch-worker", abstract: "A worker process of `briefing batch` (not for direct use).",
        shouldDisplay: false)

    func run() throws {
        // Standard output carries the protocol; anything else printed (by a library, say) goes to
        // standard error instead of corrupting it.
        let replies = dup(STDOUT_FILENO)
        guard replies >= 0 else { throw ExitCode(1) }
        dup2(STDERR_FILENO, STDOUT_FILENO)
        // Stopped by the batch: end the children rendering articles, remove their partial files.
        InterruptHandler.takeOver { signal in
            BatchWorker.stopChildren()
            Foundation.exit(128 + signal)
        }
        let status = BatchWorker.serve(input: STDIN_FILENO, output: replies)
        if status != 0 { throw ExitCode(status) }
    }
}
