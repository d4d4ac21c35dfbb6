import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Promise 20: links are followed only as the kernel's fs.protected_symlinks rule allows, whatever the
/// machine's setting; the lock file is never followed, never truncated when it is not optout's own, and
/// never takes descriptor 0, 1 or 2 when those are closed.
@Suite("Links and the lock", .ownThreads)
struct LinksAndLockTests {
    static let victimBytes = Data("precious, not optout's\n".utf8)

    /// A folder like /tmp: sticky and writable by all.
    func sharedFolder(_ cli: Runner) throws -> String {
        let shared = cli.folder + "/shared"
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: true)
        #expect(chmod(shared, 0o1777) == 0)
        chmod(cli.folder, 0o755)
        return shared
    }

    @Test(.enabled(if: devicesNeeded, "needs root to give a link another owner (always run in CI)"), arguments: BuildUnderTest.allCases)
    func aLinkAnotherUserPlantedInASharedFolderIsNotFollowed(binary: BuildUnderTest) throws {
        let cli = try Runner("planted", binary: binary)
        defer { cli.cleanUp() }
        let shared = try sharedFolder(cli)
        let victim = cli.folder + "/victim/notes.txt"
        try FileManager.default.createDirectory(atPath: cli.folder + "/victim", withIntermediateDirectories: true)
        try Self.victimBytes.write(to: URL(fileURLWithPath: victim))
        let planted = shared + "/p.json"
        try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: victim)
        try Runner.shell("chown -h 65534:65534 '\(planted)'")

        for arguments in [["status"], ["summary"], [], ["start", "--start-over"], ["reset", "--yes"]] {
            let result = try cli.run(arguments + ["--state-file", planted], input: "d\nq\n")
            #expect(result.status == 3, "optout \(arguments): \(result.status) \(result.stderr)")
            #expect(result.stderr == "optout: Could not use \(planted): it is a symbolic link owned by another user in a folder anyone can write to (sticky), so optout does not follow it.\n",
                    "optout \(arguments): \(result.stderr)")
        }
        #expect(FileManager.default.contents(atPath: victim) == Self.victimBytes)
        #expect(namesIn(cli.folder + "/victim") == ["notes.txt"], "no backup or lock beside the victim")
        #expect(namesIn(shared) == ["p.json"])
        #expect(kindOfFile(planted) == "link")

        // The same link owned by the folder's owner (here root, as /tmp is root's) is followed.
        try Runner.shell("chown -h 0:0 '\(planted)'")
        let followed = try cli.run(["status", "--state-file", planted])
        #expect(followed.status == 3, "\(followed.stderr)")
        #expect(followed.stderr.contains("cannot be read: it is not valid JSON"), "it was followed and read: \(followed.stderr)")
        // And one owned by the member running optout, in a folder of another owner.
        try Runner.shell("chown 65534:65534 '\(shared)'")
        let own = try cli.run(["status", "--state-file", planted])
        #expect(own.stderr.contains("cannot be read: it is not valid JSON"), "\(own.stderr)")
    }

    /// The rule holds for every link on the way, not only the last part: a link to another folder planted
    /// in a shared folder (`/tmp/dir -> ~victim/.config`) is not followed either.
    @Test(.enabled(if: devicesNeeded, "needs root to give a link another owner (always run in CI)"), arguments: BuildUnderTest.allCases)
    func aFolderLinkAnotherUserPlantedInASharedFolderIsNotFollowed(binary: BuildUnderTest) throws {
        let cli = try Runner("plantedfolder", binary: binary)
        defer { cli.cleanUp() }
        let shared = try sharedFolder(cli)
        let victim = cli.folder + "/victim"
        try FileManager.default.createDirectory(atPath: victim, withIntermediateDirectories: true)
        try Self.victimBytes.write(to: URL(fileURLWithPath: victim + "/p.json"))
        let planted = shared + "/dir"
        try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: victim)
        try Runner.shell("chown -h 65534:65534 '\(planted)'")

        for path in [planted + "/p.json", planted + "/new.json", planted + "/sub/../p.json"] {
            for arguments in [["status"], ["summary"], [], ["start", "--start-over"], ["reset", "--yes"], ["draft"]] {
                let result = try cli.run(arguments + ["--state-file", path], input: "d\nq\n")
                #expect(result.status == 3, "optout \(arguments) \(path): \(result.status) \(result.stderr)")
                #expect(result.stderr == "optout: Could not use \(planted): it is a symbolic link owned by another user in a folder anyone can write to (sticky), so optout does not follow it.\n",
                        "optout \(arguments) \(path): \(result.stderr)")
            }
        }
        // Outputs are refused the same way.
        let output = try cli.run(["guide", "export", "--output", planted + "/out.json"])
        #expect(output.status == 6, "\(output.stderr)")
        #expect(namesIn(victim) == ["p.json"], "something was made beside the victim's file")
        #expect(FileManager.default.contents(atPath: victim + "/p.json") == Self.victimBytes)

        // Owned by the folder's owner (root here, as /tmp is root's), the link is followed.
        try Runner.shell("chown -h 0:0 '\(planted)'")
        let followed = try cli.run(["status", "--state-file", planted + "/p.json"])
        #expect(followed.stderr.contains("cannot be read: it is not valid JSON"), "it was followed and read: \(followed.stderr)")
    }

    @Test(arguments: BuildUnderTest.allCases)
    func aLockFileThatIsALinkIsNeitherFollowedNorTruncated(binary: BuildUnderTest) throws {
        let cli = try Runner("locklink", binary: binary)
        defer { cli.cleanUp() }
        let victim = cli.folder + "/victim.txt"
        try Self.victimBytes.write(to: URL(fileURLWithPath: victim))
        #expect(try cli.run([], input: "d\nq\n").status == 1)
        try FileManager.default.removeItem(atPath: cli.statePath + ".lock")
        try FileManager.default.createSymbolicLink(atPath: cli.statePath + ".lock", withDestinationPath: victim)
        for arguments in [[], ["reset", "--yes"], ["recheck"]] {
            let result = try cli.run(arguments, input: "d\nq\n")
            #expect(result.status == 3, "optout \(arguments): \(result.stderr)")
            #expect(result.stderr == "optout: Could not use the lock file \(cli.statePath).lock: it is a symbolic link; optout uses only a lock file of its own. Remove it if no optout is running.\n",
                    "optout \(arguments): \(result.stderr)")
        }
        #expect(FileManager.default.contents(atPath: victim) == Self.victimBytes, "the link's target was written")
    }

    /// A lock file of another user in the member's own folder (one an optout run as root left there) is
    /// refused and kept; the member, whose folder it is, is told to remove it. (As root, see
    /// `AnotherUsersFoldersTests`: root is never told to remove a member's lock.)
    @Test(.enabled(if: devicesNeeded, "needs root to give a file another owner (always run in CI)"), arguments: BuildUnderTest.allCases)
    func aLockFileOwnedBySomeoneElseIsLeftAsItIs(binary: BuildUnderTest) throws {
        var cli = try Runner("lockowner", binary: binary)
        defer { cli.cleanUp() }
        let lock = cli.statePath + ".lock"
        try FileManager.default.createDirectory(atPath: cli.stateFolder, withIntermediateDirectories: true)
        try Self.victimBytes.write(to: URL(fileURLWithPath: lock))
        chmod(cli.folder, 0o755)
        try Runner.shell("chown 65534:65534 '\(cli.stateFolder)' && chown 0:0 '\(lock)'")
        let copy = cli.folder + "/optout"
        try copyExecutable(cli.executable, to: copy)
        cli.executable = copy
        let asNobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        let result = try cli.run([], input: "d\nq\n", prefix: getuid() == 0 ? asNobody : [])
        #expect(result.status == 3)
        #expect(result.stderr == "optout: Could not use the lock file \(lock): it belongs to another user; optout uses only a lock file of its own. Remove it if no optout is running.\n",
                "\(result.stderr)")
        #expect(FileManager.default.contents(atPath: lock) == Self.victimBytes, "the lock file was truncated")
    }

    @Test(arguments: BuildUnderTest.allCases)
    func closedStandardStreamsNeverBecomeTheLockFile(binary: BuildUnderTest) throws {
        let cli = try Runner("closedfds", binary: binary)
        defer { cli.cleanUp() }
        // Standard output closed: the first prompt cannot be written, and the run says so and stops.
        let noOutput = try cli.run([], input: "d\nn hello\nq\n", shell: "exec \"$0\" \"$@\" >&-")
        #expect(noOutput.status == 1)
        #expect(noOutput.stderr == "optout: could not write the output: bad file descriptor.\n", "\(noOutput.stderr)")
        let lock = String(decoding: FileManager.default.contents(atPath: cli.statePath + ".lock") ?? Data(), as: UTF8.self)
        #expect(lock.allSatisfy { $0.isNumber || $0 == "\n" }, "the lock file holds more than a process id: \(lock.prefix(200))")

        // Standard input closed: input has ended; nothing from the lock file is read as an answer.
        let noInput = try cli.run([], shell: "exec \"$0\" \"$@\" <&-")
        #expect(noInput.status == 1, "\(noInput.stderr)")
        #expect(noInput.stdout.contains("Input ended."), "\(noInput.stdout.suffix(300))")
        #expect(!noInput.stdout.contains("is not an answer here"), "\(noInput.stdout.suffix(300))")

        // Standard error closed: an error still ends the run with its status.
        let noErrors = try cli.run(["status", "--state-file", cli.folder], shell: "exec \"$0\" \"$@\" 2>&-")
        #expect(noErrors.status == 3)
    }
}
