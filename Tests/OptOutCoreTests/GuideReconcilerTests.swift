import Foundation
import OptOutTestSupport
import Testing
@testable import OptOutCore

@Suite("Guide reconciliation")
struct GuideReconcilerTests {
    @Test func addedAndRemovedStepsAreMatchedById() throws {
        let saved = try run(
            [.markDone, .choose("web"), .setNote("keep me"), .markDone],
            from: .begin(guide: sampleGuide, saved: nil, now: t0)
        ).progress
        var newer = sampleGuide
        newer.version = "2"
        newer.steps.remove(at: 2)  // "act" is gone
        newer.steps.insert(GuideStep(id: "new", title: "New step", kind: .info), at: 1)

        let (progress, changes) = GuideReconciler.reconcile(saved, with: newer)
        #expect(progress.steps.map(\.id) == ["intro", "new", "platform", "extra", "end"])
        #expect(progress.record("new")?.status == .pending)
        #expect(progress.record("platform")?.status == .done)
        #expect(progress.retiredSteps?.map(\.id) == ["act"])
        #expect(progress.retiredSteps?.first?.note == "keep me")
        #expect(progress.guideVersion == "2")
        #expect(changes.addedStepIds == ["new"])
        #expect(changes.removedStepIds == ["act"])
        #expect(changes.explanation(in: newer) == [
            "The guide changed since your progress was saved (version 1 → 2).",
            "A new step, marked still to do: New step. What you recorded on the other steps is kept.",
            "A step no longer in the guide (your notes on it are kept in the file): act.",
        ])
        // The member was on "extra", which still exists.
        #expect(progress.currentStepId == "extra")
    }

    @Test func aCurrentStepThatWasRemovedMovesToTheFirstOneLeft() throws {
        let saved = try run([.markDone, .choose("web")], from: .begin(guide: sampleGuide, saved: nil, now: t0)).progress
        #expect(saved.currentStepId == "act")
        var newer = sampleGuide
        newer.steps.remove(at: 2)
        let (progress, _) = GuideReconciler.reconcile(saved, with: newer)
        #expect(progress.currentStepId == "extra")
        let state = WalkthroughState.begin(guide: newer, saved: saved, now: t0)
        #expect(state.phase == .offeringResume)
        #expect(!state.guideChanges.isEmpty)
        #expect(try Walkthrough.reduce(state, .resume, now: t0).state.currentStep?.id == "extra")
    }

    @Test func aNewStepReopensCompleteProgress() throws {
        let done = try run(
            [.markDone, .choose("web"), .markDone, .markDone, .markDone],
            from: .begin(guide: sampleGuide, saved: nil, now: t0)
        ).progress
        #expect(done.isComplete)
        var newer = sampleGuide
        newer.steps.insert(GuideStep(id: "recheck", title: "Recheck", kind: .action), at: 4)
        let state = WalkthroughState.begin(guide: newer, saved: done, now: t0)
        #expect(state.phase == .offeringResume)
        #expect(try Walkthrough.reduce(state, .resume, now: t0).state.currentStep?.id == "recheck")
    }

    @Test func anUnchangedGuideReportsNothing() throws {
        let saved = try run([.markDone], from: .begin(guide: sampleGuide, saved: nil, now: t0)).progress
        let (progress, changes) = GuideReconciler.reconcile(saved, with: sampleGuide)
        #expect(progress == saved)
        #expect(changes.isEmpty)
        #expect(changes.explanation(in: sampleGuide).isEmpty)
    }
}
