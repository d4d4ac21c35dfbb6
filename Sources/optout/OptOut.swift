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

struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the walkthrough (the default): resume unfinished progress or begin.",
        discussion: """
            With unfinished progress you are offered to resume (the first choice) or start over. \
            With finished progress the summary is shown.

            With --linkedin-language the answer to "Which language is your LinkedIn in?" is recorded \
            and the question is not asked; going back still reaches it.

            Examples:
              optout start
              optout start --start-over       keep the old file as a backup and begin again
              optout start --linkedin-language fr    LinkedIn's labels in French
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Move the existing progress file aside (kept as a dated backup beside it) and begin again. Also the way out of a damaged progress file.")
    var startOver = false

    @OptionGroup var recheck: RecheckOptions
    @OptionGroup var linkedInLanguage: LinkedInLanguageOption
    @OptionGroup var stale: StaleOptions

    func run() throws {
        try Self.runWalkthrough(
            settings: global.settings, startOver: startOver, schedule: recheck.schedule,
            language: linkedInLanguage.language, staleDays: stale.staleDays)
    }

    /// The walkthrough, from the options as plain values (also used by `optout` with no arguments).
    static func runWalkthrough(
        settings: GlobalOptions.Settings, startOver: Bool, schedule: RecheckSchedule, language: LinkedInLanguage?,
        staleDays: Int
    ) throws {
        let guide = try settings.loadGuide()
        let store = try settings.store
        let lock = try settings.lock(store)

        var notices: [String] = []
        if startOver, store.exists {
            do throws(ProgressStoreError) {
                let backup = try store.moveAside(now: Date())
                notices.append(Messages.startedOver(backup: PathBytes.display(backup)))
            } catch {
                throw failure(error.description, exitStatus(for: error))
            }
        }
        let saved = try settings.load(store, guide: guide)
        let now = Date()
        let presets = language.map { [LinkedInLanguage.answerKey: $0.rawValue] } ?? [:]
        let state = WalkthroughState.begin(guide: guide, saved: saved, now: now, presetAnswers: presets)
        // An answer given on the command line is recorded at once, even when nothing else happens.
        if saved != nil, state.progress != WalkthroughState.begin(guide: guide, saved: saved, now: now).progress {
            try? store.save(state.progress)
        }
        let session = WalkthroughSession(state: state, saver: store)
        let interactive = isatty(0) == 1 && isatty(1) == 1
        let context = RunContext(
            statePath: PathBytes.display(store.path), notices: notices,
            editor: interactive ? ExternalEditor(environment: settings.environment) : nil,
            schedule: schedule, startedAt: now,
            guideWarning: GuideAge(guide: guide, now: now, staleDays: staleDays).warning)
        let kind = FrontEndKind.choose(
            plainFlag: settings.plain, stdinIsTerminal: isatty(0) == 1, stdoutIsTerminal: isatty(1) == 1,
            environment: settings.environment)
        if context.editor != nil { ExternalEditor.removeLeftovers(environment: settings.environment) }
        let plain = {
            // Chosen here, not before: the full screen never needs it.
            let qrStyle = QRPrintStyle.choose(environment: settings.environment, outputIsTerminal: isatty(1) == 1)
            return PlainMode(session: session, input: StandardInputLines(), context: context, qrStyle: qrStyle, write: writeOut).run()
        }
        let outcome: RunOutcome
        if kind == .fullScreen {
            outcome = FullScreenMode(session: session, context: context, environment: settings.environment).run { reason in
                writeError("optout: \(reason); using line-by-line prompts instead.\n")
                return plain()
            }
        } else {
            outcome = plain()
        }
        lock.release()
        if outcome != RunOutcome.complete { throw ExitCode(outcome.exitStatus) }
    }
}

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how far the walkthrough is, in one line or as JSON.",
        discussion: """
            Exit status: 0 complete, 1 unfinished, 2 nothing saved yet. Needs no lock: works while \
            a walkthrough runs. When the guide was last verified more than --stale-days ago, the line \
            says so, and the JSON has guideStale true (guideLastVerified is always there).

            Examples:
              optout status
              optout status --json | jq .current
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON: complete, done, total, current, steps (id, title, status, updatedAt, note), guideStale, linkedInLanguage and more.")
    var json = false

    @OptionGroup var stale: StaleOptions

    func run() throws {
        let guide = try global.loadGuide()
        let store = try global.store
        let shownPath = PathBytes.display(store.path)
        guard let saved = try global.load(store, guide: guide) else {
            if json {
                var report = ProgressReport(guide: guide, saved: WalkthroughProgress(fresh: guide, at: Date()))
                report.guideAge = stale.age(of: guide)
                writeOut(StatusRenderer.json(report, stateFile: shownPath, saved: false))
            } else {
                writeOut("No progress saved yet at \(TerminalSafeText.sanitize(shownPath)). Run `optout` to start.\n")
            }
            throw ExitCode(ExitStatus.nothingSaved)
        }
        var report = ProgressReport(guide: guide, saved: saved)
        report.guideAge = stale.age(of: guide)
        writeOut(json ? StatusRenderer.json(report, stateFile: shownPath, saved: true) : StatusRenderer.line(report) + "\n")
        throw ExitCode(report.isComplete ? ExitStatus.ok : ExitStatus.unfinished)
    }
}

