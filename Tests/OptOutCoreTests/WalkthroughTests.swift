import Foundation
import OptOutTestSupport
import Testing
@testable import OptOutCore

@Suite("Walkthrough state machine")
struct WalkthroughTests {
    let fresh = WalkthroughState.begin(guide: sampleGuide, saved: nil, now: t0)

    @Test func freshStartIsOnTheFirstStepWithEverythingPending() {
        #expect(fresh.phase == .onStep(0))
        #expect(fresh.progress.steps.map(\.status) == Array(repeating: .pending, count: 5))
        #expect(fresh.progress.currentStepId == "intro")
        #expect(fresh.progress.createdAt == t0)
        #expect(fresh.guideChanges.isEmpty)
    }

    @Test func aStepIndexTheGuideDoesNotHaveIsPastTheEndNotATrap() throws {
        for index in [-1, sampleGuide.steps.count, Int.max] {
            let state = WalkthroughState(guide: sampleGuide, progress: fresh.progress, phase: .onStep(index))
            #expect(state.phase == .finished)
            #expect(state.currentStep == nil)
        }
        let onLast = WalkthroughState(
            guide: sampleGuide, progress: fresh.progress, phase: .onStep(sampleGuide.steps.count - 1))
        #expect(onLast.currentStep?.id == sampleGuide.steps.last?.id)
        // Events are then answered as at the end: refused with an error, not a trap.
        let pastTheEnd = WalkthroughState(guide: sampleGuide, progress: fresh.progress, phase: .onStep(99))
        #expect(throws: (any Error).self) { try Walkthrough.reduce(pastTheEnd, .markDone, now: t0) }
    }

    @Test func doneRecordsTheTimeAdvancesAndAsksToSave() throws {
        let later = t0.addingTimeInterval(90.75)
        let (state, effects) = try Walkthrough.reduce(fresh, .markDone, now: later)
        #expect(state.phase == .onStep(1))
        #expect(state.progress.record("intro")?.status == .done)
        // Times are kept to the second, so they survive the file exactly.
        #expect(state.progress.record("intro")?.updatedAt == t0.addingTimeInterval(90))
        #expect(state.progress.updatedAt == t0.addingTimeInterval(90))
        #expect(state.progress.currentStepId == "platform")
        #expect(effects == [.save(state.progress)])
    }

    @Test func choosingStoresTheAnswerByIdOrNumber() throws {
        let onChoice = try run([.markDone], from: fresh)
        let byId = try Walkthrough.reduce(onChoice, .choose("app"), now: t0).state
        #expect(byId.progress.answers == ["platform": "app"])
        #expect(byId.progress.platform == .app)
        #expect(byId.progress.record("platform")?.status == .done)
        #expect(byId.phase == .onStep(2))
        let byNumber = try Walkthrough.reduce(onChoice, .choose("1"), now: t0).state
        #expect(byNumber.progress.answers["platform"] == "web")
    }

