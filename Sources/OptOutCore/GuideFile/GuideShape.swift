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
    static let regionNote = GuideShape.object(
        ["regions": .list(.oneOf(Region.allCases.map(\.rawValue))), "text": .string, "sourceIds": stringList],
        required: ["regions", "text"])

    static let step = GuideShape.object(
        [
            "id": .string, "title": .string, "kind": .oneOf(["info", "choice", "action", "finish"]), "optional": .bool,
            "body": stringList, "instructions": perPlatform, "menuPath": perPlatform,
            "link": .object(["label": .string, "url": .string, "sourceIds": stringList], required: ["label", "url"]),
            "expected": .string,
            "regionNotes": .list(regionNote),
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
            "changelog": .list(.object(
                ["version": .string, "date": .string, "summary": .string, "regionNotes": .list(regionNote), "sourceIds": stringList],
                required: ["version", "summary"])),
            "translations": .map(.map(.string)),
        ], required: ["id", "title", "version", "lastVerified", "purpose", "steps", "caveats", "sources"])

    static let labelWording = GuideShape.object(
        ["judgement": .oneOf(LabelJudgement.allCases.map(\.rawValue)), "wording": stringList, "sourceIds": stringList],
        required: ["judgement", "wording", "sourceIds"])

    func check(_ value: JSONValue, at path: String, into problems: inout [GuideProblem]) {
        func add(_ message: String) { problems.append(GuideProblem(path: path, message: message)) }
        switch (self, value) {
        case (.string, .string), (.bool, .bool):
            return
        // Translators: what is wrong at a place in a guide file ("$.steps[2].title: should be text").
        case (.string, _):
            add(tr("should be text"))
        case (.bool, _):
            add(tr("should be true or false"))
        case let (.list(element), .list(items)):
            for (i, item) in items.enumerated() { element.check(item, at: "\(path)[\(i)]", into: &problems) }
        case (.list, _):
            add(tr("should be a list"))
        case let (.oneOf(allowed), .string(text)):
            if !allowed.contains(text) {
                // Translators: {value} is the value found; {allowed} lists the values there may be.
                add(tr("unknown value \"{value}\" (expected one of {allowed})",
                       ["value": TerminalSafeText.sanitize(text), "allowed": allowed.joined(separator: ", ")]))
            }
        case (.oneOf, _):
            add(tr("should be text"))
        case let (.object(fields, required), .object(object)):
            for key in object.keys.sorted() {
                guard let shape = fields[key] else {
                    problems.append(GuideProblem(path: "\(path).\(TerminalSafeText.sanitize(key))", message: tr("unknown field")))
                    continue
                }
                if object[key] == .null { continue }
                shape.check(object[key]!, at: "\(path).\(key)", into: &problems)
            }
            for key in required.sorted() where object[key] == nil || object[key] == .null {
                // Translators: a field the guide file must have is not there.
                problems.append(GuideProblem(path: "\(path).\(key)", message: tr("missing", context: "field")))
            }
        case let (.map(element), .object(object)):
            for key in object.keys.sorted() {
                element.check(object[key]!, at: "\(path).\(TerminalSafeText.sanitize(key))", into: &problems)
            }
        case (.object, _), (.map, _):
            add(tr("should be an object"))
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
