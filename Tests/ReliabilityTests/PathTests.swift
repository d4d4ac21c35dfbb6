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

    /// As the shell's `>`: an output never gets folders of its own; a missing one is an error (status 6).
    @Test(arguments: BuildUnderTest.allCases, OutputCommand.all)
    func anOutputInAMissingFolderIsAnErrorAndMakesNoFolder(binary: BuildUnderTest, command: OutputCommand) throws {
        let cli = try command.runner("outfolder", binary: binary)
        defer { cli.cleanUp() }
        let before = namesIn(cli.folder)
        let path = cli.folder + "/Documnets/typo/out.txt"
        let result = try cli.run(command.line(path))
        #expect(result.status == 6, "\(result.stderr)")
        #expect(result.stderr == "optout: Could not write \(path): its folder does not exist.\n", "\(result.stderr)")
        #expect(namesIn(cli.folder) == before, "folders were made: \(namesIn(cli.folder))")
        // Relative, with the folder missing: the same.
        let relative = try cli.run(command.line("typo/out.txt"))
        #expect(relative.status == 6)
        #expect(relative.stderr == "optout: Could not write typo/out.txt: its folder does not exist.\n", "\(relative.stderr)")
        #expect(namesIn(cli.folder) == before, "folders were made: \(namesIn(cli.folder))")
    }

    /// `~user/` is that user's home folder (from /etc/passwd), in outputs and in the progress path; a user
    /// optout does not know is refused. Never a folder named `~user` in the current folder.
    @Test(arguments: BuildUnderTest.allCases)
    func aTildeWithAUserNameIsThatUsersHomeOrRefused(binary: BuildUnderTest) throws {
        let cli = try Runner("tildeuser", binary: binary)
        defer { cli.cleanUp() }
        let rootHome = try #require(getpwnam("root").map { String(cString: $0.pointee.pw_dir) })
        // Through root's home folder and back up into the test's folder: written there only when `~root`
        // was expanded.
        let through = "~root" + String(repeating: "/..", count: rootHome.split(separator: "/").count) + cli.folder + "/export.json"
        let exported = try cli.run(["guide", "export", "--output", through])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(FileManager.default.fileExists(atPath: cli.folder + "/export.json"))
        let status = try cli.run(["status", "--state-file", "~root/optout-no-such-folder/p.json"])
        if getuid() == 0 {
            #expect(status.status == 2, "\(status.stderr)")
            #expect(status.stdout == "No progress saved yet at \(rootHome)/optout-no-such-folder/p.json. Run `optout` to start.\n", "\(status.stdout)")
        } else {
            // Root's home is closed to others: the reason names the expanded path.
            #expect(status.status == 3)
            #expect(status.stderr.contains(rootHome), "\(status.stderr)")
        }

        let unknownOutput = try cli.run(["draft", "--output", "~optout-no-such-user/x.txt"])
        #expect(unknownOutput.status == 6)
        #expect(unknownOutput.stderr == "optout: Could not write ~optout-no-such-user/x.txt: there is no user named \"optout-no-such-user\" in /etc/passwd, so ~optout-no-such-user cannot be expanded; give the whole path.\n",
                "\(unknownOutput.stderr)")
        let unknownState = try cli.run(["status", "--state-file", "~optout-no-such-user/x.json"])
        #expect(unknownState.status == 3)
        #expect(unknownState.stderr == "optout: Could not use ~optout-no-such-user/x.json: there is no user named \"optout-no-such-user\" in /etc/passwd, so ~optout-no-such-user cannot be expanded; give the whole path.\n",
                "\(unknownState.stderr)")
        #expect(namesIn(cli.folder).allSatisfy { !$0.hasPrefix("~") }, "\(namesIn(cli.folder))")
    }

    /// Commands that lock take the lock only where there is progress: `recheck` with nothing saved, and a
    /// `reset` the member declines, leave no folder and no new lock file.
    @Test(arguments: BuildUnderTest.allCases)
    func recheckWithNothingSavedAndADeclinedResetCreateNothing(binary: BuildUnderTest) throws {
        let cli = try Runner("locknothing", binary: binary)
        defer { cli.cleanUp() }
        let fresh = cli.folder + "/fresh/a/b/progress.json"
        let recheck = try cli.run(["recheck", "--state-file", fresh])
        #expect(recheck.status == 2, "\(recheck.stderr)")
        #expect(recheck.stderr == "optout: No progress saved yet at \(fresh). Run `optout` to start.\n", "\(recheck.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.folder + "/fresh"), "folders were made: \(namesIn(cli.folder))")

        #expect(try cli.run([], input: "d\nq\n").status == 1)
        try FileManager.default.removeItem(atPath: cli.statePath + ".lock")
        let saved = try #require(cli.stateBytes())
        let declined = try cli.run(["reset"], input: "n\n")
        #expect(declined.status == 1)
        #expect(declined.stdout.hasSuffix("Nothing removed.\n"), "\(declined.stdout)")
        #expect(namesIn(cli.stateFolder) == ["progress.json"], "a declined reset left \(namesIn(cli.stateFolder))")
        #expect(cli.stateBytes() == saved)
        // A lock file that was there before stays.
        #expect(try cli.run([], input: "q\n").status == 1)
        #expect(try cli.run(["reset"], input: "n\n").status == 1)
        #expect(namesIn(cli.stateFolder) == ["progress.json", "progress.json.lock"])
    }

    /// A path optout cannot use is not "nothing saved": `status` and the commands that read progress exit 3
    /// with the reason, as the walkthrough would.
    @Test(arguments: BuildUnderTest.allCases)
    func aPlaceThatCannotHoldTheFileIsAnErrorNotNothingSaved(binary: BuildUnderTest) throws {
        let cli = try Runner("noplace", binary: binary)
        defer { cli.cleanUp() }
        let file = cli.folder + "/afile"
        try Data().write(to: URL(fileURLWithPath: file))
        let commands = [["status"], ["status", "--json"], ["summary"], ["recheck"], ["remind", "--ics", "-"], ["report"], []]
        for arguments in commands {
            let result = try cli.run(arguments + ["--state-file", file + "/p.json"], input: "d\nq\n")
            #expect(result.status == 3, "optout \(arguments): \(result.status) \(result.stdout) \(result.stderr)")
            #expect(result.stderr == "optout: Could not use the folder \(file): it is not a folder.\n", "optout \(arguments): \(result.stderr)")
        }
        let xdg = cli.withEnvironment(["XDG_STATE_HOME": file], removing: ["OPTOUT_STATE_FILE"])
        let viaXDG = try xdg.run(["status"])
        #expect(viaXDG.status == 3, "\(viaXDG.stdout) \(viaXDG.stderr)")
        #expect(viaXDG.stderr == "optout: Could not use the folder \(file): it is not a folder.\n", "\(viaXDG.stderr)")
        #expect(namesIn(cli.folder).filter { !$0.hasPrefix(".") } == ["afile"])
        #if os(Linux)
        for arguments in commands {
            let result = try cli.run(arguments + ["--state-file", "/proc/optout-x.json"], input: "d\nq\n")
            #expect(result.status == 3, "optout \(arguments): \(result.status) \(result.stdout) \(result.stderr)")
            #expect(result.stderr == "optout: Could not use the folder /proc: it cannot hold new files.\n", "optout \(arguments): \(result.stderr)")
        }
        #endif
        // A place that can hold the file is still "nothing saved".
        let fresh = try cli.run(["status", "--state-file", cli.folder + "/new/p.json"])
        #expect(fresh.status == 2)
    }

    /// Messages name the progress file with `.` removed and `..` taken where it passes no link.
    @Test(arguments: BuildUnderTest.allCases)
    func messagesNameTheProgressFileNormalised(binary: BuildUnderTest) throws {
        let cli = try Runner("normal", binary: binary)
        defer { cli.cleanUp() }
        try FileManager.default.createDirectory(atPath: cli.folder + "/rel/sub", withIntermediateDirectories: true)
        let result = try cli.run(["--state-file", cli.folder + "/rel/../rel/./x/../y.json"], input: "d\nq\n")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.flatStdout.contains("Progress saved to \(cli.folder)/rel/y.json."), "\(result.stdout.suffix(300))")
        let relative = try cli.run(["status", "--state-file", "rel//./y.json"])
        #expect(relative.status == 1, "\(relative.stderr)")
        // Through a link, `..` is the kernel's: the link's folder's parent.
        try FileManager.default.createSymbolicLink(atPath: cli.folder + "/link", withDestinationPath: "rel/sub")
        let linked = try cli.run(["status", "--state-file", cli.folder + "/link/../y.json"])
        #expect(linked.status == 1, "link/.. is rel, where y.json is: \(linked.stdout) \(linked.stderr)")
        let missing = try cli.run(["status", "--state-file", cli.folder + "/link/../z.json"])
        #expect(missing.stdout == "No progress saved yet at \(cli.folder)/link/../z.json. Run `optout` to start.\n", "\(missing.stdout)")
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
