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
            "A new step, marked still to do: 2. New step. What you recorded on the other steps is kept.",
            "A step no longer in the guide (what you recorded on it is kept, and listed in the summary): act.",
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

    /// The sample guide at version 2, with a changelog: one line for everyone and one for the UK.
    var versionTwo: Guide {
        var newer = sampleGuide
        newer.version = "2"
        newer.changelog = [
            GuideRevision(version: "1", summary: "The first version."),
            GuideRevision(
                version: "2", date: "2026-12-07", summary: "The form has a new choice.",
                regionNotes: [RegionNote(regions: [.uk], text: "In the UK, the setting covers more.")]),
        ]
        return newer
    }

    @Test func aNewVersionWithTheSameStepsIsToldWithWhatChangedForTheMembersRegion() throws {
        let saved = try run([.markDone, .choose("web")], from: .begin(guide: sampleGuide, saved: nil, now: t0)).progress
        var inUK = saved
        inUK.answers["region"] = "uk"
        let (progress, changes) = GuideReconciler.reconcile(inUK, with: versionTwo)
        #expect(progress.steps == inUK.steps, "every record is kept")
        #expect(progress.guideVersion == "2")
        #expect(!changes.isEmpty)
        #expect(changes.explanation(in: versionTwo) == [
            "The guide changed since your progress was saved (version 1 → 2).",
            "Version 2: The form has a new choice.",
            "In the UK, the setting covers more.",
            "No step was added or removed: what you recorded is kept.",
        ])
        // Members elsewhere, or who have not said where they live, read the line for everyone.
        let (_, anywhere) = GuideReconciler.reconcile(saved, with: versionTwo)
        #expect(anywhere.explanation(in: versionTwo) == [
            "The guide changed since your progress was saved (version 1 → 2).",
            "Version 2: The form has a new choice.",
            "No step was added or removed: what you recorded is kept.",
        ])
    }

    @Test func theNoticeIsGivenOnceThenTheProgressCarriesTheNewVersion() throws {
        let saved = try run([.markDone, .choose("web")], from: .begin(guide: sampleGuide, saved: nil, now: t0)).progress
        let offered = WalkthroughState.begin(guide: versionTwo, saved: saved, now: t0)
        #expect(offered.phase == .offeringResume)
        #expect(offered.guideChanges.explanation(in: versionTwo).contains("Version 2: The form has a new choice."))
        let resumed = try Walkthrough.reduce(offered, .resume, now: t0)
        #expect(resumed.state.guideChanges.isEmpty)
        #expect(resumed.state.progress.guideVersion == "2")
        let again = WalkthroughState.begin(guide: versionTwo, saved: resumed.state.progress, now: t0)
        #expect(again.guideChanges.explanation(in: versionTwo).isEmpty, "told once")
    }

    @Test func completeProgressWithAnOlderVersionIsToldAndSavedOnce() throws {
        var state = WalkthroughState.begin(guide: sampleGuide, saved: nil, now: t0)
        while let step = state.currentStep {
            state = try Walkthrough.reduce(state, step.choice.map { .choose($0.options[0].id) } ?? .markDone, now: t0).state
        }
        let finished = WalkthroughState.begin(guide: versionTwo, saved: state.progress, now: t0)
        #expect(finished.phase == .finished)
        #expect(!finished.guideChanges.isEmpty)
        let shown = try Walkthrough.reduce(finished, .guideChangesShown, now: t0)
        #expect(shown.effects == [.save(shown.state.progress)], "the progress is saved with the new version, so the notice is not repeated")
        #expect(shown.state.progress.guideVersion == "2")
    }

    @Test func everyUnseenVersionIsToldOldestFirstAndVersionsCompareAsNumbers() {
        var guide = versionTwo
        guide.version = "1.10.0"
        guide.changelog = ["1.2.0", "1.9.2", "1.10.0", "1.0.0"].map { GuideRevision(version: $0, summary: "v\($0)") }
        #expect(guide.revisions(since: "1.2.0").map(\.version) == ["1.9.2", "1.10.0"])
        #expect(guide.revisions(since: "1.10.0").isEmpty)
        #expect(guide.revisions(since: "2.0.0").isEmpty, "a newer saved version is told nothing made up")
        #expect(guide.revisions(since: "draft").map(\.version) == ["1.10.0"], "versions that are not numbers: the guide's own")
        #expect(GuideRevision.isOlder("1.9", than: "1.10.0") == true)
        #expect(GuideRevision.isOlder("1.0", than: "1") == false)
        #expect(GuideRevision.isOlder("1.x", than: "1") == nil)
    }

    @Test func aMemberSeveralVersionsBehindIsToldTheNewestAndTheOthersAreNamed() throws {
        var guide = versionTwo
        guide.version = "4"
        guide.changelog += [GuideRevision(version: "3", summary: "Three."), GuideRevision(version: "4", summary: "Four.")]
        let saved = try run([.markDone], from: .begin(guide: sampleGuide, saved: nil, now: t0)).progress
        let (_, changes) = GuideReconciler.reconcile(saved, with: guide)
        #expect(changes.explanation(in: guide) == [
            "The guide changed since your progress was saved (version 1 → 4).",
            "Version 4: Four.",
            "Versions 2 and 3 changed things too: optout guide lists what each version changed.",
            "No step was added or removed: what you recorded is kept.",
        ])
        for format in GuideFormat.allCases {
            let printed = GuideRenderer.render(guide, format: format)
            #expect(printed.contains("What changed in each version"))
            #expect(printed.contains("Four.") && printed.contains("Three.") && printed.contains("The first version."))
        }
    }

    @Test func anUnchangedGuideReportsNothing() throws {
        let saved = try run([.markDone], from: .begin(guide: sampleGuide, saved: nil, now: t0)).progress
        let (progress, changes) = GuideReconciler.reconcile(saved, with: sampleGuide)
        #expect(progress == saved)
        #expect(changes.isEmpty)
        #expect(changes.explanation(in: sampleGuide).isEmpty)
    }
}

