#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore
import OptOutSystem

/// The full-screen front end: draws the walkthrough with curses, turns keys into walkthrough
/// events through the session, and prints the summary to the normal terminal at the end so it
/// stays in the scrollback. It holds no walkthrough logic of its own.
public final class FullScreenMode {
    private let session: WalkthroughSession
    private let context: RunContext
    private let terminal: any FullScreenTerminal
    private let write: (String) -> Void
    private let opener: LinkOpener
    private var model: ScreenModel

    /// A full screen on the terminal of standard input and output; `environment` is the process's.
    public convenience init(
        session: WalkthroughSession, context: RunContext, environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.init(session: session, context: context, terminal: CursesTerminal(environment: environment), write: FullScreenMode.standardOutput,
                  opener: LinkOpener())
    }

    init(
        session: WalkthroughSession, context: RunContext, terminal: any FullScreenTerminal,
        write: @escaping (String) -> Void, opener: LinkOpener
    ) {
        self.session = session
        self.context = context
        self.terminal = terminal
        self.write = write
        self.opener = opener
        self.model = ScreenModel(hasExternalEditor: context.editor != nil)
    }

    #if DEBUG
    /// A Swift runtime trap (an out-of-range index), as a bug would cause.
    @inline(never)
    static func trap() {
        let empty: [Int] = []
        _ = empty[empty.count]
    }

    /// A stack overflow, as runaway recursion would cause.
    @inline(never)
    static func overflowTheStack(_ depth: Int) -> Int {
        guard depth < Int.max / 2 else { return depth }
        var frame = [Int](repeating: depth, count: 64)
        frame[depth % 64] = overflowTheStack(depth + 1)
        return frame.reduce(0, &+)
    }
    #endif

    /// Runs the walkthrough until it ends, the member quits, or a signal stops it. When the terminal
    /// cannot show the full screen, says so and returns `.unfinished`.
    public func run() -> RunOutcome {
        run { reason in
            // Translators: printed when the full screen cannot start; {reason} says why.
            self.write("optout: " + tr("{reason}; run `optout --plain` instead.", ["reason": reason]) + "\n")
            return .unfinished
        }
    }

    /// Runs the walkthrough until it ends, the member quits, or a signal stops it. When the terminal
    /// cannot show the full screen, `fallback` runs instead (nothing on the terminal has changed).
    public func run(fallback: (_ reason: String) -> RunOutcome) -> RunOutcome {
        if session.state.phase == .finished { return alreadyComplete() }
        do {
            try terminal.start()
        } catch {
            return fallback(error.reason)
        }
        if !context.notices.isEmpty { model.message = ScreenMessage(context.notices.joined(separator: " ")) }
        // The stale-guide warning stands at the top of the first screen, until the first key.
        var screenContext = ScreenContext(
            statePath: context.statePath, glyphs: terminal.glyphs, colour: terminal.showsColour,
            notes: context.guideWarning.map { [$0] } ?? [], zone: context.zone)
        #if DEBUG
        // For the terminal tests only, in debug builds only: a real Swift runtime trap (or a stack
        // overflow) once the screen is up, to prove the terminal is restored after one.
        let trapForTests = ProcessInfo.processInfo.environment["OPTOUT_TEST_TRAP_AFTER_FIRST_FRAME"]
        #endif
        while true {
            model.sync(with: session.state)
            screenContext.unsaved = session.hasUnsavedChanges
            let frame = ScreenView.render(state: session.state, model: model, context: screenContext, size: terminal.size)
            terminal.draw(frame)
            #if DEBUG
            if trapForTests == "1" { Self.trap() }
            if trapForTests == "stack" { _ = Self.overflowTheStack(0) }
            #endif
            model.scroll = frame.scroll
            model.helpScroll = frame.helpScroll
            model.pageSize = frame.pageSize
            model.followSelection = false
            model.reveal = nil

            switch terminal.nextInput() {
            case .resized, .continued:
                continue
            case let .signal(signal):
                if let outcome = leave(.signal(signal)) { return outcome }
            case .inputEnded:
                if let outcome = leave(.inputEnded) { return outcome }
            case let .key(key):
                guard let action = KeyMap.action(for: key, on: frame.facts) else { continue }
                screenContext.notes = []
                for command in model.update(action, state: session.state, today: self.session.today) {
                    if let outcome = perform(command) { return outcome }
                }
            }
        }
    }

