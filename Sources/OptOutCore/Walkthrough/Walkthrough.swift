#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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

        case let (.offeringResume, .recordRecheck(answers)), let (.finished, .recordRecheck(answers)):
            // `optout recheck` begins where the saved progress is: at the resume offer, or at the end of
            // a complete checklist.
            next.applyRecheck(answers, at: now)
            return next.changed(at: now)

        case (.finished, .guideChangesShown):
            // A checklist complete at the start is shown as a summary with the guide-change notice.
            guard !state.guideChanges.isEmpty else { return (state, []) }
            next.guideChanges = .none
            return (next, [.save(next.progress)])

        case let (.onStep(index), _):
            return try onStep(index, event, state: next, now: now)

        default:
            // At the end the front ends show the summary and stop: nothing goes back or quits from there.
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
            // Done, on a step that awaits a confirmation, means it came: that is recorded by
            // `confirmReceived` (after the day it was sent), never claimed by a bare "done".
            if step.confirmation != nil, !(state.currentRecord?.status == .done && state.currentRecord?.confirmedAt != nil) {
                throw .sendingNotRecorded(stepId: step.id)
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
            next.finishUnfinished(.skip, of: step.id)
            return next.advance(from: index, at: now)

        case .markWaiting:
            // Waiting means something only where something is awaited: a confirmation, of a form sent
            // on a day on record.
            guard step.confirmation != nil else { throw .notApplicable(event: event, stepId: step.id) }
            guard state.currentRecord?.sentOn != nil else { throw .sendingNotRecorded(stepId: step.id) }
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
            next.finishUnfinished(.draft, .draftText, of: step.id)
            return next.changed(at: now)

        case let .recordSent(day, reference):
            guard step.confirmation != nil else { throw .notApplicable(event: event, stepId: step.id) }
            let day = try sentDay(day, now: now)
            next.update(step.id, at: now) {
                // Sending again: an old reference belongs to the old sending unless it is the same day;
                // the received time goes with it (the step waits again).
                let sameSending = $0.sentOn == day
                $0.status = .waiting
                $0.reason = nil
                $0.confirmation = reference.cleaned ?? (sameSending ? $0.confirmation : nil)
                $0.sentOn = day
            }
            next.finishUnfinished(.sent, of: step.id)
            return next.advance(from: index, at: now)

        case let .confirmReceived(reference, sentOn):
            guard step.confirmation != nil else { throw .notApplicable(event: event, stepId: step.id) }
            // Received means sent: the day it was sent is on record, or given now.
            let day = try sentOn.map { day throws(WalkthroughError) in try sentDay(day, now: now) }
            guard day != nil || state.currentRecord?.sentOn != nil else { throw .sendingNotRecorded(stepId: step.id) }
            next.update(step.id, at: now) {
                if let day { $0.sentOn = day }
                // Received again (e.g. to correct the reference): it arrived when it was first recorded.
                if $0.status != .done || $0.confirmedAt == nil { $0.confirmedAt = now }
                $0.status = .done
                $0.reason = nil
                $0.confirmation = reference.cleaned ?? $0.confirmation
            }
            next.finishUnfinished(.received, of: step.id)
            return next.advance(from: index, at: now)

        case let .reportScreenDiffers(text):
            next.update(step.id, at: now) { $0.screenDiffers = Optional(text).cleaned }
            return next.changed(at: now)

        case var .keepUnfinished(form):
            form.keptAt = now
            next.update(step.id, at: now) { $0.unfinished = form }
            return next.changed(at: now)

        case .discardUnfinished:
            guard state.currentRecord?.unfinished != nil else { return (state, []) }
            next.update(step.id, at: now) { $0.unfinished = nil }
            return next.changed(at: now)

        case .quit:
            return (state, [.save(state.progress), .exit])

        case .resume, .startOver, .recordRecheck, .guideChangesShown:
            throw .notAllowed(event: event, phase: state.phase)
        }
    }
}

extension Walkthrough {
    /// A day a form was sent, normalised: a real date with a four-digit year, not after today anywhere
    /// on Earth (the member's "today" is at most the date where the day has begun earliest, UTC+14).
    static func sentDay(_ text: String, now: Date) throws(WalkthroughError) -> String {
        guard let day = CalendarDay.parse(text) else { throw .invalidDate(text) }
        guard day <= CalendarDay.string(now.addingTimeInterval(14 * 3600)) else { throw .dayInTheFuture(day) }
        guard day >= CalendarDay.earliestSentDay else { throw .dayBeforeLinkedIn(day) }
        return day
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

    /// A form was completed: what was kept of an unfinished one of these kinds is no longer needed.
    fileprivate mutating func finishUnfinished(_ kinds: UnfinishedForm.Kind..., of id: String) {
        guard let i = progress.steps.firstIndex(where: { $0.id == id }),
            let kind = progress.steps[i].unfinished?.kind, kinds.contains(kind)
        else { return }
        progress.steps[i].unfinished = nil
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
            let doneWithoutConfirmation = tracksConfirmation && record.status == .done && record.confirmedAt == nil
            switch answer.answer {
            case .yes where record.status == .waiting || doneWithoutConfirmation:
                update(answer.stepId, at: now) {
                    $0.status = .done
                    if tracksConfirmation { $0.confirmedAt = now }
                }
            case .no where doneWithoutConfirmation && question.onNo == .keep:
                // Marked done, but the confirmation has not come: the step waits for it.
                update(answer.stepId, at: now) { $0.status = .waiting }
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
        if progress.isComplete {
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

extension Optional where Wrapped == String {
    /// Trimmed text, or nil when there is none.
    fileprivate var cleaned: String? {
        guard let text = self?.trimmed, !text.isEmpty else { return nil }
        return text
    }
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
