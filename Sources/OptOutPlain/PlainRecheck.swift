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
            prompt.say(tr("There is nothing to re-check yet: finish the walkthrough first (run `optout`)."))
            return .unfinished
        }
        let questions = RecheckSchedule.questions(guide: state.guide, progress: progress)
        guard !questions.isEmpty else {
            prompt.say(tr("There is nothing to re-check: no verification step has been done yet. Run `optout` to go on."))
            return progress.isComplete ? .complete : .unfinished
        }
        let title = LinePrompt.safe(state.guide.title)
        if let last = context.schedule.anchorWords(progress, zone: context.zone) {
            // Translators: {title} is the guide's title; {when} says when it was last checked.
            prompt.say(tr("Re-check of: {title} ({when})", ["title": title, "when": last]))
        } else {
            prompt.say(tr("Re-check of: {title}", ["title": title]))
        }
        // A re-check saves the progress reconciled with the guide: say what changed in the guide first.
        for line in state.guideChanges.explanation(in: state.guide) { prompt.tell(line) }
        var answers: [RecheckAnswer] = []
        var ended = false
        ask: for (n, step) in questions.enumerated() {
            guard step.recheck != nil else { continue }
            prompt.say("")
            // Translators: {number} of {count} counts the re-check's questions; {title} is a step's title.
            prompt.say(trn("Question {number} of {count}: {title}", "Question {number} of {count}: {title}", count: questions.count,
                           ["number": String(n + 1), "title": LinePrompt.safe(step.title)]))
            if let link = step.link {
                prompt.say(prompt.wrapped(tr("Link to {label}:", ["label": link.label], context: "label") + " " + link.url))
            }
            prompt.say(prompt.wrapped(RecheckSchedule.question(for: step, record: progress.record(step.id))))
            while true {
                // Translators: plain mode's answers to a re-check question; the letters y, n, s and q are typed
                // and stay; the words after them are the typed answers in your language.
                prompt.say(tr("Answer: y {yes}, n {no}, s {skip}, q {quit}", [
                    "yes": AnswerWord.yes.translated, "no": AnswerWord.no.translated,
                    "skip": AnswerWord.skip.translated, "quit": AnswerWord.quit.translated,
                ]))
                guard let line = prompt.answer() else {
                    ended = true
                    break ask
                }
                switch AnswerWord.matching(line.trimmed, among: AnswerWord.inARecheck) {
                case .yes?: answers.append(RecheckAnswer(stepId: step.id, answer: .yes))
                case .no?: answers.append(RecheckAnswer(stepId: step.id, answer: .no))
                case .skip?: answers.append(RecheckAnswer(stepId: step.id, answer: .skipped))
                case .quit?:
                    ended = true
                    break ask
                default:
                    prompt.say(PlainMode.notOneOfTheAnswers(line))
                    continue
                }
                break
            }
        }
        if ended { prompt.say("") }
        guard !answers.isEmpty else {
            prompt.say(tr("Nothing was recorded."))
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
            prompt.tell(Messages.lastChangeNotSaved(session.unsaved ?? .io(path: context.statePath, action: .saveProgressTo, reason: tr("unknown", context: "reason"))))
            return .notSaved
        }
        let after = session.state.progress
        // Translators: after a re-check stopped before its last question.
        prompt.say(ended ? tr("Re-check recorded (the questions answered).") : tr("Re-check recorded."))
        if let due = context.schedule.nextDueDay(after, guide: session.state.guide, zone: context.zone) {
            // Translators: {date} is an ISO date (2026-05-20); FILE stays as it is.
            prompt.say(tr("Next re-check due {date}; `optout remind --ics FILE` puts it in your calendar.", ["date": due]))
        }
        // What the answers found, step by step: reopened steps to do again, confirmations still awaited.
        let guide = session.state.guide
        for answer in answers where answer.answer == .no {
            guard let step = guide.step(answer.stepId), let question = step.recheck else { continue }
            prompt.say(prompt.wrapped(question.ifNo, indent: ""))
            let title = Words.endingSentence(step.title)
            switch question.onNo {
            case .reopen:
                // Translators: {title} is a step's title, ending in a full stop.
                prompt.tell(tr("Something needs doing again: {title} Run `optout` to go through it.", ["title": title]))
            case .keep:
                // Translators: {title} is a step's title, ending in a full stop.
                prompt.tell(tr("Still waiting: {title} Nothing needs doing until it comes; `optout recheck` asks again.", ["title": title]))
            }
        }
        return end.outcome
    }
}
