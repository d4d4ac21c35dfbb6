import Foundation
import OptOutCore
import OptOutSystem
import Testing

@testable import OptOutTUI

/// The front end driven through a scripted terminal: keys in, frames and printed text out.
@Suite("Full-screen mode with a scripted terminal")
struct FullScreenModeTests {
    final class Run {
        let saver = MemorySaver()
        let session: WalkthroughSession
        let terminal: ScriptedTerminal
        var output = ""
        let opener: LinkOpener

        init(state: WalkthroughState, inputs: [TerminalInput], opener: String = "optout-no-such-opener") {
            session = WalkthroughSession(state: state, saver: saver, clock: { fixedNow }, zone: .utc, frontEnd: .fullScreen)
            terminal = ScriptedTerminal(inputs)
            self.opener = LinkOpener(program: opener)
        }

        func mode(notices: [String] = [], editor: ExternalEditor? = nil, guideWarning: String? = nil) -> FullScreenMode {
            let context = RunContext(
                statePath: "/tmp/p.json", notices: notices, editor: editor, startedAt: fixedNow, zone: .utc, guideWarning: guideWarning)
            return FullScreenMode(session: session, context: context, terminal: terminal, write: { self.output += $0 }, opener: opener)
        }

        func run(notices: [String] = [], editor: ExternalEditor? = nil, guideWarning: String? = nil) -> RunOutcome {
            mode(notices: notices, editor: editor, guideWarning: guideWarning).run()
        }
    }

    static func fresh() -> WalkthroughState { WalkthroughState.begin(guide: guide, saved: nil, now: fixedNow) }

    @Test("a whole walkthrough ends with the summary printed after leaving the screen")
    func wholeWalkthrough() throws {
        // On a question a number selects the answer and Enter chooses it. On the form step, Enter asks
        // what happened: the confirmation came (Down, Enter), the day (empty: today), the reference (empty).
        let keys: [TerminalInput] = [.key(.enter), .char("1"), .key(.enter), .char("3"), .key(.enter), .char("6"), .key(.enter)]
            + Array(repeating: .key(.enter), count: 5)
            + [.key(.enter), .key(.down), .key(.enter), .key(.enter), .key(.enter)] + Array(repeating: .key(.enter), count: 2)
        let run = Run(state: Self.fresh(), inputs: keys)
        #expect(run.run() == .complete)
        #expect(run.terminal.stopped)
        #expect(run.output.contains("Opt out of LinkedIn's AI training: summary"))
        #expect(run.output.contains("Complete: \(guide.steps.count) of \(guide.steps.count) steps done."))
        #expect(run.output.contains("All done."))
        // The handout for someone else is named once, in the words plain mode uses too.
        #expect(run.output.replacingOccurrences(of: "\n", with: " ").components(separatedBy: Messages.helpSomeoneElse).count == 2)
        #expect(run.session.state.progress.answers == ["platform": "web", "linkedInLanguage": "fr", "region": "elsewhere"])
        let last = try #require(run.saver.saved.last, "the walkthrough saved")
        #expect(last == run.session.state.progress, "the last save is the progress the summary shows")
        #expect(last.isComplete)
        #expect(last.completedAt != nil)
    }

    @Test("q saves and quits with the resume line")
    func quit() {
        let run = Run(state: Self.fresh(), inputs: [.key(.enter), .char("q")])
        #expect(run.run() == .unfinished)
        #expect(run.output == "Progress saved to /tmp/p.json. Run `optout` to resume.\n")
        #expect(run.saver.saved.last?.currentStepId == "platform")
    }

    @Test("a signal saves, restores the terminal and reports 128 + signal")
    func signal() {
        let run = Run(state: Self.fresh(), inputs: [.key(.enter), .signal(SIGTERM)])
        let outcome = run.run()
        #expect(outcome == .interrupted(signal: SIGTERM))
        #expect(outcome.exitStatus == 143)
        #expect(run.terminal.stopped)
        #expect(run.saver.saved.last?.currentStepId == "platform")
        #expect(run.output.contains("Progress saved to /tmp/p.json."))
    }

