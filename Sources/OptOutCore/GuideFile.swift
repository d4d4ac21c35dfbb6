#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One thing wrong with a guide file, at a JSON path such as `$.steps[3].link.url`.
public struct GuideProblem: Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
    public var description: String { "\(path): \(message)" }
}

/// Why a guide file could not be used.
public enum GuideFileError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case invalid(path: String, problems: [GuideProblem])

    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            "Could not read the guide file \(path): \(reason)."
        case let .invalid(path, problems):
            "The guide file \(path) has \(problems.count) problem\(problems.count == 1 ? "" : "s"), the first at "
                + "\(problems.first?.description ?? "?"). Run `optout guide validate \(path)` to list them all."
        }
    }
}

/// Guides as JSON files: export, load and validate. A guide file is the `Guide` type encoded as JSON.
public enum GuideFile {
    /// The guide as a JSON file: pretty-printed, sorted keys.
    public static func export(_ guide: Guide) -> String {
        JSONText.encode(guide)
    }

    /// Reads and validates a guide file.
    public static func load(path: String) throws(GuideFileError) -> Guide {
        guard let data = FileManager.default.contents(atPath: path) else {
            var info = stat()
            let reason =
                stat(path, &info) != 0 ? "no such file"
                : (info.st_mode & S_IFMT) == S_IFDIR ? "it is a folder" : "permission denied"
            throw .unreadable(path: path, reason: reason)
        }
        let (guide, problems) = validate(data)
        guard let guide, problems.isEmpty else { throw .invalid(path: path, problems: problems) }
        return guide
    }

    /// Every problem in a guide file, with its JSON path; the guide when there are none.
    public static func validate(_ data: Data) -> (Guide?, [GuideProblem]) {
        let tree: JSONValue
        do {
            tree = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            return (nil, [GuideProblem(path: "$", message: "not valid JSON")])
        }
        var problems: [GuideProblem] = []
        GuideShape.guide.check(tree, at: "$", into: &problems)
        guard problems.isEmpty else { return (nil, problems) }
        let guide: Guide
        do {
            guide = try JSONDecoder().decode(Guide.self, from: data)
        } catch {
            return (nil, [GuideProblem(path: "$", message: ProgressStore.explain(error, json: true))])
        }
        problems = meaningProblems(guide)
        return (problems.isEmpty ? guide : nil, problems)
    }

