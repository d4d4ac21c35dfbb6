#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
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
    /// The member was shown what changed in the guide since the progress was saved; the progress,
    /// reconciled with the guide, is saved so the notice is not repeated.
    case guideChangesShown
    /// Save and stop; the walkthrough can be resumed later.
    case quit
}

/// What the reducer asks the outside world to do. Effects are values; a driver carries them out.
public enum WalkthroughEffect: Equatable, Sendable {
    /// Keep the saved progress file as a dated backup beside it, before anything replaces it. When that
    /// fails, nothing else of the transition may happen.
    case keepSavedProgressAside
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
    /// A date that is not `YYYY-MM-DD` with a four-digit year, or no real day.
    case invalidDate(String)
    /// A day after today, anywhere on Earth: nobody sent anything then.
    case dayInTheFuture(String)

    /// The refusal as a sentence. Refusals are about the step the member is on, so they say "this
    /// step" and never show a step's id.
    public var description: String {
        switch self {
        case let .notAllowed(event, phase):
            "\(event.name) is not possible \(phase.words)."
        case .notAChoice:
            "This step asks no question, so there is nothing to choose."
        case let .unknownOption(answer, valid):
            "\"\(answer)\" is not one of the answers (\(valid.joined(separator: ", ")))."
        case .answerRequired:
            "This question needs an answer first: choose one of its options, or skip it."
        case .atFirstStep:
            "This is the first step; there is nothing before it."
        case .notApplicable(.markWaiting, _):
            "Waiting applies only to a step that waits for a confirmation, such as the objection form."
        case let .notApplicable(event, _):
            "\(event.name) does not apply to this step."
        case let .invalidDate(text):
            "\"\(text)\" is not a date; write it as YYYY-MM-DD, for example 2026-11-29."
        case let .dayInTheFuture(day):
            "The day \(day) has not come yet: give the day you sent it."
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
        case .guideChangesShown: "Guide changes shown"
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
    /// What changed in the guide since the progress was saved (empty when nothing did, and once the
    /// member has seen it and the reconciled progress is being saved).
    public internal(set) var guideChanges: GuideChanges
    /// Answers given on the command line, by answer key (`linkedInLanguage`: `de`): recorded at the
    /// start and again after starting over; going forward passes their questions by, going back
    /// still reaches them.
    public let presetAnswers: [String: String]

    public init(
        guide: Guide, progress: WalkthroughProgress, phase: WalkthroughPhase, guideChanges: GuideChanges = .none,
        presetAnswers: [String: String] = [:]
    ) {
        self.guide = guide
        self.progress = progress
        self.phase = phase
        self.guideChanges = guideChanges
        self.presetAnswers = presetAnswers
    }

    /// The state a walkthrough starts in: fresh progress on the first step; saved unfinished
    /// progress offered for resuming; finished progress at the end. Saved progress is first
    /// reconciled with the guide by step id; preset answers are then recorded.
    public static func begin(
        guide: Guide, saved: WalkthroughProgress?, now: Date, presetAnswers: [String: String] = [:]
    ) -> WalkthroughState {
        guard let saved else {
            var state = WalkthroughState(
                guide: guide, progress: WalkthroughProgress(fresh: guide, at: now), phase: .onStep(0),
                presetAnswers: presetAnswers)
            state.recordPresets(at: now.wholeSeconds)
            return state
        }
        let (progress, changes) = GuideReconciler.reconcile(saved, with: guide)
        var state = WalkthroughState(
            guide: guide, progress: progress, phase: .offeringResume, guideChanges: changes, presetAnswers: presetAnswers)
        state.recordPresets(at: now.wholeSeconds)
        state.phase = state.progress.isComplete ? .finished : .offeringResume
        // At the end of a complete checklist there is no step to go on with (the member may have
        // quit on a step they went back to).
        if state.progress.isComplete { state.progress.currentStepId = nil }
        return state
    }

    /// True when the step at `index` asks a question answered on the command line.
    func isPreset(_ index: Int) -> Bool {
        guard let key = guide.steps[index].choice?.answerKey else { return false }
        return presetAnswers[key] != nil
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
        case (.offeringResume, .quit):
            // Nothing was changed yet: the file stays as it is, and so does any notice it gives rise to.
            return (state, [.exit])

        case (_, .quit):
            return (state, [.save(state.progress), .exit])

        case (_, .guideChangesShown):
            guard !state.guideChanges.isEmpty else { return (state, []) }
            next.guideChanges = .none
            return (next, [.save(next.progress)])

        case let (_, .recordRecheck(answers)):
            next.applyRecheck(answers, at: now)
            return next.changed(at: now)

        case (.offeringResume, .resume):
            next.guideChanges = .none
            next.phase = state.resumePhase
            next.progress.currentStepId = next.currentStep?.id ?? next.progress.currentStepId
            return next.changed(at: now, also: next.phase == .finished ? [.showSummary] : [])

        case (.offeringResume, .startOver):
            next.progress = WalkthroughProgress(fresh: state.guide, at: now)
            next.phase = .onStep(0)
            next.guideChanges = .none
            next.recordPresets(at: now)
            return (next, [.keepSavedProgressAside, .save(next.progress)])

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
            // Waiting means something only where something is awaited: a confirmation.
            guard step.confirmation != nil else { throw .notApplicable(event: event, stepId: step.id) }
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
            // The member's "today" is at most the date where the day has begun earliest (UTC+14).
            guard day <= CalendarDay.string(now.addingTimeInterval(14 * 3600)) else { throw .dayInTheFuture(day) }
            next.update(step.id, at: now) {
                // Sending again: an old reference belongs to the old sending unless it is the same day;
                // the received time goes with it (the step waits again).
                let sameSending = $0.sentOn == day
                $0.status = .waiting
                $0.reason = nil
                $0.confirmation = reference.cleaned ?? (sameSending ? $0.confirmation : nil)
                $0.sentOn = day
            }
            return next.advance(from: index, at: now)

        case let .confirmReceived(reference):
            guard step.confirmation != nil else { throw .notApplicable(event: event, stepId: step.id) }
            next.update(step.id, at: now) {
                // Received again (e.g. to correct the reference): it arrived when it was first recorded.
                if $0.status != .done || $0.confirmedAt == nil { $0.confirmedAt = now }
                $0.status = .done
                $0.reason = nil
                $0.confirmation = reference.cleaned ?? $0.confirmation
            }
            return next.advance(from: index, at: now)

        case let .reportScreenDiffers(text):
            next.update(step.id, at: now) { $0.screenDiffers = Optional(text).cleaned }
            return next.changed(at: now)

        case .resume, .startOver, .quit, .recordRecheck, .guideChangesShown:
            throw .notAllowed(event: event, phase: state.phase)
        }
    }
}

extension WalkthroughState {
    fileprivate mutating func go(to index: Int) {
        phase = .onStep(index)
        progress.currentStepId = guide.steps[index].id
    }

