import Foundation
import OptOutCore
import OptOutSystem
import OptOutTestSupport
import Testing

@Suite("The member's editor", .ownThreads)
struct ExternalEditorTests {
    @Test("$EDITOR is split into words as a shell splits them, without running one", arguments: [
        ("vim", ["vim"]),
        ("code --wait", ["code", "--wait"]),
        ("  emacs   -nw  ", ["emacs", "-nw"]),
        ("'/Applications/My Editor/bin/edit' --wait", ["/Applications/My Editor/bin/edit", "--wait"]),
        ("\"/opt/an editor\" -c 'set tw=72'", ["/opt/an editor", "-c", "set tw=72"]),
        ("/opt/an\\ editor -x", ["/opt/an editor", "-x"]),
        ("\"say \\\"hi\\\" \\\\ now\"", ["say \"hi\" \\ now"]),
        ("ed 'it''s' x\"y z\"", ["ed", "its", "xy z"]),
        ("nano $HOME/x *.txt ;", ["nano", "$HOME/x", "*.txt", ";"]),
        ("'unterminated quote", ["unterminated quote"]),
        ("~/bin/ed '~/kept'", ["/home/member/bin/ed", "~/kept"]),
    ])
    func words(value: String, expected: [String]) {
        #expect(ShellWords.split(value, home: "/home/member") == expected)
        #expect(ExternalEditor(environment: ["EDITOR": value, "HOME": "/home/member"])?.command == expected)
    }

    @Test("VISUAL comes before EDITOR; blank values name no editor")
    func choice() {
        #expect(ExternalEditor(environment: ["VISUAL": "vi", "EDITOR": "nano"])?.command == ["vi"])
        #expect(ExternalEditor(environment: ["VISUAL": "  ", "EDITOR": "nano"])?.command == ["nano"])
        #expect(ExternalEditor(environment: ["EDITOR": "''"]) == nil)
        #expect(ExternalEditor(environment: [:]) == nil)
    }

    /// A folder whose name has a space, holding `link` → `target` (an installed program, so no script is
    /// written and run while other tests start processes).
    func folderWithSpace(link: String, to target: String) throws -> String {
        let folder = NSTemporaryDirectory() + "optout-editor \(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let resolved = try #require(ExternalEditor.findProgram(target, searchPath: ProcessInfo.processInfo.environment["PATH"]))
        try FileManager.default.createSymbolicLink(atPath: folder + "/" + link, withDestinationPath: resolved)
        return folder
    }

    @Test("an editor at a quoted path with quoted arguments edits the text, and its file is removed")
    func quotedPathAndArguments() throws {
        let folder = try folderWithSpace(link: "my editor", to: "sed")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let editor = try #require(ExternalEditor(environment: ["EDITOR": "'\(folder)/my editor' -i 's/.*/Edited by hand/'"]))
        var used: ProgramInvocation?
        let result = editor.run("Dear LinkedIn\nline two\n", environment: ["PATH": "/usr/bin:/bin", "TMPDIR": folder]) {
            used = $0
            return ExternalEditor.runAndWait($0)
        }
        #expect(result == .success("Edited by hand\nEdited by hand\n"))
        let invocation = try #require(used)
        #expect(invocation.arguments.prefix(3) == ["\(folder)/my editor", "-i", "s/.*/Edited by hand/"])
        let file = try #require(invocation.temporaryFile)
        #expect(invocation.arguments.last == file)
        #expect(file.hasPrefix(folder + "/optout-draft-\(getpid())-"))
        #expect(!FileManager.default.fileExists(atPath: file), "the temporary file with the member's text is left behind")
    }

