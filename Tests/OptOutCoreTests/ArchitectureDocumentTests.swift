import Foundation
import OptOutTestSupport
import Testing

/// docs/architecture.md is a map a newcomer reads in five minutes: every target and folder it names must
/// exist, and every target of the package must be on it.
@Suite("docs/architecture.md")
struct ArchitectureDocumentTests {
    static let root = testsFolder() + "/../.."

    static func document() throws -> String {
        try String(contentsOfFile: root + "/docs/architecture.md", encoding: .utf8)
    }

    /// The paths the document names in backquotes: `Sources/...` and `Tests/...`.
    static func namedPaths(in document: String) -> [String] {
        document.components(separatedBy: "`").filter { $0.hasPrefix("Sources/") || $0.hasPrefix("Tests/") }
    }

    @Test func everyFolderItNamesExists() throws {
        let paths = Self.namedPaths(in: try Self.document())
        #expect(paths.count > 20, "the map names the folders: \(paths)")
        for path in paths {
            var isFolder: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: Self.root + "/" + path, isDirectory: &isFolder),
                    "docs/architecture.md names \(path), which does not exist")
        }
    }

    @Test func everyTargetIsOnTheMap() throws {
        let document = try Self.document()
        for folder in ["Sources", "Tests"] {
            let targets = try FileManager.default.contentsOfDirectory(atPath: Self.root + "/" + folder).filter { !$0.hasPrefix(".") }
            #expect(!targets.isEmpty)
            for target in targets where target != "Support" || folder == "Sources" {
                #expect(document.contains("`\(folder)/\(target)`"), "docs/architecture.md does not name \(folder)/\(target)")
            }
        }
        #expect(document.contains("`Tests/Support`"))
    }

    /// The core decides and the system target acts: no file of `Sources/OptOutCore` imports the C library
    /// (the one place that does is `Sources/OptOutSystem/LibC.swift`) or ncurses.
    @Test func theCoreImportsNoSystemLibrary() throws {
        let core = Self.root + "/Sources/OptOutCore"
        let files = try FileManager.default.subpathsOfDirectory(atPath: core).filter { $0.hasSuffix(".swift") }
        #expect(files.count > 20)
        for file in files {
            let text = try String(contentsOfFile: core + "/" + file, encoding: .utf8)
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ")
                guard words.count >= 2, words[0] == "import" || words.dropFirst().first == "import" else { continue }
                let module = words.last.map(String.init) ?? ""
                #expect(!["Glibc", "Musl", "Darwin", "CNCurses", "CTerminalSignals", "OptOutSystem"].contains(module),
                        "Sources/OptOutCore/\(file) imports \(module)")
            }
        }
    }
}
