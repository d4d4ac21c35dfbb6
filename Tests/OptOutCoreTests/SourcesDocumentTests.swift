import Foundation
import OptOutTestSupport
import Testing

@testable import OptOutCore

/// docs/sources.md is the project's record of its sources. The built-in guide must agree with it:
/// every id it cites is listed there with the same data, and every link and label appears there.
@Suite("docs/sources.md")
struct SourcesDocumentTests {
    let guide = Guide.linkedInAITraining

    static func document() throws -> String {
        try String(contentsOfFile: testsFolder() + "/../../docs/sources.md", encoding: .utf8)
    }

    /// The entries under "## The sources": id → field → value.
    static func entries() throws -> [String: [String: String]] {
        let text = try document()
        let section = try #require(text.components(separatedBy: "## The sources\n").dropFirst().first)
        var entries: [String: [String: String]] = [:]
        var current: String?
        for line in section.split(separator: "\n").map(String.init) {
            if line.hasPrefix("## ") { break }
            if line.hasPrefix("### `"), line.hasSuffix("`") {
                current = String(line.dropFirst(5).dropLast())
                entries[current!] = [:]
            } else if let id = current, line.hasPrefix("- "), let colon = line.firstIndex(of: ":") {
                let field = String(line[line.index(line.startIndex, offsetBy: 2)..<colon])
                entries[id]?[field] = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            }
        }
        return entries
    }

    /// The rows of one language's label table: key → (wording, judgement, sources).
    static func labelRows(_ code: String) throws -> [String: (wording: String, judgement: String, sources: String)] {
        let text = try document()
        let section = try #require(
            text.components(separatedBy: "(`\(code)`)\n").dropFirst().first?.components(separatedBy: "\n### ").first)
        var rows: [String: (wording: String, judgement: String, sources: String)] = [:]
        for line in section.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            rows[String(cells[1].dropFirst().dropLast())] = (cells[2], cells[3], cells[4])
        }
        return rows
    }

    @Test func everySourceOfTheGuideIsListedWithTheSameData() throws {
        let entries = try Self.entries()
        #expect(Set(entries.keys) == Set(guide.sources.map(\.id)), "the document and the guide list the same sources")
        for source in guide.sources {
            let entry = try #require(entries[source.id], "\(source.id) is not in docs/sources.md")
            #expect(entry["Publisher"] == source.publisher, "\(source.id)")
            #expect(entry["Title"] == source.title, "\(source.id)")
            #expect(entry["URL"] == (source.url.map { "<\($0)>" } ?? "not recorded"), "\(source.id)")
            #expect(entry["Read"] == source.dateRead, "\(source.id)")
            #expect(!(entry["Supports"] ?? "").isEmpty, "\(source.id) does not say what it supports")
        }
    }

    @Test func everyCitedIdIsInTheDocument() throws {
        let listed = Set(try Self.entries().keys)
        var cited = guide.steps.flatMap { $0.sourceIds + ($0.link?.sourceIds ?? []) + $0.regionNotes.flatMap(\.sourceIds) }
        cited += guide.labels.values.flatMap { $0.values.flatMap(\.sourceIds) }
        #expect(!cited.isEmpty)
        for id in cited { #expect(listed.contains(id), "\(id) is cited but not in docs/sources.md") }
    }

    @Test func everyLinkOfTheGuideIsInTheDocument() throws {
        let text = try Self.document()
        for link in guide.steps.compactMap(\.link) {
            #expect(text.contains("<\(link.url)>"), "\(link.url) is not in docs/sources.md")
        }
    }

    @Test(arguments: LinkedInLanguage.allCases)
    func everyLabelIsInTheDocumentAsTheGuideHasIt(language: LinkedInLanguage) throws {
        let rows = try Self.labelRows(language.rawValue)
        #expect(rows.count == guide.labels.count)
        for (key, languages) in guide.labels {
            let wording = try #require(languages[language.rawValue])
            let row = try #require(rows[key], "\(key) has no \(language.rawValue) row in docs/sources.md")
            #expect(row.wording == (wording.wording.isEmpty ? "—" : wording.wording.joined(separator: " / ")), "\(key)")
            #expect(row.judgement == wording.judgement.rawValue, "\(key)")
            #expect(row.sources == wording.sourceIds.map { "`\($0)`" }.joined(separator: ", "), "\(key)")
        }
    }

    @Test func everySourceHasAnHTTPSAddress() throws {
        for (id, entry) in try Self.entries() {
            let address = (entry["URL"] ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "<>"))
            let url = URL(string: address)
            #expect(url?.scheme == "https" && url?.host?.isEmpty == false, "\(id) has no https address: \(entry["URL"] ?? "none")")
        }
    }

    static func changesDocument() throws -> String {
        try String(contentsOfFile: testsFolder() + "/../../docs/guide-changes.md", encoding: .utf8)
    }

    @Test func theChangesDocumentHasEveryVersionOfTheChangelogAndIsLinked() throws {
        let changes = try Self.changesDocument()
        #expect(try Self.document().contains("[guide-changes.md](guide-changes.md)"))
        #expect(!guide.changelog.isEmpty)
        for entry in guide.changelog {
            let heading = "## \(entry.version)" + (entry.date.map { " (\($0))" } ?? "")
            let section = try #require(changes.components(separatedBy: heading + "\n").dropFirst().first, "no section \(heading)")
            #expect(section.contains("Summary: \(entry.summary)\n"), "\(entry.version): the summary differs from the guide's")
        }
    }

    @Test func everySourceTheChangesDocumentCitesExists() throws {
        // In the tables the last column names the sources; elsewhere the document may name ids that were dropped.
        let ids = Set(guide.sources.map(\.id))
        var cited: [String] = []
        for line in try Self.changesDocument().split(separator: "\n") where line.hasPrefix("| ") && !line.hasPrefix("| ---") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
            guard cells.count >= 3 else { continue }
            let last = cells[cells.count - 2]
            cited += last.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        }
        #expect(cited.count > 20)
        for id in cited { #expect(ids.contains(id), "\(id) is named as a source in docs/guide-changes.md but the guide has no such source") }
    }

    @Test func theDocumentSaysWhatLastVerifiedMeans() throws {
        let text = try Self.document()
        let section = try #require(text.components(separatedBy: "## What \"last verified\" means").dropFirst().first)
        #expect(section.contains(guide.lastVerified))
    }

    @Test func nothingOutsideTheRepositoryIsRead() throws {
        // A clone has nothing beside it: sources and tests read only files inside the repository.
        let root = testsFolder() + "/../.."
        for outside in [".." + "/shared", "/work" + "/shared"] {
            let found = files(containing: outside, in: [root + "/Sources", root + "/Tests"])
            #expect(found.isEmpty, "refers to a folder outside the repository: \(found)")
        }
    }

    /// The files under `folders` whose text contains `pattern`.
    func files(containing pattern: String, in folders: [String]) -> [String] {
        var hits: [String] = []
        for folder in folders {
            guard let walker = FileManager.default.enumerator(atPath: folder) else { continue }
            for case let path as String in walker where path.hasSuffix(".swift") || path.hasSuffix(".md") {
                let text = (try? String(contentsOfFile: folder + "/" + path, encoding: .utf8)) ?? ""
                if text.contains(pattern) { hits.append(path) }
            }
        }
        return hits
    }
}
