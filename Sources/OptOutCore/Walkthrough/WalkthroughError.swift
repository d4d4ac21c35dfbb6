/// Why an event was refused. The state is unchanged when one is thrown.
public enum WalkthroughError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The event makes no sense in this phase (e.g. `markDone` while offering to resume).
    case notAllowed(event: WalkthroughEvent, phase: WalkthroughPhase)
    /// `choose` on a step that asks no question.
    case notAChoice(stepId: String)
    /// `choose` with an option the step does not offer.
    case unknownOption(String, valid: [String])
    /// `markDone` on a choice step that has no answer yet.
    case answerRequired(stepId: String)
    /// `back` on the first step.
    case atFirstStep
    /// An event on a step where it means nothing: skipping the finish; waiting, sent or received on a
    /// step that tracks no confirmation; a draft on a step that offers none.
    case notApplicable(event: WalkthroughEvent, stepId: String)
    /// A date that is not `YYYY-MM-DD` with a four-digit year, or no real day.
    case invalidDate(String)
    /// A day after today, anywhere on Earth: nobody sent anything then.
    case dayInTheFuture(String)
    /// A day before LinkedIn existed (`CalendarDay.earliestSentDay`): a typo in the year.
    case dayBeforeLinkedIn(String)
    /// `markDone` on a step that awaits a confirmation: the day it was sent and the confirmation are
    /// recorded instead (`recordSent`, `confirmReceived`).
    case sendingNotRecorded(stepId: String)

    /// The refusal as a sentence. Refusals are about the step the member is on, so they say "this
    /// step" and never show a step's id.
    public var description: String {
        switch self {
        case let .notAllowed(event, .offeringResume):
            // Translators: {event} is the name of what the member tried, such as "Done" or "Back".
            tr("{event} is not possible while choosing whether to resume.", ["event": event.name])
        case let .notAllowed(event, .onStep):
            // Translators: {event} is the name of what the member tried, such as "Done" or "Back".
            tr("{event} is not possible on this step.", ["event": event.name])
        case let .notAllowed(event, .finished):
            // Translators: {event} is the name of what the member tried, such as "Done" or "Back".
            tr("{event} is not possible after the end.", ["event": event.name])
        case .notAChoice:
            tr("This step asks no question, so there is nothing to choose.")
        case let .unknownOption(answer, valid):
            // Translators: {answer} is what the member typed; {answers} lists the answers there are.
            tr("\"{answer}\" is not one of the answers ({answers}).", ["answer": answer, "answers": valid.joined(separator: ", ")])
        case .answerRequired:
            tr("This question needs an answer first: choose one of its options, or skip it.")
        case .atFirstStep:
            tr("This is the first step; there is nothing before it.")
        case .notApplicable(.markWaiting, _):
            tr("Waiting applies only to a step that waits for a confirmation, such as the objection form.")
        case let .notApplicable(event, _):
            // Translators: {event} is the name of what the member tried, such as "Done" or "Back".
            tr("{event} does not apply to this step.", ["event": event.name])
        case let .invalidDate(text):
            // Translators: YYYY-MM-DD is the form of a date: keep it as it is.
            tr("\"{text}\" is not a date; write it as YYYY-MM-DD, for example 2026-11-29.", ["text": text])
        case let .dayInTheFuture(day):
            tr("The day {day} has not come yet: give the day you sent it.", ["day": day])
        case let .dayBeforeLinkedIn(day):
            tr("The day {day} is before LinkedIn existed ({earliest}): check the year.", ["day": day, "earliest": CalendarDay.earliestSentDay])
        case .sendingNotRecorded:
            tr("This step is done once the form is sent and its confirmation came: record the day you sent it first.")
        }
    }
}
