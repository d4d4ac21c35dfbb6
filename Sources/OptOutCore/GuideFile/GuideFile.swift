#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Guides as JSON files: export, load and validate. A guide file is the `Guide` type encoded as JSON.
public enum GuideFile {
    /// The guide as a JSON file: pretty-printed, sorted keys, with the catalogue's translations of its
    /// texts added to its own (`Guide.withCatalogueTranslations`).
    public static func export(_ guide: Guide) -> String {
        JSONText.encode(guide.withCatalogueTranslations())
    }

    /// Every problem in a guide file, with its JSON path; the guide when there are none.
    public static func validate(_ data: Data) -> (Guide?, [GuideProblem]) {
        // Read strictly: a trailing comma or a field given twice is refused with its place.
        if let problem = JSONSyntax.problem(in: data) {
            // Translators: {problem} says what is wrong at that place of the file.
            let message = tr("not valid JSON: line {line}, column {column}: {problem}",
                             ["line": String(problem.line), "column": String(problem.column), "problem": problem.message])
            return (nil, [GuideProblem(path: problem.path, message: message)])
        }
        let tree: JSONValue
        do {
            tree = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            return (nil, [GuideProblem(path: "$", message: tr("not valid JSON"))])
        }
        var problems: [GuideProblem] = []
        GuideShape.guide.check(tree, at: "$", into: &problems)
        guard problems.isEmpty else { return (nil, problems) }
        let guide: Guide
        do {
            guide = try JSONDecoder().decode(Guide.self, from: data)
        } catch {
            return (nil, [GuideProblem(path: "$", message: DecodingErrorText.explain(error, json: true))])
        }
        problems = GuideMeaningCheck.problems(in: guide) + GuideTranslationCheck.problems(in: guide)
        return (problems.isEmpty ? guide : nil, problems)
    }

    /// What a valid guide file may still want: translations of texts it no longer has, and per
    /// language the texts without a translation (`guide validate` prints them; they are no failure).
    public static func translationWarnings(in guide: Guide) -> [GuideProblem] {
        GuideTranslationCheck.warnings(in: guide)
    }
}

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
            // Translators: {reason} says why, such as "permission denied".
            tr("Could not read the guide file {path}: {reason}.", ["path": path, "reason": reason])
        case let .invalid(path, problems):
            // Translators: {first} is the first problem, as "$.steps[2].title: missing text"; the command stays as it is.
            trn("The guide file {path} has {count} problem, the first at {first}. Run `optout guide validate {path}` to list them all.",
                "The guide file {path} has {count} problems, the first at {first}. Run `optout guide validate {path}` to list them all.",
                count: problems.count, ["path": path, "first": problems.first?.description ?? "?"])
        }
    }
}
