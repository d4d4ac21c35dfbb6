import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A damaged or foreign progress file, and what the member must be told about it.
struct BadFile: CustomStringConvertible, Sendable {
    var name: String
    var bytes: Data
    /// Words the one-sentence message must hold (after "The progress file PATH ...").
    var explanation: String
    var description: String { name }

    /// A valid version-1 file written by optout 0.1.0, the base of the damaged ones.
    static let valid: Data = try! Runner.fixture("schema-v1/unfinished-with-notes.json")
    static var validText: String { String(decoding: valid, as: UTF8.self) }

    static func replacing(_ old: String, with new: String) -> Data {
        precondition(validText.contains(old), "the fixture has no \(old)")
        return Data(validText.replacingOccurrences(of: old, with: new).utf8)
    }

    static let all: [BadFile] = [
        BadFile(name: "empty", bytes: Data(), explanation: "cannot be read: the file is empty."),
        BadFile(name: "truncated", bytes: valid.prefix(valid.count / 2), explanation: "cannot be read: it is not valid JSON."),
        BadFile(name: "all NUL bytes", bytes: Data(repeating: 0, count: 4096), explanation: "cannot be read: it is not valid JSON."),
        BadFile(name: "NUL bytes after the JSON", bytes: valid + Data(repeating: 0, count: 16), explanation: "cannot be read: it is not valid JSON."),
        BadFile(name: "a NUL byte inside a string", bytes: replacing("\"note\" : \"", with: "\"note\" : \"\u{0}"), explanation: "cannot be read: it is not valid JSON."),
        BadFile(
            name: "invalid UTF-8 inside a string",
            bytes: { var d = replacing("\"note\" : \"", with: "\"note\" : \"@@"); d.replaceSubrange(d.range(of: Data("@@".utf8))!, with: [0xFF, 0xC0]); return d }(),
            explanation: "cannot be read: it is not valid JSON."),
        BadFile(name: "100,000 nested arrays", bytes: Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8),
                explanation: "cannot be read: it is not valid JSON."),
        BadFile(
            name: "100,000 nested arrays inside a progress file",
            bytes: replacing("\"schemaVersion\" : 1", with: "\"schemaVersion\" : 1, \"deep\" : " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)),
            explanation: "cannot be read: it is not valid JSON."),
        BadFile(name: "a list at the top", bytes: Data("[1, 2]".utf8), explanation: "cannot be read: the top level should be an object."),
        BadFile(name: "null", bytes: Data("null".utf8), explanation: "cannot be read:"),
        BadFile(name: "another program's JSON", bytes: Data("{\"name\": \"x\"}".utf8), explanation: "cannot be read: it has no schemaVersion, so it is not an optout progress file."),
        BadFile(name: "schemaVersion as text", bytes: replacing("\"schemaVersion\" : 1", with: "\"schemaVersion\" : \"1\""), explanation: "cannot be read: schemaVersion should be a number."),
        BadFile(name: "schemaVersion 0", bytes: replacing("\"schemaVersion\" : 1", with: "\"schemaVersion\" : 0"), explanation: "cannot be read: schemaVersion 0 is not a valid version."),
        BadFile(name: "schemaVersion -1", bytes: replacing("\"schemaVersion\" : 1", with: "\"schemaVersion\" : -1"), explanation: "cannot be read: schemaVersion -1 is not a valid version."),
        BadFile(name: "schemaVersion beyond Int", bytes: replacing("\"schemaVersion\" : 1", with: "\"schemaVersion\" : 99999999999999999999999"), explanation: "cannot be read:"),
        BadFile(name: "steps as text", bytes: replacing("\"steps\" : [", with: "\"steps\" : \"none\", \"x\" : ["), explanation: "cannot be read: steps should be a list."),
        BadFile(name: "a status as a number", bytes: replacing("\"status\" : \"done\"", with: "\"status\" : 5"), explanation: "cannot be read: steps[0].status should be text."),
        BadFile(
            name: "a date that is not a date",
            bytes: Data(validText.replacingOccurrences(of: "\"createdAt\" : \"[^\"]*\"", with: "\"createdAt\" : \"yesterday\"", options: .regularExpression).utf8),
            explanation: "cannot be read: expected date string to be ISO8601-formatted. It has been left as it is"),
        BadFile(name: "a missing guideId", bytes: replacing("\"guideId\" : \"linkedin-ai-training\",", with: ""), explanation: "cannot be read: guideId is missing."),
        BadFile(name: "an unknown status", bytes: replacing("\"status\" : \"done\"", with: "\"status\" : \"finished\""),
                explanation: "cannot be read: steps[0].status: unknown status \"finished\" (expected one of pending, done, skipped, waiting, not-needed)."),
        BadFile(name: "a newer schemaVersion", bytes: replacing("\"schemaVersion\" : 1", with: "\"schemaVersion\" : \(WalkthroughProgress.currentSchemaVersion + 1)"),
                explanation: "was written by a newer optout (format \(WalkthroughProgress.currentSchemaVersion + 1); this one reads up to \(WalkthroughProgress.currentSchemaVersion))."),
        BadFile(name: "a UTF-8 BOM before damaged JSON", bytes: Data([0xEF, 0xBB, 0xBF]) + valid.prefix(200), explanation: "cannot be read: it is not valid JSON."),
        BadFile(name: "a field given twice", bytes: replacing("\"schemaVersion\" : 1", with: "\"schemaVersion\" : 1, \"schemaVersion\" : 1"),
                explanation: "cannot be read: it is not valid JSON at $ (line 10, column 24): the field \"schemaVersion\" is given twice in one object (first at line 10, column 3); give it once."),
        BadFile(name: "a trailing comma", bytes: Data((String(validText.trimmingCharacters(in: .whitespacesAndNewlines).dropLast()).trimmingCharacters(in: .whitespacesAndNewlines) + ",\n}\n").utf8),
                explanation: "cannot be read: it is not valid JSON at $ (line 69, column 1): a comma before the closing brace (JSON has no trailing commas)."),
        BadFile(name: "another guide's progress", bytes: replacing("\"guideId\" : \"linkedin-ai-training\"", with: "\"guideId\" : \"other-guide\""),
                explanation: "belongs to the guide \"other-guide\", not \"linkedin-ai-training\"."),
    ]
}

