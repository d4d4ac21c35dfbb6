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
        let data = try contents(ofFile: path)
        let (guide, problems) = validate(data)
        guard let guide, problems.isEmpty else { throw .invalid(path: path, problems: problems) }
        return guide
    }

    /// The bytes of a guide file, or why they cannot be read: no such file, a folder, not a regular
    /// file (a device or a FIFO, which are never read, so nothing hangs), too large, or the system's
    /// reason. Read as every file optout depends on is read (`RegularFileReader`).
    public static func contents(ofFile path: String) throws(GuideFileError) -> Data {
        let data: Data?
        do throws(FileError) {
            data = try RegularFileReader.read(path)
        } catch {
            switch error.cause {
            case .system(ENOENT): throw .unreadable(path: path, reason: "no such file")
            case .notRegular(.folder): throw .unreadable(path: path, reason: "it is a folder")
            case .notRegular: throw .unreadable(path: path, reason: "it is not a regular file (a device, a FIFO or a socket)")
            default: throw .unreadable(path: path, reason: error.reason)
            }
        }
        guard let data else { throw .unreadable(path: path, reason: "no such file") }
        return data
    }

    /// Every problem in a guide file, with its JSON path; the guide when there are none.
    public static func validate(_ data: Data) -> (Guide?, [GuideProblem]) {
        let tree: JSONValue
        do {
            tree = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            let place = JSONSyntax.firstError(in: data).map { ": \($0)" } ?? ""
            return (nil, [GuideProblem(path: "$", message: "not valid JSON\(place)")])
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
            if let publisher = source.publisher { text(publisher, path + ".publisher") }
            if let day = source.dateRead, CalendarDay.parse(day) != day {
                add(path + ".dateRead", "not a date as YYYY-MM-DD: \"\(TerminalSafeText.sanitize(day))\"")
            }
        }
        func cited(_ ids: [String], _ path: String) {
            for id in ids where !sourceIds.contains(id) {
                add(path, "no source with id \"\(TerminalSafeText.sanitize(id))\"")
            }
        }
        problems += labelProblems(guide, cited: cited)
        // Label references: to labels the guide has, and only in texts that are resolved.
        func references(_ value: String, _ path: String, allowed: Bool = true) {
            for reference in LabelResolver.references(in: value) {
                if !allowed {
                    add(path, "label references like {\(TerminalSafeText.sanitize(reference.key))} are not allowed here")
                } else if reference.key != LabelResolver.lastVerifiedKey, guide.labels[reference.key] == nil {
                    add(path, "no label with key \"\(TerminalSafeText.sanitize(reference.key))\" in $.labels")
                }
            }
        }
        references(guide.title, "$.title", allowed: false)
        references(guide.purpose, "$.purpose")
        for (i, caveat) in guide.caveats.enumerated() { references(caveat, "$.caveats[\(i)]") }
        if let reportTo = guide.reportTo {
            text(reportTo, "$.reportTo")
            references(reportTo, "$.reportTo")
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
            cited(step.sourceIds, path + ".sourceIds")
            if let l = step.link { cited(l.sourceIds, path + ".link.sourceIds") }
            for (j, note) in step.regionNotes.enumerated() { cited(note.sourceIds, "\(path).regionNotes[\(j)].sourceIds") }
            references(step.title, path + ".title", allowed: false)
            for (j, paragraph) in step.body.enumerated() { references(paragraph, "\(path).body[\(j)]") }
            for (key, value) in [("instructions", step.instructions), ("menuPath", step.menuPath)] {
                guard let value else { continue }
                for (platform, lines) in [("any", value.any), ("web", value.web), ("app", value.app)] {
                    for (j, line) in (lines ?? []).enumerated() { references(line, "\(path).\(key).\(platform)[\(j)]") }
                }
            }
            if let l = step.link { references(l.label, path + ".link.label") }
            if let expected = step.expected { references(expected, path + ".expected") }
            for (j, note) in step.regionNotes.enumerated() { references(note.text, "\(path).regionNotes[\(j)].text") }
            for (j, line) in step.unverified.enumerated() { references(line, "\(path).unverified[\(j)]") }
            if let recheck = step.recheck {
                references(recheck.question, path + ".recheck.question")
                references(recheck.ifNo, path + ".recheck.ifNo")
            }
            if let receipt = step.receipt { references(receipt, path + ".receipt") }
            if let choice = step.choice {
                references(choice.prompt, path + ".choice.prompt", allowed: false)
                for (j, option) in choice.options.enumerated() {
                    references(option.label, "\(path).choice.options[\(j)].label", allowed: false)
                    if let detail = option.detail { references(detail, "\(path).choice.options[\(j)].detail") }
                }
            }
            if let confirmation = step.confirmation {
                references(confirmation.reference, path + ".confirmation.reference", allowed: false)
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
                    LinkedInLanguage.answerKey: LinkedInLanguage.allCases.map(\.rawValue),
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

    /// Checks the labels: keys that are ids, known language codes, English always there, wordings
    /// that fit their judgement, and sources that exist.
    static func labelProblems(_ guide: Guide, cited: (_ ids: [String], _ path: String) -> Void) -> [GuideProblem] {
        var problems: [GuideProblem] = []
        func add(_ path: String, _ message: String) { problems.append(GuideProblem(path: path, message: message)) }
        let codes = LinkedInLanguage.allCases.map(\.rawValue)
        for key in guide.labels.keys.sorted() {
            let path = "$.labels.\(TerminalSafeText.sanitize(key))"
            let allowed = key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            if key.isEmpty || !allowed { add(path, "label keys use lower-case letters, digits and -") }
            let languages = guide.labels[key] ?? [:]
            if languages["en"] == nil { add(path + ".en", "missing: every label needs its English wording") }
            for code in languages.keys.sorted() {
                let at = "\(path).\(TerminalSafeText.sanitize(code))"
                guard codes.contains(code) else {
                    add(at, "unknown language code (expected one of \(codes.joined(separator: ", ")))")
                    continue
                }
                guard let wording = languages[code] else { continue }
                for (i, words) in wording.wording.enumerated() where words.trimmed.isEmpty { add("\(at).wording[\(i)]", "missing text") }
                switch wording.judgement {
                case .notFound:
                    if code == "en" { add(at + ".judgement", "the English wording must be known") }
                    if !wording.wording.isEmpty { add(at + ".wording", "a wording judged not-found has no words") }
                case .official, .agreed:
                    if wording.wording.count != 1 {
                        add(at + ".wording", "an \(wording.judgement.rawValue) wording has exactly one text (variants are judged single)")
                    }
                    if wording.sourceIds.isEmpty { add(at + ".sourceIds", "name the sources that show it") }
                case .single:
                    if wording.wording.isEmpty { add(at + ".wording", "give the wording, or judge it not-found") }
                    if wording.sourceIds.isEmpty { add(at + ".sourceIds", "name the sources that show it") }
                }
                cited(wording.sourceIds, at + ".sourceIds")
            }
        }
        return problems
    }
}

/// Finds where JSON text stops being valid, so a guide file's author can go to the line.
enum JSONSyntax {
    /// "line 3, column 12: expected a value", or nil when the text is valid JSON.
    static func firstError(in data: Data) -> String? {
        var scanner = Scanner(bytes: [UInt8](data))
        do throws(Scanner.Failure) {
            scanner.skipSpace()
            try scanner.value(depth: 0)
            scanner.skipSpace()
            if scanner.index < scanner.bytes.count { throw Scanner.Failure(message: "unexpected text after the end") }
            return nil
        } catch {
            return "line \(scanner.line), column \(scanner.column): \(error.message)"
        }
    }

    struct Scanner {
        struct Failure: Error { var message: String }
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var lineStart = 0
        /// Columns count characters, not bytes.
        var column: Int { String(decoding: bytes[lineStart..<min(index, bytes.count)], as: UTF8.self).count + 1 }

        init(bytes: [UInt8]) { self.bytes = bytes }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func advance() {
            if current == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }

        mutating func skipSpace() {
            while let c = current, c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { advance() }
        }

        mutating func expect(_ c: UInt8, _ what: String) throws(Failure) {
            guard current == c else { throw Failure(message: "expected \(what)") }
            advance()
        }

        mutating func value(depth: Int) throws(Failure) {
            guard depth < 512 else { throw Failure(message: "nested too deeply") }
            guard let c = current else { throw Failure(message: "expected a value, found the end of the file") }
            switch c {
            case UInt8(ascii: "{"):
                advance()
                skipSpace()
                if current == UInt8(ascii: "}") { return advance() }
                while true {
                    skipSpace()
                    guard current == UInt8(ascii: "\"") else { throw Failure(message: "expected a field name in double quotes") }
                    try string()
                    skipSpace()
                    try expect(UInt8(ascii: ":"), "a colon after the field name")
                    skipSpace()
                    try value(depth: depth + 1)
                    skipSpace()
                    if current == UInt8(ascii: ",") { advance(); continue }
                    try expect(UInt8(ascii: "}"), "a comma or a closing brace")
                    return
                }
            case UInt8(ascii: "["):
                advance()
                skipSpace()
                if current == UInt8(ascii: "]") { return advance() }
                while true {
                    skipSpace()
                    try value(depth: depth + 1)
                    skipSpace()
                    if current == UInt8(ascii: ",") { advance(); continue }
                    try expect(UInt8(ascii: "]"), "a comma or a closing bracket")
                    return
                }
            case UInt8(ascii: "\""):
                try string()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                var digits = 0
                while let d = current, d == UInt8(ascii: "-") || d == UInt8(ascii: "+") || d == UInt8(ascii: ".")
                    || d == UInt8(ascii: "e") || d == UInt8(ascii: "E") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(d)
                {
                    if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(d) { digits += 1 }
                    advance()
                }
                if digits == 0 { throw Failure(message: "expected a number") }
            default:
                for word in ["true", "false", "null"] where bytes[index...].starts(with: word.utf8) {
                    for _ in word.utf8 { advance() }
                    return
                }
                throw Failure(message: "expected a value (text in double quotes, a number, true, false, null, a list or an object)")
            }
        }

        mutating func string() throws(Failure) {
            advance()
            while let c = current {
                switch c {
                case UInt8(ascii: "\""):
                    return advance()
                case UInt8(ascii: "\\"):
                    advance()
                    guard current != nil else { break }
                    advance()
                case 0x00..<0x20:
                    throw Failure(message: "a line break or control character inside text in double quotes (write \\n)")
                default:
                    advance()
                }
            }
            throw Failure(message: "text in double quotes is not closed")
        }
    }
}

/// The shape of a guide file: which keys each object has, which are required, and their types.
indirect enum GuideShape: Sendable {
    case string
    case bool
    case list(GuideShape)
    case oneOf([String])
    case object([String: GuideShape], required: Set<String>)
    /// An object whose keys are data (label keys, language codes), each value of one shape.
    case map(GuideShape)

    static let stringList = GuideShape.list(.string)
    static let perPlatform = GuideShape.object(["any": stringList, "web": stringList, "app": stringList], required: [])

    static let step = GuideShape.object(
        [
            "id": .string, "title": .string, "kind": .oneOf(["info", "choice", "action", "finish"]), "optional": .bool,
            "body": stringList, "instructions": perPlatform, "menuPath": perPlatform,
            "link": .object(["label": .string, "url": .string, "sourceIds": stringList], required: ["label", "url"]),
            "expected": .string,
            "regionNotes": .list(.object(
                ["regions": .list(.oneOf(Region.allCases.map(\.rawValue))), "text": .string, "sourceIds": stringList],
                required: ["regions", "text"])),
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
            "sources": .list(.object(
                ["id": .string, "title": .string, "url": .string, "publisher": .string, "dateRead": .string],
                required: ["id", "title"])),
            "labels": .map(.map(labelWording)),
            "reportTo": .string,
        ], required: ["id", "title", "version", "lastVerified", "purpose", "steps", "caveats", "sources"])

    static let labelWording = GuideShape.object(
        ["judgement": .oneOf(LabelJudgement.allCases.map(\.rawValue)), "wording": stringList, "sourceIds": stringList],
        required: ["judgement", "wording", "sourceIds"])

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
        case let (.map(element), .object(object)):
            for key in object.keys.sorted() {
                element.check(object[key]!, at: "\(path).\(TerminalSafeText.sanitize(key))", into: &problems)
            }
        case (.object, _), (.map, _):
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
