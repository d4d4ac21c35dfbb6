#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore
import OptOutSystem

/// The line-by-line front end: the accessible mode, and the one scripts drive. It shows the same
/// content as the full screen, in words, with no box drawing or colour, and holds no walkthrough logic:
/// the forms (drafting, sent, received, notes) are the core's, rendered as line prompts.
public final class PlainMode {
    private let session: WalkthroughSession
    private let prompt: LinePrompt
    private let context: RunContext
    private let qrStyle: QRPrintStyle

    /// `qrStyle` is how `p` prints a QR code (see `QRPrintStyle.choose`).
    public init(
        session: WalkthroughSession, input: any LineSource, context: RunContext, qrStyle: QRPrintStyle = .plainText,
        write: @escaping (String) -> Void
    ) {
        self.session = session
        self.prompt = LinePrompt(input: input, write: write, width: context.lineWidth)
        self.context = context
        self.qrStyle = qrStyle
    }


    /// Runs the walkthrough until it ends, the member quits, or input ends.
    public func run() -> RunOutcome {
        let guide = session.state.guide
        // Translators: the first line before the summary; {title} is the guide's title, {version} its
        // version, {date} an ISO date (2025-11-20).
        prompt.say(tr("{title} (guide {version}, last verified {date})", [
            "title": LinePrompt.safe(guide.title), "version": LinePrompt.safe(guide.version), "date": LinePrompt.safe(guide.lastVerified),
        ]))
        prompt.say(tr("Your progress is saved after every step to {path}", ["path": LinePrompt.safe(context.statePath)]))
        // Translators: {note} is a warning about the guide's age.
        if let warning = context.guideWarning { prompt.tell(tr("Note: {note}", ["note": warning])) }
        for notice in context.notices { prompt.say(LinePrompt.safe(notice)) }
        for line in session.state.guideChanges.explanation(in: guide) { prompt.tell(line) }

        if session.state.phase == .finished {
            prompt.say("")
            for line in context.alreadyCompleteLines(for: session.state.progress, guide: guide) { prompt.tell(line) }
            prompt.say("")
            prompt.write(SummaryRenderer.render(context.report(session.state.progress, guide: guide), format: .text, width: prompt.width))
            // The notice was seen: save the progress reconciled with the guide, so it is not repeated.
            let acknowledged = session.acknowledgeGuideChangesOnFinishedProgress()
            acknowledged.message.map(prompt.tell)
            return acknowledged.outcome
        }

        var showStep = true
        while true {
            switch session.state.phase {
            case .offeringResume:
                if let outcome = offerResume() { return outcome }
                showStep = true
            case .onStep:
                if showStep { prompt.say(PlainStepText.step(session.state, zone: context.zone, width: prompt.width)) }
                showStep = true
                prompt.say(PlainStepText.answers(session.state, width: prompt.width))
                guard let line = prompt.answer() else { return endOfInput() }
                switch handle(PlainAnswer.parse(line)) {
                case .continue: break
                case .stay: showStep = false
                case let .stop(outcome): return outcome
                }
            case .finished:
                return finish()
            }
        }
    }

    private enum Next { case `continue`, stay, stop(RunOutcome) }

    private func offerResume() -> RunOutcome? {
        let report = context.report(session.state.progress, guide: session.state.guide)
        prompt.say("")
        prompt.tell(Messages.resumeOffer(report))
        for (n, choice) in Messages.resumeChoices.enumerated() { prompt.say("  \(n + 1). \(choice.label)") }
        while true {
            // Translators: plain mode's answers to the offer to resume; 1, 2, 3, Enter and q are typed and stay.
            prompt.say(tr("Answer: 1 or Enter resume, 2 start over, 3 or q quit"))
            guard let raw = prompt.answer() else { return endOfInput() }
            switch ResumeChoice.parse(raw) {
            case .resume?:
                switch send(.resume) {
                case let .stop(outcome): return outcome
                case .continue, .stay: return nil
                }
            case .startOver?:
                switch runForm(.startOver) {
                case let .stop(outcome):
                    return outcome
                case .continue, .stay:
                    // Started over (the old file kept aside), or not confirmed, or refused: say which.
                    if session.state.phase != .offeringResume {
                        prompt.say(LinePrompt.safe(Messages.startedOver(backup: session.lastBackupPath)))
                        return nil
                    }
                }
            case .quit?:
                if let outcome = leave(.quit) { return outcome }
            case nil:
                prompt.say(Self.notOneOfTheAnswers(raw))
            }
        }
    }

