import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore
import OptOutPlain
import OptOutTUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct OptOut: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "optout",
        abstract: "Walks you through taking your data out of LinkedIn's AI training, step by step.",
        discussion: """
            optout never logs in and never uses the network: you make each change on LinkedIn \
            yourself; optout shows the way, saves your progress after every step, and prints a \
            summary you can keep.

            Examples:
              optout                          start, or resume where you stopped
              optout --plain                  line-by-line prompts (also when piped)
              optout status                   one line: how far you are
              optout status --json            the same for scripts
              optout summary --format markdown > optout-summary.md
              optout guide | less             read the whole walkthrough
              optout reset --yes              forget the saved progress
              optout draft --output objection.txt    the objection text for the form
              optout --linkedin-language de   LinkedIn's labels in German, with the English
              optout report --output report.md       screens that differed, to send in
              optout recheck                  later: is the setting still Off?
              optout remind --ics recheck.ics a calendar event for the next re-check
              optout qr                       the setting's link as a QR code, for your phone
              printf 'd\\n1\\n' | optout        answer prompts from a script

            Every command but `guide validate` takes --state-file PATH (the progress file; also \
            $OPTOUT_STATE_FILE) and --guide FILE (a guide from a JSON file instead of the built-in one), \
            before or after its name; --plain (line-by-line prompts) changes only the walkthrough. \
            --output and --ics take - for standard output. `optout help start` lists all options.

            Exit statuses: 0 complete or success, 1 unfinished (or the output could not be written), \
            2 nothing saved yet, 3 the progress file cannot be read or written (or HOME is not set), \
            4 another optout is using it, 5 the guide file is invalid, 6 an output file (--output, --ics) \
            cannot be written, 64 wrong command line.
            """,
        version: OptOutVersion.current,
        subcommands: [
            Start.self, Status.self, Summary.self, Reset.self, GuideCommand.self, Draft.self, Recheck.self, Remind.self,
            Report.self, QR.self,
        ],
        defaultSubcommand: Start.self
    )

    /// `optout` with no arguments (the usual way to start) runs the walkthrough at once, with the
    /// same defaults `start` has, without the argument parser's reflection at start-up: that saves
    /// milliseconds before the first frame. Everything else goes through the parser. An exit status
    /// (`ExitCode`) ends the process directly; the parser's own error handling builds its help text,
    /// which costs milliseconds at every exit.
    static func main() {
        // Over a file-size limit, write() should fail with EFBIG and the member be told; by default
        // SIGXFSZ would kill the process without a word.
        signal(SIGXFSZ, SIG_IGN)
        // A closed standard stream must not be handed to the lock or a progress file by the next open().
        StandardDescriptors.guardClosed()
        do {
            // Byte for byte: a path that is not UTF-8 must reach the file system unchanged.
            let arguments = PathBytes.arguments().dropFirst()
            if arguments.isEmpty {
                try Start.runWalkthrough(
                    settings: GlobalOptions.Settings(stateFile: nil, plain: false, guideFile: nil), startOver: false,
                    schedule: RecheckSchedule(), language: nil, staleDays: GuideAge.defaultStaleDays)
            } else {
                switch CommandLineArguments.arrange(Array(arguments), root: OptOut.self) {
                case let .arguments(arranged):
                    var command = try parseAsRoot(arranged)
                    try command.run()
                case let .unknownCommand(word, parent, known):
                    let message = CommandLineArguments.unknownCommandMessage(word: word, parent: parent, known: known)
                    throw failure(PathBytes.display(message), ExitStatus.usage)
                }
            }
        } catch let code as ExitCode {
            exitProcess(code.rawValue)
        } catch {
            let status = exitCode(for: error)
            guard status != .success else {
                // --help, --version, help: printed like any output, so a full disk or a closed standard
                // output is an error, not a silent success.
                let text = fullMessage(for: error)
                if !text.isEmpty { writeOut(text + "\n") }
                exitProcess(0)
            }
            // The parser quotes what was typed; hostile text must not reach the terminal as control.
            writeError(TerminalSafeText.sanitize(fullMessage(for: error), keepNewlines: true) + "\n")
            exitProcess(status.rawValue)
        }
        exitProcess(0)
    }
}

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("state-file"),
        help: ArgumentHelp(
            "The progress file (default: $OPTOUT_STATE_FILE, else $XDG_STATE_HOME/optout/progress.json, else ~/.local/state/optout/progress.json).",
            valueName: "path"))
    var stateFile: String?

    @Flag(help: "The walkthrough in line-by-line prompts, not the full screen (also chosen when input or output is not a terminal, TERM=dumb, or ACCESSIBLE is set). Other commands print plain text anyway.")
    var plain = false

    @Option(
        name: .customLong("guide"),
        help: ArgumentHelp("Run a guide from a JSON file instead of the built-in one (see `optout guide export`).", valueName: "file"))
    var guideFile: String?

    /// The options as plain values, for code that also runs without the parser.
    struct Settings {
        var stateFile: String?
        var plain: Bool
        var guideFile: String?

        /// The environment, read once for the whole run (several parts ask for it), with the variables
        /// that name paths read byte for byte.
        var environment: [String: String] { Self.processEnvironment }

        private static let processEnvironment: [String: String] = {
            var environment = ProcessEnvironment.atStart
            for name in ["HOME", "XDG_STATE_HOME", "OPTOUT_STATE_FILE"] { environment[name] = PathBytes.environmentValue(name) }
            return environment
        }()

        /// The progress file; an empty path is a usage error, and no HOME (with nothing else naming the
        /// file) a progress-file problem.
        var store: ProgressStore {
            get throws {
                do throws(ProgressPathError) {
                    return ProgressStore(path: try ProgressStore.defaultPath(stateFileOption: stateFile, environment: environment))
                } catch {
                    throw failure(error.description, error.exitStatus)
                }
            }
        }
    }

    var settings: Settings { Settings(stateFile: stateFile, plain: plain, guideFile: guideFile) }
    var environment: [String: String] { settings.environment }
    var store: ProgressStore { get throws { try settings.store } }
    func loadGuide() throws -> Guide { try settings.loadGuide() }
    func lock(_ store: ProgressStore) throws -> ProgressLock { try settings.lock(store) }
    func load(_ store: ProgressStore, guide: Guide) throws -> WalkthroughProgress? { try settings.load(store, guide: guide) }
}