    @Test("a missing editor is reported as missing; a failing one, a killed one and a failed wait are failures")
    func failures() {
        let environment = ["PATH": "/usr/bin:/bin"]
        let missing = ExternalEditor(environment: ["EDITOR": "optout-no-such-editor --wait"])!
        #expect(missing.run("x", environment: environment) == .failure(.notFound(program: "optout-no-such-editor")))
        #expect(EditorFailure.notFound(program: "optout-no-such-editor").description.contains("was not found"))
        #expect(missing.edit("x", environment: environment) == nil)

        let failing = ExternalEditor(environment: ["EDITOR": "false"])!
        #expect(failing.run("x", environment: environment) == .failure(.failed(program: "false", status: 1)))

        let editor = ExternalEditor(environment: ["EDITOR": "true"])!
        #expect(editor.run("x", environment: environment) == .success("x"))
        #expect(editor.run("x", environment: environment) { _ in .waitFailed(errno: ECHILD) }
            == .failure(.waitFailed(program: "true", reason: String(cString: strerror(ECHILD)).lowercased())))
        #expect(editor.run("x", environment: environment) { _ in .killed(signal: SIGTERM) }
            == .failure(.killed(program: "true", signal: SIGTERM)))
        #expect(editor.run("x", environment: environment) { _ in .notStarted(errno: EACCES) }
            == .failure(.notStarted(program: "true", reason: String(cString: strerror(EACCES)).lowercased())))
        for failure in [EditorFailure.failed(program: "vi", status: 2), .notUTF8(program: "vi"), .temporaryFile(reason: "full")] {
            #expect(failure.description.hasSuffix("The text is unchanged."))
        }
    }

    @Test("text that is not UTF-8 is refused")
    func notUTF8() throws {
        let folder = try folderWithSpace(link: "ed", to: "sed")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let editor = try #require(ExternalEditor(environment: ["EDITOR": "'\(folder)/ed' -i 's/e/\\xe9/'"]))
        #expect(editor.run("caf e", environment: ["PATH": "/usr/bin:/bin", "TMPDIR": folder]) == .failure(.notUTF8(program: "\(folder)/ed")))
    }

    @Test("files left by an optout that was killed are removed; others are kept")
    func leftovers() throws {
        let folder = NSTemporaryDirectory() + "optout-leftovers-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let gone = folder + "/optout-draft-4194303-aBcDeF.txt"  // no process has this id
        let mine = folder + "/optout-draft-\(getpid())-aBcDeF.txt"
        let living = folder + "/optout-draft-1-aBcDeF.txt"
        let other = folder + "/notes-4194303.txt"
        for path in [gone, mine, living, other] { #expect(FileManager.default.createFile(atPath: path, contents: Data("name, email".utf8))) }
        ExternalEditor.removeLeftovers(environment: ["TMPDIR": folder])
        #expect(!FileManager.default.fileExists(atPath: gone))
        for kept in [mine, living, other] { #expect(FileManager.default.fileExists(atPath: kept), "\(kept)") }
    }

    #if os(Linux)
    /// optout ignores SIGXFSZ (so a write past the file size limit fails with a message); the programs it
    /// starts, the editor first, get the signal's default action back, as from a shell. (One test for both
    /// runners: the signal's action belongs to the whole test process.)
    @Test("the programs optout starts do not inherit its ignored SIGXFSZ")
    func childrenGetTheFileSizeSignalBack() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        let previous = signal(SIGXFSZ, SIG_IGN)
        defer { signal(SIGXFSZ, previous) }
        let runners: [(String, (ProgramInvocation) -> ProgramExit)] = [
            ("ExternalEditor.runAndWait", ExternalEditor.runAndWait), ("ForegroundProgram.run", ForegroundProgram.run),
        ]
        for (name, runner) in runners {
            let report = folder + "/ignored"
            let invocation = ProgramInvocation(path: "/bin/sh", arguments: ["sh", "-c", "grep SigIgn /proc/self/status > '\(report)'"])
            #expect(runner(invocation) == .exited(status: 0), "\(name)")
            let line = try String(contentsOfFile: report, encoding: .utf8)
            let mask = try #require(UInt64(line.split(separator: "\t").last?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "", radix: 16), "\(line)")
            #expect(mask & (1 << UInt64(SIGXFSZ - 1)) == 0, "\(name): SIGXFSZ is ignored in the child: \(line)")
        }
    }
    #endif
}