extension SummaryFormat: ExpressibleByArgument {}
extension GuideFormat: ExpressibleByArgument {}

struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the completion summary: every step with its status, time and note, what is left, and what to keep in mind.",
        discussion: """
            Examples:
              optout summary
              optout summary --format markdown > optout-summary.md
              optout summary --format json
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "text, markdown or json.")
    var format: SummaryFormat = .text

    @OptionGroup var recheck: RecheckOptions
    @OptionGroup var stale: StaleOptions

    func run() throws {
        let guide = try global.loadGuide()
        let store = try global.store
        guard let saved = try global.load(store, guide: guide) else {
            throw failure("No progress saved yet at \(PathBytes.display(store.path)). Run `optout` to start.", ExitStatus.nothingSaved)
        }
        var report = ProgressReport(guide: guide, saved: saved, schedule: recheck.schedule)
        report.guideAge = stale.age(of: guide)
        writeOut(SummaryRenderer.render(report, format: format))
    }
}

struct Reset: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove the saved progress (asks first).",
        discussion: """
            Examples:
              optout reset
              optout reset --yes
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(name: [.short, .long], help: "Do not ask.")
    var yes = false

    func run() throws {
        let store = try global.store
        let shownPath = TerminalSafeText.sanitize(PathBytes.display(store.path))
        // Nothing there: nothing to lock, and no folder or lock file to create.
        guard store.exists else {
            writeOut("Nothing to reset: no progress at \(shownPath).\n")
            return
        }
        let lock = try global.lock(store)
        guard store.exists else {
            lock.releaseRemovingLockFile()
            writeOut("Nothing to reset: no progress at \(shownPath).\n")
            return
        }
        if !yes {
            writeOut("Remove your progress at \(shownPath)? This cannot be undone. [y/N] ")
            var lines = StandardInputLines()
            let answer = lines.nextLine()?.trimmed.lowercased()
            guard answer == "y" || answer == "yes" else {
                writeOut("Nothing removed.\n")
                throw ExitCode(ExitStatus.unfinished)
            }
        }
        do throws(ProgressStoreError) {
            try store.remove()
        } catch {
            throw failure(error.description, exitStatus(for: error))
        }
        // The progress is gone; its lock file goes with it.
        lock.releaseRemovingLockFile()
        writeOut("Progress removed.\n")
    }
}

struct GuideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide",
        abstract: "Print the whole walkthrough, export it as a guide file, or check a guide file.",
        discussion: """
            Examples:
              optout guide | less
              optout guide --linkedin-language de    LinkedIn's labels in German
              optout guide --format markdown > linkedin-ai-opt-out.md
              optout guide export --output my-guide.json
              optout guide validate my-guide.json
              optout --guide my-guide.json
            """,
        subcommands: [PrintGuide.self, ExportGuide.self, ValidateGuide.self],
        defaultSubcommand: PrintGuide.self)
}

struct PrintGuide: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print", abstract: "Print the whole walkthrough, for reading or printing (the default).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "text or markdown.")
    var format: GuideFormat = .text

    @OptionGroup var linkedInLanguage: LinkedInLanguageOption
    @OptionGroup var stale: StaleOptions

    func run() throws {
        let guide = try global.loadGuide()
        // Without --linkedin-language, the language of the saved walkthrough, if there is one.
        let saved = try? global.store.load(expectingGuide: guide.id)
        let language = linkedInLanguage.language ?? saved?.linkedInLanguage
        writeOut(GuideRenderer.render(guide, format: format, language: language, age: stale.age(of: guide)))
    }
}