@Suite("Steps a guide dropped and brought back")
struct RetiredStepsTests {
    @Test func aRecordComesBackWithItsStatusNoteAndFormRecordsAndIsKeptOnce() throws {
        // Guide A (the form guide), the form sent with a note; guide B drops the form; A again.
        var state = try run([.markDone, .setNote("my form note"), .recordSent(on: "2026-11-28", reference: "REF-1")],
                            from: .begin(guide: formGuide, saved: nil, now: t0))
        var withoutForm = formGuide
        withoutForm.steps.removeAll { $0.id == "form" }
        withoutForm.version = "2"
        let (dropped, droppedChanges) = GuideReconciler.reconcile(state.progress, with: withoutForm)
        #expect(droppedChanges.removedStepIds == ["form"])
        #expect(dropped.retiredSteps?.map(\.id) == ["form"])
        let report = ProgressReport(guide: withoutForm, saved: dropped, zone: .utc, now: nil)
        #expect(report.retiredLines == ["form: waiting; sent on 2026-11-28; confirmation: REF-1; note: my form note"])
        #expect(SummaryRenderer.render(report, format: .text).contains("Steps no longer in the guide"))

        // Dropped twice over (B again from the same saved file): still one record.
        let (twice, _) = GuideReconciler.reconcile(dropped, with: withoutForm)
        #expect(twice.retiredSteps?.count == 1)

        let (back, backChanges) = GuideReconciler.reconcile(twice, with: formGuide)
        let record = try #require(back.record("form"))
        #expect(record.status == .waiting)
        #expect(record.note == "my form note")
        #expect(record.sentOn == "2026-11-28")
        #expect(record.confirmation == "REF-1")
        #expect(back.retiredSteps == nil, "brought back, no longer retired")
        #expect(backChanges.restoredStepIds == ["form"])
        #expect(backChanges.addedStepIds.isEmpty)
        #expect(backChanges.explanation(in: formGuide).contains { $0.hasPrefix("A step is back in the guide") })
        state = WalkthroughState.begin(guide: formGuide, saved: twice, now: t0)
        #expect(state.progress.record("form")?.sentOn == "2026-11-28")
    }
}
