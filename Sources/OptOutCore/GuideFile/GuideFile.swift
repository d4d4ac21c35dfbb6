#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Guides as JSON files: export, load and validate. A guide file is the `Guide` type encoded as JSON.
public enum GuideFile {
    /// The guide as a JSON file: pretty-printed, sorted keys.
    public static func export(_ guide: Guide) -> String {
        JSONText.encode(guide)
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
            return (nil, [GuideProblem(path: "$", message: DecodingErrorText.explain(error, json: true))])
        }
        problems = GuideMeaningCheck.problems(in: guide)
        return (problems.isEmpty ? guide : nil, problems)
    }
}