    @Test func choiceErrors() throws {
        let onChoice = try run([.markDone], from: fresh)
        #expect(throws: WalkthroughError.answerRequired(stepId: "platform")) {
            try Walkthrough.reduce(onChoice, .markDone, now: t0)
        }
        #expect(throws: WalkthroughError.unknownOption("tv", valid: ["web", "app"])) {
            try Walkthrough.reduce(onChoice, .choose("tv"), now: t0)
        }
        #expect(throws: WalkthroughError.unknownOption("3", valid: ["web", "app"])) {
            try Walkthrough.reduce(onChoice, .choose("3"), now: t0)
        }
        #expect(throws: WalkthroughError.notAChoice(stepId: "intro")) {
            try Walkthrough.reduce(fresh, .choose("web"), now: t0)
        }
        // Once answered, done keeps the answer (e.g. after going back).
        let answered = try run([.choose("web"), .back], from: onChoice)
        let kept = try Walkthrough.reduce(answered, .markDone, now: t0).state
        #expect(kept.progress.answers["platform"] == "web")
        #expect(kept.phase == .onStep(2))
    }

    @Test func skipOnARequiredStepIsSkippedWithItsReason() throws {
        let onAct = try run([.markDone, .choose("web")], from: fresh)
        let state = try Walkthrough.reduce(onAct, .skip(reason: "  later  "), now: t0).state
        #expect(state.progress.record("act")?.status == .skipped)
        #expect(state.progress.record("act")?.reason == "later")
        let noReason = try Walkthrough.reduce(onAct, .skip(reason: "   "), now: t0).state
        #expect(noReason.progress.record("act")?.reason == nil)
    }

    @Test func skipOnAnOptionalStepMeansNotNeeded() throws {
        let onExtra = try run([.markDone, .choose("web"), .markDone], from: fresh)
        #expect(onExtra.currentStep?.id == "extra")
        let state = try Walkthrough.reduce(onExtra, .skip(reason: "not wanted"), now: t0).state
        #expect(state.progress.record("extra")?.status == .notNeeded)
        #expect(state.progress.record("extra")?.reason == "not wanted")
    }

    @Test func waitingOnlyOnStepsThatWaitForAConfirmation() throws {
        let onForm = try run([.markDone], from: .begin(guide: formGuide, saved: nil, now: t0))
        // Waiting claims the form was sent: not before the day it was sent is on record.
        #expect(throws: WalkthroughError.sendingNotRecorded(stepId: "form")) { try Walkthrough.reduce(onForm, .markWaiting, now: t0) }
        #expect(throws: WalkthroughError.sendingNotRecorded(stepId: "form")) { try Walkthrough.reduce(onForm, .markDone, now: t0) }
        #expect(throws: WalkthroughError.sendingNotRecorded(stepId: "form")) {
            try Walkthrough.reduce(onForm, .confirmReceived(reference: "R"), now: t0)
        }
        let sent = try run([.recordSent(on: "2026-11-28", reference: nil), .back], from: onForm)
        let state = try Walkthrough.reduce(sent, .markWaiting, now: t0).state
        #expect(state.progress.record("form")?.status == .waiting)
        #expect(state.progress.record("form")?.sentOn == "2026-11-28")
        #expect(throws: WalkthroughError.notApplicable(event: .markWaiting, stepId: "intro")) {
            try Walkthrough.reduce(fresh, .markWaiting, now: t0)
        }
        // An action step with nothing to wait for: waiting means nothing there.
        let onAct = try run([.markDone, .choose("web")], from: fresh)
        #expect(throws: WalkthroughError.notApplicable(event: .markWaiting, stepId: "act")) {
            try Walkthrough.reduce(onAct, .markWaiting, now: t0)
        }
    }

    @Test func notesAreSetReplacedAndRemovedWithoutMoving() throws {
        let noted = try Walkthrough.reduce(fresh, .setNote(" ref ABC-123 ✓ "), now: t0.addingTimeInterval(5)).state
        #expect(noted.phase == .onStep(0))
        #expect(noted.progress.record("intro")?.note == "ref ABC-123 ✓")
        #expect(noted.progress.record("intro")?.status == .pending)
        #expect(noted.progress.record("intro")?.updatedAt == t0.addingTimeInterval(5))
        let cleared = try Walkthrough.reduce(noted, .setNote(""), now: t0).state
        #expect(cleared.progress.record("intro")?.note == nil)
        let clearedByNil = try Walkthrough.reduce(noted, .setNote(nil), now: t0).state
        #expect(clearedByNil.progress.record("intro")?.note == nil)
    }

    @Test func backGoesToThePreviousStepAndKeepsStatuses() throws {
        let onAct = try run([.markDone, .choose("web")], from: fresh)
        let back = try Walkthrough.reduce(onAct, .back, now: t0).state
        #expect(back.phase == .onStep(1))
        #expect(back.progress.currentStepId == "platform")
        #expect(back.progress.record("platform")?.status == .done)
        #expect(throws: WalkthroughError.atFirstStep) { try Walkthrough.reduce(fresh, .back, now: t0) }
    }

    @Test func theLastStepFinishesAndAsksForTheSummary() throws {
        let atEnd = try run([.markDone, .choose("web"), .markDone, .skip(reason: nil)], from: fresh)
        let finishTime = t0.addingTimeInterval(3600)
        let (state, effects) = try Walkthrough.reduce(atEnd, .markDone, now: finishTime)
        #expect(state.phase == .finished)
        #expect(state.progress.isComplete)
        #expect(state.progress.finishedAt == finishTime)
        #expect(state.progress.currentStepId == nil)
        #expect(effects == [.save(state.progress), .showSummary])
        #expect(throws: WalkthroughError.notApplicable(event: .skip(reason: nil), stepId: "end")) {
            try Walkthrough.reduce(atEnd, .skip(reason: nil), now: t0)
        }
    }

    @Test func finishingWithStepsLeftPointsAtTheFirstOne() throws {
        let state = try run([.markDone, .choose("web"), .skip(reason: nil), .markDone, .markDone], from: fresh)
        #expect(state.phase == .finished)
        #expect(!state.progress.isComplete)
        #expect(state.progress.currentStepId == "act")
        #expect(state.progress.unresolved.map(\.id) == ["act"])
        // The end is the end: the front ends show the summary and stop, so nothing goes back from it.
        #expect(throws: WalkthroughError.notAllowed(event: .back, phase: .finished)) {
            try Walkthrough.reduce(state, .back, now: t0)
        }
    }

    @Test func quitSavesAndExitsWithoutChangingAnything() throws {
        let (state, effects) = try Walkthrough.reduce(fresh, .quit, now: t0.addingTimeInterval(99))
        #expect(state == fresh)
        #expect(effects == [.save(fresh.progress), .exit])
    }

    @Test func unfinishedProgressIsOfferedForResumingAtTheSavedStep() throws {
        let partial = try run([.markDone, .choose("app"), .skip(reason: nil), .back], from: fresh)
        #expect(partial.progress.currentStepId == "act")
        let begun = WalkthroughState.begin(guide: sampleGuide, saved: partial.progress, now: t0)
        #expect(begun.phase == .offeringResume)
        #expect(begun.currentStep == nil)
        let resumed = try Walkthrough.reduce(begun, .resume, now: t0).state
        #expect(resumed.phase == .onStep(2))
        #expect(resumed.progress.answers == ["platform": "app"])
    }

    @Test func startOverBeginsAfreshAndSaves() throws {
        let partial = try run([.markDone, .choose("app")], from: fresh)
        let begun = WalkthroughState.begin(guide: sampleGuide, saved: partial.progress, now: t0)
        let later = t0.addingTimeInterval(7200)
        let (state, effects) = try Walkthrough.reduce(begun, .startOver, now: later)
        #expect(state.phase == .onStep(0))
        #expect(state.progress.answers.isEmpty)
        #expect(state.progress.steps.allSatisfy { $0.status == .pending && $0.note == nil })
        #expect(state.progress.createdAt == later)
        #expect(effects == [.keepSavedProgressAside, .save(state.progress)], "the old file is kept before the fresh save")
    }

    @Test func completeProgressBeginsAtTheEnd() throws {
        let done = try run([.markDone, .choose("web"), .markDone, .skip(reason: nil), .markDone], from: fresh)
        let begun = WalkthroughState.begin(guide: sampleGuide, saved: done.progress, now: t0)
        #expect(begun.phase == .finished)
    }

    @Test(arguments: [
        WalkthroughEvent.markDone, .choose("web"), .skip(reason: nil), .markWaiting, .setNote("x"), .back,
    ])
    func stepEventsAreRefusedWhileOfferingToResume(event: WalkthroughEvent) throws {
        let partial = try run([.markDone], from: fresh)
        let begun = WalkthroughState.begin(guide: sampleGuide, saved: partial.progress, now: t0)
        #expect(throws: WalkthroughError.notAllowed(event: event, phase: .offeringResume)) {
            try Walkthrough.reduce(begun, event, now: t0)
        }
    }

    @Test(arguments: [WalkthroughEvent.markDone, .resume, .startOver, .setNote("x"), .skip(reason: nil), .back, .quit])
    func stepEventsAreRefusedAfterTheEnd(event: WalkthroughEvent) throws {
        let done = try run([.markDone, .choose("web"), .markDone, .skip(reason: nil), .markDone], from: fresh)
        #expect(throws: WalkthroughError.notAllowed(event: event, phase: .finished)) {
            try Walkthrough.reduce(done, event, now: t0)
        }
    }

    @Test func resumeAndStartOverAreRefusedOnAStep() {
        #expect(throws: WalkthroughError.notAllowed(event: .resume, phase: .onStep(0))) {
            try Walkthrough.reduce(fresh, .resume, now: t0)
        }
        #expect(throws: WalkthroughError.notAllowed(event: .startOver, phase: .onStep(0))) {
            try Walkthrough.reduce(fresh, .startOver, now: t0)
        }
    }

    @Test func aLaterNoteDoesNotMoveTheTimeAStepWasDone() throws {
        let form = WalkthroughState.begin(guide: formGuide, saved: nil, now: t0)
        let doneAt = t0.addingTimeInterval(60)
        let done = try Walkthrough.reduce(form, .markDone, now: doneAt).state
        let back = try Walkthrough.reduce(done, .back, now: doneAt.addingTimeInterval(3600)).state
        let noted = try Walkthrough.reduce(back, .setNote("still Off"), now: doneAt.addingTimeInterval(7200)).state
        let record = try #require(noted.progress.record("toggle"))
        #expect(record.statusChangedAt == doneAt)
        #expect(record.updatedAt == doneAt.addingTimeInterval(7200))
        let again = try Walkthrough.reduce(noted, .markDone, now: doneAt.addingTimeInterval(9000)).state
        #expect(again.progress.record("toggle")?.statusChangedAt == doneAt, "done again is no new status")
        let report = ProgressReport(guide: formGuide, saved: again.progress, zone: .utc, now: nil)
        #expect(report.recordLines.first == "Toggle turned Off: confirmed \(TimeText.utc(doneAt))")
    }

    @Test func everyErrorReadsAsASentence() {
        let errors: [WalkthroughError] = [
            .notAllowed(event: .markDone, phase: .finished), .notAChoice(stepId: "a"), .unknownOption("x", valid: ["y"]),
            .answerRequired(stepId: "a"), .atFirstStep, .notApplicable(event: .markWaiting, stepId: "a"),
            .notApplicable(event: .skip(reason: nil), stepId: "a"), .invalidDate("x"), .dayInTheFuture("2999-01-01"),
        ]
        for error in errors {
            #expect(error.description.hasSuffix("."))
            #expect(error.description.first?.isUppercase == true || error.description.first == "\"")
        }
    }

    @Test func aWholeWalkthroughOfTheBuiltInGuide() throws {
        let guide = Guide.linkedInAITraining
        var state = WalkthroughState.begin(guide: guide, saved: nil, now: t0)
        let clock = SteppingClock()
        while let step = state.currentStep {
            let event: WalkthroughEvent = step.completingEvent()
            state = try Walkthrough.reduce(state, event, now: clock.read()).state
        }
        #expect(state.phase == .finished)
        #expect(state.progress.isComplete)
        #expect(state.progress.doneCount == guide.steps.count)
        // Every step's time is the clock's, one minute apart.
        let times = state.progress.steps.compactMap(\.updatedAt)
        #expect(times.count == guide.steps.count)
        #expect(zip(times, times.dropFirst()).allSatisfy { $1.timeIntervalSince($0) == 60 })
    }
}

