import Foundation
import OptOutTestSupport
import Testing

/// docs/architecture.md is where a newcomer finds where a type or a command lives. For the core, plain
/// mode, the QR target, the HTML pages and the executable, it must name every file's type (or the file)
/// and every folder.
@Suite("docs/architecture.md")
struct ArchitectureDocumentTests {
    static let targets = ["OptOutCore", "OptOutPlain", "QRCode", "OptOutHTML", "optout"]

    static func document() throws -> String {
        try String(contentsOfFile: testsFolder() + "/../../docs/architecture.md", encoding: .utf8)
    }

    /// Every Swift file under a target, as a path inside `Sources/<target>`.
    static func files(of target: String) throws -> [String] {
        let root = testsFolder() + "/../../Sources/" + target
        let all = try #require(FileManager.default.subpaths(atPath: root), "no folder \(root)")
        return all.filter { $0.hasSuffix(".swift") }.sorted()
    }

    /// How the document may name a file: its type (`GuideStep`), or its extension as a member
    /// (`String+Trimmed.swift` as `String.trimmed`), or its own name.
    static func names(of path: String) -> [String] {
        let file = (path as NSString).lastPathComponent
        let base = String(file.dropLast(".swift".count))
        guard let plus = base.firstIndex(of: "+") else { return ["`\(base)`", "`\(base).", file] }
        let type = base[..<plus], member = base[base.index(after: plus)...]
        return [file, "\(type).\(member.prefix(1).lowercased())\(member.dropFirst())", "\(type).\(member)"]
    }

    @Test(arguments: targets)
    func everyFileIsNamed(target: String) throws {
        let document = try Self.document()
        for path in try Self.files(of: target) {
            let names = Self.names(of: path)
            #expect(names.contains { document.contains($0) }, "docs/architecture.md names none of \(names) (Sources/\(target)/\(path))")
        }
    }

    @Test func everyCoreFolderIsInTheTable() throws {
        let document = try Self.document()
        let folders = Set(try Self.files(of: "OptOutCore").compactMap { $0.contains("/") ? String($0.split(separator: "/")[0]) : nil })
        #expect(!folders.isEmpty)
        for folder in folders.sorted() {
            #expect(document.contains("| `\(folder)/` |"), "docs/architecture.md has no row for Sources/OptOutCore/\(folder)/")
        }
    }
}
