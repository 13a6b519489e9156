import Foundation

/// Finds the files Briefing ships beside its code: the `voices/` and `examples/` folders.
public enum ResourceLocator {
    /// The voices folder: `$BRIEFING_VOICES`, else `voices/` in the current folder, else the one beside
    /// the installed or built binary.
    public static func voicesFolder() -> String {
        folder(named: "voices", environment: "BRIEFING_VOICES")
    }

    /// The bundled examples folder, found the same way (`$BRIEFING_EXAMPLES`).
    public static func examplesFolder() -> String {
        folder(named: "examples", environment: "BRIEFING_EXAMPLES")
    }

    static func folder(named name: String, environment: String) -> String {
        let env = ProcessInfo.processInfo.environment
        if let path = env[environment], !path.isEmpty { return path }
        var candidates = [name]
        if let executable = executablePath() {
            var dir = (executable as NSString).deletingLastPathComponent
            // .build/<triple>/<config>/briefing -> the package root; <prefix>/bin/briefing -> <prefix>/share/briefing.
            for _ in 0..<4 {
                candidates.append((dir as NSString).appendingPathComponent(name))
                candidates.append((dir as NSString).appendingPathComponent("share/briefing/\(name)"))
                dir = (dir as NSString).deletingLastPathComponent
            }
        }
        var isDirectory: ObjCBool = false
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return candidate }
        }
        return name
    }

    static func executablePath() -> String? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return CommandLine.arguments.first.map { ($0 as NSString).standardizingPath }
    }
}