    @Test("finished progress prints the summary without entering the full screen")
    func alreadyComplete() throws {
        let start = Self.fresh()
        var done = try applying([.markDone, .choose("web"), .choose("en"), .choose("uk")], to: start)
        while case .onStep = done.phase { done = try applying([done.currentStep?.completingEvent() ?? .markDone], to: done) }
        let resumed = WalkthroughState.begin(guide: guide, saved: done.progress, now: fixedNow)
        #expect(resumed.phase == .finished)
        let run = Run(state: resumed, inputs: [])
        #expect(run.run() == .complete)
        #expect(!run.terminal.started)
        #expect(run.output.contains("Your checklist is already complete."))
        #expect(run.output.contains("Complete: \(guide.steps.count) of \(guide.steps.count) steps done."))
    }

    @Test("back, skip with a reason, waiting, and a note typed in UTF-8")
    func stepActions() throws {
        let keys: [TerminalInput] = [.key(.enter), .key(.left)]  // to the platform and back to the first step
            + [.key(.enter), .char("1"), .key(.enter), .char("1"), .key(.enter), .char("1"), .key(.enter)]  // web, English, EU: on sign-in
            + [.char("s")] + TerminalInput.typing("later") + [.key(.enter)]  // skipped, reason "later"
            + [.char("n")] + TerminalInput.typing("確認 ✓ café") + [.key(.enter)]  // note on step 5
            + [.char("w")]  // nothing: step 5 waits for nothing
            + [.key(.enter)]  // step 5 done
            + [.char("q")]
        let run = Run(state: Self.fresh(), inputs: keys)
        #expect(run.run() == .unfinished)
        let progress = run.session.state.progress
        #expect(progress.record("sign-in")?.status == .skipped)
        #expect(progress.record("sign-in")?.reason == "later")
        #expect(progress.record("open-data-privacy")?.note == "確認 ✓ café")
        #expect(progress.record("open-data-privacy")?.status == .done)
        #expect(progress.currentStepId == "open-genai-setting")
        let noteFrame = try #require(run.terminal.frames.first { $0.grid.text.contains("Note saved.") })
        #expect(noteFrame.grid.text.contains("Your note: 確認 ✓ café"))
    }

    @Test("refused events and failed saves show as a message line")
    func messages() {
        let run = Run(state: Self.fresh(), inputs: [.char("b"), .char("q")])
        _ = run.run()
        #expect(run.terminal.frames[1].grid.text.contains("This is the first step; there is nothing before it."))

        // q while saving fails stays; Ctrl-C tries once more, says NOT saved, and ends with 3, not 130.
        let failing = Run(state: Self.fresh(), inputs: [.key(.enter), .char("q"), .signal(SIGINT)])
        failing.saver.failing = true
        #expect(failing.run() == .notSaved)
        let shown = failing.terminal.frames.map(\.grid.text).joined()
        #expect(shown.contains("NOT saved: disk full."))
        #expect(shown.contains("Still NOT saved"))
        #expect(shown.contains("NOT SAVED"), "the header says so until a save works")
        #expect(failing.output.contains("Could not write /test/progress.json"))
        #expect(!failing.output.contains("Progress saved"))
    }

