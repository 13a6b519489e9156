// swift-tools-version: 6.0
// Briefing: news articles to spoken audio briefings, offline, on Linux.
import PackageDescription

let package = Package(
    name: "Briefing",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Articles", targets: ["Articles"]),
        .library(name: "Summarizer", targets: ["Summarizer"]),
        .library(name: "Script", targets: ["Script"]),
        .library(name: "Speech", targets: ["Speech"]),
        .library(name: "Audio", targets: ["Audio"]),
        .library(name: "Briefing", targets: ["Briefing"]),
        .executable(name: "briefing", targets: ["briefing"]),
        .executable(name: "briefing-bench", targets: ["briefing-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // C libraries from Debian, through pkg-config.
        .systemLibrary(
            name: "CEspeakNG", path: "Sources/CEspeakNG", pkgConfig: "espeak-ng",
            providers: [.apt(["libespeak-ng-dev"])]),
        .systemLibrary(
            name: "CSndFile", path: "Sources/CSndFile", pkgConfig: "sndfile",
            providers: [.apt(["libsndfile1-dev"])]),
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CSampleRate", path: "Sources/CSampleRate", pkgConfig: "samplerate",
            providers: [.apt(["libsamplerate0-dev"])]),
        .systemLibrary(
            name: "CEbur128", path: "Sources/CEbur128", pkgConfig: "libebur128",
            providers: [.apt(["libebur128-dev"])]),
        // libcurl, loaded with dlopen on the first URL fetch: not linked, no headers needed.
        .target(name: "CCurl"),

        // Pipeline stages, in the order data flows through them.
        .target(name: "Articles", dependencies: ["CLibXML2", "CCurl"]),
        .target(name: "Summarizer", dependencies: ["Articles"]),
        .target(
            name: "Script",
            dependencies: ["Articles", "Summarizer", .product(name: "Yams", package: "Yams")]),
        .target(name: "Speech", dependencies: ["CEspeakNG"]),
        .target(name: "Audio", dependencies: ["CSndFile", "CSampleRate", "CEbur128"]),
        .target(
            name: "Briefing",
            dependencies: [
                "Articles", "Summarizer", "Script", "Speech", "Audio",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ]),

        // Executables: the CLI and the benchmarks.
        .executableTarget(
            name: "briefing",
            dependencies: [
                "Briefing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .executableTarget(
            name: "briefing-bench",
            dependencies: [
                "Briefing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Tests mirror the targets; EndToEndTests run the built `briefing` binary. TestSupport holds
        // the helpers several of them share (temporary folders, a seeded random generator).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ArticlesTests", dependencies: ["Articles", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SummarizerTests", dependencies: ["Summarizer"]),
        .testTarget(name: "ScriptTests", dependencies: ["Script"]),
        .testTarget(name: "SpeechTests", dependencies: ["Speech"]),
        .testTarget(name: "AudioTests", dependencies: ["Audio", "TestSupport"]),
        .testTarget(name: "BriefingTests", dependencies: ["Briefing", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["Briefing", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
