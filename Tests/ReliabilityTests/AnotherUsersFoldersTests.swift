import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Promise 25: run as root with another user's HOME (`sudo -E optout`), optout leaves nothing of root's in
/// that user's folders: it refuses, names the user and says how to run optout as them, so the member can
/// still use their checklist; it never tells root to remove a member's lock. An output file of another user
/// that root replaces keeps its owner, as the shell's `>` keeps it. `nobody` plays the member.
@Suite("Another user's folders, as root", .ownThreads)
struct AnotherUsersFoldersTests {
    static let asNobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]

    /// The owner of a path ("uid:gid"), without following a link.
    func owner(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0 else { return "nothing" }
        return "\(info.st_uid):\(info.st_gid)"
    }

    /// Every path under a folder, with its owner, sorted.
    func ownersUnder(_ folder: String) -> [String] {
        let paths = (FileManager.default.subpaths(atPath: folder) ?? []).sorted()
        return paths.map { "\($0) \(owner(folder + "/" + $0))" }
    }

    /// A runner whose HOME is a folder of `nobody`'s (with the `.local` folder other programs share), running
    /// a copy of the binary `nobody` can reach.
    func memberHome(_ name: String, binary: BuildUnderTest) throws -> (cli: Runner, home: String) {
        var cli = try Runner(name, binary: binary)
        try #require(access("/usr/bin/setpriv", X_OK) == 0, "setpriv (util-linux) is needed to run as nobody")
        chmod(cli.folder, 0o755)
        let home = cli.folder + "/member"
        try FileManager.default.createDirectory(atPath: home + "/.local", withIntermediateDirectories: true)
        try Runner.shell("chown -R 65534:65534 '\(home)'")
        let copy = cli.folder + "/optout"
        try copyExecutable(cli.executable, to: copy)
        cli.executable = copy
        cli = cli.withEnvironment(["HOME": home], removing: ["OPTOUT_STATE_FILE", "XDG_STATE_HOME"])
        return (cli, home)
    }

    static let refusal = "optout: optout is running as root, but %@ belongs to the user nobody: what optout saved there would belong to root, and nobody could no longer use it. Run optout as nobody: sudo -u nobody optout (with sudo, leave out -E, so that HOME is root's own).\n"

    static func refusal(naming path: String) -> String { refusal.replacingOccurrences(of: "%@", with: path) }

    @Test(.enabled(if: devicesNeeded, "needs root (always run in CI)"), arguments: BuildUnderTest.allCases)
    func rootWithAMembersHomeRefusesAndLeavesNothingOfRoots(binary: BuildUnderTest) throws {
        let (cli, home) = try memberHome("roothome", binary: binary)
        defer { cli.cleanUp() }
        let before = ownersUnder(home)

        // Nothing saved yet: each command that writes is refused, and nothing is made in the member's home.
        // (`reset` finds nothing to reset and `recheck` nothing saved; neither locks.)
        for (arguments, expected) in [([], 3), (["--plain"], 3), (["start", "--start-over"], 3), (["reset", "--yes"], 0), (["recheck"], 2)] as [([String], Int32)] {
            let result = try cli.run(arguments, input: "d\nq\n")
            #expect(result.status == expected, "optout \(arguments): \(result.status) \(result.stderr)")
            #expect(ownersUnder(home) == before, "optout \(arguments) left \(ownersUnder(home))")
        }
        let first = try cli.run([], input: "d\nq\n")
        #expect(first.status == 3)
        #expect(first.stderr == Self.refusal(naming: home + "/.local"), "\(first.stderr)")

        // The member starts their checklist.
        let member = try cli.run([], input: "d\nq\n", prefix: Self.asNobody)
        #expect(member.status == 1, "\(member.stderr)")
        let progress = home + "/.local/state/optout/progress.json"
        #expect(owner(progress) == "65534:65534")
        let saved = try #require(cli.stateBytes(progress))

        // Root again, with the member's progress and lock there: refused, never told to remove the lock.
        for arguments in [[], ["start", "--start-over"], ["reset", "--yes"], ["recheck"], ["remind", "--ics", "-", "--recheck-days", "30"]] {
            let result = try cli.run(arguments, input: "1\nd\nq\n")
            #expect(result.status == 3, "optout \(arguments): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains("belongs to the user nobody"), "optout \(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Remove it"), "optout \(arguments): \(result.stderr)")
        }
        // Named with --state-file, the member's file is refused too, and so is its lock file once the file
        // is gone from the check (the lock alone in a folder of root's).
        let named = try cli.run(["--state-file", progress], input: "1\nd\nq\n")
        #expect(named.stderr == Self.refusal(naming: progress), "\(named.stderr)")
        // What the old message advised: the lock removed. Still refused; the member's file is untouched.
        try FileManager.default.removeItem(atPath: progress + ".lock")
        let afterRemoval = try cli.run([], input: "1\nd\nq\n")
        #expect(afterRemoval.status == 3, "\(afterRemoval.stderr)")
        #expect(cli.stateBytes(progress) == saved)
        #expect(ownersUnder(home).allSatisfy { $0.hasSuffix(" 65534:65534") }, "\(ownersUnder(home))")

        // The member goes on with their checklist.
        // (Resume, then the first answer on the platform question.)
        let again = try cli.run([], input: "1\n1\nq\n", prefix: Self.asNobody)
        #expect(again.status == 1, "\(again.stderr)")
        #expect(cli.stateBytes(progress) != saved, "the member's next step was not saved")
        let status = try cli.run(["status"], prefix: Self.asNobody)
        #expect(status.status == 1, "\(status.stderr)")
        #expect(ownersUnder(home).allSatisfy { $0.hasSuffix(" 65534:65534") }, "\(ownersUnder(home))")
    }

    @Test(.enabled(if: devicesNeeded, "needs root (always run in CI)"), arguments: BuildUnderTest.allCases)
    func aLockFileOfAnotherUserIsNeverRootsToRemove(binary: BuildUnderTest) throws {
        let cli = try Runner("rootlock", binary: binary)
        defer { cli.cleanUp() }
        let lock = cli.statePath + ".lock"
        try FileManager.default.createDirectory(atPath: cli.stateFolder, withIntermediateDirectories: true)
        try Data("4242\n".utf8).write(to: URL(fileURLWithPath: lock))
        try Runner.shell("chown 65534:65534 '\(lock)'")
        let result = try cli.run([], input: "d\nq\n")
        #expect(result.status == 3)
        #expect(result.stderr == Self.refusal(naming: lock), "\(result.stderr)")
        #expect(cli.stateBytes(lock) == Data("4242\n".utf8))
        #expect(namesIn(cli.stateFolder) == ["progress.json.lock"])
    }

    @Test(.enabled(if: devicesNeeded, "needs root (always run in CI)"), arguments: BuildUnderTest.allCases, OutputCommand.all)
    func anOutputRootReplacesKeepsItsOwner(binary: BuildUnderTest, command: OutputCommand) throws {
        let cli = try command.runner("rootout", binary: binary)
        defer { cli.cleanUp() }
        let output = cli.folder + "/member-output.txt"
        try Data("the member's old text\n".utf8).write(to: URL(fileURLWithPath: output))
        try Runner.shell("chown 65534:65534 '\(output)' && chmod 0640 '\(output)'")
        let result = try cli.run(command.line(output))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(owner(output) == "65534:65534", "the replaced file became root's")
        var info = stat()
        #expect(stat(output, &info) == 0 && info.st_mode & 0o7777 == 0o640)
        #expect(cli.stateBytes(output) != Data("the member's old text\n".utf8), "the output was not written")
    }
}
