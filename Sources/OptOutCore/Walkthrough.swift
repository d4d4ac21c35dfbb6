#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where the walkthrough is. Every front end shows exactly one of these.
public enum WalkthroughPhase: Equatable, Sendable {
    /// Unfinished progress was found: the member resumes it (the first choice) or starts over.
    case offeringResume
    /// The member is on the guide's step at this index.
    case onStep(Int)
    /// The member reached the end; the summary is due.
    case finished
}

/// Something the member does. Front ends turn keys and typed answers into these.
public enum WalkthroughEvent: Equatable, Sendable {
    /// Resume the saved progress (from `offeringResume`).
    case resume
    /// Throw the saved progress away and begin again (from `offeringResume`).
    case startOver
    /// The current step is done.
    case markDone
    /// Answer the current choice step with an option id; the step is then done.
    case choose(String)
    /// Put the current step off (a required step) or leave it out (an optional one), with an optional reason.
    case skip(reason: String?)
    /// The current step is waiting for something, e.g. a confirmation email.
    case markWaiting
    /// Set the current step's note; nil or blank text removes it.
    case setNote(String?)
    /// Go to the previous step (from the end: the last step).
    case back
    /// Save the member's objection draft (on a step that offers one).
    case setDraft(ObjectionDraft)
    /// The member sent the form on this day (`YYYY-MM-DD`), with the reference if they have one; the step then waits.
    case recordSent(on: String, reference: String?)
    /// The confirmation came (with its reference, if not given before); the step is done.
    case confirmReceived(reference: String?)
    /// The member's screen does not match the step; `text` says what they see (blank removes the mark).
    case reportScreenDiffers(String)
    /// A re-check's answers: recorded, and steps whose answer was no are reopened where the guide says so.
    case recordRecheck([RecheckAnswer])
    /// Save and stop; the walkthrough can be resumed later.
    case quit
}

/// What the reducer asks the outside world to do. Effects are values; a driver carries them out.
public enum WalkthroughEffect: Equatable, Sendable {
    /// Write this progress to the progress file.
    case save(WalkthroughProgress)
    /// Show the completion summary.
    case showSummary
    /// Leave the walkthrough.
    case exit
}

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
    /// `skip` or `markWaiting` on a step where it means nothing (the finish, or waiting on a step with nothing to wait for).
    case notApplicable(event: WalkthroughEvent, stepId: String)
    /// A date that is not `YYYY-MM-DD`.
    case invalidDate(String)

    public var description: String {
        switch self {
        case let .notAllowed(event, phase):
            "\(event.name) is not possible \(phase.words)."
        case let .notAChoice(stepId):
            "Step \(stepId) asks no question, so there is nothing to choose."
        case let .unknownOption(answer, valid):
            "\"\(answer)\" is not one of the answers (\(valid.joined(separator: ", ")))."
        case let .answerRequired(stepId):
            "Step \(stepId) needs an answer first: pick one of its options."
        case .atFirstStep:
            "This is the first step; there is nothing before it."
        case let .notApplicable(event, stepId):
            "\(event.name) does not apply to step \(stepId)."
        case let .invalidDate(text):
            "\"\(text)\" is not a date; write it as YYYY-MM-DD, for example 2026-11-29."
        }
    }
}

extension WalkthroughEvent {
    /// A short name for messages.
    public var name: String {
        switch self {
        case .resume: "Resume"
        case .startOver: "Start over"
        case .markDone: "Done"
        case .choose: "Choose"
        case .skip: "Skip"
        case .markWaiting: "Waiting"
        case .setNote: "Note"
        case .back: "Back"
        case .quit: "Quit"
        case .setDraft: "Draft"
        case .recordSent: "Sent"
        case .confirmReceived: "Received"
        case .reportScreenDiffers: "Screen differs"
        case .recordRecheck: "Re-check"
        }
    }
}

extension WalkthroughPhase {
    fileprivate var words: String {
        switch self {
        case .offeringResume: "while choosing whether to resume"
        case .onStep: "on this step"
        case .finished: "after the end"
        }
    }
}

/// The whole walkthrough as a value: the guide, the member's progress, and where they are.
public struct WalkthroughState: Equatable, Sendable {
    public let guide: Guide
    public internal(set) var progress: WalkthroughProgress
    public internal(set) var phase: WalkthroughPhase
    /// What changed in the guide since the progress was saved (empty when nothing did).
    public let guideChanges: GuideChanges

    public init(guide: Guide, progress: WalkthroughProgress, phase: WalkthroughPhase, guideChanges: GuideChanges = .none) {
        self.guide = guide
        self.progress = progress
        self.phase = phase
        self.guideChanges = guideChanges
    }