    @Test("a failed save says its way out whole, also on a 40x12 screen", arguments: [(40, 12), (80, 24)])
    func aFailedSaveShowsItsWayOutOnASmallScreen(columns: Int, rows: Int) {
        let failing = Run(state: Self.fresh(), inputs: [.key(.enter), .char("q"), .signal(SIGINT)])
        failing.terminal.size = ScreenSize(columns: columns, rows: rows)
        failing.saver.failing = true
        #expect(failing.run() == .notSaved)
        let flat = { (grid: String) in grid.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") }
        let frames = failing.terminal.frames.map { flat($0.grid.text) }
        #expect(frames.contains { $0.contains("Ctrl-C tries once more, then quits.") }, "\(frames.last ?? "")")
        #expect(frames.contains { $0.contains("Ctrl-C tries once more, then quits without it.") }, "\(frames.last ?? "")")
    }

    @Test("o without an opener says so and shows the link; c writes OSC 52 past the grid")
    func links() throws {
        let run = Run(state: try state(on: "open-genai-setting"), inputs: [.char("o"), .char("c"), .char("q")])
        _ = run.run()
        let url = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
        let afterOpen = run.terminal.frames[1].grid.text.replacingOccurrences(of: "\n", with: "")
        #expect(afterOpen.contains("Could not start optout-no-such-opener"))
        #expect(run.terminal.directWrites == ["\u{1B}]52;c;" + Data(url.utf8).base64EncodedString() + "\u{07}"])
        #expect(run.terminal.frames[2].grid.text.contains("OSC 52"))
    }

    @Test("o reports an opener that fails at once, with the link to open by hand")
    func failingOpener() throws {
        // `false` stands for xdg-open on a machine without a browser (it exits 3 there).
        let run = Run(state: try state(on: "open-genai-setting"), inputs: [.char("o"), .char("q")], opener: "false")
        _ = run.run()
        let shown = run.terminal.frames[1].grid.text.replacingOccurrences(of: "\n", with: " ")
        #expect(shown.contains("Could not open a browser (false exited with status 1); open it yourself:"), "\(shown)")
        #expect(!shown.contains("Opening the link"))
    }

    @Test("a terminal that cannot show the full screen hands over to the fallback with the reason")
    func fallback() {
        let run = Run(state: Self.fresh(), inputs: [.char("q")])
        run.terminal.startProblem = "the terminal type \"nosuch\" is not in the terminfo database"
        var reasons: [String] = []
        let outcome = run.mode().run { reason in
            reasons.append(reason)
            return .unfinished
        }
        #expect(outcome == .unfinished)
        #expect(reasons == ["the terminal type \"nosuch\" is not in the terminfo database"])
        #expect(run.terminal.frames.isEmpty)
        #expect(!run.terminal.started)
        #expect(run.output.isEmpty)
    }

    @Test("an editor that is missing or fails is reported, and the text stays as it was")
    func editorFailures() throws {
        let keys: [TerminalInput] = [.char("t"), .key(.enter)] + TerminalInput.typing("Ana") + [.key(.enter), .key(.enter)]
            + [.char("e"), .char("q")]
        let missing = Run(state: try state(on: "objection-form"), inputs: keys)
        _ = missing.run(editor: ExternalEditor(environment: ["EDITOR": "optout-no-such-editor"]))
        let shown = missing.terminal.frames.map { $0.grid.text.replacingOccurrences(of: "\n", with: " ") }
        #expect(shown.contains { $0.contains("The editor optout-no-such-editor was not found") })
        #expect(missing.session.state.progress.draft?.editedText == nil)
        #expect(missing.terminal.programs.isEmpty)

        let failing = Run(state: try state(on: "objection-form"), inputs: keys)
        _ = failing.run(editor: ExternalEditor(environment: ["EDITOR": "false"]))
        #expect(failing.terminal.frames.contains { $0.grid.text.contains("The editor false exited with status 1.") })
        #expect(failing.session.state.progress.draft?.editedText == nil)
        #expect(failing.terminal.programs.map(\.arguments.first) == ["false"])
    }

    @Test("the resume screen resumes at the saved step")
    func resume() throws {
        let saved = try savedProgressPartWay()
        let run = Run(state: WalkthroughState.begin(guide: guide, saved: saved, now: fixedNow), inputs: [.key(.enter), .char("q")])
        _ = run.run()
        #expect(run.terminal.frames[0].grid.text.contains("Welcome back."))
        let signIn = guide.index(ofStep: "sign-in")! + 1
        #expect(run.terminal.frames[1].grid.text.contains("Step \(signIn) of \(guide.steps.count)"))
    }

    @Test("notices show as the first message")
    func notices() {
        let run = Run(state: Self.fresh(), inputs: [.char("q")])
        _ = run.run(notices: ["Starting over. Your earlier progress file is kept as /tmp/p.json.bak."])
        #expect(run.terminal.frames[0].grid.text.contains("Starting over."))
    }

    @Test("a stale guide says so on the first screen, until the first key")
    func staleGuide() throws {
        let warning = try #require(GuideAge(guide: guide, now: fixedNow.addingTimeInterval(365 * 86_400)).warning)
        let run = Run(state: Self.fresh(), inputs: [.resized, .key(.enter), .char("q")])
        _ = run.run(guideWarning: warning)
        #expect(run.terminal.frames[0].grid.text.contains("Note: This guide was last verified on \(guide.lastVerified)"))
        #expect(run.terminal.frames[1].grid.text.contains("Note: This guide was last verified"), "a resize keeps it")
        #expect(!run.terminal.frames[2].grid.text.contains("Note: This guide"))

        let fresh = Run(state: Self.fresh(), inputs: [.char("q")])
        _ = fresh.run(guideWarning: GuideAge(guide: guide, now: fixedNow).warning)
        #expect(!fresh.terminal.frames[0].grid.text.contains("Note:"), "within the interval nothing is added")
    }

    @Test("a walkthrough with a screen that differed ends by saying how to report it")
    func reportHint() throws {
        var state = Self.fresh()
        state = try applying([.reportScreenDiffers("No such menu")], to: state)
        while case .onStep = state.phase, state.currentStep?.kind != .finish {
            state = try applying([(state.currentStep?.completingEvent() ?? .markDone)], to: state)
        }
        let run = Run(state: state, inputs: [.key(.enter)])
        #expect(run.run() == .complete)
        #expect(run.output.contains("Your screen differed from the guide on 1 step. `optout report`"))

        let clean = Run(state: Self.fresh(), inputs: Array(repeating: .key(.enter), count: guide.steps.count))
        _ = clean.run()
        #expect(!clean.output.contains("optout report"))
    }

    @Test("resize and continue redraw without a key; input ending saves and quits")
    func redraws() {
        let run = Run(state: Self.fresh(), inputs: [.resized, .continued])
        #expect(run.run() == .unfinished)
        #expect(run.terminal.frames.count == 3)
        #expect(run.output.contains("Input ended."))
        #expect(run.output.contains("Progress saved to /tmp/p.json."))
    }

    @Test("the link opener passes the link as one argument and refuses what is not a web address")
    func opener() {
        let opener = LinkOpener(program: "xdg-open")
        #expect(opener.arguments(for: "https://x.example/a b;rm") == ["xdg-open", "https://x.example/a b;rm"])
        #expect(LinkOpener.isWebAddress("https://www.linkedin.com/help/linkedin/ask/TS-DPRO"))
        #expect(!LinkOpener.isWebAddress("file:///etc/passwd"))
        #expect(!LinkOpener.isWebAddress("--help"))
        #expect(!LinkOpener.isWebAddress("https://x.example/\u{1B}]52;c;AAAA\u{07}"))
        #expect(LinkOpener(program: "true").open("https://example.com") == .started(program: "true"))
        if case .unavailable = LinkOpener(program: "optout-no-such-opener").open("https://example.com") {} else {
            Issue.record("a missing opener must be reported as unavailable")
        }
        #expect(LinkOpener(program: "true").open("javascript:alert(1)") == .refused(reason: "only web addresses are opened"))
    }

    @Test("the objection form: draft, copy it, edit it in the member's editor, mark it sent")
    func objectionForm() throws {
        // An "editor" that rewrites the first line; an installed program, so no script is written
        // and executed while other tests start processes (which can fail with ETXTBSY).
        let editor = try #require(ExternalEditor(environment: ["VISUAL": "sed -i 1s/.*/Edited.by.hand/"]))

        let keys: [TerminalInput] = [.char("t"), .key(.enter)] + TerminalInput.typing("Ana") + [.key(.enter), .key(.enter)]
            + [.char("c"), .char("e")]
            + [.char("m"), .key(.enter)] + TerminalInput.typing("TS-9") + [.key(.enter), .char("q")]
        let run = Run(state: try state(on: "objection-form"), inputs: keys)
        #expect(run.run(editor: editor) == .unfinished)
        let progress = run.session.state.progress
        #expect(progress.draft?.name == "Ana")
        // The setting was turned off on the way here: the draft leaves training AI that creates content unticked.
        #expect(progress.record(ObjectionDraft.settingStepId)?.status == .done)
        let composed = ObjectionDraft(uses: ObjectionUse.suggested(settingTurnedOff: true), name: "Ana").text(region: .euEEA)
        #expect(progress.draft?.editedText == "Edited.by.hand\n" + composed.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)[1])
        #expect(run.terminal.outsideRuns == 1)
        let copied = try #require(run.terminal.directWrites.first)
        #expect(copied == ClipboardSequence.osc52(composed))
        let record = try #require(progress.record("objection-form"))
        #expect(record.status == .waiting)
        #expect(record.sentOn == CalendarDay.string(fixedNow))
        #expect(record.confirmation == "TS-9")
        let shown = run.terminal.frames.map(\.grid.text)
        #expect(shown.contains { $0.contains("Objection to the processing of my personal data") },
                "the draft text shows on the step once saved")
        #expect(shown.contains { $0.contains("Edited.by.hand") })
    }

