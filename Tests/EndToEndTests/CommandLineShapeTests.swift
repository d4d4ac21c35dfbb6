import Foundation
import OptOutTestSupport
import ArgumentParser
import Testing
@testable import optout

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
            // Between a command's words, and any option of the command, not only the shared ones.
            (["guide", "--guide", guide, "export"], ["guide", "export", "--guide", guide]),
            (["guide", "--state-file", other, "print"], ["guide", "print", "--state-file", other]),
            (["guide", "--format", "markdown", "print"], ["guide", "print", "--format", "markdown"]),
            (["--linkedin-language", "de", "guide"], ["guide", "--linkedin-language", "de"]),
            (["--linkedin-language=fr", "--guide", guide, "qr", "7"], ["qr", "7", "--guide", guide, "--linkedin-language", "fr"]),
            (["--stale-days", "0", "--json", "status", "--state-file", other], ["status", "--json", "--stale-days", "0", "--state-file", other]),
            (["--recheck-days", "30", "--format", "json", "summary", "--state-file", other],
             ["summary", "--format", "json", "--recheck-days", "30", "--state-file", other]),
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

    /// An option placed before a command that does not take it is named with that command, and with the
    /// commands that do take it; never "Unexpected argument" and another command's usage.
    @Test func anOptionBeforeACommandThatDoesNotTakeItIsNamedWithTheCommand() throws {
        let cli = Runner("misplaced")
        defer { cli.cleanUp() }
        let guide = cli.folder + "/g.json"
        #expect(try cli.run(["guide", "export", "--output", guide]).status == 0)
        for (arguments, message) in [
            (["--linkedin-language", "de", "status"],
             "`optout status` does not take --linkedin-language (optout start, optout guide print and optout qr take it). See `optout status --help`."),
            (["--json", "summary"], "`optout summary` does not take --json (optout status takes it). See `optout summary --help`."),
            (["guide", "--format", "markdown", "export"],
             "`optout guide export` does not take --format (optout summary and optout guide print take it). See `optout guide export --help`."),
            (["--guide", guide, "guide", "validate", guide],
             "`optout guide validate` does not take --guide (optout start, optout status, optout summary, optout reset, optout guide print, optout guide export, optout draft, optout recheck, optout remind, optout report and optout qr take it). See `optout guide validate --help`."),
            (["--level=H", "draft"], "`optout draft` does not take --level (optout qr takes it). See `optout draft --help`."),
        ] {
            let result = try cli.run(arguments)
            #expect(result.status == 64, "optout \(arguments): \(result.status)")
            #expect(result.stderr == "optout: \(message)\n", "optout \(arguments)")
            #expect(result.stdout.isEmpty)
        }
        // A bad value for an option the command does take is still the parser's own message.
        let bad = try cli.run(["--linkedin-language", "xx", "guide"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("\"xx\" is not a language optout knows"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.statePath))
    }

    /// The table of options the command line is arranged by holds exactly the options the commands
    /// declare, each with whether it takes a value: a new option cannot be forgotten there.
    @Test func theOptionTableMatchesTheCommands() throws {
        let tree = try #require(CommandLineArguments.CommandOptions.read(OptOut.self))
        var declared: [String: Bool] = [:]
        func collect(_ command: CommandLineArguments.CommandOptions) {
            for (name, takesValue) in command.arity where !["--help", "-h", "--version"].contains(name) {
                #expect(declared[name] == nil || declared[name] == takesValue, "\(name) takes a value in one command, not in another")
                declared[name] = takesValue
            }
            command.subcommands.forEach(collect)
        }
        collect(tree)
        #expect(declared == CommandLineArguments.options)
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

    /// The help's examples are set line by line (lines starting with spaces); the argument parser wraps
    /// `--help` at 80 columns, and the man page made from the help (`make man`) sets them 5 columns in
    /// for `optout`, 13 for a command and 21 for a command's command, in lines of 78 at 80 columns.
    /// Each line fits both, so no example breaks into a stray word at the left edge.
    @Test func theExamplesInTheHelpFitTheHelpAndTheManPage() throws {
        func check(_ command: any ParsableCommand.Type, depth: Int, name: String) {
            let limit = min(79, 78 - 5 - 8 * depth)
            for line in command.configuration.discussion.split(separator: "\n") where line.hasPrefix(" ") {
                #expect(line.count <= limit, "\(name): \"\(line)\" is \(line.count) wide; at most \(limit) fit")
            }
            for sub in command.configuration.subcommands {
                check(sub, depth: depth + 1, name: name + " " + sub._commandName)
            }
        }
        check(OptOut.self, depth: 0, name: "optout")
        // And the help as printed at 80 columns keeps each example line whole.
        let cli = Runner("helpwidth")
        defer { cli.cleanUp() }
        let help = try cli.run(["--help"], extraEnvironment: ["COLUMNS": "80"]).stdout
        for line in OptOut.configuration.discussion.split(separator: "\n") where line.hasPrefix("  ") {
            #expect(help.contains("\n" + line + "\n"), "\"\(line)\" is not whole in the help")
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