@Suite("Walkthrough session")
struct WalkthroughSessionTests {
    final class RecordingSaver: ProgressSaving {
        var saved: [WalkthroughProgress] = []
        var failing = false
        func save(_ progress: WalkthroughProgress) throws(ProgressStoreError) {
            if failing { throw .io(path: "/x", action: .write, reason: "no space left on device") }
            saved.append(progress)
        }
    }

    @Test func savesAfterEveryChangeAndPassesOtherEffectsOn() throws {
        let saver = RecordingSaver()
        let clock = SteppingClock()
        let session = WalkthroughSession(
            state: .begin(guide: sampleGuide, saved: nil, now: t0), saver: saver, clock: clock.read, zone: .utc, frontEnd: .plain)
        #expect(try session.send(.markDone).effects.isEmpty)
        #expect(saver.saved.last?.record("intro")?.status == .done)
        #expect(try session.send(.setNote("hi"), confirmation: "Note saved.").message == "Note saved.")
        #expect(saver.saved.count == 2)
        #expect(try session.send(.quit).effects == [.exit])
        #expect(saver.saved.count == 2, "quitting writes nothing when nothing changed since the last save")
    }

    @Test func aRefusedEventChangesNothingAndSavesNothing() {
        let saver = RecordingSaver()
        let session = WalkthroughSession(state: .begin(guide: sampleGuide, saved: nil, now: t0), saver: saver, clock: { t0 }, zone: .utc, frontEnd: .plain)
        let before = session.state
        #expect(throws: SessionError.refused(.atFirstStep)) { try session.send(.back) }
        #expect(session.state == before)
        #expect(saver.saved.isEmpty)
    }

