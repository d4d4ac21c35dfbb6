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

/// Guides as JSON files: export, load and validate. A guide file is the `Guide` type encoded as JSON.
public enum GuideFile {
    /// The guide as a JSON file: pretty-printed, sorted keys, with the catalogue's translations of its
    /// texts added to its own (`Guide.withCatalogueTranslations`).
    public static func export(_ guide: Guide) -> String {
        JSONText.encode(guide.withCatalogueTranslations())
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