struct ExportGuide: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the guide as a JSON guide file (the built-in one unless --guide names another).",
        discussion: """
            The file can be edited (e.g. when LinkedIn renames a menu) and run with `optout --guide FILE`. \
            docs/guide-format.md describes the format.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Write to this file instead of standard output (- for standard output).", valueName: "file"))
    var output: String?

    func run() throws {
        let destination = OutputDestination(path: output, option: "--output")
        try destination.validate()
        let text = GuideFile.export(try global.loadGuide())
        if destination.isStandardOutput { return writeOut(text) }
        try destination.write(text, environment: global.environment)
    }
}

struct ValidateGuide: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a guide file and list every problem with its JSON path (exit 5 when there is one).")

    @Argument(help: ArgumentHelp("The guide file.", valueName: "file"))
    var file: String

    func run() throws {
        let data: Data
        do throws(GuideFileError) {
            data = try GuideFile.contents(ofFile: file)
        } catch {
            throw failure(PathBytes.display(error.description), ExitStatus.badGuide)
        }
        let (guide, problems) = GuideFile.validate(data)
        if let guide, problems.isEmpty {
            let labels = guide.labels.isEmpty ? "" : ", " + Words.count(guide.labels.count, "label")
            writeOut("\(TerminalSafeText.sanitize(file)): a valid guide, \(TerminalSafeText.sanitize(guide.id)) \(TerminalSafeText.sanitize(guide.version)), \(Words.count(guide.steps.count, "step"))\(labels).\n")
            return
        }
        for problem in problems {
            writeError("\(TerminalSafeText.sanitize(file)): \(TerminalSafeText.sanitize(problem.description))\n")
        }
        writeError("optout: \(problems.count) problem\(problems.count == 1 ? "" : "s") in \(TerminalSafeText.sanitize(file)).\n")
        throw ExitCode(ExitStatus.badGuide)
    }
}

struct Draft: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the objection text for the Data Processing Objection Form, ready to copy.",
        discussion: """
            The text is built from your answers in the walkthrough (region, the uses you object to, your \
            name and email if you gave them) or is your own edit of it. Without saved progress it is the \
            general draft with placeholders. It is a template to adapt, not legal advice: replace what is \
            in [brackets], such as your particular situation for an objection under Article 21 GDPR.

            Examples:
              optout draft
              optout draft --output objection.txt
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Write to this file (mode 0600 when new) instead of standard output (- for standard output).", valueName: "file"))
    var output: String?

    func run() throws {
        let destination = OutputDestination(path: output, option: "--output")
        try destination.validate()
        let guide = try global.loadGuide()
        let saved = try global.load(try global.store, guide: guide)
        let text = (saved?.draft ?? ObjectionDraft()).text(region: saved?.region)
        if destination.isStandardOutput { return writeOut(TerminalSafeText.sanitize(text, keepNewlines: true)) }
        try destination.write(text, environment: global.environment)
    }
}

struct Recheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check again, later, that the opt-out still holds: is the setting still Off? Did the confirmation come?",
        discussion: """
            Asks only the verification questions and records the answers. A setting found On again is \
            marked to do, and `optout` takes you back to it.

            Examples:
              optout recheck
              printf 'y\\ny\\n' | optout recheck
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var recheck: RecheckOptions

    func run() throws {
        let guide = try global.loadGuide()
        let store = try global.store
        let lock = try global.lock(store)
        guard let saved = try global.load(store, guide: guide) else {
            throw failure("No progress saved yet at \(PathBytes.display(store.path)). Run `optout` to start.", ExitStatus.nothingSaved)
        }
        let now = Date()
        // The questions name LinkedIn's labels in the member's language.
        let shown = guide.resolvingLabels(for: saved.linkedInLanguage)
        let session = WalkthroughSession(state: .begin(guide: shown, saved: saved, now: now), saver: store)
        let context = RunContext(statePath: PathBytes.display(store.path), schedule: recheck.schedule, startedAt: now)
        let outcome = PlainRecheck(session: session, input: StandardInputLines(), context: context, write: writeOut).run()
        lock.release()
        if outcome != RunOutcome.complete { throw ExitCode(outcome.exitStatus) }
    }
}

struct Remind: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a calendar event (RFC 5545 .ics) for the next re-check, so no background process is needed.",
        discussion: """
            Examples:
              optout remind --ics optout-recheck.ics
              optout remind --ics - --recheck-days 30
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var recheck: RecheckOptions

    @Option(help: ArgumentHelp("The .ics file to write (- for standard output).", valueName: "file"))
    var ics: String

    func run() throws {
        let destination = OutputDestination(path: ics, option: "--ics")
        try destination.validate()
        let guide = try global.loadGuide()
        let store = try global.store
        guard let saved = try global.load(store, guide: guide) else {
            throw failure("No progress saved yet at \(PathBytes.display(store.path)). Run `optout` to start.", ExitStatus.nothingSaved)
        }
        guard let due = recheck.schedule.nextDue(saved) else {
            throw failure("There is no re-check to plan yet: finish the walkthrough first (run `optout`).", ExitStatus.unfinished)
        }
        let uid = "optout-recheck-\(TimeText.compact(due))-\(guide.id)@optout.invalid"
        let text = RecheckCalendar.ics(due: due, now: Date(), guide: guide, uid: uid)
        if destination.isStandardOutput { return writeOut(text) }
        try destination.write(text, environment: global.environment)
        writeOut("Wrote \(TerminalSafeText.sanitize(PathBytes.display(ics))): a reminder on \(CalendarDay.string(due)) to run `optout recheck`.\n")
    }
}
