import Foundation
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
    /// A choice's option number or id.
    case option(String)
    case empty
    case unknown(String)

    /// Reads a line typed at a step prompt. Words are case-insensitive; `s` and `n` may carry text after a space.
    public static func parse(_ line: String) -> PlainAnswer {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return .empty }
        let parts = trimmed.split(separator: " ", maxSplits: 1).map(String.init)
        let word = parts[0].lowercased()
        let rest = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
        switch word {
        case "d", "done": return rest == nil ? .done : .unknown(trimmed)
        case "s", "skip": return .skip(reason: rest)
        case "w", "wait", "waiting": return rest == nil ? .wait : .unknown(trimmed)
        case "b", "back": return rest == nil ? .back : .unknown(trimmed)
        case "n", "note": return .note(rest)
        case "q", "quit": return rest == nil ? .quit : .unknown(trimmed)
        case "?", "h", "help": return .help
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
            say("Your checklist is already complete. Here is your summary; `optout reset` starts again.")
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
            switch raw.trimmingCharacters(in: .whitespaces).lowercased() {
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
            if case .setNote = event {
                say(session.state.currentRecord?.note == nil ? "Note removed." : "Note saved.")
                return .stay
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
        if record.status != .pending {
            say("  Recorded: \(record.status.words)" + (record.reason.map { " (reason: \(safe($0)))" } ?? ""))
        }
        if let note = record.note { say("  Your note: \(safe(note))") }
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
        parts += ["b back", "n note", "q quit", "? help"]
        return "Answer: " + parts.joined(separator: ", ")
    }

    private func helpText(for step: GuideStep) -> String {
        var lines = ["Answers at a step:"]
        if let choice = step.choice {
            lines.append("  1-\(choice.options.count), or an option's id: choose that answer and go on")
        }
        lines += [
            "  d, done: the step is done; go on",
            "  s, skip: skip this step for now (\"s reason\" records why); an optional step is marked not needed",
            "  w, wait: the step is done on LinkedIn but waits for something, such as a confirmation email",
            "  b, back: go to the previous step",
            "  n, note: type a note on the next line (\"n text\" in one go); an empty note removes it",
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