    /// Checks what the shape cannot: unique ids, text present, https links, choices that fit the engine.
    static func meaningProblems(_ guide: Guide) -> [GuideProblem] {
        var problems: [GuideProblem] = []
        func add(_ path: String, _ message: String) { problems.append(GuideProblem(path: path, message: message)) }
        func text(_ value: String, _ path: String) {
            if value.trimmed.isEmpty { add(path, "missing text") }
        }
        func link(_ url: String, _ path: String) {
            guard let parsed = URL(string: url), parsed.scheme == "https", let host = parsed.host, !host.isEmpty else {
                add(path, "not an https link: \"\(TerminalSafeText.sanitize(url))\"")
                return
            }
        }
        func identifier(_ id: String, _ path: String) {
            let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            if id.isEmpty || !allowed { add(path, "ids use lower-case letters, digits and -: \"\(TerminalSafeText.sanitize(id))\"") }
        }

        identifier(guide.id, "$.id")
        text(guide.title, "$.title")
        text(guide.version, "$.version")
        text(guide.purpose, "$.purpose")
        if CalendarDay.parse(guide.lastVerified) != guide.lastVerified {
            add("$.lastVerified", "not a date as YYYY-MM-DD: \"\(TerminalSafeText.sanitize(guide.lastVerified))\"")
        }
        if guide.steps.isEmpty { add("$.steps", "a guide needs at least one step") }
        for (i, caveat) in guide.caveats.enumerated() { text(caveat, "$.caveats[\(i)]") }

        var sourceIds = Set<String>()
        for (i, source) in guide.sources.enumerated() {
            let path = "$.sources[\(i)]"
            identifier(source.id, path + ".id")
            if !sourceIds.insert(source.id).inserted { add(path + ".id", "duplicate source id \"\(source.id)\"") }
            text(source.title, path + ".title")
            if let url = source.url { link(url, path + ".url") }
        }

        var stepIds = Set<String>()
        for (i, step) in guide.steps.enumerated() {
            let path = "$.steps[\(i)]"
            identifier(step.id, path + ".id")
            if !stepIds.insert(step.id).inserted { add(path + ".id", "duplicate step id \"\(step.id)\"") }
            text(step.title, path + ".title")
            for (j, paragraph) in step.body.enumerated() { text(paragraph, "\(path).body[\(j)]") }
            for (key, value) in [("instructions", step.instructions), ("menuPath", step.menuPath)] {
                guard let value else { continue }
                for (platform, lines) in [("any", value.any), ("web", value.web), ("app", value.app)] {
                    for (j, line) in (lines ?? []).enumerated() { text(line, "\(path).\(key).\(platform)[\(j)]") }
                }
            }
            if let l = step.link {
                text(l.label, path + ".link.label")
                link(l.url, path + ".link.url")
            }
            if let expected = step.expected { text(expected, path + ".expected") }
            for (j, note) in step.regionNotes.enumerated() {
                text(note.text, "\(path).regionNotes[\(j)].text")
                if note.regions.isEmpty { add("\(path).regionNotes[\(j)].regions", "name at least one region") }
            }
            for id in step.sourceIds where !guide.sources.contains(where: { $0.id == id }) {
                add(path + ".sourceIds", "no source with id \"\(TerminalSafeText.sanitize(id))\"")
            }
            switch step.kind {
            case .choice:
                guard let choice = step.choice else {
                    add(path + ".choice", "a choice step needs a choice")
                    break
                }
                text(choice.prompt, path + ".choice.prompt")
                if choice.options.count < 2 { add(path + ".choice.options", "a choice needs at least two options") }
                var optionIds = Set<String>()
                for (j, option) in choice.options.enumerated() {
                    identifier(option.id, "\(path).choice.options[\(j)].id")
                    if !optionIds.insert(option.id).inserted {
                        add("\(path).choice.options[\(j)].id", "duplicate option id \"\(option.id)\"")
                    }
                    text(option.label, "\(path).choice.options[\(j)].label")
                }
                let known: [String: [String]] = [
                    "platform": Platform.allCases.map(\.rawValue), "region": Region.allCases.map(\.rawValue),
                ]
                if let allowed = known[choice.answerKey] {
                    for (j, option) in choice.options.enumerated() where !allowed.contains(option.id) {
                        add("\(path).choice.options[\(j)].id", "a \(choice.answerKey) answer must be one of \(allowed.joined(separator: ", "))")
                    }
                }
            case .action:
                for platform in Platform.allCases where (step.instructions?.value(for: platform) ?? []).isEmpty {
                    add(path + ".instructions", "an action step needs instructions for \(platform.rawValue) (or for any)")
                }
                if step.choice != nil { add(path + ".choice", "only choice steps have a choice") }
            case .info, .finish:
                if step.choice != nil { add(path + ".choice", "only choice steps have a choice") }
            }
            if step.kind == .finish, i != guide.steps.count - 1 { add(path + ".kind", "the finish step must be the last") }
            if let recheck = step.recheck {
                text(recheck.question, path + ".recheck.question")
                text(recheck.ifNo, path + ".recheck.ifNo")
            }
            if let confirmation = step.confirmation { text(confirmation.reference, path + ".confirmation.reference") }
            if (step.confirmation != nil || step.objectionDraft), step.kind != .action {
                add(path + ".kind", "a step that tracks a confirmation or offers a draft must be an action step")
            }
        }
        return problems
    }
}