    /// Changes a step's record and stamps it. A change of status also stamps `statusChangedAt`; a
    /// received time stays only while the step is done.
    fileprivate mutating func update(_ id: String, at now: Date, _ change: (inout StepRecord) -> Void) {
        guard let i = progress.steps.firstIndex(where: { $0.id == id }) else { return }
        let before = progress.steps[i].status
        change(&progress.steps[i])
        progress.steps[i].updatedAt = now
        if progress.steps[i].status != before { progress.steps[i].statusChangedAt = now }
        if progress.steps[i].status != .done { progress.steps[i].confirmedAt = nil }
    }

    fileprivate mutating func setStatus(_ status: StepStatus, reason: String?, of id: String, at now: Date) {
        update(id, at: now) {
            $0.status = status
            $0.reason = reason
        }
    }

    /// Records the preset answers: each answer is stored and its step done; the member is moved
    /// past a preset step they stand on. An answer the step does not offer is left out.
    mutating func recordPresets(at now: Date) {
        for (index, step) in guide.steps.enumerated() where isPreset(index) {
            guard let choice = step.choice, let option = choice.option(matching: presetAnswers[choice.answerKey] ?? "")
            else { continue }
            let record = progress.record(step.id)
            if progress.answers[choice.answerKey] != option.id || record?.status != .done {
                progress.answers[choice.answerKey] = option.id
                setStatus(.done, reason: nil, of: step.id, at: now)
                progress.updatedAt = now
            }
            if progress.currentStepId == step.id {
                let later = guide.steps[(index + 1)...].first { progress.record($0.id)?.status.isResolved == false }
                progress.currentStepId = later?.id ?? progress.unresolved.first?.id
            }
        }
        if case var .onStep(index) = phase {
            while isPreset(index), index + 1 < guide.steps.count { index += 1 }
            go(to: index)
        }
        if progress.isComplete, progress.completedAt == nil { progress.completedAt = now }
    }

    /// Moves past the step at `index`: to the next step (passing questions answered on the command
    /// line), or to the end after the last one.
    fileprivate mutating func advance(from index: Int, at now: Date) -> (state: WalkthroughState, effects: [WalkthroughEffect]) {
        var next = index + 1
        while next < guide.steps.count, isPreset(next) { next += 1 }
        if next < guide.steps.count {
            go(to: next)
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
        var reopened: [String] = []
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
                reopened.append(answer.stepId)
            default:
                break
            }
        }
        if let step = currentStep {
            // On a step, the member stays where they are.
            progress.currentStepId = step.id
        } else if progress.isComplete {
            progress.currentStepId = nil
        } else if let first = reopened.first {
            // What the re-check found undone is where `optout` takes the member next.
            progress.currentStepId = first
        } else if progress.currentStepId.flatMap(progress.record)?.status.isResolved != false {
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

/// A calendar day as people write it: `YYYY-MM-DD`, with a four-digit year.
public enum CalendarDay {
    /// The day normalised to `YYYY-MM-DD` (`2026-1-5` gives `2026-01-05`), or nil when it is not a real
    /// date with a four-digit year from 1000 (`0226` is a typo, not a year).
    public static func parse(_ text: String) -> String? {
        let parts = text.trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let y = Int(parts[0]), y >= 1000, let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        guard let date = TimeText.date(year: y, month: m, day: d) else { return nil }
        return string(date)
    }

    /// The UTC day of a moment, as `YYYY-MM-DD`.
    public static func string(_ date: Date) -> String {
        String(TimeText.utc(date).prefix(10))
    }

    /// The member's day at a moment: the local date in the system's time zone (`TZ`, else
    /// /etc/localtime), read with `localtime_r` when asked, as `YYYY-MM-DD`.
    public static func local(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return string(date) }
        let local = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down) + Double(parts.tm_gmtoff))
        return string(local)
    }
}

extension Optional where Wrapped == String {
    /// Trimmed text, or nil when there is none.
    fileprivate var cleaned: String? {
        guard let text = self?.trimmed, !text.isEmpty else { return nil }
        return text
    }
}
