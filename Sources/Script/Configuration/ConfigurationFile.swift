import Foundation
import Yams

/// A problem in a configuration or profile file: which file, which line, which field, what is allowed.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file the problem is in.
    public var file: String
    /// The line, counted from 1, when known.
    public var line: Int?
    /// The field at fault, as a dotted path (`pauses.after_title`), when there is one.
    public var field: String?
    /// What is wrong and what is allowed.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let field { return "\(place): \(field): \(message)" }
        return "\(place): \(message)"
    }
}

/// A YAML mapping read from a file, with typed field access whose errors name the file, line and field.
public struct ConfigurationMapping {
    /// The file it was read from.
    public let file: String
    /// The dotted path of this mapping inside the file ("" at the top).
    public let path: String
    let node: Node.Mapping
    let line: Int?

    /// Reads a YAML file whose top level is a mapping.
    public static func load(contentsOf file: String) throws(ConfigurationError) -> ConfigurationMapping {
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw ConfigurationError(file: file, message: "cannot read the file (\(Self.reason(error)))")
        }
        return try parse(text, file: file)
    }

    /// Parses YAML text whose top level is a mapping; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(ConfigurationError) -> ConfigurationMapping {
        let root: Node?
        do {
            // The basic resolver tags nothing: fields are typed on access below, and the default
            // resolver's regular expressions cost more to build than reading a whole profile.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw Self.error(from: error, file: file)
        } catch {
            throw ConfigurationError(file: file, message: "not valid YAML (\(error))")
        }
        guard let root else { return ConfigurationMapping(file: file, path: "", node: [:], line: nil) }
        guard let mapping = root.mapping else {
            throw ConfigurationError(
                file: file, line: root.mark?.line, message: "expected a mapping of `field: value` lines")
        }
        return ConfigurationMapping(file: file, path: "", node: mapping, line: root.mark?.line)
    }

    /// The keys present, in file order.
    public var keys: [String] { node.keys.compactMap(\.string) }

    /// Fails when a key is not one of `allowed`, naming the first unknown one.
    public func rejectUnknownKeys(allowed: [String]) throws(ConfigurationError) {
        for (key, _) in node {
            guard let name = key.string, allowed.contains(name) else {
                throw ConfigurationError(
                    file: file, line: key.mark?.line, field: qualified(key.string ?? "?"),
                    message: "unknown field (allowed: \(allowed.joined(separator: ", ")))")
            }
        }
    }

    /// The line of a field, when present.
    public func line(of key: String) -> Int? {
        node.first { $0.key.string == key }?.key.mark?.line
    }

    /// A string field, or nil when absent.
    public func string(_ key: String) throws(ConfigurationError) -> String? {
        guard let value = node[key] else { return nil }
        guard let scalar = value.scalar else { throw mismatch(key, value, expected: "a text value") }
        if NSNull.construct(from: scalar) != nil { return nil }
        return scalar.string
    }

    /// An integer field within `allowed`, or nil when absent.
    public func int(_ key: String, allowed: ClosedRange<Int>) throws(ConfigurationError) -> Int? {
        guard let value = node[key] else { return nil }
        guard let number = value.int else { throw mismatch(key, value, expected: "a whole number from \(allowed.lowerBound) to \(allowed.upperBound)") }
        guard allowed.contains(number) else {
            throw ConfigurationError(
                file: file, line: value.mark?.line, field: qualified(key),
                message: "\(number) is out of range (allowed: \(allowed.lowerBound) to \(allowed.upperBound))")
        }
        return number
    }

    /// A number field within `allowed`, or nil when absent.
    public func double(_ key: String, allowed: ClosedRange<Double>) throws(ConfigurationError) -> Double? {
        guard let value = node[key] else { return nil }
        guard let number = value.float ?? value.int.map(Double.init) else {
            throw mismatch(key, value, expected: "a number from \(Self.format(allowed.lowerBound)) to \(Self.format(allowed.upperBound))")
        }
        guard allowed.contains(number) else {
            throw ConfigurationError(
                file: file, line: value.mark?.line, field: qualified(key),
                message: "\(Self.format(number)) is out of range (allowed: \(Self.format(allowed.lowerBound)) to \(Self.format(allowed.upperBound)))")
        }
        return number
    }

    /// A true/false field, or nil when absent.
    public func bool(_ key: String) throws(ConfigurationError) -> Bool? {
        guard let value = node[key] else { return nil }
        guard let scalar = value.scalar, scalar.style == .plain || scalar.style == .any,
            let flag = Self.flags[scalar.string.lowercased()]
        else { throw mismatch(key, value, expected: "true or false") }
        return flag
    }

    /// A field whose value must be one of `choices`, or nil when absent.
    public func choice(_ key: String, from choices: [String]) throws(ConfigurationError) -> String? {
        guard let text = try string(key) else { return nil }
        guard choices.contains(text) else {
            throw ConfigurationError(
                file: file, line: node[key]?.mark?.line, field: qualified(key),
                message: "'\(text)' is not allowed (allowed: \(choices.joined(separator: ", ")))")
        }
        return text
    }

    /// A nested mapping, or nil when absent.
    public func mapping(_ key: String) throws(ConfigurationError) -> ConfigurationMapping? {
        guard let value = node[key] else { return nil }
        guard let mapping = value.mapping else { throw mismatch(key, value, expected: "a mapping of `field: value` lines") }
        return ConfigurationMapping(file: file, path: qualified(key), node: mapping, line: value.mark?.line)
    }

    /// A list of strings; a single string counts as a list of one. Nil when absent.
    public func strings(_ key: String) throws(ConfigurationError) -> [String]? {
        guard let value = node[key] else { return nil }
        if let scalar = value.scalar { return [scalar.string] }
        guard let sequence = value.sequence else { throw mismatch(key, value, expected: "a list of text values") }
        var result: [String] = []
        for item in sequence {
            guard let text = item.scalar?.string else { throw mismatch(key, item, expected: "a list of text values") }
            result.append(text)
        }
        return result
    }

    /// A list whose items are each a string or a mapping; nil when absent.
    public func items(_ key: String) throws(ConfigurationError) -> [ConfigurationItem]? {
        guard let value = node[key] else { return nil }
        let list: [Node] = value.sequence.map(Array.init) ?? (value.scalar != nil ? [value] : [])
        if list.isEmpty && value.sequence == nil { throw mismatch(key, value, expected: "a list") }
        var result: [ConfigurationItem] = []
        for (index, item) in list.enumerated() {
            let path = "\(qualified(key))[\(index)]"
            if let scalar = item.scalar {
                result.append(.text(scalar.string, line: item.mark?.line))
            } else if let mapping = item.mapping {
                result.append(.mapping(ConfigurationMapping(file: file, path: path, node: mapping, line: item.mark?.line)))
            } else {
                throw ConfigurationError(file: file, line: item.mark?.line, field: path, message: "expected text or a mapping")
            }
        }
        return result
    }

    /// An error about `key` in this mapping, with its line.
    public func error(_ key: String, _ message: String) -> ConfigurationError {
        ConfigurationError(file: file, line: node[key]?.mark?.line ?? line, field: qualified(key), message: message)
    }

    private func qualified(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    private func mismatch(_ key: String, _ value: Node, expected: String) -> ConfigurationError {
        let shown = value.scalar.map { "'\($0.string)'" } ?? (value.mapping != nil ? "a mapping" : "a list")
        return ConfigurationError(file: file, line: value.mark?.line, field: qualified(key), message: "\(shown) is not allowed (expected \(expected))")
    }

    /// The plain YAML words for true and false.
    private static let flags: [String: Bool] = ["true": true, "yes": true, "on": true, "false": false, "no": false, "off": false]

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    private static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain && ns.code == NSFileReadNoSuchFileError { return "no such file" }
        return ns.localizedDescription
    }

    private static func error(from error: YamlError, file: String) -> ConfigurationError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return ConfigurationError(file: file, line: mark.line, message: "not valid YAML: \(problem)")
        case .composer(_, let problem, let mark, _):
            return ConfigurationError(file: file, line: mark.line, message: "not valid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, _):
            return ConfigurationError(
                file: file, field: duplicates.first, message: "the field is given twice")
        default:
            return ConfigurationError(file: file, message: "not valid YAML (\(error))")
        }
    }
}

/// An item of a configuration list: plain text, or a mapping of fields.
public enum ConfigurationItem {
    /// A plain text item, with its line.
    case text(String, line: Int?)
    /// A mapping item.
    case mapping(ConfigurationMapping)
}
