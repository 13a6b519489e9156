import Foundation

/// Runs the espeak-ng command-line tool to get the phonemes eSpeak NG would say for texts.
enum EspeakPhonemes {
    /// The espeak-ng executable on PATH, if installed.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = String(dir) + "/espeak-ng"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    static var isInstalled: Bool { executable != nil }

    /// A word read between texts so that one espeak-ng run can read many texts.
    static let marker = "xylophone"

    /// Phonemes for each text, compared loosely: stress marks, pauses and word breaks removed.
    /// All texts are read by one espeak-ng process, each as its own paragraph.
    static func phonemes(_ texts: [String]) throws -> [String] {
        guard let executable else { throw CocoaError(.executableNotLoadable) }
        var input = ""
        for t in texts { input += t + "\n\n" + marker + "\n\n" }
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("briefing-phonemes-\(UUID().uuidString).txt")
        try input.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-q", "-x", "-f", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        let markerPhonemes = "z'aIl@f,oUn"
        var results: [String] = []
        var current = ""
        for line in output.split(separator: "\n") {
            if line.trimmingCharacters(in: .whitespaces) == markerPhonemes {
                results.append(simplify(current))
                current = ""
            } else {
                current += line + " "
            }
        }
        return results
    }

    /// Removes what does not change the sounds: stress, pauses, spaces.
    static func simplify(_ s: String) -> String {
        var out = ""
        var skipPause = false
        for c in s {
            if c == "_" {
                skipPause = true
                continue
            }
            if skipPause && (c == ":" || c == "!") {
                skipPause = false
                continue
            }
            skipPause = false
            if c == " " || c == "'" || c == "," || c == ";" || c == "%" || c == "=" || c == "\n" { continue }
            out.append(c)
        }
        return out
    }
}