    /// Carries out a command; returns an outcome when the run is over.
    private func perform(_ command: ScreenCommand) -> RunOutcome? {
        switch command {
        case .redraw:
            terminal.forceFullRedraw()
        case let .openLink(link):
            let url = TerminalSafeText.sanitize(link.url)
            switch opener.open(link.url) {
            case let .started(program):
                // Translators: {program} is the program that opens links (xdg-open, open); {url} the link.
                model.message = ScreenMessage(tr("Opening the link with {program}: {url}", ["program": program, "url": url]))
            case let .unavailable(program, reason):
                // Translators: {program} is the program that opens links; {reason} the system's words.
                model.message = ScreenMessage(
                    tr("Could not start {program} ({reason}) to open the link. Open it yourself: {url}",
                       ["program": program, "reason": reason, "url": url]), kind: .error)
            case let .failed(program, reason):
                // Translators: {program} is the program that opens links; {reason} says how it ended
                // ("exited with status 3").
                model.message = ScreenMessage(
                    tr("Could not open a browser ({program} {reason}); open it yourself: {url}",
                       ["program": program, "reason": reason, "url": url]), kind: .error)
            case let .refused(reason):
                model.message = ScreenMessage(tr("The link was not opened ({reason}): {url}", ["reason": reason, "url": url]), kind: .error)
            }
        case let .copyLink(link):
            terminal.writeDirectly(ClipboardSequence.osc52(link.url))
            model.message = ScreenMessage(
                tr("Sent the link to the clipboard with OSC 52 (if your terminal allows it): {url}",
                   ["url": TerminalSafeText.sanitize(link.url)]))
        case let .copyDraft(text):
            terminal.writeDirectly(ClipboardSequence.osc52(text))
            model.message = ScreenMessage(
                tr("Sent the objection text to the clipboard with OSC 52 (if your terminal allows it; `optout draft` prints it)."))
        case let .editDraftExternally(draft):
            guard let editor = context.editor else { return nil }
            let region = session.state.progress.region
            let current = draft.text(region: region)
            let run = terminal.runOutside { editor.edit(current, runner: terminal.runProgram) }
            let edited = try? run.get()
            let result = DraftEdit.result(of: edited, draft: draft, region: region)
            for command in model.follow(result) {
                if let outcome = perform(command) { return outcome }
            }
            // Why the editor gave nothing back: missing, failed, ended by a signal, or not waited for.
            if case let .failure(failure) = run { model.message = ScreenMessage(failure.description, kind: .error) }
        case .send(.quit, _):
            return leave(.quit)
        case let .send(event, confirmation):
            do {
                let reply = try session.send(event, confirmation: confirmation)
                if reply.effects.contains(.showSummary) || session.state.phase == .finished { return leave(.reachedEnd) }
                let message = event == .startOver && !reply.isProblem ? Messages.startedOver(backup: session.lastBackupPath) : reply.message
                if let message { model.message = ScreenMessage(message, kind: reply.isProblem ? .error : .info) }
            } catch {
                model.message = ScreenMessage(error.description, kind: .error)
            }
        }
        return nil
    }

    // MARK: Leaving

    private func safe(_ text: String) -> String { TerminalSafeText.sanitize(text) }

    private func say(_ lines: [String]) { write(lines.joined(separator: "\n") + "\n") }

    /// Ends the run as the session decides (what was typed in an open form kept, the last change saved
    /// or said to be lost), and prints what it says on the normal terminal, where it stays in the
    /// scrollback. `q` while saving still fails goes on instead.
    private func leave(_ cause: RunEndCause) -> RunOutcome? {
        guard let end = session.end(cause, context: context, open: model.openForm) else {
            if let message = session.stillUnsavedMessage { model.message = ScreenMessage(message, kind: .error) }
            return nil
        }
        terminal.stop()
        opener.reap()
        if cause == .inputEnded { say([Messages.inputEnded]) }
        show(end)
        return end.outcome
    }

    /// Prints the end of a run: its sentences wrapped to the terminal, the summary as text.
    private func show(_ end: RunEnd) {
        for line in end.lines {
            switch line {
            case let .sentence(text): say(TextWrap.wrap(safe(text), width: context.lineWidth()))
            case let .summary(report): write(SummaryRenderer.render(report, format: .text, width: context.lineWidth()))
            case .blank: say([""])
            }
        }
    }

    /// Finished progress at the start: say so and print the summary, without the full screen.
    private func alreadyComplete() -> RunOutcome {
        let guide = session.state.guide
        say(TextWrap.wrap(GuideHeading.line(guide), width: context.lineWidth()))
        if let warning = context.guideWarning { say(TextWrap.wrap(safe(GuideHeading.note(warning)), width: context.lineWidth())) }
        for notice in context.notices { say(TextWrap.wrap(safe(notice), width: context.lineWidth())) }
        for line in session.state.guideChanges.explanation(in: guide) { say(TextWrap.wrap(safe(line), width: context.lineWidth())) }
        say([""])
        for line in context.alreadyCompleteLines(for: session.state.progress, guide: guide) { say(TextWrap.wrap(safe(line), width: context.lineWidth())) }
        say([""])
        write(SummaryRenderer.render(context.report(session.state.progress, guide: guide), format: .text, width: context.lineWidth()))
        // The notice was seen: save the progress reconciled with the guide, so it is not repeated.
        let acknowledged = session.acknowledgeGuideChangesOnFinishedProgress()
        if let message = acknowledged.message { say(TextWrap.wrap(safe(message), width: context.lineWidth())) }
        return acknowledged.outcome
    }

    /// Writes to standard output, ignoring failures: after a hangup there is no terminal to tell.
    private static func standardOutput(_ text: String) {
        DescriptorWriter.writeAll(text, to: STDOUT_FILENO, onFailure: .ignore)
    }
}

/// The lines said above the summary when the progress is already complete: which guide, and its
/// age warning.
enum GuideHeading {
    /// "LinkedIn AI training opt-out (guide 1.2.0, last verified 2025-11-20)", terminal-safe.
    static func line(_ guide: Guide) -> String {
        func safe(_ text: String) -> String { TerminalSafeText.sanitize(text) }
        // Translators: the first line before the summary; {title} is the guide's title, {version} its
        // version, {date} an ISO date (2025-11-20).
        return tr("{title} (guide {version}, last verified {date})",
                  ["title": safe(guide.title), "version": safe(guide.version), "date": safe(guide.lastVerified)])
    }

    /// The guide's age warning, labelled as a note.
    static func note(_ warning: String) -> String {
        // Translators: {note} is a warning about the guide's age.
        tr("Note: {note}", ["note": warning])
    }
}
