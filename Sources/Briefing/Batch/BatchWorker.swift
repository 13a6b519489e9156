import Articles
import Audio
import Foundation
import Script
import Speech

/// The worker side of a batch: one process that keeps eSpeak NG, the voice profile and the
/// lexicon loaded, and renders the articles its parent hands it, one at a time.
///
/// `briefing batch-worker` runs this; users never call it. Errors in one article are reported to
/// the parent and the worker goes on with the next.
public enum BatchWorker {
    /// Serves requests from `input` and replies on `output` until the input ends.
    /// Returns the process exit status: 0 after a clean end, 1 when the worker could not start.
    public static func serve(input: Int32, output: Int32) -> Int32 {
        let channel = LineChannel(fd: input)
        func reply(_ message: WorkerReply) -> Bool { LineChannel.writeAll(output, LineChannel.encode(message)) }

        guard let line = channel.readLine(),
            let configuration = try? JSONDecoder().decode(WorkerConfiguration.self, from: Data(line))
        else {
            _ = reply(WorkerReply(event: .fatal, error: "the batch worker got no configuration"))
            return 1
        }
        let speaker: ArticleSpeaker
        let mode = configuration.readingMode
        do {
            speaker = try makeSpeaker(configuration)
            // Start eSpeak NG and check the voice once, before the first article.
            var discard = DiscardingSpeechSink()
            try SpeechEngine.shared.synthesize("Ready.", settings: speaker.profile.speechSettings, into: &discard)
        } catch {
            _ = reply(WorkerReply(event: .fatal, error: message(error)))
            return 1
        }
        guard reply(WorkerReply(event: .ready, peakMemoryKB: peakResidentMemoryKB())) else { return 0 }

        let loader = ArticleLoader(options: SourceOptions(maxBytes: configuration.maxBytes, offline: true))
        let decoder = JSONDecoder()
        while let line = channel.readLine() {
            guard let request = try? decoder.decode(WorkerRequest.self, from: Data(line)) else {
                _ = reply(WorkerReply(event: .fatal, error: "the batch worker got a request it cannot read"))
                return 1
            }
            let outcome: WorkerReply
            do {
                let article = try request.article ?? loadArticle(request.path ?? "", loader: loader)
                var lastReport = Date()
                let spoken = try speaker.speak(article, mode: mode, to: request.output) { seconds in
                    let now = Date()
                    guard now.timeIntervalSince(lastReport) >= 0.5 else { return }
                    lastReport = now
                    _ = reply(WorkerReply(event: .progress, id: request.id, seconds: seconds))
                }
                outcome = WorkerReply(event: .done, id: request.id, seconds: spoken.duration, peakMemoryKB: peakResidentMemoryKB())
            } catch {
                outcome = WorkerReply(event: .failed, id: request.id, error: message(error), peakMemoryKB: peakResidentMemoryKB())
            }
            guard reply(outcome) else { return 0 }
        }
        return 0
    }

    private static func makeSpeaker(_ configuration: WorkerConfiguration) throws -> ArticleSpeaker {
        let profile = try ProfileCatalog.shipped().profile(named: configuration.profile)
        return try ArticleSpeaker(profile: profile, audio: try configuration.audioOptions())
    }

    /// The one article of a file.
    private static func loadArticle(_ path: String, loader: ArticleLoader) throws -> Article {
        let articles = try loader.load(path)
        guard articles.count == 1, let article = articles.first else {
            throw BriefingError(articles.isEmpty ? "holds no article" : "holds \(articles.count) articles; it changed while the batch ran")
        }
        return article
    }

    /// A one-line reason, without the input's path (the parent names the input).
    static func message(_ error: any Error) -> String {
        if let error = error as? ArticlesError { return error.reason }
        return String(describing: error)
    }
}

/// Counts nothing and keeps nothing: for checking that a voice speaks.
private struct DiscardingSpeechSink: SpeechSink {
    mutating func receive(samples: UnsafeBufferPointer<Int16>, events: [SpeechEvent]) throws {}
}