/// Promise 6: a bad progress file never crashes optout; every command names the file in one clear
/// sentence and exits 3; the bytes stay as they are until the member starts over, and then the old file is
/// kept as a backup with the very same bytes.
@Suite("Bad progress files", .ownThreads)
struct BadFileTests {
    @Test(arguments: BadFile.all)
    func aBadFileIsNamedRefusedAndKeptUntilTheMemberStartsOver(bad: BadFile) throws {
        let cli = Runner("bad")
        defer { cli.cleanUp() }
        try cli.writeState(bad.bytes)
        let commands: [[String]] = [
            [], ["--plain"], ["status"], ["status", "--json"], ["summary"], ["summary", "--format", "markdown"],
            ["summary", "--format", "json"],
        ]
        for arguments in commands {
            let result = try cli.run(arguments, input: "1\nd\nd\nq\n")
            #expect(result.exitedNormally, "\(bad): optout \(arguments) crashed with signal \(result.signal ?? 0)")
            #expect(result.status == 3, "\(bad): optout \(arguments) exited \(result.status)")
            let message = result.stderr
            #expect(message.hasPrefix("optout: The progress file \(cli.statePath) "), "\(bad): \(message)")
            #expect(message.contains(bad.explanation), "\(bad): \(message)")
            #expect(message.hasSuffix("\n") && message.dropLast().split(separator: "\n").count == 1, "\(bad): one line: \(message)")
            #expect(message.utf8.count < 600, "\(bad): a sentence, not a dump: \(message.count) characters")
            #expect(terminalHazard(in: result.stderrData) == nil)
            #expect(result.stdout.isEmpty, "\(bad): \(result.stdout.prefix(200))")
            #expect(cli.stateBytes() == bad.bytes, "\(bad): optout \(arguments) changed the file")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: cli.stateFolder).sorted()
        #expect(names == ["progress.json", "progress.json.lock"], "\(bad): \(names)")

        // The way out: start over. The old bytes are kept, whole, beside the new file.
        let over = try cli.run(["start", "--start-over"], input: "d\nq\n")
        #expect(over.status == 1, "\(bad): \(over.stderr)")
        #expect(over.flatStdout.contains("Your earlier progress file is kept as \(cli.statePath).backup-"))
        let backups = try FileManager.default.contentsOfDirectory(atPath: cli.stateFolder).filter { $0.contains(".backup-") }
        #expect(backups.count == 1)
        if let backup = backups.first {
            #expect(FileManager.default.contents(atPath: cli.stateFolder + "/" + backup) == bad.bytes, "\(bad): the backup differs")
        }
        #expect(try cli.loadState().record("about")?.status == .done)
        #expect(try cli.run(["status"]).status == 1)
    }

    /// A byte order mark before valid JSON is allowed by RFC 8259 §8.1 to be ignored, and JSONDecoder does:
    /// an editor that adds one must not cost the member their progress. The next save drops it.
    @Test func aByteOrderMarkBeforeValidProgressIsAccepted() throws {
        let cli = Runner("bom")
        defer { cli.cleanUp() }
        try cli.writeState(Data([0xEF, 0xBB, 0xBF]) + BadFile.valid)
        let status = try cli.run(["status", "--json"])
        #expect(status.status == 1, "\(status.stderr)")
        #expect(status.stdout.contains("\"current\" : \"related-settings\""))
        #expect(try cli.run([], input: "1\nq\n").status == 1)
        #expect(cli.stateBytes()?.starts(with: [0xEF, 0xBB, 0xBF]) == false)
        #expect(try cli.loadState().record("objection-form")?.note == "Sent 2026-11-29; waiting for the email")
    }

    /// A file far larger than any progress (an 8 MiB note) loads without trouble; optout does not cap it.
    @Test func aHugeFileDoesNotCrash() throws {
        let cli = Runner("huge")
        defer { cli.cleanUp() }
        let huge = BadFile.replacing("\"note\" : \"", with: "\"note\" : \"" + String(repeating: "x", count: 8 << 20))
        try cli.writeState(huge)
        let result = try cli.run(["status"])
        #expect(result.exitedNormally)
        #expect(result.status == 1, "\(result.stderr.prefix(300))")
    }
}
