#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore

/// Where plain mode reads answers: standard input, or a script in tests.
public protocol LineSource {
    /// The next line without its newline, or nil at end of input.
    mutating func nextLine() -> String?
}

/// Standard input, a line at a time.
public struct StandardInputLines: LineSource {
    public init() {}
    public mutating func nextLine() -> String? { readLine(strippingNewline: true) }
}

/// Lines given up front (for tests and scripts).
public struct ScriptedLines: LineSource {
    private var lines: [String]
    public init(_ lines: [String]) { self.lines = lines }
    public mutating func nextLine() -> String? { lines.isEmpty ? nil : lines.removeFirst() }
}

/// One answer typed at a step prompt.
public enum PlainAnswer: Equatable, Sendable {
    case done
    case skip(reason: String?)
    case wait
    case back
    /// `n` alone (the note follows on the next line) or `n text`.
    case note(String?)
    case quit
    case help
    /// `x`: the screen does not match the step (the description follows, or `x text`).
    case screenDiffers(String?)
    /// `t`: work on the objection draft.
    case draft
    /// `e`: edit the objection draft's text.
    case edit
    /// `sent`: record the day the form was sent.
    case sent
    /// `r`: the confirmation arrived (with its reference, or `r text`).
    case received(String?)
    /// A choice's option number or id.
    case option(String)
    case empty
    case unknown(String)

    /// Reads a line typed at a step prompt. Words are case-insensitive; `s` and `n` may carry text after a space.
    public static func parse(_ line: String) -> PlainAnswer {
        let trimmed = line.trimmed
        if trimmed.isEmpty { return .empty }
        let parts = trimmed.split(separator: " ", maxSplits: 1).map(String.init)
        let word = parts[0].lowercased()
        let rest = parts.count > 1 ? parts[1].trimmed : nil
        switch word {
        case "d", "done": return rest == nil ? .done : .unknown(trimmed)
        case "s", "skip": return .skip(reason: rest)
        case "w", "wait", "waiting": return rest == nil ? .wait : .unknown(trimmed)
        case "b", "back": return rest == nil ? .back : .unknown(trimmed)
        case "n", "note": return .note(rest)
        case "q", "quit": return rest == nil ? .quit : .unknown(trimmed)
        case "?", "h", "help": return .help
        case "x", "differs": return .screenDiffers(rest)
        case "t", "draft": return rest == nil ? .draft : .unknown(trimmed)
        case "e", "edit": return rest == nil ? .edit : .unknown(trimmed)
        case "sent": return rest == nil ? .sent : .unknown(trimmed)
        case "r", "received": return .received(rest)
        default: return rest == nil ? .option(trimmed) : .unknown(trimmed)
        }
    }
}

/// The line-by-line front end: the accessible mode, and the one scripts drive. It shows the same
/// content as the full screen, in words, with no box drawing or colour, and holds no walkthrough logic.
public final class PlainMode {
    private let session: WalkthroughSession
    private var input: any LineSource
    private let write: (String) -> Void
    private let context: RunContext

    public init(session: WalkthroughSession, input: any LineSource, context: RunContext, write: @escaping (String) -> Void) {
        self.session = session
        self.input = input
        self.context = context
        self.write = write
    }

    private func say(_ lines: [String]) { write(lines.joined(separator: "\n") + "\n") }
    private func say(_ line: String) { write(line + "\n") }
    private func safe(_ text: String) -> String { TerminalSafeText.sanitize(text) }
    private func wrapped(_ text: String, indent: String = "  ", hanging: String? = nil) -> [String] {
        TextWrap.wrap(safe(text), width: 78, indent: indent, hangingIndent: hanging)
    }