    @Test("a last step whose save fails twice is not All done: the member is told, and the status is 3")
    func lastSaveFails() throws {
        var onFinish = Self.fresh()
        while onFinish.currentStep?.kind != .finish {
            let event: WalkthroughEvent = (onFinish.currentStep?.completingEvent() ?? .markDone)
            onFinish = try applying([event], to: onFinish)
        }
        let run = Run(state: onFinish, inputs: [.key(.enter)])
        run.saver.failing = true
        let outcome = run.run()
        #expect(outcome == .notSaved)
        #expect(outcome.exitStatus == 3)
        #expect(run.terminal.stopped)
        #expect(run.output.contains("your last change was NOT saved"))
        #expect(!run.output.contains("All done"))
        #expect(!run.output.contains("kept in memory"), "nothing is kept once optout has ended")
    }

    @Test("an editor that changes nothing leaves the text as composed, so later choices still rebuild it")
    func unchangedEdit() throws {
        let editor = try #require(ExternalEditor(environment: ["VISUAL": "true"]))
        let keys: [TerminalInput] = [.char("t"), .key(.enter), .key(.enter), .key(.enter), .char("e"), .char("q")]
        let run = Run(state: try state(onStep: try #require(guide.index(ofStep: "objection-form"))), inputs: keys)
        _ = run.run(editor: editor)
        #expect(run.session.state.progress.draft != nil)
        #expect(run.session.state.progress.draft?.editedText == nil, "an unchanged text is no hand edit")
        #expect(run.terminal.frames.contains { $0.grid.text.contains(Messages.draftUnchanged) })
    }

    @Test("at 40x12 the form step's footer names its own keys")
    func smallFooter() throws {
        let frame = render(try state(onStep: try #require(guide.index(ofStep: "objection-form"))), columns: 40, rows: 12)
        let footer = frame.grid.rowsText.suffix(2).joined(separator: " ")
        for key in ["t draft", "m sent", "r received", "? help", "q quit"] { #expect(footer.contains(key), "\(key)") }
    }
}
