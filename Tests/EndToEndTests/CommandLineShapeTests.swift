import Foundation
import OptOutTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The command line as documented: options before the command, unknown commands named, the real reason a
/// guide file cannot be read, and help that claims no option where it does not work.
@Suite("The command line's shape", .ownThreads)
struct CommandLineShapeTests {
    @Test(arguments: BuildUnderTest.allCases)
    func optionsBeforeTheCommandWorkAsAfterIt(binary: BuildUnderTest) throws {
        let cli = try Runner("order", binary: binary)
        defer { cli.cleanUp() }
        let other = cli.folder + "/other.json"
        try cli.run(["--state-file", other], input: "d\nq\n")
        let guide = cli.folder + "/g.json"
        #expect(try cli.run(["guide", "export", "--output", guide]).status == 0)

        for (before, after) in [
            (["--state-file", other, "status"], ["status", "--state-file", other]),
            (["--state-file=\(other)", "status", "--json"], ["status", "--json", "--state-file", other]),
            (["--guide", guide, "summary", "--state-file", other], ["summary", "--guide", guide, "--state-file", other]),
            (["--plain", "--guide", guide, "--state-file", other, "status"], ["status", "--state-file", other]),
            (["--guide", guide, "guide", "--format", "markdown"], ["guide", "--format", "markdown", "--guide", guide]),
            (["--guide", guide, "guide", "export"], ["guide", "export", "--guide", guide]),
        ] {
            let first = try cli.run(before), second = try cli.run(after)
            #expect(first.status == second.status, "optout \(before): \(first.status) \(first.stderr)")
            #expect(first.stdout == second.stdout, "optout \(before)")
            #expect(first.stderr == second.stderr)
        }
        // A value that happens to be a command's name stays a value: here a progress file named "status".
        let named = try cli.run(["--state-file", "status"], input: "q\n")
        #expect(named.status == 1, "\(named.stderr)")
        #expect(FileManager.default.fileExists(atPath: cli.folder + "/status"))
    }

    @Test(arguments: BuildUnderTest.allCases)
    func anUnknownCommandIsNamedWithTheCommandsThatExist(binary: BuildUnderTest) throws {
        let cli = try Runner("bogus", binary: binary)
        defer { cli.cleanUp() }
        let top = ["start", "status", "summary", "reset", "guide", "draft", "recheck", "remind", "report", "qr"]
        let underGuide = ["print", "export", "validate"]
        for (arguments, place, commands) in [
            (["bogus"], "", top), (["--state-file", cli.statePath, "bogus"], "", top), (["help", "bogus"], "", top),
            (["help", "guide", "bogus"], " of optout guide", underGuide), (["guide", "bogus"], " of optout guide", underGuide),
        ] {
            let result = try cli.run(arguments)
            #expect(result.status == 64, "optout \(arguments): \(result.status)")
            #expect(result.stderr.hasPrefix("optout: \"bogus\" is not a command\(place). The commands are: \(commands.joined(separator: ", "))."),
                    "optout \(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: cli.statePath))
        let help = try cli.run(["help", "status"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: optout status"), "\(help.stdout.prefix(300))")
    }

    @Test(arguments: BuildUnderTest.allCases)
    func aGuideFileThatCannotBeReadIsToldWithTheRealReason(binary: BuildUnderTest) throws {
        let cli = try Runner("guideread", binary: binary)
        defer { cli.cleanUp() }
        let missing = cli.folder + "/missing.json", folder = cli.folder + "/folder.json", fifo = cli.folder + "/fifo.json"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(mkfifo(fifo, 0o600) == 0)
        for (path, reason) in [
            (missing, "no such file"), (folder, "it is a folder"),
            (fifo, "it is not a regular file (a device, a FIFO or a socket)"),
        ] {
            let validate = try cli.run(["guide", "validate", path], timeout: 15)
            #expect(validate.status == 5)
            #expect(validate.stderr == "optout: Could not read the guide file \(path): \(reason).\n", "\(validate.stderr)")
            let used = try cli.run(["status", "--guide", path], timeout: 15)
            #expect(used.status == 5)
            #expect(used.stderr == "optout: Could not read the guide file \(path): \(reason).\n", "\(used.stderr)")
        }
    }

    /// The help says which commands take which options; each claim is tried.
    @Test func theHelpClaimsOptionsOnlyWhereTheyWork() throws {
        let cli = Runner("helpclaims")
        defer { cli.cleanUp() }
        let help = try cli.run(["--help"]).stdout
        #expect(help.contains("Every command but `guide validate` takes --state-file"), "\(help)")
        #expect(help.contains("6 an output file (--output, --ics) cannot be written"), "\(help)")
        let guide = cli.folder + "/g.json"
        #expect(try cli.run(["guide", "export", "--output", guide]).status == 0)
        for command in [["start"], ["status"], ["summary"], ["reset"], ["guide"], ["guide", "print"], ["guide", "export"], ["draft"], ["recheck"], ["remind"], ["report"]] {
            let result = try cli.run(command + ["--state-file", cli.statePath, "--guide", guide, "--plain", "--help"])
            #expect(result.status == 0, "optout \(command) does not take the options the help promises: \(result.stderr)")
            // --plain changes something only where there is a walkthrough to show.
            #expect(!result.stdout.contains("instead of the full screen"), "optout \(command): \(result.stdout)")
        }
        let validate = try cli.run(["guide", "validate", "--help"]).stdout
        #expect(!validate.contains("--state-file") && !validate.contains("--guide"))
    }
}