    private func handle(_ answer: PlainAnswer) -> Next {
        let state = session.state
        guard let step = state.currentStep else { return .continue }
        switch answer {
        case .done: return runForm(.markDone)
        case let .skip(reason): return runForm(.skip, answering: reason ?? "")
        case .wait: return runForm(.markWaiting)
        case .back: return send(.back)
        case .quit: return send(.quit)
        case let .note(text): return runForm(.note, answering: text)
        case .help:
            prompt.say(PlainStepText.help(for: step, statePath: context.statePath))
            return .stay
        case .phone:
            // The link as the step shows it: its label in the member's LinkedIn language.
            guard step.link != nil, let link = StepContent(state: session.state)?.link else { return refuse("p") }
            // Translators: above a QR code; {label} names where the link goes.
            prompt.say(tr("Scan this code with your phone to open {label}:", ["label": LinePrompt.safe(link.label)]))
            prompt.write(PrintedQRCode(link, style: qrStyle).text)
            return .stay
        case let .screenDiffers(text): return runForm(.screenDiffers, answering: text)
        case .draft:
            guard step.objectionDraft else { return refuse("t") }
            return runForm(.draft)
        case .edit:
            guard step.objectionDraft else { return refuse("e") }
            if let editor = context.editor { return editInEditor(editor) }
            return runForm(.editDraftOnOneLine)
        case .sent:
            guard step.confirmation != nil else { return refuse("sent") }
            return runForm(.sent)
        case let .received(text):
            guard step.confirmation != nil else { return refuse("r") }
            return runForm(.received, answering: text)
        case .empty:
            prompt.say(tr("Type an answer."))
            return .stay
        case let .option(text):
            guard step.choice != nil else {
                prompt.say(Self.notAnAnswerHere(text))
                return .stay
            }
            return send(.choose(text))
        case let .unknown(text):
            prompt.say(Self.notAnAnswerHere(text))
            return .stay
        }
    }

    /// Said when a line is not an answer a step takes.
    private static func notAnAnswerHere(_ typed: String) -> String {
        // Translators: {answer} is what the member typed.
        tr("\"{answer}\" is not an answer here.", ["answer": LinePrompt.safe(typed)])
    }

    /// Said when a line is none of a question's answers.
    static func notOneOfTheAnswers(_ typed: String) -> String {
        // Translators: {answer} is what the member typed.
        tr("\"{answer}\" is not one of the answers.", ["answer": LinePrompt.safe(typed)])
    }

    /// Runs one of the core's forms as line prompts. `answering` answers the first question (what was
    /// typed after the answer's word, e.g. `n text`).
    private func runForm(_ kind: FormKind, answering given: String? = nil) -> Next {
        var result = StepForm.start(kind, state: session.state, today: session.today)
        var given = given
        while true {
            switch result {
            case let .leave(message):
                if let message { prompt.tell(message) }
                return .stay
            case let .submit(event, confirmation):
                return send(event, confirmation: confirmation)
            case let .ask(form):
                let question = form.prompt
                if let problem = question.problem { prompt.tell(problem) }
                let line: String
                if let answer = given {
                    line = answer
                    given = nil
                } else {
                    ask(question)
                    guard let typed = prompt.answer() else {
                        return .stop(endOfInput(open: OpenForm(form: form, typed: .text(""))))
                    }
                    line = typed
                }
                result = form.next(.text(line))
            }
        }
    }

    /// Shows a form's question: the question, then the options of a list, each with its number.
    private func ask(_ question: FormPrompt) {
        switch question.input {
        case .line:
            prompt.tell(question.question)
            // Plain mode cannot put kept text in a field: it shows it, to be typed again.
            // Translators: {text} is what the member had typed before optout was stopped.
            if let kept = question.kept { prompt.tell(tr("Kept from when optout was stopped: \"{text}\"", ["text": kept])) }
        case let .pickMany(options, ticked):
            prompt.tell(question.question)
            for (n, option) in options.enumerated() {
                // Translators: after an entry of a list the member ticks, when it is ticked.
                prompt.say("  \(n + 1). \(LinePrompt.safe(option))" + (ticked.contains(n) ? " " + tr("(ticked)") : ""))
            }
            prompt.say(tr("Their numbers, separated by spaces or commas (an empty line keeps those ticked):"))
        case let .pickOne(options, preferred):
            prompt.tell(question.question)
            for (n, option) in options.enumerated() { prompt.say("  \(n + 1). \(LinePrompt.safe(option))") }
            // Translators: {count} is how many entries the list has; {preferred} the number an empty line picks.
            prompt.say(trn("Answer 1 to {count} (an empty line picks {preferred}):", "Answer 1 to {count} (an empty line picks {preferred}):",
                           count: options.count, ["preferred": String(preferred + 1)]))
        }
    }

