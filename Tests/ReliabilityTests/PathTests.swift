import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Promise 21: the path optout uses is the one the member gave, byte for byte; an empty path is a mistake,
/// not the default file; `~` means the home folder in every path option; optout creates no folder or
/// lock file it does not need; without HOME it asks for a path instead of guessing one.
@Suite("Paths", .ownThreads)
struct PathTests {
    /// Runs optout through a shell, so arguments and variables can hold bytes that are not UTF-8 (written
    /// with printf escapes such as \\351). `script` ends with `exec "$0" ...`.
    func runBytes(_ cli: Runner, _ script: String, input: String = "") throws -> RunResult {
        try Runner.execute(["/bin/sh", "-c", script, cli.executable], input: Data(input.utf8), environment: cli.environment, folder: cli.folder)
    }

    /// The names in a folder as raw bytes, printed by the shell with octal escapes for bytes above 127.
    func rawNames(_ folder: String) throws -> String {
        try Runner.shell("cd '\(folder)' && LC_ALL=C ls -A | od -An -c | tr -s ' \\n' ' '")
    }

    @Test(arguments: BuildUnderTest.allCases)
    func anEmptyPathIsAMistakeNotTheDefaultFile(binary: BuildUnderTest) throws {
        var cli = try Runner("emptypath", binary: binary)
        defer { cli.cleanUp() }
        // The member's real progress, at the default place.
        let home = cli.folder + "/home"
        let real = home + "/.local/state/optout/progress.json"
        cli = cli.withEnvironment(["HOME": home], removing: ["OPTOUT_STATE_FILE"])
        try cli.run([], input: "d\nq\n")
        let before = try #require(cli.stateBytes(real))

        let option = try cli.run(["reset", "--yes", "--state-file", ""])
        #expect(option.status == 64)
        #expect(option.stderr == "optout: --state-file needs a file path; it was empty. Leave the option out to use the default file.\n", "\(option.stderr)")
        let variable = try cli.run(["reset", "--yes"], extraEnvironment: ["OPTOUT_STATE_FILE": ""])
        #expect(variable.status == 64)
        #expect(variable.stderr == "optout: OPTOUT_STATE_FILE is set but empty; give it a file path, or unset it to use the default file.\n", "\(variable.stderr)")
        let walkthrough = try cli.run([], input: "d\n", extraEnvironment: ["OPTOUT_STATE_FILE": ""])
        #expect(walkthrough.status == 64)
        #expect(cli.stateBytes(real) == before, "the default progress was changed")
    }

    @Test(arguments: BuildUnderTest.allCases)
    func pathBytesThatAreNotUTF8ReachTheFileSystemUnchanged(binary: BuildUnderTest) throws {
        let cli = try Runner("bytes", binary: binary)
        defer { cli.cleanUp() }
        let folder = cli.folder

        // An argument: a Latin-1 é (\351) and the bytes \377\376.
        let made = try runBytes(cli, "exec \"$0\" --state-file \"$(printf '\(folder)/bad\\377\\376name.json')\"", input: "d\nq\n")
        #expect(made.status == 1, "\(made.stderr)")
        let names = try rawNames(folder)
        #expect(names.contains("b a d 377 376 n a m e . j s o n"), "\(names)")
        #expect(!names.contains("357 277 275"), "a name with U+FFFD was made instead: \(names)")
        let found = try runBytes(cli, "exec \"$0\" status --state-file \"$(printf '\(folder)/bad\\377\\376name.json')\"")
        #expect(found.status == 1, "the file just written is found again: \(found.stdout) \(found.stderr)")

        // HOME, XDG_STATE_HOME and OPTOUT_STATE_FILE with a Latin-1 folder name (Donn\351es).
        for (variable, value, folderMade) in [
            ("HOME", "\(folder)/home-Donn\\351es", "home-Donn\\351es/.local/state/optout"),
            ("XDG_STATE_HOME", "\(folder)/xdg-Donn\\351es", "xdg-Donn\\351es/optout"),
            ("OPTOUT_STATE_FILE", "\(folder)/var-Donn\\351es/p.json", "var-Donn\\351es"),
        ] {
            let script = "unset OPTOUT_STATE_FILE XDG_STATE_HOME; \(variable)=\"$(printf '\(value)')\"; export \(variable); exec \"$0\" \"$@\""
            let run = try runBytes(cli, script, input: "d\nq\n")
            #expect(run.status == 1, "\(variable): \(run.stderr)")
            let exists = try Runner.shell("test -d \"$(printf '\(folder)/\(folderMade)')\" && echo yes || echo no")
            let names = try rawNames(folder)
            #expect(exists.hasPrefix("yes"), "\(variable): nothing at the byte-for-byte path; \(names)")
            let again = try runBytes(cli, script.replacingOccurrences(of: "exec \"$0\" \"$@\"", with: "exec \"$0\" status"))
            #expect(again.status == 1, "\(variable): the progress was not found again: \(again.stdout) \(again.stderr)")
        }
    }