    @Test func aFailedSaveKeepsTheStateInMemoryAndTheNextEventSavesIt() throws {
        let saver = RecordingSaver()
        saver.failing = true
        let session = WalkthroughSession(state: .begin(guide: sampleGuide, saved: nil, now: t0), saver: saver, clock: { t0 }, zone: .utc, frontEnd: .plain)
        let reply = try session.send(.markDone, confirmation: "Done.")
        #expect(reply.isProblem)
        #expect(reply.message?.hasPrefix("NOT saved:") == true, "never the confirmation of a change that was not saved")
        #expect(session.state.phase == .onStep(1))
        #expect(session.hasUnsavedChanges)
        saver.failing = false
        try session.send(.choose("web"))
        #expect(!session.hasUnsavedChanges)
        #expect(saver.saved.last?.record("intro")?.status == .done)
        #expect(saver.saved.last?.answers["platform"] == "web")
    }
}

@Suite("Choosing a front end")
struct FrontEndChoiceTests {
    @Test(arguments: [
        (false, true, true, ["TERM": "xterm-256color"], FrontEndKind.fullScreen),
        (true, true, true, ["TERM": "xterm-256color"], .plain),
        (false, false, true, ["TERM": "xterm"], .plain),
        (false, true, false, ["TERM": "xterm"], .plain),
        (false, true, true, ["TERM": "dumb"], .plain),
        (false, true, true, [:], .plain),
        (false, true, true, ["TERM": "xterm", "ACCESSIBLE": "1"], .plain),
        (false, true, true, ["TERM": "xterm", "ACCESSIBLE": ""], .fullScreen),
    ] as [(Bool, Bool, Bool, [String: String], FrontEndKind)])
    func plainWhenAskedOrWhenNotATerminal(
        plain: Bool, stdin: Bool, stdout: Bool, environment: [String: String], expected: FrontEndKind
    ) {
        #expect(
            FrontEndKind.choose(plainFlag: plain, stdinIsTerminal: stdin, stdoutIsTerminal: stdout, environment: environment)
                == expected)
    }
}