    /// The member's editor changes the objection text; the core decides what the result changes.
    private func editInEditor(_ editor: any MemberEditor) -> Next {
        let draft = ObjectionDraft.current(in: session.state.progress)
        let region = session.state.progress.region
        // Translators: {command} is the editor's command line ($VISUAL or $EDITOR).
        prompt.say(tr("Opening your editor ({command})…", ["command": LinePrompt.safe(editor.commandLine)]))
        let run = editor.edit(draft.text(region: region), runner: ForegroundProgram.run)
        switch DraftEdit.result(of: try? run.get(), draft: draft, region: region) {
        case let .submit(event, confirmation): return send(event, confirmation: confirmation)
        case let .leave(message):
            // A failed editor says why (not found, its exit status, a signal); otherwise the core's sentence.
            if case let .failure(failure) = run { prompt.tell(failure.description) } else if let message { prompt.tell(message) }
            return .stay
        case .ask: return .stay
        }
    }

    /// Sends an event for the step; says what happened (the confirmation only when the change was saved).
    private func send(_ event: WalkthroughEvent, confirmation: String? = nil) -> Next {
        if event == .quit {
            guard let outcome = leave(.quit) else { return .stay }
            return .stop(outcome)
        }
        do {
            let reply = try session.send(event, confirmation: confirmation)
            if let message = reply.message { prompt.tell(message) }
            if reply.effects.contains(.showSummary) || session.state.phase == .finished { return .continue }
            switch event {
            case .setDraft:
                if !reply.isProblem { showDraft() }
                return .stay
            case .setNote, .reportScreenDiffers:
                return .stay
            default:
                return .continue
            }
        } catch {
            prompt.tell(error.description)
            return .stay
        }
    }

    private func refuse(_ word: String) -> Next {
        // Translators: {answer} is the answer typed (t, sent, p...).
        prompt.say(tr("\"{answer}\" does not apply to this step.", ["answer": word]))
        return .stay
    }

    private func showDraft() {
        let text = ObjectionDraft.current(in: session.state.progress).text(region: session.state.progress.region)
        // Translators: before the objection text in plain mode; the [brackets] are in the text as they are.
        prompt.tell(tr("Your objection text: a template to adapt, not legal advice. Replace what is in [brackets]. It is saved with your progress (`optout draft` prints it again):"))
        // Translators: the lines above and below the objection text, to copy what is between them.
        prompt.say(tr("----- copy from the next line -----"))
        prompt.write(TerminalSafeText.sanitize(text, keepNewlines: true))
        if !text.hasSuffix("\n") { prompt.say("") }
        prompt.say(tr("----- to the line before this one -----"))
    }

    /// The end was reached: the summary, once the last change is saved (`WalkthroughSession.end`).
    private func finish() -> RunOutcome { leave(.reachedEnd) ?? .notSaved }

    /// Input ended, or a signal ended it: the session saves what there is (`open`, a form being
    /// answered, kept unfinished) and says what became of the last change.
    private func endOfInput(open: OpenForm? = nil) -> RunOutcome {
        prompt.say("")
        if let signal = prompt.endingSignal {
            // The terminal hands a line over at Enter and drops it at Ctrl-C: what was typed on the line
            // being answered never reached optout, and is said to be lost rather than passed over.
            prompt.tell(tr("Anything typed on the last line without Enter was not saved: the terminal drops it when optout is stopped."))
            return leave(.signal(signal), open: open) ?? .notSaved
        }
        prompt.say(prompt.whyInputEnded ?? Messages.inputEnded)
        return leave(.inputEnded, open: open) ?? .notSaved
    }

    /// Ends the run as the session decides and says what it says; nil when `q` could not save and the
    /// run goes on.
    private func leave(_ cause: RunEndCause, open: OpenForm? = nil) -> RunOutcome? {
        guard let end = session.end(cause, context: context, open: open) else {
            session.stillUnsavedMessage.map(prompt.tell)
            return nil
        }
        if cause == .reachedEnd { prompt.say("") }
        for line in end.lines {
            switch line {
            case let .sentence(text): prompt.tell(text)
            case let .summary(report): prompt.write(SummaryRenderer.render(report, format: .text, width: prompt.width))
            case .blank: prompt.say("")
            }
        }
        return end.outcome
    }
}
