#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore

/// `optout recheck` as line prompts: asks only the verification questions (is the setting still Off?
/// did the form's confirmation come?) and records the answers as one re-check.
public final class PlainRecheck {
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

    private func say(_ line: String) { write(line + "\n") }
    private func wrapped(_ text: String, indent: String = "  ") -> String {
        TextWrap.wrap(TerminalSafeText.sanitize(text), width: 78, indent: indent).joined(separator: "\n")
    }

    /// Runs the re-check; complete when the checklist is complete afterwards.
    public func run() -> RunOutcome {
        let state = session.state
        let progress = state.progress
        guard progress.finishedAt != nil else {
            say("There is nothing to re-check yet: finish the walkthrough first (run `optout`).")
            return .unfinished
        }
        let questions = RecheckSchedule.questions(guide: state.guide, progress: progress)
        guard !questions.isEmpty else {
            say("There is nothing to re-check: no verification step has been done yet. Run `optout` to go on.")
            return progress.isComplete ? .complete : .unfinished
        }
        let last = context.schedule.anchorWords(progress).map { " (\($0))" } ?? ""
        say("Re-check of: \(TerminalSafeText.sanitize(state.guide.title))\(last)")
        // A re-check saves the progress reconciled with the guide: say what changed in the guide first.
        for line in state.guideChanges.explanation(in: state.guide) { say(wrapped(line, indent: "")) }
        var answers: [RecheckAnswer] = []
        var ended = false
        ask: for (n, step) in questions.enumerated() {
            guard let question = step.recheck else { continue }
            say("")
            say("Question \(n + 1) of \(questions.count): \(TerminalSafeText.sanitize(step.title))")
            if let link = step.link { say(wrapped("Link to \(link.label): \(link.url)")) }
            say(wrapped(question.question))
            while true {
                say("Answer: y yes, n no, s skip, q quit")
                write("> ")
                guard let line = input.nextLine() else {
                    ended = true
                    break ask
                }
                switch line.trimmed.lowercased() {
                case "y", "yes":
                    answers.append(RecheckAnswer(stepId: step.id, answer: .yes))
                case "n", "no":
                    answers.append(RecheckAnswer(stepId: step.id, answer: .no))
                    say(wrapped(question.ifNo))
                case "s", "skip":
                    answers.append(RecheckAnswer(stepId: step.id, answer: .skipped))
                case "q", "quit":
                    ended = true
                    break ask
                default:
                    say("\"\(TerminalSafeText.sanitize(line))\" is not one of the answers.")
                    continue
                }
                break
            }
        }
        if ended { say("") }
        guard !answers.isEmpty else {
            say("Nothing was recorded.")
            return progress.isComplete ? .complete : .unfinished
        }
        do {
            try session.send(.recordRecheck(answers))
            if let notice = session.saveNotice { say(wrapped(notice, indent: "")) }
        } catch {
            say(wrapped(error.description, indent: ""))
            return .unfinished
        }
        let after = session.state.progress
        say("Re-check recorded\(ended ? " (the questions answered)" : "").")
        if let due = context.schedule.nextDue(after) {
            say("Next re-check due \(CalendarDay.string(due)); `optout remind --ics FILE` puts it in your calendar.")
        }
        // What the answers found, step by step: reopened steps to do again, confirmations still awaited.
        let guide = session.state.guide
        for answer in answers where answer.answer == .no {
            guard let step = guide.step(answer.stepId), let question = step.recheck else { continue }
            let title = Words.endingSentence(step.title)
            switch question.onNo {
            case .reopen:
                say(wrapped("Something needs doing again: \(title) Run `optout` to go through it.", indent: ""))
            case .keep:
                say(wrapped("Still waiting: \(title) Nothing needs doing until it comes; `optout recheck` asks again.", indent: ""))
            }
        }
        return after.isComplete ? .complete : .unfinished
    }
}
