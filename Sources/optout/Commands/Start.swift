import ArgumentParser

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore
import OptOutPlain
import OptOutTUI
import OptOutSystem

/// `optout start`, the default command: the walkthrough, in the full screen or as line prompts.
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
              optout start --start-over     begin again; keep the old file
              optout start --linkedin-language fr
                                            LinkedIn's labels in French
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Move the existing progress file aside (kept as a dated backup beside it) and begin again. Also the way out of a damaged progress file.")
    var startOver = false

    @OptionGroup var recheck: RecheckOptions
    @OptionGroup var linkedInLanguage: LinkedInLanguageOption
    @OptionGroup var stale: StaleOptions

    /// The options as plain values.
    var request: Request {
        Request(
            settings: global.settings, startOver: startOver, recheckDays: recheck.recheckDays,
            language: linkedInLanguage.language, staleDays: stale.staleDays)
    }

    func run() throws {
        try Self.runWalkthrough(request)
    }

    /// What the walkthrough is asked to do: `start`'s options as plain values, for code that runs
    /// without the parser.
    struct Request: Equatable {
        var settings: GlobalSettings
        var startOver: Bool
        /// `--recheck-days`: kept in the progress when given.
        var recheckDays: Int?
        var language: LinkedInLanguage?
        var staleDays: Int

        /// `start` with no options: what `optout` with no arguments runs. The one place the fast path
        /// takes its defaults from; `StartDefaultsTests` parses `start` with no options and compares.
        static let defaults = Request(
            settings: GlobalSettings(stateFile: nil, plain: false, guideFile: nil), startOver: false,
            recheckDays: nil, language: nil,
            staleDays: GuideAge.defaultStaleDays)
    }

    /// The walkthrough, from the options as plain values (`start`, and `optout` with no arguments).
    static func runWalkthrough(_ request: Request) throws {
        let settings = request.settings
        let guide = try settings.loadGuide()
        let store = try settings.store
        let lock = try settings.lock(store)

        var notices: [String] = []
        if let warning = guide.foreignLinkWarning { notices.append(warning) }
        if request.startOver, store.exists {
            do throws(ProgressStoreError) {
                let backup = try store.moveAside(now: Date())
                notices.append(Messages.startedOver(backup: PathBytes.display(backup)))
            } catch {
                throw failure(error.description, exitStatus(for: error))
            }
        }
        let saved = try settings.load(store, guide: guide)
        let now = Date()
        let presets = request.language.map { [LinkedInLanguage.answerKey: $0.rawValue] } ?? [:]
        let state = WalkthroughState.begin(guide: guide, saved: saved, now: now, presetAnswers: presets, recheckDays: request.recheckDays)
        let kind = FrontEndKind.choose(
            plainFlag: settings.plain, stdinIsTerminal: isatty(0) == 1, stdoutIsTerminal: isatty(1) == 1,
            environment: settings.environment)
        let session = WalkthroughSession(state: state, saver: store, clock: Date.init, zone: .system, frontEnd: kind)
        // An answer or re-check days given on the command line are recorded at once, even when nothing
        // else happens; a failed save is said on the first screen (each change tries again).
        if saved != nil, state.progress != WalkthroughState.begin(guide: guide, saved: saved, now: now).progress,
            let problem = session.save().message
        {
            notices.append(problem)
        }
        let interactive = isatty(0) == 1 && isatty(1) == 1
        let context = RunContext(
            statePath: PathBytes.display(store.path), notices: notices,
            editor: interactive ? ExternalEditor(environment: settings.environment) : nil,
            schedule: state.progress.recheckSchedule, startedAt: now, zone: .system,
            guideWarning: GuideAge(guide: guide, now: now, staleDays: request.staleDays).warning,
            lineWidth: { StandardOutputWidth.lineWidth })
        let plain = {
            // Chosen here, not before: the full screen never needs it.
            let qrStyle = QRPrintStyle.choose(environment: settings.environment, outputIsTerminal: isatty(1) == 1)
            // Ctrl-C, SIGTERM and a closed window end the run through the session, as in the full screen.
            TerminalSignals.install()
            defer { TerminalSignals.restore() }
            return PlainMode(session: session, input: StandardInputLines(), context: context, qrStyle: qrStyle, write: writeOut).run()
        }
        let outcome: RunOutcome
        if kind == .fullScreen {
            outcome = FullScreenMode(session: session, context: context, environment: settings.environment).run { reason in
                // Translators: {reason} says why the full screen cannot start (no terminal description, a terminal too small).
                writeError("optout: " + tr("{reason}; using line-by-line prompts instead.", ["reason": reason]) + "\n")
                return plain()
            }
        } else {
            outcome = plain()
        }
        // Draft files an optout killed during an edit left behind (they hold the name and email) go when a
        // walkthrough with an editor ends; each edit removes them first too. Listing $TMPDIR before the
        // first frame would cost every start.
        if context.editor != nil { ExternalEditor.removeLeftovers(environment: settings.environment) }
        lock.release()
        if outcome != RunOutcome.complete { throw ExitCode(outcome.exitStatus) }
    }
}