extension GlobalOptions.Settings {
    /// The built-in guide, or the one `--guide` names.
    func loadGuide() throws -> Guide {
        guard let guideFile else { return .linkedInAITraining }
        do throws(GuideFileError) {
            return try GuideFile.load(path: guideFile)
        } catch {
            throw failure(error.description, ExitStatus.badGuide)
        }
    }

    /// The lock on the store for this run (commands that write), with stale temporary files removed.
    func lock(_ store: ProgressStore) throws -> ProgressLock {
        do throws(ProgressStoreError) {
            let lock = try ProgressLock.acquire(for: store)
            store.removeStaleTemporaryFiles()
            return lock
        } catch {
            throw failure(error.description, exitStatus(for: error))
        }
    }

    /// Saved progress for the guide, or nil when there is none.
    func load(_ store: ProgressStore, guide: Guide) throws -> WalkthroughProgress? {
        do throws(ProgressStoreError) {
            return try store.load(expectingGuide: guide.id)
        } catch {
            throw failure(error.description, exitStatus(for: error))
        }
    }
}

/// How often re-checks are due.
struct RecheckOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Days between re-checks.", valueName: "days"))
    var recheckDays: Int = RecheckSchedule.defaultDays

    func validate() throws {
        guard (1...3650).contains(recheckDays) else {
            throw ValidationError("--recheck-days takes a number of days from 1 to 3650.")
        }
    }

    var schedule: RecheckSchedule { RecheckSchedule(intervalDays: recheckDays) }
}

/// The language LinkedIn is shown in, for its labels (`--linkedin-language`).
struct LinkedInLanguageOption: ParsableArguments {
    @Option(
        name: .customLong("linkedin-language"),
        help: ArgumentHelp(
            "The language your LinkedIn is in, so its labels are shown as LinkedIn shows them (with the English): "
                + LinkedInLanguage.allCases.map(\.rawValue).joined(separator: ", ") + ".",
            valueName: "code"))
    var code: String?

    func validate() throws {
        guard let code, LinkedInLanguage(rawValue: code.lowercased()) == nil else { return }
        throw ValidationError(
            "\"\(TerminalSafeText.sanitize(code))\" is not a language optout knows. --linkedin-language takes one of: "
                + LinkedInLanguage.codeList + ".")
    }

    var language: LinkedInLanguage? { code.flatMap { LinkedInLanguage(rawValue: $0.lowercased()) } }
}

/// When the guide counts as possibly stale (`--stale-days`).
struct StaleOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Say the guide may be out of date when it was last verified more than this many days ago.", valueName: "days"))
    var staleDays: Int = GuideAge.defaultStaleDays

    func validate() throws {
        guard (0...36_500).contains(staleDays) else {
            throw ValidationError("--stale-days takes a number of days from 0 to 36500.")
        }
    }

    func age(of guide: Guide) -> GuideAge { GuideAge(guide: guide, now: Date(), staleDays: staleDays) }
}