    /// The state a walkthrough starts in: fresh progress on the first step; saved unfinished
    /// progress offered for resuming; finished progress at the end. Saved progress is first
    /// reconciled with the guide by step id.
    public static func begin(guide: Guide, saved: WalkthroughProgress?, now: Date) -> WalkthroughState {
        guard let saved else {
            return WalkthroughState(guide: guide, progress: WalkthroughProgress(fresh: guide, at: now), phase: .onStep(0))
        }
        let (progress, changes) = GuideReconciler.reconcile(saved, with: guide)
        let phase: WalkthroughPhase = progress.isComplete ? .finished : .offeringResume
        return WalkthroughState(guide: guide, progress: progress, phase: phase, guideChanges: changes)
    }

    /// The step the member is on, if any.
    public var currentStep: GuideStep? {
        if case let .onStep(index) = phase { return guide.steps[index] }
        return nil
    }

    /// The record of the step the member is on, if any.
    public var currentRecord: StepRecord? {
        currentStep.flatMap { progress.record($0.id) }
    }

    /// Where resuming goes: the saved current step, else the first unresolved one, else the end.
    public var resumePhase: WalkthroughPhase {
        if let id = progress.currentStepId, let index = guide.index(ofStep: id) { return .onStep(index) }
        if let first = progress.unresolved.first, let index = guide.index(ofStep: first.id) { return .onStep(index) }
        return .finished
    }
}

/// The walkthrough's rules: a pure function from a state and an event to the next state and its effects.
public enum Walkthrough {
    /// Applies `event` to `state` at time `now` (the injected clock). Throws, leaving nothing changed,
    /// when the event is not allowed.
    public static func reduce(
        _ state: WalkthroughState, _ event: WalkthroughEvent, now: Date
    ) throws(WalkthroughError) -> (state: WalkthroughState, effects: [WalkthroughEffect]) {
        var next = state
        let now = now.wholeSeconds
        switch (state.phase, event) {
        case (_, .quit):
            return (state, [.save(state.progress), .exit])

        case let (_, .recordRecheck(answers)):
            next.applyRecheck(answers, at: now)
            return next.changed(at: now)

        case (.offeringResume, .resume):
            next.phase = state.resumePhase
            next.progress.currentStepId = next.currentStep?.id ?? next.progress.currentStepId
            return next.changed(at: now, also: next.phase == .finished ? [.showSummary] : [])

        case (.offeringResume, .startOver):
            next.progress = WalkthroughProgress(fresh: state.guide, at: now)
            next.phase = .onStep(0)
            return (next, [.save(next.progress)])

        case let (.onStep(index), _):
            return try onStep(index, event, state: next, now: now)

        case (.finished, .back):
            guard !state.guide.steps.isEmpty else { throw .atFirstStep }
            next.go(to: state.guide.steps.count - 1)
            return next.changed(at: now)

        default:
            throw .notAllowed(event: event, phase: state.phase)
        }
    }

    private static func onStep(
        _ index: Int, _ event: WalkthroughEvent, state: WalkthroughState, now: Date
    ) throws(WalkthroughError) -> (state: WalkthroughState, effects: [WalkthroughEffect]) {
        var next = state
        let step = state.guide.steps[index]
        switch event {
        case .markDone:
            if let choice = step.choice, state.progress.answers[choice.answerKey] == nil {
                throw .answerRequired(stepId: step.id)
            }
            next.setStatus(.done, reason: nil, of: step.id, at: now)
            return next.advance(from: index, at: now)

        case let .choose(answer):
            guard let choice = step.choice else { throw .notAChoice(stepId: step.id) }
            guard let option = choice.option(matching: answer) else {
                throw .unknownOption(answer, valid: choice.options.map(\.id))
            }
            next.progress.answers[choice.answerKey] = option.id
            next.setStatus(.done, reason: nil, of: step.id, at: now)
            return next.advance(from: index, at: now)

        case let .skip(reason):
            guard step.kind != .finish else { throw .notApplicable(event: event, stepId: step.id) }
            next.setStatus(step.optional ? .notNeeded : .skipped, reason: reason.cleaned, of: step.id, at: now)
            return next.advance(from: index, at: now)

        case .markWaiting:
            guard step.kind == .action else { throw .notApplicable(event: event, stepId: step.id) }
            next.setStatus(.waiting, reason: nil, of: step.id, at: now)
            return next.advance(from: index, at: now)

        case let .setNote(text):
            next.update(step.id, at: now) { $0.note = text.cleaned }
            return next.changed(at: now)

        case .back:
            guard index > 0 else { throw .atFirstStep }
            next.go(to: index - 1)
            return next.changed(at: now)

        case let .setDraft(draft):
            guard step.objectionDraft else { throw .notApplicable(event: event, stepId: step.id) }
            next.progress.draft = draft
            return next.changed(at: now)

        case let .recordSent(day, reference):
            guard step.confirmation != nil else { throw .notApplicable(event: event, stepId: step.id) }
            guard let day = CalendarDay.parse(day) else { throw .invalidDate(day) }
            next.update(step.id, at: now) {
                $0.status = .waiting
                $0.reason = nil
                $0.sentOn = day
                $0.confirmation = reference.cleaned ?? $0.confirmation
            }
            return next.advance(from: index, at: now)

        case let .confirmReceived(reference):
            guard step.confirmation != nil else { throw .notApplicable(event: event, stepId: step.id) }
            next.update(step.id, at: now) {
                $0.status = .done
                $0.reason = nil
                $0.confirmation = reference.cleaned ?? $0.confirmation
                $0.confirmedAt = now
            }
            return next.advance(from: index, at: now)

        case let .reportScreenDiffers(text):
            next.update(step.id, at: now) { $0.screenDiffers = Optional(text).cleaned }
            return next.changed(at: now)

        case .resume, .startOver, .quit, .recordRecheck:
            throw .notAllowed(event: event, phase: state.phase)
        }
    }
}

