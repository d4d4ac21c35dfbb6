import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Promise 4: when a save fails (full disk, read-only folder or file system, a folder where the file should
/// be, a file where the folder should be) the old bytes stay, no temporary file is left, the member is told
/// clearly, and the walkthrough keeps its state in memory and saves it when the next answer can.
@Suite("Write failures", .ownThreads)
struct WriteFailureTests {
    /// A note far larger than the file size limit below, so the save of any state holding it fails.
    static let hugeNote = String(repeating: "x", count: 20_000)
    /// RLIMIT_FSIZE of 16 blocks (8 KiB with dash's 512-byte blocks, 16 KiB with bash's): an ordinary save fits.
    static let smallDisk = "ulimit -f 16; exec \"$0\" \"$@\""

    /// Seeds a progress file with note "before" on step 1 and returns its bytes.
    func seed(_ cli: Runner, prefix: [String] = []) throws -> Data {
        let result = try cli.run([], input: "n before\nq\n", prefix: prefix)
        #expect(result.status == 1, "\(result.stderr)")
        return try #require(cli.stateBytes())
    }

    /// Drives a run whose saves fail from `breakIt` until `repair`, then checks that the answers kept in memory
    /// reach the file. `failure` is the start of the message the member must see; `oldBytesAt` is where the
    /// old file's bytes are while the saves fail (the progress path, unless `breakIt` moves them).
    func failThenRecover(
        _ cli: Runner, prefix: [String] = [], failure: String, oldBytesAt: String? = nil,
        breakIt: () throws -> Void, repair: () throws -> Void
    ) throws {
        _ = try seed(cli, prefix: prefix)
        let live = try LiveRun(cli, prefix: prefix)
        let offer = try #require(live.waitFor("Answer: 1 or Enter resume"), "\(live.text) \(live.stderr)")
        live.send("1\n")
        var mark = try #require(live.waitFor("Answer: d done", after: offer), "\(live.text.suffix(500))")
        // Resuming saved (it stamps the time): these are the bytes a failed save must leave.
        let before = try #require(cli.stateBytes())
        try breakIt()

        // The failing save: step 1 marked done.
        live.send("d\n")
        let told = try #require(live.waitFor(failure, after: mark), "no message: \(live.text.suffix(800))")
        mark = try #require(live.waitFor("> ", after: told))
        #expect(live.flatText.contains("Your change is kept in memory, and each change tries again"), "\(live.text.suffix(600))")
        #expect(live.flatText.contains("q quits once it saves. Ctrl-C tries once more, then quits."), "what q does, truly")
        #expect(FileManager.default.contents(atPath: oldBytesAt ?? cli.statePath) == before, "the old bytes changed")
        #expect(cli.temporaryFiles().isEmpty, "a temporary file was left: \(cli.temporaryFiles())")
        #expect(live.process.isRunning, "the walkthrough ended on a failed save")

        // Once the cause is gone, the next answer saves everything kept in memory.
        try repair()
        live.send("n saved after repair\n")
        #expect(live.waitFor("Note saved.", after: mark) != nil, "\(live.text.suffix(800))")
        live.send("q\n")
        #expect(live.finish() == 1)
        let saved = try cli.loadState()
        #expect(saved.record("about")?.status == .done, "the answer given while saving failed was lost")
        #expect(saved.record("about")?.note == "before")
        #expect(saved.currentStepId == "platform")
        #expect(saved.record("platform")?.note == "saved after repair")
        #expect(cli.temporaryFiles().isEmpty)
    }

    // MARK: Full disk

    /// With SIGXFSZ ignored (here by the shell; see the next test for the binary itself), a write past
    /// RLIMIT_FSIZE fails with EFBIG like a full disk does.
    @Test func aFullDiskKeepsTheOldFileAndTheStateInMemory() throws {
        let cli = Runner("fsize")
        defer { cli.cleanUp() }
        _ = try seed(cli)
        let live = try LiveRun(cli, shell: "trap '' XFSZ; " + Self.smallDisk)
        let offer = try #require(live.waitFor("Answer: 1 or Enter resume"))
        live.send("1\n")
        var mark = try #require(live.waitFor("Answer: d done", after: offer))
        let before = try #require(cli.stateBytes())
        live.send("n \(Self.hugeNote)\n")
        mark = try #require(live.waitFor("Could not write \(cli.statePath): file too large.", after: mark), "\(live.text.suffix(500))")
        #expect(cli.stateBytes() == before)
        #expect(cli.temporaryFiles().isEmpty)
        // Saves keep failing while the huge note is in the state, and every answer is kept in memory.
        live.send("d\n")
        mark = try #require(live.waitFor("file too large", after: mark))
        live.send("b\n")
        mark = try #require(live.waitFor("file too large", after: mark))
        #expect(cli.stateBytes() == before)
        // A short note replaces the huge one: the save fits again, with step 1 done.
        live.send("n short\n")
        #expect(live.waitFor("Note saved.", after: mark) != nil, "\(live.text.suffix(500))")
        live.send("q\n")
        #expect(live.finish() == 1)
        let saved = try cli.loadState()
        #expect(saved.record("about")?.status == .done)
        #expect(saved.record("about")?.note == "short")
        #expect(cli.temporaryFiles().isEmpty)
    }

    /// The binary itself must not die of SIGXFSZ (the default action kills it and leaves a temporary file):
    /// it has to ignore the signal so write(2) returns EFBIG and the member is told.
    @Test func theBinaryIgnoresSIGXFSZ() throws {
        let cli = Runner("xfsz")
        defer { cli.cleanUp() }
        _ = try seed(cli)
        // Standard output is a pipe: only the progress file meets the size limit. SIGXFSZ gets its default
        // action back first, whatever the test runner left it at (an ignored signal stays ignored across exec).
        let live = try LiveRun(cli, shell: Self.smallDisk, prefix: ["/usr/bin/env", "--default-signal=XFSZ"])
        let offer = try #require(live.waitFor("Answer: 1 or Enter resume"))
        live.send("1\n")
        _ = try #require(live.waitFor("Answer: d done", after: offer))
        let before = try #require(cli.stateBytes())
        live.send("n \(Self.hugeNote)\nq\n")
        let status = live.finish()
        #expect(live.process.terminationReason == .exit, "killed by signal \(status)")
        #expect(live.flatText.contains("Could not write \(cli.statePath): file too large."))
        #expect(cli.temporaryFiles().isEmpty, "left \(cli.temporaryFiles())")
        #expect(cli.stateBytes() == before)
        // Whatever happened, the next start removes what was left and loads the old progress.
        #expect(try cli.run(["start"], input: "1\nq\n").status == 1)
        #expect(cli.temporaryFiles().isEmpty)
        #expect(try cli.loadState().record("about")?.note == "before")
    }

    // MARK: Read-only folder and file system

    /// Permission checks do not apply to root, so as root the binary runs as `nobody` (setpriv); the
    /// folder is then read-only for it (0500) while the lock file beside the progress exists, as after
    /// any earlier run.
    static var asNobody: [String] { getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : [] }

    /// Makes the state folder `nobody`'s, and runs a copy of the binary that `nobody` can reach (the build
    /// folder may be under a home folder closed to others).
    func prepareForNobody(_ cli: inout Runner) throws {
        guard getuid() == 0 else { return }
        try #require(access("/usr/bin/setpriv", X_OK) == 0, "setpriv (util-linux) is needed to drop root")
        try FileManager.default.createDirectory(atPath: cli.stateFolder, withIntermediateDirectories: true)
        chmod(cli.folder, 0o755)
        try Runner.shell("chown 65534:65534 '\(cli.stateFolder)'")
        let copy = cli.folder + "/optout"
        try copyExecutable(Runner.binary, to: copy)
        cli.executable = copy
        let version = try cli.run(["--version"], prefix: Self.asNobody)
        try #require(version.status == 0, "nobody cannot run \(copy): \(version.stderr)")
    }

    @Test func aReadOnlyFolderKeepsTheOldFileAndTheStateInMemory() throws {
        var cli = Runner("rofolder")
        defer { cli.cleanUp() }
        try prepareForNobody(&cli)
        try failThenRecover(
            cli, prefix: Self.asNobody, failure: "Could not create a temporary file beside \(cli.statePath): permission denied.",
            breakIt: { #expect(chmod(cli.stateFolder, 0o500) == 0) }, repair: { #expect(chmod(cli.stateFolder, 0o700) == 0) })
    }

    /// The save that goes with the last step fails, and so does the second try: no "All done", no
    /// status 0, and the member is told plainly that the last change was not saved.
    @Test func aLastStepWhoseSaveFailsIsNeverAllDone() throws {
        let cli = Runner("lastsave")
        defer { cli.cleanUp() }
        // Every step answered but the last; then a note too large for the file size limit on the last
        // step, so its save and the final one fail.
        let walk = "d\n1\n1\n1\nd\nd\nd\nd\nd\nr\n\n\ns not wanted\n"
        let result = try cli.run([], input: walk + "q\n")
        #expect(result.status == 1, "\(result.stderr)")
        // Through pipes: the output is no file, so the file size limit meets only the progress file.
        let live = try LiveRun(cli, shell: "trap '' XFSZ; " + Self.smallDisk)
        let offer = try #require(live.waitFor("Answer: 1 or Enter resume"))
        live.send("1\n")
        let mark = try #require(live.waitFor("Answer: d finish", after: offer))
        // Resuming saves (its time differs once the clock has moved to the next second), before the
        // last step is shown: from here on nothing may reach the file.
        let before = try #require(cli.stateBytes())
        live.send("n \(Self.hugeNote)\n")
        let told = try #require(live.waitFor("file too large", after: mark), "\(live.text.suffix(500))")
        live.send("d\n")
        #expect(live.waitFor("your last change was NOT saved", after: told) != nil, "\(live.text.suffix(800))")
        #expect(live.finish() == 3, "the last change was not saved")
        #expect(!live.text.contains("All done"))
        #expect(cli.stateBytes() == before)
        #expect(cli.temporaryFiles().isEmpty)
    }

    @Test func endOfInputWhileSavesFailSaysSoAndEndsWithStatus3() throws {
        var cli = Runner("roquit")
        defer { cli.cleanUp() }
        try prepareForNobody(&cli)
        let before = try seed(cli, prefix: Self.asNobody)
        chmod(cli.stateFolder, 0o500)
        let result = try cli.run([], input: "1\nd\n", prefix: Self.asNobody)
        #expect(result.status == 3, "the last change was not saved: the progress file cannot be written")
        #expect(result.exitedNormally)
        let end = try #require(result.flatStdout.range(of: "Input ended."))
        #expect(result.flatStdout[end.upperBound...].contains("Could not create a temporary file beside \(cli.statePath): permission denied."),
                "the member is told the last answers were not saved: \(result.stdout.suffix(400))")
        #expect(result.flatStdout.contains("your last change was NOT saved"), "\(result.stdout.suffix(400))")
        #expect(!result.flatStdout.contains("Progress saved to"))
        #expect(cli.stateBytes() == before)
        #expect(cli.temporaryFiles().isEmpty)
    }

    /// A read-only file system (EROFS), as root too: a tmpfs remounted read-only in a private mount namespace.
    /// The walkthrough cannot take its lock there and says so; reading still works; nothing changes.
    @Test(.enabled(if: getuid() == 0 || inCI, "needs root for a private mount namespace (always run in CI)"))
    func aReadOnlyFileSystemRefusesToStartAndChangesNothing() throws {
        let cli = Runner("erofs")
        defer { cli.cleanUp() }
        let seeded = try seed(cli)
        let mountPoint = cli.folder + "/ro"
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        let path = mountPoint + "/state/progress.json"
        let binary = Runner.binary
        let script = """
            set -u
            mount -t tmpfs -o size=1m tmpfs '\(mountPoint)' || exit 90
            mkdir '\(mountPoint)/state' && cp -p '\(cli.statePath)' '\(cli.statePath).lock' '\(mountPoint)/state/' || exit 91
            mount -o remount,ro '\(mountPoint)' || exit 92
            '\(binary)' status > '\(cli.folder)/status.out' 2>&1; echo $? > '\(cli.folder)/status.rc'
            printf '1\\nd\\nq\\n' | '\(binary)' > '\(cli.folder)/start.out' 2> '\(cli.folder)/start.err'; echo $? > '\(cli.folder)/start.rc'
            cmp -s '\(cli.statePath)' '\(path)' && echo same > '\(cli.folder)/cmp'
            ls -A '\(mountPoint)/state' > '\(cli.folder)/ls'
            """
        let result = try Runner.execute(
            ["/usr/bin/unshare", "-m", "/bin/sh", "-c", script], input: Data(),
            environment: cli.environment.merging(["OPTOUT_STATE_FILE": path]) { $1 }, folder: cli.folder)
        try #require(result.status == 0, "could not set up a read-only file system: \(result.status) \(result.stderr)")
        func read(_ name: String) -> String {
            ((try? String(contentsOfFile: cli.folder + "/" + name, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(read("status.rc") == "1", "reading works on a read-only file system: \(read("status.out"))")
        #expect(read("start.rc") == "3")
        #expect(read("start.err") == "optout: Could not open the lock file \(path).lock: read-only file system.")
        #expect(read("cmp") == "same", "the progress file changed")
        #expect(read("ls").split(separator: "\n").sorted() == ["progress.json", "progress.json.lock"])
        #expect(cli.stateBytes() == seeded)
    }

    // MARK: A folder where the file should be, a file where the folder should be

    @Test func aProgressPathThatIsAFolderIsRefusedAndLeftAlone() throws {
        let cli = Runner("isfolder")
        defer { cli.cleanUp() }
        try FileManager.default.createDirectory(atPath: cli.statePath, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: cli.statePath + "/notes.txt"))
        for arguments in [[], ["status"], ["status", "--json"], ["summary"], ["start", "--start-over"]] {
            let result = try cli.run(arguments, input: "d\nq\n")
            #expect(result.status == 3, "optout \(arguments): \(result.status)")
            // Starting over moves a file aside, never a folder.
            let action = arguments.contains("--start-over") ? "move aside" : "read"
            #expect(result.stderr == "optout: Could not \(action) \(cli.statePath): it is a folder, not a file; give a file path with --state-file.\n",
                    "optout \(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.statePath) == ["notes.txt"])
        #expect(FileManager.default.contents(atPath: cli.statePath + "/notes.txt") == Data("mine".utf8))
        #expect(cli.temporaryFiles().isEmpty)
    }

    @Test func aFolderAppearingWhereTheFileWasFailsTheSaveUntilItIsGone() throws {
        let cli = Runner("becomesfolder")
        defer { cli.cleanUp() }
        let moved = cli.statePath + ".moved"
        try failThenRecover(
            cli, failure: "Could not save progress to \(cli.statePath): it is a folder, not a file", oldBytesAt: moved,
            breakIt: {
                try FileManager.default.moveItem(atPath: cli.statePath, toPath: moved)
                try FileManager.default.createDirectory(atPath: cli.statePath, withIntermediateDirectories: false)
            },
            repair: {
                try FileManager.default.removeItem(atPath: cli.statePath)
                try FileManager.default.moveItem(atPath: moved, toPath: cli.statePath)
            })
    }

    @Test func aParentThatIsAFileIsRefusedAndLeftAlone() throws {
        let cli = Runner("parentfile")
        defer { cli.cleanUp() }
        let file = cli.folder + "/notes.txt"
        try Data("mine".utf8).write(to: URL(fileURLWithPath: file))
        let result = try cli.run(["--state-file", file + "/progress.json"], input: "d\nq\n")
        #expect(result.status == 3)
        #expect(result.stderr == "optout: Could not use the folder \(file): it is not a folder.\n", "\(result.stderr)")
        #expect(FileManager.default.contents(atPath: file) == Data("mine".utf8))
    }
}
