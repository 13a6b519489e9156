import Foundation
import Script
import Speech

/// The voice profiles Briefing can use: the files in a `voices/` folder, or a profile file by path.
public struct ProfileCatalog: Sendable {
    /// The folder the profiles are read from.
    public var folder: String

    /// Creates a catalog over `folder`.
    public init(folder: String) { self.folder = folder }

    /// The catalog of the shipped `voices/` folder (see ``ResourceLocator``).
    public static func shipped() -> ProfileCatalog {
        ProfileCatalog(folder: ResourceLocator.voicesFolder())
    }

    /// The profile names available, sorted.
    public func names() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }
            .map { ($0 as NSString).deletingPathExtension }
            .sorted()
    }

    /// Every profile that loads, with the error of each that does not.
    public func all() -> [Result<VoiceProfile, ConfigurationError>] {
        names().map { name in Result { () throws(ConfigurationError) in try profile(named: name) } }
    }

    /// The profile for a name (`anchor`) or a path to a profile file (`./my-voice.yml`).
    public func profile(named nameOrPath: String) throws(ConfigurationError) -> VoiceProfile {
        let looksLikePath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".yml") || nameOrPath.hasSuffix(".yaml")
        if looksLikePath {
            guard FileManager.default.fileExists(atPath: nameOrPath) else {
                throw ConfigurationError(file: nameOrPath, message: "no such profile file")
            }
            return try VoiceProfile.load(contentsOf: nameOrPath)
        }
        for ext in ["yml", "yaml"] {
            let path = (folder as NSString).appendingPathComponent("\(nameOrPath).\(ext)")
            if FileManager.default.fileExists(atPath: path) { return try VoiceProfile.load(contentsOf: path) }
        }
        let known = names()
        throw ConfigurationError(
            file: nameOrPath,
            message: "unknown voice profile (profiles: \(known.isEmpty ? "none found in \(folder)" : known.joined(separator: ", ")); `briefing voices` lists them; or give the path of a .yml profile file)")
    }
}

extension VoiceProfile {
    /// The eSpeak NG settings this profile asks for.
    public var speechSettings: VoiceSettings {
        VoiceSettings(voice: voice, variant: variant, rate: rate, pitch: pitch, range: range, volume: volume, wordGap: wordGap)
    }
}
