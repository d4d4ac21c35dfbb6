#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore

/// The line-by-line front end: the accessible mode, and the one scripts drive. It shows the same
/// content as the full screen, in words, with no box drawing or colour, and holds no walkthrough logic:
/// the forms (drafting, sent, received, notes) are the core's, rendered as line prompts.
public final class PlainMode {
    private let session: WalkthroughSession
    private var input: any LineSource
    private let write: (String) -> Void
    private let context: RunContext
    private let qrStyle: QRPrintStyle

    /// `qrStyle` is how `p` prints a QR code (see `QRPrintStyle.choose`).
    public init(
        session: WalkthroughSession, input: any LineSource, context: RunContext, qrStyle: QRPrintStyle = .plainText,
        write: @escaping (String) -> Void
    ) {
        self.session = session
        self.input = input
        self.context = context
        self.qrStyle = qrStyle
        self.write = write
    }

    private func say(_ lines: [String]) { write(lines.joined(separator: "\n") + "\n") }
    private func say(_ line: String) { write(line + "\n") }
    private func safe(_ text: String) -> String { TerminalSafeText.sanitize(text) }
    private func wrapped(_ text: String, indent: String = "  ", hanging: String? = nil) -> [String] {
        TextWrap.wrap(safe(text), width: 78, indent: indent, hangingIndent: hanging)
    }
    /// A sentence of optout's own, wrapped at 78 columns from the left edge.
    private func tell(_ text: String) { say(wrapped(text, indent: "")) }

