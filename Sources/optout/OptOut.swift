import ArgumentParser
import Foundation
import OptOutCore
import OptOutPlain

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
              printf 'd\\n1\\n' | optout        answer prompts from a script

            Every command takes --state-file PATH (the progress file; also $OPTOUT_STATE_FILE) \
            and --plain (line-by-line prompts). `optout help start` lists all options.

            Exit statuses: 0 complete or success, 1 unfinished, 2 nothing saved yet, \
            3 the progress file cannot be read or written, 4 another optout is using it, \
            64 wrong command line.
            """,
        version: OptOutVersion.current,
        subcommands: [Start.self, Status.self, Summary.self, Reset.self, GuideCommand.self],
        defaultSubcommand: Start.self
    )
}

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("state-file"),
        help: ArgumentHelp(
            "The progress file (default: $OPTOUT_STATE_FILE, else $XDG_STATE_HOME/optout/progress.json, else ~/.local/state/optout/progress.json).",
            valueName: "path"))
    var stateFile: String?

    @Flag(help: "Line-by-line prompts instead of the full screen (also chosen when input or output is not a terminal, TERM=dumb, or ACCESSIBLE is set).")
    var plain = false

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    var store: ProgressStore {
        ProgressStore(path: ProgressStore.defaultPath(stateFileOption: stateFile, environment: environment))
    }
}

/// Prints a one-sentence error to standard error and returns the exit status to throw.
func failure(_ message: String, _ status: Int32) -> ExitCode {
    let text = TerminalSafeText.sanitize(message)
    FileHandle.standardError.write(Data("optout: \(text)\n".utf8))
    return ExitCode(status)
}

func exitStatus(for error: ProgressStoreError) -> Int32 {
    if case .locked = error { return ExitStatus.busy }
    return ExitStatus.progressFileProblem
}

/// Writes to standard output at once, so prompts show before input is read.
func writeOut(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

/// Reads saved progress for the read-only commands; nil (after telling the member) when there is none.
func loadForReading(_ store: ProgressStore, guide: Guide) throws -> WalkthroughProgress? {
    do throws(ProgressStoreError) {
        return try store.load(expectingGuide: guide.id)
    } catch {
        throw failure(error.description, exitStatus(for: error))
    }
}

struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the walkthrough (the default): resume unfinished progress or begin.",
        discussion: """
            With unfinished progress you are offered to resume (the first choice) or start over. \
            With finished progress the summary is shown.

            Examples:
              optout start
              optout start --start-over       keep the old file as a backup and begin again
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Move the existing progress file aside (kept as a dated backup beside it) and begin again. Also the way out of a damaged progress file.")
    var startOver = false

    func run() throws {
        let guide = Guide.linkedInAITraining
        let store = global.store
        let lock: ProgressLock
        do throws(ProgressStoreError) {
            lock = try ProgressLock.acquire(for: store)
        } catch {
            throw failure(error.description, exitStatus(for: error))
        }
        defer { lock.release() }
        store.removeStaleTemporaryFiles()

        var notices: [String] = []
        if startOver, store.exists {
            do throws(ProgressStoreError) {
                let backup = try store.moveAside(now: Date())
                notices.append("Starting over. Your earlier progress file is kept as \(backup).")
            } catch {
                throw failure(error.description, exitStatus(for: error))
            }
        }
        let saved: WalkthroughProgress?
        do throws(ProgressStoreError) {
            saved = try store.load(expectingGuide: guide.id)
        } catch {
            throw failure(error.description, exitStatus(for: error))
        }
        let state = WalkthroughState.begin(guide: guide, saved: saved, now: Date())
        let session = WalkthroughSession(state: state, saver: store)
        let context = RunContext(statePath: store.path, notices: notices)
        let plain = PlainMode(session: session, input: StandardInputLines(), context: context, write: writeOut)
        let outcome = plain.run()
        if outcome != RunOutcome.complete { throw ExitCode(outcome.exitStatus) }
    }
}

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how far the walkthrough is, in one line or as JSON.",
        discussion: """
            Exit status: 0 complete, 1 unfinished, 2 nothing saved yet. Needs no lock: works while \
            a walkthrough runs.

            Examples:
              optout status
              optout status --json | jq .current
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON: complete, done, total, current, steps (id, title, status, updatedAt, note) and more.")
    var json = false

    func run() throws {
        let guide = Guide.linkedInAITraining
        let store = global.store
        guard let saved = try loadForReading(store, guide: guide) else {
            if json {
                let report = ProgressReport(guide: guide, saved: WalkthroughProgress(fresh: guide, at: Date()))
                writeOut(StatusRenderer.json(report, stateFile: store.path, saved: false))
            } else {
                writeOut("No progress saved yet at \(TerminalSafeText.sanitize(store.path)). Run `optout` to start.\n")
            }
            throw ExitCode(ExitStatus.nothingSaved)
        }
        let report = ProgressReport(guide: guide, saved: saved)
        writeOut(json ? StatusRenderer.json(report, stateFile: store.path, saved: true) : StatusRenderer.line(report) + "\n")
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

    func run() throws {
        let guide = Guide.linkedInAITraining
        let store = global.store
        guard let saved = try loadForReading(store, guide: guide) else {
            throw failure("No progress saved yet at \(store.path). Run `optout` to start.", ExitStatus.nothingSaved)
        }
        writeOut(SummaryRenderer.render(ProgressReport(guide: guide, saved: saved), format: format))
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
        let store = global.store
        let lock: ProgressLock
        do throws(ProgressStoreError) {
            lock = try ProgressLock.acquire(for: store)
        } catch {
            throw failure(error.description, exitStatus(for: error))
        }
        defer { lock.release() }
        guard store.exists else {
            writeOut("Nothing to reset: no progress at \(TerminalSafeText.sanitize(store.path)).\n")
            return
        }
        if !yes {
            writeOut("Remove your progress at \(TerminalSafeText.sanitize(store.path))? This cannot be undone. [y/N] ")
            let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
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
        writeOut("Progress removed.\n")
    }
}

struct GuideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide",
        abstract: "Print the whole walkthrough, for reading or printing.",
        discussion: """
            Examples:
              optout guide | less
              optout guide --format markdown > linkedin-ai-opt-out.md
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "text or markdown.")
    var format: GuideFormat = .text

    func run() throws {
        writeOut(GuideRenderer.render(.linkedInAITraining, format: format))
    }
}
