import ArgumentParser

/// `briefing-bench`: measures Briefing's stages against the tools it competes with.
@main
struct BenchCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing-bench",
        abstract: "Benchmarks for Briefing's stages.",
        subcommands: [
            SummarizeBench.self,
            SegmentBench.self,
            NormalizeBench.self,
            ExtractBench.self,
            SpeakBench.self,
            BatchBench.self,
        ]
    )
}