    /// Runs the walkthrough until it ends, the member quits, or input ends.
    public func run() -> RunOutcome {
        let guide = session.state.guide
        say("\(safe(guide.title)) (guide \(safe(guide.version)), last verified \(safe(guide.lastVerified)))")
        say("Your progress is saved after every step to \(safe(context.statePath))")
        for notice in context.notices { say(safe(notice)) }
        for line in session.state.guideChanges.explanation(in: guide) { say(wrapped(line, indent: "")) }

        if session.state.phase == .finished {
            let report = ProgressReport(guide: guide, saved: session.state.progress)
            say("")
            for line in context.alreadyCompleteLines(for: session.state.progress) { say(wrapped(line, indent: "")) }
            say("")
            write(SummaryRenderer.render(report, format: .text))
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
                say(promptLine())
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
        var line = "You have an unfinished checklist: \(SummaryRenderer.statusLine(report))"
        if let id = report.currentStepId, let step = report.steps.first(where: { $0.id == id }) {
            line += " Next is step \(step.number), \(step.title)."
        }
        say(wrapped(line, indent: ""))
        say("  1. Resume where you stopped")
        say("  2. Start over (your answers and notes are cleared)")
        say("  3. Quit")
        while true {
            say("Answer: 1 or Enter resume, 2 start over, 3 or q quit")
            write("> ")
            guard let raw = input.nextLine() else { return endOfInput() }
            switch raw.trimmed.lowercased() {
            case "", "1", "r", "resume": return perform(.resume)
            case "2", "start over", "restart": return perform(.startOver)
            case "3", "q", "quit": return perform(.quit) ?? .unfinished
            default: say("\"\(safe(raw))\" is not one of the answers.")
            }
        }
    }

    /// Sends an event; returns an outcome when the run should end.
    private func perform(_ event: WalkthroughEvent) -> RunOutcome? {
        do {
            let effects = try session.send(event)
            if effects.contains(.exit) { return quitOutcome() }
        } catch {
            say(wrapped(error.description, indent: ""))
        }
        return nil
    }

    private func handle(_ answer: PlainAnswer) -> Next {
        let state = session.state
        guard let step = state.currentStep else { return .continue }
        let event: WalkthroughEvent
        switch answer {
        case .done: event = .markDone
        case let .skip(reason): event = .skip(reason: reason)
        case .wait: event = .markWaiting
        case .back: event = .back
        case .quit: event = .quit
        case let .note(text):
            if let text {
                event = .setNote(text)
            } else {
                say("Type your note on one line (an empty line removes it):")
                write("> ")
                guard let line = input.nextLine() else { return .stop(endOfInput()) }
                event = .setNote(line)
            }
        case .help:
            say(helpText(for: step))
            return .stay
        case let .screenDiffers(text):
            guard let text = text ?? ask("What do you see instead? One line (an empty line removes the mark):") else {
                return .stop(endOfInput())
            }
            event = .reportScreenDiffers(text)
        case .draft:
            guard step.objectionDraft else { return refuse("t") }
            guard let draft = askForDraft() else { return .stop(endOfInput()) }
            event = .setDraft(draft)
        case .edit:
            guard step.objectionDraft else { return refuse("e") }
            guard let text = editDraftText() else { return .stop(endOfInput()) }
            var draft = session.state.progress.draft ?? ObjectionDraft()
            draft.editedText = text
            event = .setDraft(draft)
        case .sent:
            guard let tracking = step.confirmation else { return refuse("sent") }
            guard let day = ask("The day you sent it, as YYYY-MM-DD (Enter for today, \(CalendarDay.string(context.startedAt))):"),
                let reference = ask("\(tracking.reference.prefix(1).uppercased() + tracking.reference.dropFirst()), if you have it (Enter if not yet):")
            else { return .stop(endOfInput()) }
            event = .recordSent(on: day.isEmpty ? CalendarDay.string(context.startedAt) : day, reference: reference)
        case let .received(text):
            guard let tracking = step.confirmation else { return refuse("r") }
            let known = session.state.currentRecord?.confirmation
            guard let reference = text ?? ask("\(tracking.reference.prefix(1).uppercased() + tracking.reference.dropFirst())" + (known.map { " (Enter keeps \"\(safe($0))\")" } ?? "") + ":")
            else { return .stop(endOfInput()) }
            event = .confirmReceived(reference: reference)
        case .empty:
            say("Type an answer. " + promptLine())
            return .stay
        case let .option(text):
            guard step.choice != nil else {
                say("\"\(safe(text))\" is not an answer here. " + promptLine())
                return .stay
            }
            event = .choose(text)
        case let .unknown(text):
            say("\"\(safe(text))\" is not an answer here. " + promptLine())
            return .stay
        }
        do {
            let effects = try session.send(event)
            switch event {
            case .setNote:
                say(session.state.currentRecord?.note == nil ? "Note removed." : "Note saved.")
                return .stay
            case .reportScreenDiffers:
                say(session.state.currentRecord?.screenDiffers == nil
                    ? "Mark removed."
                    : "Noted. The summary lists it with the guide's version (\(safe(session.state.guide.version))), so you can report it. Carry on as best you can.")
                return .stay
            case .setDraft:
                showDraft()
                return .stay
            default:
                break
            }
            if effects.contains(.exit) { return .stop(quitOutcome()) }
            return .continue
        } catch let SessionError.saveFailed(error) {
            say(wrapped("\(error) Your progress is kept in memory; the next answer tries to save again, or quit with q.", indent: ""))
            return .continue
        } catch {
            say(wrapped(error.description, indent: ""))
            return .stay
        }
    }

    /// Asks for one line; nil at end of input.
    private func ask(_ question: String) -> String? {
        say(wrapped(question, indent: ""))
        write("> ")
        return input.nextLine()
    }

    private func refuse(_ word: String) -> Next {
        say("\"\(word)\" does not apply to this step. " + promptLine())
        return .stay
    }

    private func askForDraft() -> ObjectionDraft? {
        var draft = session.state.progress.draft ?? ObjectionDraft()
        say("Which uses do you object to?")
        for (n, use) in ObjectionUse.allCases.enumerated() {
            say("  \(n + 1). \(use.label)\(draft.uses.contains(use) ? " (chosen)" : "")")
        }
        while true {
            guard let line = ask("Numbers separated by spaces or commas (Enter keeps the chosen ones):") else { return nil }
            if line.trimmed.isEmpty { break }
            let numbers = line.split(whereSeparator: { $0 == " " || $0 == "," }).map { Int($0) }
            if numbers.allSatisfy({ $0.map { (1...ObjectionUse.allCases.count).contains($0) } ?? false }) {
                draft.uses = ObjectionUse.allCases.enumerated().filter { numbers.contains($0.offset + 1) }.map(\.element)
                break
            }
            say("Use the numbers 1 to \(ObjectionUse.allCases.count).")
        }
        guard let name = ask("Your name for the text (Enter " + (draft.name == nil ? "leaves a placeholder" : "keeps \"\(safe(draft.name!))\"") + "; - removes it):"),
            let email = ask("Your LinkedIn account's email for the text (Enter " + (draft.email == nil ? "leaves a placeholder" : "keeps it") + "; - removes it):")
        else { return nil }
        func update(_ old: String?, _ typed: String) -> String? {
            let typed = typed.trimmed
            if typed.isEmpty { return old }
            return typed == "-" ? nil : typed
        }
        draft.name = update(draft.name, name)
        draft.email = update(draft.email, email)
        // New choices rebuild the text; an earlier edit by hand is replaced only after asking.
        if draft.editedText != nil {
            guard let keep = ask("You edited the text by hand. Keep your edit (k) or rebuild it from these choices (r)? [k]") else { return nil }
            if keep.trimmed.lowercased().hasPrefix("r") { draft.editedText = nil }
        }
        return draft
    }

    /// The new draft text: from the member's editor when there is one, else typed on one line
    /// (`\n` stands for a line break). nil at end of input; the old text when the editor failed.
    private func editDraftText() -> String? {
        let current = (session.state.progress.draft ?? ObjectionDraft()).text(region: session.state.progress.region)
        if let editor = context.editor {
            say("Opening your editor (\(safe(editor.command.joined(separator: " "))))…")
            if let edited = editor.edit(current) { return edited }
            say("The editor did not finish cleanly; the text is unchanged.")
            return current
        }
        guard let line = ask("Type the new text on one line; \\n stands for a line break (an empty line keeps the text):") else { return nil }
        if line.trimmed.isEmpty { return current }
        return line.split(separator: "\\n", omittingEmptySubsequences: false).joined(separator: "\n")
    }

    private func showDraft() {
        let text = (session.state.progress.draft ?? ObjectionDraft()).text(region: session.state.progress.region)
        say("Your objection text, saved with your progress (`optout draft` prints it again):")
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
            say(wrapped("\(label): " + crumb.lines.joined(separator: " > "), indent: ""))
        }
        for paragraph in content.body { say(wrapped(paragraph)) }
        for note in content.regionNotes { say(wrapped("For your region: \(note)")) }
        for section in content.instructions {
            if let heading = section.heading { say("  \(heading):") }
            for (n, line) in section.lines.enumerated() { say(wrapped("\(n + 1). \(line)", indent: "  ", hanging: "     ")) }
        }
        if let link = content.link { say("  Link (\(safe(link.label))): \(safe(link.url))") }
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
                : "Your objection text is saved: t to change the choices, e to edit the text."))
        }
        for fact in record.facts { say("  \(fact.label) \(safe(fact.text))") }
    }

    private func promptLine() -> String {
        guard let step = session.state.currentStep else { return "" }
        var parts: [String] = []
        if let choice = step.choice {
            parts.append("1-\(choice.options.count) to choose")
            if session.state.progress.answers[choice.answerKey] != nil { parts.append("d keep your answer") }
        } else {
            parts.append(step.kind == .finish ? "d finish" : "d done")
        }
        if step.kind != .finish { parts.append(step.optional ? "s not needed" : "s skip") }
        if step.kind == .action { parts.append("w waiting") }
        if step.objectionDraft { parts += ["t draft", "e edit draft"] }
        if step.confirmation != nil { parts += ["sent", "r received"] }
        parts += ["x screen differs", "b back", "n note", "q quit", "? help"]
        return "Answer: " + parts.joined(separator: ", ")
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
        lines += [
            "  d, done: the step is done; go on",
            "  s, skip: skip this step for now (\"s reason\" records why); an optional step is marked not needed",
            "  w, wait: the step is done on LinkedIn but waits for something, such as a confirmation email",
            "  b, back: go to the previous step",
            "  n, note: type a note on the next line (\"n text\" in one go); an empty note removes it",
            "  x: your screen does not match this step; say what you see (\"x text\" in one go)",
            "  q, quit: save and stop; run optout again to resume here",
            "  ?, help: this list",
            "Progress is saved to \(safe(context.statePath)) after every answer.",
        ]
        return lines.joined(separator: "\n")
    }

    private func finish() -> RunOutcome {
        let report = ProgressReport(guide: session.state.guide, saved: session.state.progress)
        say("")
        write(SummaryRenderer.render(report, format: .text))
        say("")
        say(report.isComplete
            ? "All done. This summary is also available later with `optout summary`."
            : "You reached the end with steps left; run `optout` again to go back to them.")
        return report.isComplete ? .complete : .unfinished
    }

    private func quitOutcome() -> RunOutcome {
        say("Progress saved to \(safe(context.statePath)). Run `optout` to resume.")
        return session.state.progress.isComplete ? .complete : .unfinished
    }

    private func endOfInput() -> RunOutcome {
        say("")
        say("Input ended.")
        do {
            try session.send(.quit)
        } catch {
            say(wrapped(error.description, indent: ""))
            return .unfinished
        }
        return quitOutcome()
    }
}
