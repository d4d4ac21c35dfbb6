#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What a member can start from a step: the forms of the walkthrough.
public enum FormKind: Equatable, Sendable {
    /// Enter or `d`: marks the step done, or, where a confirmation is awaited, asks what happened.
    case markDone
    /// `w`: the step waits for its confirmation; the day it was sent is asked first when none is recorded.
    case markWaiting
    case note
    case skip
    case screenDiffers
    /// Build the objection text from choices (uses, name, email).
    case draft
    /// Edit the objection text on one line (`\n` standing for a line break).
    case editDraftOnOneLine
    /// The form was sent: the day, then the reference.
    case sent
    /// The confirmation came: its reference.
    case received
    /// Confirm starting over, from the resume offer.
    case startOver
}

/// Where a form goes after an answer: another question, an event for the walkthrough, or nothing.
public enum FormResult: Equatable, Sendable {
    /// Ask this form's next question (or the same one again, with its `problem`).
    case ask(StepForm)
    /// The form is complete: send this event; on success show `confirmation`, if any.
    case submit(WalkthroughEvent, confirmation: String?)
    /// The form ends with nothing to change; say why, if there is something to say.
    case leave(String?)
}

/// One of the walkthrough's forms, at the question it is on. Each is a small state machine:
/// `next(answer)` gives the next question or the event to send. The rules for empty answers,
/// defaults and refusals live here, once, for both front ends.
public enum StepForm: Equatable, Sendable {
    case line(LineForm)
    case draft(DraftForm)
    case draftText(DraftTextForm)
    case sent(SentForm)
    case received(ReceivedForm)
    case startOver(StartOverForm)
    case sendOutcome(SendOutcomeForm)

    /// Starts a form on the walkthrough as it is. `today` is the member's local date (`YYYY-MM-DD`),
    /// taken when they asked. Refuses (`.leave` with the reason) where the form does not apply.
    public static func start(_ kind: FormKind, state: WalkthroughState, today: String) -> FormResult {
        if kind == .startOver {
            guard state.phase == .offeringResume else { return .leave(Messages.formDoesNotApply) }
            return .ask(.startOver(StartOverForm()))
        }
        guard let step = state.currentStep, let record = state.currentRecord else {
            return .leave(Messages.formDoesNotApply)
        }
        switch kind {
        case .markDone:
            // A step awaiting a confirmation is done only once it came; until then Enter asks what happened.
            guard let tracking = step.confirmation, !(record.status == .done && record.confirmedAt != nil) else {
                return .submit(.markDone, confirmation: nil)
            }
            return .ask(.sendOutcome(SendOutcomeForm(
                reference: tracking.reference, record: record, today: today, optional: step.optional)))
        case .markWaiting:
            guard let tracking = step.confirmation else { return .submit(.markWaiting, confirmation: nil) }
            if record.sentOn != nil { return .submit(.markWaiting, confirmation: nil) }
            return .ask(.sent(SentForm(reference: tracking.reference, record: record, today: today)))
        case .note:
            return .ask(.line(LineForm(purpose: .note, current: record.note)))
        case .skip:
            guard step.kind != .finish else { return .leave(Messages.formDoesNotApply) }
            let kept = record.unfinished?.kind == .skip ? record.unfinished?.fields["reason"] : nil
            return .ask(.line(LineForm(purpose: step.optional ? .notNeededReason : .skipReason, current: nil, kept: kept)))
        case .screenDiffers:
            return .ask(.line(LineForm(purpose: .screenDiffers(guideVersion: state.guide.version), current: record.screenDiffers)))
        case .draft:
            guard step.objectionDraft else { return .leave(Messages.formDoesNotApply) }
            return .ask(.draft(DraftForm(
                saved: state.progress.draft, suggested: .suggested(for: state.progress), kept: record.unfinished)))
        case .editDraftOnOneLine:
            guard step.objectionDraft else { return .leave(Messages.formDoesNotApply) }
            let kept = record.unfinished?.kind == .draftText ? record.unfinished?.fields["text"] : nil
            return .ask(.draftText(DraftTextForm(draft: .current(in: state.progress), region: state.progress.region, kept: kept)))
        case .sent:
            guard let tracking = step.confirmation else { return .leave(Messages.formDoesNotApply) }
            return .ask(.sent(SentForm(reference: tracking.reference, record: record, today: today)))
        case .received:
            guard let tracking = step.confirmation else { return .leave(Messages.formDoesNotApply) }
            return receivedForm(reference: tracking.reference, record: record, today: today)
        case .startOver:
            return .leave(Messages.formDoesNotApply)
        }
    }

    /// The confirmation came: its reference; and first the day the form was sent, when none is recorded
    /// (a confirmation means it was sent, and the receipt names the day).
    static func receivedForm(reference: String, record: StepRecord, today: String) -> FormResult {
        if record.sentOn == nil { return .ask(.sent(SentForm(reference: reference, record: record, today: today, confirming: true))) }
        let kept = record.unfinished?.kind == .received ? record.unfinished?.fields["reference"] : nil
        return .ask(.received(ReceivedForm(reference: reference, known: record.confirmation, kept: kept)))
    }

    /// The question the form is on.
    public var prompt: FormPrompt {
        switch self {
        case let .line(form): form.prompt
        case let .draft(form): form.prompt
        case let .draftText(form): form.prompt
        case let .sent(form): form.prompt
        case let .received(form): form.prompt
        case let .startOver(form): form.prompt
        case let .sendOutcome(form): form.prompt
        }
    }

    /// What to record when optout is stopped while this form is open with `typed` at its question, so
    /// nothing typed is lost: a note or a mark as it stands, anything else kept as an unfinished form
    /// (`UnfinishedForm`), which the form offers again; nil when nothing was typed or changed.
    public func keeping(_ typed: FormAnswer, at now: Date) -> WalkthroughEvent? {
        switch self {
        case let .line(form): form.keeping(typed.text, at: now)
        case let .draft(form): form.keeping(typed, at: now)
        case let .draftText(form): form.keeping(typed.text, at: now)
        case let .sent(form): form.keeping(typed.text, at: now)
        case let .received(form): form.keeping(typed.text, at: now)
        case .startOver, .sendOutcome: nil
        }
    }

    /// Takes the member's answer to the current question.
    public func next(_ answer: FormAnswer) -> FormResult {
        switch self {
        case let .line(form): form.next(answer)
        case let .draft(form): form.next(answer)
        case let .draftText(form): form.next(answer)
        case let .sent(form): form.next(answer)
        case let .received(form): form.next(answer)
        case let .startOver(form): form.next(answer)
        case let .sendOutcome(form): form.next(answer)
        }
    }
}