    /// Runs the walkthrough until it ends, the member quits, or input ends.
    public func run() -> RunOutcome {
        let guide = session.state.guide
        say("\(safe(guide.title)) (guide \(safe(guide.version)), last verified \(safe(guide.lastVerified)))")
        say("Your progress is saved after every step to \(safe(context.statePath))")
        if let warning = context.guideWarning { say(wrapped("Note: " + warning, indent: "")) }
        for notice in context.notices { say(safe(notice)) }
        for line in session.state.guideChanges.explanation(in: guide) { tell(line) }

        if session.state.phase == .finished {
            let report = ProgressReport(guide: guide, saved: session.state.progress, schedule: context.schedule)
            say("")
            for line in context.alreadyCompleteLines(for: session.state.progress) { tell(line) }
            say("")
            write(SummaryRenderer.render(report, format: .text))
            // The notice was seen: save the progress reconciled with the guide, so it is not repeated.
            _ = try? session.send(.guideChangesShown)
            return .complete
        }

        var showStep = true
        while true {
            switch session.state.phase {
            case .offeringResume:
                if let outcome = offerResume() { return outcome }
                showStep = true
            case .onStep:
                if showStep { showCurrentStep() }
                showStep = true
                say(promptLines())
                write("> ")
                guard let line = input.nextLine() else { return endOfInput() }
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
        let report = ProgressReport(guide: session.state.guide, saved: session.state.progress)
        say("")
        tell(Messages.resumeOffer(report))
        for (n, choice) in Messages.resumeChoices.enumerated() { say("  \(n + 1). \(choice.label)") }
        while true {
            say("Answer: 1 or Enter resume, 2 start over, 3 or q quit")
            write("> ")
            guard let raw = input.nextLine() else { return endOfInput() }
            switch ResumeChoice.parse(raw) {
            case .resume?:
                return perform(.resume)
            case .startOver?:
                switch runForm(.startOver) {
                case let .stop(outcome):
                    return outcome
                case .continue, .stay:
                    // Started over (the old file kept aside), or not confirmed, or refused: say which.
                    if session.state.phase != .offeringResume {
                        say(safe(Messages.startedOver(backup: session.lastBackupPath)))
                        return nil
                    }
                }
            case .quit?:
                return perform(.quit) ?? .unfinished
            case nil:
                say("\"\(safe(raw))\" is not one of the answers.")
            }
        }
    }

    /// Sends an event; returns an outcome when the run should end.
    private func perform(_ event: WalkthroughEvent) -> RunOutcome? {
        do {
            let effects = try session.send(event)
            if let notice = session.saveNotice { tell(notice) }
            if effects.contains(.exit) { return quitOutcome() }
        } catch {
            tell(error.description)
        }
        return nil
    }

    private func handle(_ answer: PlainAnswer) -> Next {
        let state = session.state
        guard let step = state.currentStep else { return .continue }
        switch answer {
        case .done: return send(.markDone)
        case let .skip(reason): return runForm(.skip, answering: reason ?? "")
        case .wait: return send(.markWaiting)
        case .back: return send(.back)
        case .quit: return send(.quit)
        case let .note(text): return runForm(.note, answering: text)
        case .help:
            say(helpText(for: step))
            return .stay
        case .phone:
            // The link as the step shows it: its label in the member's LinkedIn language.
            guard step.link != nil, let link = StepContent(state: session.state)?.link else { return refuse("p") }
            say("Scan this code with your phone to open \(safe(link.label)):")
            write(PrintedQRCode(link, style: qrStyle).text)
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
            say("Type an answer.")
            return .stay
        case let .option(text):
            guard step.choice != nil else {
                say("\"\(safe(text))\" is not an answer here.")
                return .stay
            }
            return send(.choose(text))
        case let .unknown(text):
            say("\"\(safe(text))\" is not an answer here.")
            return .stay
        }
    }

    /// Runs one of the core's forms as line prompts. `answering` answers the first question (what was
    /// typed after the answer's word, e.g. `n text`).
    private func runForm(_ kind: FormKind, answering given: String? = nil) -> Next {
        var result = StepForm.start(kind, state: session.state, today: CalendarDay.local(session.now()))
        var given = given
        while true {
            switch result {
            case let .leave(message):
                if let message { tell(message) }
                return .stay
            case let .submit(event, confirmation):
                return send(event, confirmation: confirmation)
            case let .ask(form):
                let prompt = form.prompt
                if let problem = prompt.problem { tell(problem) }
                let line: String
                if let answer = given {
                    line = answer
                    given = nil
                } else {
                    ask(prompt)
                    guard let typed = input.nextLine() else { return .stop(endOfInput()) }
                    line = typed
                }
                result = form.next(.text(line))
            }
        }
    }

    /// Shows a form's question: the question, then the options of a list, each with its number.
    private func ask(_ prompt: FormPrompt) {
        switch prompt.input {
        case .line:
            tell(prompt.question)
        case let .pickMany(options, ticked):
            tell(prompt.question)
            for (n, option) in options.enumerated() { say("  \(n + 1). \(safe(option))\(ticked.contains(n) ? " (ticked)" : "")") }
            say("Their numbers, separated by spaces or commas (an empty line keeps those ticked):")
        case let .pickOne(options, preferred):
            tell(prompt.question)
            for (n, option) in options.enumerated() { say("  \(n + 1). \(safe(option))") }
            say("Answer 1 to \(options.count) (an empty line picks \(preferred + 1)):")
        }
        write("> ")
    }

    /// The member's editor changes the objection text; the core decides what the result changes.
    private func editInEditor(_ editor: ExternalEditor) -> Next {
        let draft = session.state.progress.draft ?? ObjectionDraft()
        let region = session.state.progress.region
        say("Opening your editor (\(safe(editor.command.joined(separator: " "))))…")
        let run = editor.run(draft.text(region: region))
        switch DraftEdit.result(of: try? run.get(), draft: draft, region: region) {
        case let .submit(event, confirmation): return send(event, confirmation: confirmation)
        case let .leave(message):
            // A failed editor says why (not found, its exit status, a signal); otherwise the core's sentence.
            if case let .failure(failure) = run { tell(failure.description) } else if let message { tell(message) }
            return .stay
        case .ask: return .stay
        }
    }

    /// Sends an event for the step; says what happened.
    private func send(_ event: WalkthroughEvent, confirmation: String? = nil) -> Next {
        do {
            let effects = try session.send(event)
            if let notice = session.saveNotice { tell(notice) }
            if effects.contains(.exit) { return .stop(quitOutcome()) }
            if let confirmation { tell(confirmation) }
            switch event {
            case .setDraft:
                showDraft()
                return .stay
            case .setNote, .reportScreenDiffers:
                return .stay
            default:
                return .continue
            }
        } catch let SessionError.saveFailed(error) {
            // At the end, `finish` tries again and says what became of the last change.
            if session.state.phase != .finished { tell(Messages.saveFailed(error, in: .plain)) }
            return event == .quit ? .stay : .continue
        } catch {
            tell(error.description)
            return .stay
        }
    }

    private func refuse(_ word: String) -> Next {
        say("\"\(word)\" does not apply to this step.")
        return .stay
    }

    private func showDraft() {
        let text = (session.state.progress.draft ?? ObjectionDraft()).text(region: session.state.progress.region)
        say(wrapped("Your objection text: a template to adapt, not legal advice. Replace what is in [brackets]. "
            + "It is saved with your progress (`optout draft` prints it again):", indent: ""))
        say("----- copy from the next line -----")
        write(TerminalSafeText.sanitize(text, keepNewlines: true))
        if !text.hasSuffix("\n") { say("") }
        say("----- to the line before this one -----")
    }

    private func showCurrentStep() {
        guard let content = StepContent(state: session.state), let record = session.state.currentRecord else { return }
        say("")
        say("\(content.position): \(safe(content.title))\(content.optional ? " (optional)" : "")")
        for crumb in content.breadcrumbs {
            let label = crumb.heading.map { "Menu path (\($0.lowercased()))" } ?? "Menu path"
            // Continuation lines are indented, so a wrapped "> " is never taken for the prompt.
            say(wrapped("\(label): " + crumb.lines.joined(separator: " > "), indent: "", hanging: "  "))
        }
        for paragraph in content.body { say(wrapped(paragraph)) }
        for note in content.regionNotes { say(wrapped("For your region: \(note)")) }
        for section in content.instructions {
            if let heading = section.heading { say("  \(heading):") }
            for (n, line) in section.lines.enumerated() { say(wrapped("\(n + 1). \(line)", indent: "  ", hanging: "     ")) }
        }
        if let link = content.link { say(wrapped("Link to \(link.label): \(link.url)")) }
        if let expected = content.expected { say(wrapped("When it is done: \(expected)")) }
        for line in content.unverified { say(wrapped("Not verified: \(line)")) }
        if let choice = content.choice {
            say(wrapped(choice.prompt))
            let chosen = session.state.progress.answers[choice.answerKey]
            for (n, option) in choice.options.enumerated() {
                let mark = option.id == chosen ? " (your answer)" : ""
                say(wrapped("\(n + 1). \(option.label)\(mark)" + (option.detail.map { ": \($0)" } ?? ""), indent: "  ", hanging: "     "))
            }
        }
        if let step = session.state.currentStep, step.objectionDraft {
            say(wrapped(session.state.progress.draft == nil
                ? "optout can draft the objection text for you: answer t."
                : "Your objection text is saved: answer t to change the choices, e to edit the text."))
        }
        for fact in record.facts { say("  \(fact.label) \(safe(fact.text))") }
    }

    /// The answers a step takes, on lines of at most 78 columns, broken only between answers.
    private func promptLines() -> [String] {
        var lines: [String] = []
        var line = "Answer:"
        for (n, part) in promptParts().enumerated() {
            let piece = (n == 0 ? " " : ", ") + part
            if n > 0, line.count + piece.count + 1 > 78 {
                lines.append(line + ",")
                line = "  " + part
            } else {
                line += piece
            }
        }
        return lines + [line]
    }

    private func promptParts() -> [String] {
        guard let step = session.state.currentStep else { return [] }
        var parts: [String] = []
        if let choice = step.choice {
            parts.append("1-\(choice.options.count) to choose")
            if session.state.progress.answers[choice.answerKey] != nil { parts.append("d keep your answer") }
        } else {
            parts.append(step.kind == .finish ? "d finish" : "d done")
        }
        if step.kind != .finish { parts.append(step.optional ? "s not needed" : "s skip") }
        if step.confirmation != nil { parts.append("w waiting") }
        if step.objectionDraft { parts += ["t draft", "e edit draft"] }
        if step.confirmation != nil { parts += ["sent", "r received"] }
        if step.link != nil { parts.append("p QR code") }
        parts += ["x screen differs", "b back", "n note", "q quit", "? help"]
        return parts
    }

    private func helpText(for step: GuideStep) -> String {
        var lines = ["Answers at a step:"]
        if let choice = step.choice {
            lines.append("  1-\(choice.options.count), or an option's id: choose that answer and go on")
        }
        if step.objectionDraft {
            lines.append("  t, draft: build the objection text from your choices, region, name and email")
            lines.append("  e, edit: edit the text (in $VISUAL or $EDITOR when set, else on one line)")
        }
        if step.confirmation != nil {
            lines.append("  sent: record the day you sent the form; the step then waits for the confirmation")
            lines.append("  r, received: the confirmation came (\"r reference\" in one go); the step is done")
        }
        lines.append("  d, done: the step is done; go on")
        lines.append("  s, skip: skip this step for now (\"s reason\" records why); an optional step is marked not needed")
        if step.confirmation != nil {
            lines.append("  w, wait: the form is sent but its confirmation has not come yet")
        }
        if step.link != nil {
            lines.append("  p, phone: print the step's link as a QR code, to scan with your phone")
        }
        lines += [
            "  b, back: go to the previous step",
            "  n, note: type a note on the next line (\"n text\" in one go); an empty note removes it",
            "  x: your screen does not match this step; say what you see (\"x text\" in one go)",
            "  q, quit: save and stop; run optout again to resume here",
            "  ?, help: this list",
            "Progress is saved to \(safe(context.statePath)) after every answer.",
        ]
        return lines.joined(separator: "\n")
    }

    /// The end was reached: the summary, once the last change is saved. When it cannot be saved even
    /// after a second try, the member is told so instead, and the run ends with status 3.
    private func finish() -> RunOutcome {
        do {
            try session.retrySave()
        } catch {
            say("")
            tell(Messages.lastChangeNotSaved(error))
            return .notSaved
        }
        let report = ProgressReport(guide: session.state.guide, saved: session.state.progress, schedule: context.schedule)
        say("")
        write(SummaryRenderer.render(report, format: .text))
        say("")
        tell(report.isComplete ? Messages.allDone : Messages.endReachedWithStepsLeft)
        if let hint = CorrectionReport.hint(guide: session.state.guide, progress: session.state.progress) { tell(hint) }
        return report.isComplete ? .complete : .unfinished
    }

    private func quitOutcome() -> RunOutcome {
        say(Messages.progressSaved(to: safe(context.statePath)))
        return session.state.progress.isComplete ? .complete : .unfinished
    }

    /// Input ended: save and stop. A save that fails is tried once more; then the member is told the
    /// last change was not saved, and the run ends with status 3.
    private func endOfInput() -> RunOutcome {
        say("")
        say(input.whyItEnded ?? Messages.inputEnded)
        do {
            try session.send(.quit)
            if let notice = session.saveNotice { tell(notice) }
        } catch SessionError.saveFailed {
            do {
                try session.retrySave()
            } catch {
                tell(Messages.lastChangeNotSaved(error))
                return .notSaved
            }
        } catch {
            tell(error.description)
            return .unfinished
        }
        return quitOutcome()
    }
}
