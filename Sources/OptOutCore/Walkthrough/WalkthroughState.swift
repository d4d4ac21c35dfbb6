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

    /// A state as given, except that a step index outside the guide becomes `.finished`.
    public init(
        guide: Guide, progress: WalkthroughProgress, phase: WalkthroughPhase, guideChanges: GuideChanges = .none,
        presetAnswers: [String: String] = [:]
    ) {
        self.guide = guide
        self.progress = progress
        // A step index the guide does not have would trap wherever the step is looked up; such a phase
        // can only be built by hand, and means the member is past the last step.
        if case let .onStep(index) = phase, !guide.steps.indices.contains(index) {
            self.phase = .finished
        } else {
            self.phase = phase
        }
        self.guideChanges = guideChanges
        self.presetAnswers = presetAnswers
    }

    /// The state a walkthrough starts in: fresh progress on the first step; saved unfinished
    /// progress offered for resuming; finished progress at the end. Saved progress is first
    /// reconciled with the guide by step id; preset answers are then recorded, and the re-check days
    /// given on the command line (`recheckDays`) are kept.
    public static func begin(
        guide: Guide, saved: WalkthroughProgress?, now: Date, presetAnswers: [String: String] = [:], recheckDays: Int? = nil
    ) -> WalkthroughState {
        guard let saved else {
            var state = WalkthroughState(
                guide: guide, progress: WalkthroughProgress(fresh: guide, at: now), phase: .onStep(0),
                presetAnswers: presetAnswers)
            state.recordPresets(at: now.wholeSeconds)
            if let recheckDays { state.progress.choose(recheckDays: recheckDays, at: now) }
            return state
        }
        let (progress, changes) = GuideReconciler.reconcile(saved, with: guide)
        var state = WalkthroughState(
            guide: guide, progress: progress, phase: .offeringResume, guideChanges: changes, presetAnswers: presetAnswers)
        state.recordPresets(at: now.wholeSeconds)
        if let recheckDays { state.progress.choose(recheckDays: recheckDays, at: now) }
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