extension WalkthroughState {
    fileprivate mutating func go(to index: Int) {
        phase = .onStep(index)
        progress.currentStepId = guide.steps[index].id
    }

    fileprivate mutating func update(_ id: String, at now: Date, _ change: (inout StepRecord) -> Void) {
        guard let i = progress.steps.firstIndex(where: { $0.id == id }) else { return }
        change(&progress.steps[i])
        progress.steps[i].updatedAt = now
    }

    fileprivate mutating func setStatus(_ status: StepStatus, reason: String?, of id: String, at now: Date) {
        update(id, at: now) {
            $0.status = status
            $0.reason = reason
        }
    }

    /// Moves past the step at `index`: to the next step, or to the end after the last one.
    fileprivate mutating func advance(from index: Int, at now: Date) -> (state: WalkthroughState, effects: [WalkthroughEffect]) {
        if index + 1 < guide.steps.count {
            go(to: index + 1)
            return changed(at: now)
        }
        phase = .finished
        progress.finishedAt = now
        progress.currentStepId = progress.unresolved.first?.id
        return changed(at: now, also: [.showSummary])
    }

    /// Records a re-check. A yes on a waiting step marks it done (the confirmation came); a no reopens
    /// the step when the guide says so (the setting is On again).
    fileprivate mutating func applyRecheck(_ answers: [RecheckAnswer], at now: Date) {
        progress.rechecks = (progress.rechecks ?? []) + [RecheckRecord(checkedAt: now, answers: answers)]
        for answer in answers {
            guard let step = guide.step(answer.stepId), let question = step.recheck,
                let record = progress.record(answer.stepId)
            else { continue }
            let tracksConfirmation = step.confirmation != nil
            switch answer.answer {
            case .yes where record.status == .waiting:
                update(answer.stepId, at: now) {
                    $0.status = .done
                    if tracksConfirmation { $0.confirmedAt = now }
                }
            case .no where question.onNo == .reopen:
                update(answer.stepId, at: now) {
                    $0.status = .pending
                    $0.reason = nil
                }
            default:
                break
            }
        }
        if !progress.isComplete, progress.currentStepId == nil || progress.record(progress.currentStepId!)?.status.isResolved == true {
            progress.currentStepId = progress.unresolved.first?.id
        }
    }

    /// Stamps the progress and asks for it to be saved.
    fileprivate func changed(at now: Date, also extra: [WalkthroughEffect] = []) -> (state: WalkthroughState, effects: [WalkthroughEffect]) {
        var next = self
        next.progress.updatedAt = now
        if next.progress.isComplete, next.progress.completedAt == nil { next.progress.completedAt = now }
        return (next, [.save(next.progress)] + extra)
    }
}

/// A calendar day as people write it: `YYYY-MM-DD`.
public enum CalendarDay {
    /// The day normalised to `YYYY-MM-DD`, or nil when it is not a real date.
    public static func parse(_ text: String) -> String? {
        let parts = text.trimmed.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        guard let date = TimeText.date(year: y, month: m, day: d) else { return nil }
        return string(date)
    }

    /// The UTC day of a moment, as `YYYY-MM-DD`.
    public static func string(_ date: Date) -> String {
        String(TimeText.utc(date).prefix(10))
    }
}

extension Optional where Wrapped == String {
    /// Trimmed text, or nil when there is none.
    fileprivate var cleaned: String? {
        guard let text = self?.trimmed, !text.isEmpty else { return nil }
        return text
    }
}
