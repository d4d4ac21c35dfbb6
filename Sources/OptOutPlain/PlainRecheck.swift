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
    private let prompt: LinePrompt
    private let context: RunContext

    public init(session: WalkthroughSession, input: any LineSource, context: RunContext, write: @escaping (String) -> Void) {
        self.session = session
        self.prompt = LinePrompt(input: input, write: write, width: context.lineWidth)
        self.context = context
    }

    /// Runs the re-check; complete when the checklist is complete afterwards.
    public func run() -> RunOutcome {
        let state = session.state
        let progress = state.progress
        guard progress.finishedAt != nil else {
            prompt.say("There is nothing to re-check yet: finish the walkthrough first (run `optout`).")
            return .unfinished
        }
        let questions = RecheckSchedule.questions(guide: state.guide, progress: progress)
        guard !questions.isEmpty else {
            prompt.say("There is nothing to re-check: no verification step has been done yet. Run `optout` to go on.")
            return progress.isComplete ? .complete : .unfinished
        }
        let last = context.schedule.anchorWords(progress, zone: context.zone).map { " (\($0))" } ?? ""
        prompt.say("Re-check of: \(LinePrompt.safe(state.guide.title))\(last)")
        // A re-check saves the progress reconciled with the guide: say what changed in the guide first.
        for line in state.guideChanges.explanation(in: state.guide) { prompt.tell(line) }
        var answers: [RecheckAnswer] = []
        var ended = false
        ask: for (n, step) in questions.enumerated() {
            guard let question = step.recheck else { continue }
            prompt.say("")
            prompt.say("Question \(n + 1) of \(questions.count): \(LinePrompt.safe(step.title))")
            if let link = step.link { prompt.say(prompt.wrapped("Link to \(link.label): \(link.url)")) }
            prompt.say(prompt.wrapped(RecheckSchedule.question(for: step, record: progress.record(step.id))))
            while true {
                prompt.say("Answer: y yes, n no, s skip, q quit")
                guard let line = prompt.answer() else {
                    ended = true
                    break ask
                }
                switch line.trimmed.lowercased() {
                case "y", "yes": answers.append(RecheckAnswer(stepId: step.id, answer: .yes))
                case "n", "no": answers.append(RecheckAnswer(stepId: step.id, answer: .no))
                case "s", "skip": answers.append(RecheckAnswer(stepId: step.id, answer: .skipped))
                case "q", "quit":
                    ended = true
                    break ask
                default:
                    prompt.say("\"\(LinePrompt.safe(line))\" is not one of the answers.")
                    continue
                }
                break
            }
        }
        if ended { prompt.say("") }
        guard !answers.isEmpty else {
            prompt.say("Nothing was recorded.")
            return progress.isComplete ? .complete : .unfinished
        }
        do {
            if let message = try session.send(.recordRecheck(answers)).message, !session.hasUnsavedChanges {
                prompt.tell(message)  // saved, but not flushed
            }
        } catch {
            prompt.tell(error.description)
            return .unfinished
        }
        // The answers count only once they are in the file: a failed save is tried once more, and a
        // lost answer is said to be lost, never reported as recorded.
        let cause: RunEndCause = prompt.endingSignal.map { .signal($0) } ?? .recorded
        guard let end = session.end(cause, context: context), end.outcome != .notSaved else {
            prompt.tell(Messages.lastChangeNotSaved(session.unsaved ?? .io(path: context.statePath, action: .saveProgressTo, reason: "unknown")))
            return .notSaved
        }
        let after = session.state.progress
        prompt.say("Re-check recorded\(ended ? " (the questions answered)" : "").")
        if let due = context.schedule.nextDueDay(after, guide: session.state.guide, zone: context.zone) {
            prompt.say("Next re-check due \(due); `optout remind --ics FILE` puts it in your calendar.")
        }
        // What the answers found, step by step: reopened steps to do again, confirmations still awaited.
        let guide = session.state.guide
        for answer in answers where answer.answer == .no {
            guard let step = guide.step(answer.stepId), let question = step.recheck else { continue }
            prompt.say(prompt.wrapped(question.ifNo, indent: ""))
            let title = Words.endingSentence(step.title)
            switch question.onNo {
            case .reopen:
                prompt.tell("Something needs doing again: \(title) Run `optout` to go through it.")
            case .keep:
                prompt.tell("Still waiting: \(title) Nothing needs doing until it comes; `optout recheck` asks again.")
            }
        }
        return end.outcome
    }
}