    @Test(arguments: BuildUnderTest.allCases, OutputCommand.all)
    func aTildeInAnOutputPathMeansTheHomeFolder(binary: BuildUnderTest, command: OutputCommand) throws {
        var cli = try command.runner("tilde", binary: binary)
        defer { cli.cleanUp() }
        let home = cli.folder + "/home"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        cli = cli.withEnvironment(["HOME": home], removing: [])
        // The shell does not expand ~ after `=`, so optout sees it.
        let result = try cli.run(command.arguments + ["\(command.option)=~/out.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: home + "/out.txt"))
        #expect(!FileManager.default.fileExists(atPath: cli.folder + "/~"), "a folder named ~ was made")
    }

    @Test(arguments: BuildUnderTest.allCases)
    func resetCreatesNothingAndRemovesItsLockWithTheProgress(binary: BuildUnderTest) throws {
        var cli = try Runner("resetnothing", binary: binary)
        defer { cli.cleanUp() }
        let fresh = cli.folder + "/fresh/a/b/progress.json"
        let nothing = try cli.run(["reset", "--yes", "--state-file", fresh])
        #expect(nothing.status == 0)
        #expect(nothing.stdout == "Nothing to reset: no progress at \(fresh).\n")
        #expect(!FileManager.default.fileExists(atPath: cli.folder + "/fresh"), "folders were made: \(namesIn(cli.folder))")

        let home = cli.folder + "/home"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        cli = cli.withEnvironment(["HOME": home], removing: ["OPTOUT_STATE_FILE"])
        #expect(try cli.run(["reset", "--yes"]).status == 0)
        #expect(namesIn(home).isEmpty, "reset made \(namesIn(home)) in the home folder")

        // With progress, reset removes the progress file and its lock file, and leaves the folder.
        let path = cli.folder + "/kept/progress.json"
        #expect(try cli.run(["--state-file", path], input: "d\nq\n").status == 1)
        #expect(namesIn(cli.folder + "/kept") == ["progress.json", "progress.json.lock"])
        let removed = try cli.run(["reset", "--yes", "--state-file", path])
        #expect(removed.stdout == "Progress removed.\n", "\(removed.stderr)")
        #expect(namesIn(cli.folder + "/kept").isEmpty)
    }

    @Test(arguments: BuildUnderTest.allCases)
    func aParentFolderNamedThroughDotDotIsNotMadeWhenMissing(binary: BuildUnderTest) throws {
        let cli = try Runner("dotdot", binary: binary)
        defer { cli.cleanUp() }
        try FileManager.default.createDirectory(atPath: cli.folder + "/rel", withIntermediateDirectories: true)
        let result = try cli.run(["--state-file", "rel/./x/../y.json"], input: "d\nq\n")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(namesIn(cli.folder + "/rel") == ["y.json", "y.json.lock"])
    }

    /// Without HOME, and without a password database entry to fall back on (a user id with none), optout
    /// says what to set and changes nothing; with HOME set it needs no password database at all.
    @Test(.enabled(if: devicesNeeded, "needs root to run as a user with no password entry (always run in CI)"), arguments: BuildUnderTest.allCases)
    func withoutHomeOptoutSaysWhatToSet(binary: BuildUnderTest) throws {
        var cli = try Runner("nohome", binary: binary)
        defer { cli.cleanUp() }
        chmod(cli.folder, 0o777)
        let copy = cli.folder + "/optout"
        try copyExecutable(cli.executable, to: copy)
        cli.executable = copy
        let stranger = ["/usr/bin/setpriv", "--reuid=54321", "--regid=54321", "--clear-groups"]
        let unset = cli.withEnvironment([:], removing: ["HOME", "OPTOUT_STATE_FILE", "XDG_STATE_HOME"])
        for arguments in [[], ["status"], ["summary"], ["reset", "--yes"]] {
            let result = try unset.run(arguments, input: "d\nq\n", prefix: stranger)
            #expect(result.status == 3, "optout \(arguments): \(result.status) \(result.stdout) \(result.stderr)")
            #expect(result.stderr == "optout: HOME is not set, so there is no default place for the progress file. Set HOME, or name the file with --state-file PATH or OPTOUT_STATE_FILE=PATH.\n",
                    "optout \(arguments): \(result.stderr)")
        }
        // What needs no progress file works: nothing can be saved, so the draft is the general one.
        let draft = try unset.run(["draft"], prefix: stranger)
        #expect(draft.status == 0 && draft.stderr.isEmpty, "\(draft.stderr)")
        #expect(draft.stdout.contains("[your name]"))
        let empty = try unset.run(["status"], prefix: stranger, extraEnvironment: ["HOME": ""])
        #expect(empty.status == 3)
        // Any of the three gives a place.
        let xdg = try unset.run([], input: "d\nq\n", prefix: stranger, extraEnvironment: ["XDG_STATE_HOME": cli.folder + "/xdg"])
        #expect(xdg.status == 1, "\(xdg.stderr)")
        #expect(FileManager.default.fileExists(atPath: cli.folder + "/xdg/optout/progress.json"))
        let named = try unset.run(["status", "--state-file", cli.folder + "/xdg/optout/progress.json"], prefix: stranger)
        #expect(named.status == 1, "\(named.stderr)")
        let home = try unset.run(["status"], prefix: stranger, extraEnvironment: ["HOME": cli.folder + "/h"])
        #expect(home.status == 2, "with HOME set no password entry is needed: \(home.stderr)")
    }
}