/// The shape of a guide file: which keys each object has, which are required, and their types.
indirect enum GuideShape: Sendable {
    case string
    case bool
    case list(GuideShape)
    case oneOf([String])
    case object([String: GuideShape], required: Set<String>)

    static let stringList = GuideShape.list(.string)
    static let perPlatform = GuideShape.object(["any": stringList, "web": stringList, "app": stringList], required: [])

    static let step = GuideShape.object(
        [
            "id": .string, "title": .string, "kind": .oneOf(["info", "choice", "action", "finish"]), "optional": .bool,
            "body": stringList, "instructions": perPlatform, "menuPath": perPlatform,
            "link": .object(["label": .string, "url": .string], required: ["label", "url"]),
            "expected": .string,
            "regionNotes": .list(.object(["regions": .list(.oneOf(Region.allCases.map(\.rawValue))), "text": .string], required: ["regions", "text"])),
            "choice": .object(
                [
                    "answerKey": .string, "prompt": .string,
                    "options": .list(.object(["id": .string, "label": .string, "detail": .string], required: ["id", "label"])),
                ], required: ["answerKey", "prompt", "options"]),
            "unverified": stringList, "sourceIds": stringList, "objectionDraft": .bool,
            "confirmation": .object(["reference": .string], required: ["reference"]),
            "recheck": .object(
                [
                    "question": .string, "ifNo": .string, "onNo": .oneOf(["reopen", "keep"]),
                    "onlyWhen": .oneOf(StepStatus.allCases.map(\.rawValue)),
                ], required: ["question", "ifNo", "onNo"]),
            "receipt": .string,
        ], required: ["id", "title", "kind"])

    static let guide = GuideShape.object(
        [
            "id": .string, "title": .string, "version": .string, "lastVerified": .string, "purpose": .string,
            "steps": .list(step), "caveats": stringList,
            "sources": .list(.object(["id": .string, "title": .string, "url": .string], required: ["id", "title"])),
        ], required: ["id", "title", "version", "lastVerified", "purpose", "steps", "caveats", "sources"])

    func check(_ value: JSONValue, at path: String, into problems: inout [GuideProblem]) {
        func add(_ message: String) { problems.append(GuideProblem(path: path, message: message)) }
        switch (self, value) {
        case (.string, .string), (.bool, .bool):
            return
        case (.string, _):
            add("should be text")
        case (.bool, _):
            add("should be true or false")
        case let (.list(element), .list(items)):
            for (i, item) in items.enumerated() { element.check(item, at: "\(path)[\(i)]", into: &problems) }
        case (.list, _):
            add("should be a list")
        case let (.oneOf(allowed), .string(text)):
            if !allowed.contains(text) {
                add("unknown value \"\(TerminalSafeText.sanitize(text))\" (expected one of \(allowed.joined(separator: ", ")))")
            }
        case (.oneOf, _):
            add("should be text")
        case let (.object(fields, required), .object(object)):
            for key in object.keys.sorted() {
                guard let shape = fields[key] else {
                    problems.append(GuideProblem(path: "\(path).\(TerminalSafeText.sanitize(key))", message: "unknown field"))
                    continue
                }
                if object[key] == .null { continue }
                shape.check(object[key]!, at: "\(path).\(key)", into: &problems)
            }
            for key in required.sorted() where object[key] == nil || object[key] == .null {
                problems.append(GuideProblem(path: "\(path).\(key)", message: "missing"))
            }
        case (.object, _):
            add("should be an object")
        }
    }
}

/// Any JSON value, decoded without the full Foundation; booleans stay apart from numbers.
enum JSONValue: Decodable, Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case list([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let value = try? c.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? c.decode(Double.self) {
            self = .number(value)
        } else if let value = try? c.decode(String.self) {
            self = .string(value)
        } else if let value = try? c.decode([JSONValue].self) {
            self = .list(value)
        } else {
            self = .object(try c.decode([String: JSONValue].self))
        }
    }
}
