import Foundation
import OptOutTestSupport
import Testing
@testable import OptOutCore

/// A keeper whose saves fail while `failing` is set, counting every attempt.
final class SwitchableSaver: ProgressSaving, @unchecked Sendable {
    var saved: [WalkthroughProgress] = []
    var failing = false
    var attempts = 0
    func save(_ progress: WalkthroughProgress) throws(ProgressStoreError) {
        attempts += 1
        if failing { throw .io(path: "/m/p.json", action: .createTemporaryFileBeside, reason: "operation not permitted") }
        saved.append(progress)
    }
}

/// The save policy lives in the session, once: what a failed save says, what every way of ending a run
/// means, and that nothing typed is lost.
@Suite("Save policy")
struct SavePolicyTests {
    let context = RunContext(statePath: "/m/p.json", startedAt: t0, zone: .utc)

    func session(_ state: WalkthroughState, _ saver: SwitchableSaver, frontEnd: FrontEndKind = .fullScreen) -> WalkthroughSession {
        WalkthroughSession(state: state, saver: saver, clock: { t0 }, zone: .utc, frontEnd: frontEnd)
    }

    func onForm() throws -> WalkthroughState { try run([.markDone], from: .begin(guide: formGuide, saved: nil, now: t0)) }

    func sentences(_ end: RunEnd?) -> [String] {
        (end?.lines ?? []).compactMap { if case let .sentence(text) = $0 { text } else { nil } }
    }

    /// Finished progress opened under a newer guide: the notice's save is the run's only change, so a
    /// save that fails twice ends the run as not saved, with its own words (no q, no later change).
    @Test func finishedProgressWhoseNoticeCannotBeSavedIsNotSaved() throws {
        var state = WalkthroughState.begin(guide: sampleGuide, saved: nil, now: t0)
        while let step = state.currentStep {
            state = try Walkthrough.reduce(state, step.choice.map { .choose($0.options[0].id) } ?? .markDone, now: t0).state
        }
        var newer = sampleGuide
        newer.version = "2"
        let finished = WalkthroughState.begin(guide: newer, saved: state.progress, now: t0)
        #expect(finished.phase == .finished)

        let saver = SwitchableSaver()
        saver.failing = true
        let failing = session(finished, saver)
        let (outcome, message) = failing.acknowledgeGuideChangesOnFinishedProgress()
        #expect(outcome == .notSaved)
        #expect(saver.attempts == 2, "tried once more")
        let said = try #require(message)
        #expect(said.contains("NOT saved") && said.contains("operation not permitted") && said.contains("shown again next time"))
        #expect(!said.contains("q quits"), "there is no q here: \(said)")

        let working = SwitchableSaver()
        let saved = session(finished, working).acknowledgeGuideChangesOnFinishedProgress()
        #expect(saved.outcome == .complete && saved.message == nil)
        #expect(working.saved.last?.guideVersion == "2")
        // Without a change to tell, nothing is written.
        let unchanged = SwitchableSaver()
        unchanged.failing = true
        #expect(session(.begin(guide: sampleGuide, saved: state.progress, now: t0), unchanged).acknowledgeGuideChangesOnFinishedProgress().outcome == .complete)
        #expect(unchanged.attempts == 0)
    }

    @Test func aConfirmationIsSaidOnlyOfASavedChange() throws {
        let saver = SwitchableSaver()
        let session = session(.begin(guide: sampleGuide, saved: nil, now: t0), saver)
        let saved = try session.send(.setNote("kept"), confirmation: "Note saved.")
        #expect(saved == SessionReply(effects: [], message: "Note saved.", isProblem: false))
        saver.failing = true
        let failed = try session.send(.setNote("lost?"), confirmation: "Note saved.")
        #expect(failed.isProblem)
        #expect(failed.message?.contains("Note saved.") == false)
        // Short enough for the full screen's three message lines at 80 columns, and it names the way out.
        let message = try #require(failed.message)
        #expect(message.count <= 3 * 78, "\(message.count) characters")
        #expect(message.hasPrefix("NOT saved: operation not permitted."))
        #expect(message.contains("Ctrl-C tries once more, then quits."))
        #expect(session.hasUnsavedChanges)
    }

    @Test func plainModeNamesTheFileInTheMessage() throws {
        let saver = SwitchableSaver()
        saver.failing = true
        let session = session(.begin(guide: sampleGuide, saved: nil, now: t0), saver, frontEnd: .plain)
        let reply = try session.send(.markDone)
        #expect(reply.message?.contains("/m/p.json") == true)
    }

    @Test func aSignalAfterAFailedSaveIsNotSavedAndSaysSo() throws {
        let saver = SwitchableSaver()
        let session = session(.begin(guide: sampleGuide, saved: nil, now: t0), saver)
        saver.failing = true
        try session.send(.markDone)
        let end = try #require(session.end(.signal(SIGINT), context: context))
        #expect(end.outcome == .notSaved, "never 130 as though the progress were saved")
        #expect(end.outcome.exitStatus == 3)
        let said = sentences(end).joined(separator: " ")
        #expect(said.contains("NOT saved"))
        #expect(!said.contains("Progress saved"))
        #expect(saver.attempts >= 2, "tried once more at the end")
    }

    @Test func aSignalAfterAFailedSaveThatNowWorksIsSaved() throws {
        let saver = SwitchableSaver()
        let session = session(.begin(guide: sampleGuide, saved: nil, now: t0), saver)
        saver.failing = true
        try session.send(.markDone)
        saver.failing = false
        let end = try #require(session.end(.signal(SIGTERM), context: context))
        #expect(end.outcome == .interrupted(signal: SIGTERM))
        #expect(sentences(end) == ["Progress saved to /m/p.json. Run `optout` to resume."])
        #expect(saver.saved.last?.record("intro")?.status == .done)
    }

    @Test func quitWhileSavingFailsGoesOn() throws {
        let saver = SwitchableSaver()
        let session = session(.begin(guide: sampleGuide, saved: nil, now: t0), saver)
        saver.failing = true
        try session.send(.markDone)
        #expect(session.end(.quit, context: context) == nil)
        #expect(session.stillUnsavedMessage?.hasPrefix("Still NOT saved") == true)
        #expect(session.end(.inputEnded, context: context)?.outcome == .notSaved)
        saver.failing = false
        #expect(session.end(.quit, context: context)?.outcome == .unfinished)
    }

    @Test func theEndReachedWithAFailingSaveShowsNoSummary() throws {
        let saver = SwitchableSaver()
        let session = session(.begin(guide: sampleGuide, saved: nil, now: t0), saver)
        for event in [WalkthroughEvent.markDone, .choose("web"), .markDone, .skip(reason: nil)] { try session.send(event) }
        saver.failing = true
        try session.send(.markDone)
        let end = try #require(session.end(.reachedEnd, context: context))
        #expect(end.outcome == .notSaved)
        #expect(!end.lines.contains { if case .summary = $0 { true } else { false } })
        saver.failing = false
        let saved = try #require(session.end(.reachedEnd, context: context))
        #expect(saved.outcome == .complete)
        #expect(saved.lines.contains { if case .summary = $0 { true } else { false } })
    }

    // MARK: Nothing typed is lost

    @Test func aNoteBeingTypedIsSavedAsItStands() throws {
        let saver = SwitchableSaver()
        let session = session(.begin(guide: sampleGuide, saved: nil, now: t0), saver)
        guard case let .ask(form) = StepForm.start(.note, state: session.state, today: "2026-11-29") else { Issue.record(); return }
        let end = try #require(session.end(.signal(SIGHUP), context: context, open: OpenForm(form: form, typed: .text("important note"))))
        #expect(end.outcome == .interrupted(signal: SIGHUP))
        #expect(saver.saved.last?.record("intro")?.note == "important note")
        #expect(sentences(end).first == "Your note is saved as you typed it.")
    }

    @Test func aSentFormBeingFilledInIsKeptUnfinishedAndOfferedAgain() throws {
        let saver = SwitchableSaver()
        let session = session(try onForm(), saver)
        guard case let .ask(day) = StepForm.start(.sent, state: session.state, today: "2026-11-29"),
            case let .ask(reference) = day.next(.text("2026-11-28"))
        else { Issue.record(); return }
        let end = try #require(session.end(.signal(SIGTERM), context: context, open: OpenForm(form: reference, typed: .text("LinkedIn case 12345-ABC"))))
        #expect(end.outcome == .interrupted(signal: SIGTERM))
        let record = try #require(saver.saved.last?.record("form"))
        #expect(record.status == .pending, "nothing is claimed: the form is not recorded as sent")
        #expect(record.sentOn == nil)
        #expect(record.unfinished?.kind == .sent)
        #expect(record.unfinished?.fields == ["day": "2026-11-28", "reference": "LinkedIn case 12345-ABC"])
        #expect(sentences(end).first?.contains("kept, not yet recorded") == true)
        #expect(record.facts(in: .utc).contains { $0.kind == .unfinished })

        // Opened again, the form starts from what was kept; finishing it forgets the unfinished record.
        let again = WalkthroughState.begin(guide: formGuide, saved: saver.saved.last, now: t0)
        let resumed = try Walkthrough.reduce(again, .resume, now: t0).state
        guard case let .ask(dayAgain) = StepForm.start(.sent, state: resumed, today: "2026-11-29") else { Issue.record(); return }
        #expect(dayAgain.prompt.prefill == "2026-11-28")
        #expect(dayAgain.prompt.kept == "2026-11-28")
        guard case let .ask(referenceAgain) = dayAgain.next(.text("2026-11-28")) else { Issue.record(); return }
        #expect(referenceAgain.prompt.prefill == "LinkedIn case 12345-ABC")
        guard case let .submit(event, _) = referenceAgain.next(.text("LinkedIn case 12345-ABC")) else { Issue.record(); return }
        let done = try Walkthrough.reduce(resumed, event, now: t0).state
        #expect(done.progress.record("form")?.unfinished == nil)
        #expect(done.progress.record("form")?.sentOn == "2026-11-28")
    }

    @Test func draftChoicesBeingMadeAreKept() throws {
        let saver = SwitchableSaver()
        let session = session(try onForm(), saver)
        guard case let .ask(uses) = StepForm.start(.draft, state: session.state, today: "2026-11-29"),
            case let .ask(name) = uses.next(.picked([0, 2]))
        else { Issue.record(); return }
        _ = session.end(.signal(SIGINT), context: context, open: OpenForm(form: name, typed: .text("Jürgen Müller")))
        let kept = try #require(saver.saved.last?.record("form")?.unfinished)
        #expect(kept.kind == .draft)
        #expect(kept.fields["name"] == "Jürgen Müller")
        #expect(saver.saved.last?.draft == nil, "the draft itself is not replaced")
        let again = try Walkthrough.reduce(WalkthroughState.begin(guide: formGuide, saved: saver.saved.last, now: t0), .resume, now: t0).state
        guard case let .ask(.draft(form)) = StepForm.start(.draft, state: again, today: "2026-11-29") else { Issue.record(); return }
        #expect(form.draft.name == "Jürgen Müller")
        #expect(form.draft.uses == [ObjectionUse.allCases[0], ObjectionUse.allCases[2]])
    }

    @Test func nothingTypedMeansNothingKept() throws {
        let saver = SwitchableSaver()
        let session = session(try onForm(), saver)
        guard case let .ask(form) = StepForm.start(.skip, state: session.state, today: "2026-11-29") else { Issue.record(); return }
        let end = try #require(session.end(.signal(SIGINT), context: context, open: OpenForm(form: form, typed: .text("  "))))
        #expect(sentences(end) == ["Progress saved to /m/p.json. Run `optout` to resume."])
        #expect(saver.saved.last?.record("form")?.unfinished == nil)
    }

    // MARK: No claim without the thing

    @Test func doneOnTheFormStepAsksWhatHappened() throws {
        let state = try onForm()
        guard case let .ask(outcome) = StepForm.start(.markDone, state: state, today: "2026-11-29") else { Issue.record(); return }
        guard case .pickOne(let options, 0) = outcome.prompt.input else { Issue.record(); return }
        #expect(options.count == 3)
        // Enter on the list picks the first: sent, and the day is asked next (empty means today).
        guard case let .ask(.sent(sent)) = outcome.next(.text("")) else { Issue.record(); return }
        #expect(sent.prompt.question.contains("empty for today, 2026-11-29"))
        guard case let .ask(reference) = StepForm.sent(sent).next(.text("")),
            case let .submit(event, _) = reference.next(.text(""))
        else { Issue.record(); return }
        #expect(event == .recordSent(on: "2026-11-29", reference: nil))
        // The confirmation came, with no day on record: the day is asked first.
        guard case let .ask(.sent(confirming)) = outcome.next(.text("2")) else { Issue.record(); return }
        #expect(confirming.confirming)
        // Not yet: the skip reason.
        guard case .ask(.line) = outcome.next(.text("3")) else { Issue.record(); return }
        guard case let .ask(.sendOutcome(refused)) = outcome.next(.text("x")) else { Issue.record(); return }
        #expect(refused.prompt.problem != nil)
        // A bare done is refused by the walkthrough itself.
        #expect(throws: WalkthroughError.sendingNotRecorded(stepId: "form")) { try Walkthrough.reduce(state, .markDone, now: t0) }
        // Elsewhere, done is done.
        #expect(StepForm.start(.markDone, state: .begin(guide: sampleGuide, saved: nil, now: t0), today: "2026-11-29")
            == .submit(.markDone, confirmation: nil))
    }

    @Test func aFormMarkedDoneWithoutConfirmationIsAskedAboutAtTheRecheck() throws {
        // Progress from before: the form step done with nothing recorded.
        var progress = WalkthroughProgress(fresh: formGuide, at: t0)
        for i in progress.steps.indices { progress.steps[i].status = .done }
        progress.finishedAt = t0
        progress.completedAt = t0
        let questions = RecheckSchedule.questions(guide: formGuide, progress: progress).map(\.id)
        #expect(questions.contains("form"))
        let form = try #require(formGuide.step("form"))
        #expect(RecheckSchedule.question(for: form, record: progress.record("form")).hasPrefix("This step was marked done"))
        let state = WalkthroughState.begin(guide: formGuide, saved: progress, now: t0)
        let no = try Walkthrough.reduce(state, .recordRecheck([RecheckAnswer(stepId: "form", answer: .no)]), now: t0).state
        #expect(no.progress.record("form")?.status == .waiting)
        let yes = try Walkthrough.reduce(state, .recordRecheck([RecheckAnswer(stepId: "form", answer: .yes)]), now: t0).state
        #expect(yes.progress.record("form")?.confirmedAt == t0.wholeSeconds)
    }
}

/// One clock for the member's day: local times with their offset, local days, due days.
@Suite("The member's clock")
struct MemberClockTests {
    let kiritimati = LocalZone.fixed(seconds: 14 * 3600)

    @Test func timesAreLocalWithTheirOffset() {
        let moment = Date(timeIntervalSince1970: 1_796_674_140)  // 2026-12-07 20:09 UTC
        #expect(LocalZone.utc.time(moment) == "2026-12-07 20:09 UTC")
        #expect(kiritimati.time(moment) == "2026-12-08 10:09 UTC+14:00")
        #expect(LocalZone.fixed(seconds: -(9 * 3600 + 30 * 60)).time(moment) == "2026-12-07 10:39 UTC-09:30")
        #expect(kiritimati.day(moment) == "2026-12-08")
        #expect(LocalZone.utc.day(moment) == "2026-12-07")
    }

    @Test func theReceiptNeverSaysReceivedBeforeSent() throws {
        // Sent "today" just after local midnight in a zone east of UTC, received ten minutes later.
        let sentAt = Date(timeIntervalSince1970: 1_796_674_140)  // 2026-12-08 10:09 in Kiritimati
        var state = try run([.markDone], from: .begin(guide: formGuide, saved: nil, now: t0))
        state = try Walkthrough.reduce(state, .recordSent(on: kiritimati.day(sentAt), reference: "REF-9"), now: sentAt).state
        state = try Walkthrough.reduce(state, .back, now: sentAt).state
        state = try Walkthrough.reduce(state, .confirmReceived(reference: nil), now: sentAt.addingTimeInterval(600)).state
        let report = ProgressReport(guide: formGuide, saved: state.progress, zone: kiritimati, now: nil)
        let line = try #require(report.recordLines.first { $0.hasPrefix("Form sent") })
        #expect(line == "Form sent on 2026-12-08; confirmation: REF-9; received 2026-12-08 10:19 UTC+14:00")
    }

    @Test func theDueDayIsTheMembersDayAndASkippedSettingHasNone() throws {
        var progress = WalkthroughProgress(fresh: formGuide, at: t0)
        let finished = Date(timeIntervalSince1970: 1_796_674_140)  // 2026-12-08 in Kiritimati, 12-07 in UTC
        progress.finishedAt = finished
        progress.steps[0].status = .skipped
        progress.steps[1].status = .skipped
        let schedule = RecheckSchedule()
        #expect(schedule.nextDueDay(progress, guide: formGuide, zone: kiritimati) == nil, "nothing to re-check")
        #expect(schedule.standing(progress, guide: formGuide, now: finished, zone: kiritimati) == .nothingToRecheck)
        progress.steps[0].status = .done
        #expect(schedule.nextDueDay(progress, guide: formGuide, zone: kiritimati) == "2027-03-08")
        #expect(schedule.nextDueDay(progress, guide: formGuide, zone: .utc) == "2027-03-07")
        let late = finished.addingTimeInterval(120 * 86_400)
        #expect(schedule.standing(progress, guide: formGuide, now: late, zone: .utc) == .overdue(since: "2027-03-07", days: 30))
        let report = ProgressReport(guide: formGuide, saved: progress, zone: .utc, now: late)
        #expect(report.recordLines.last == "Re-check overdue: it was due 2027-03-07, 30 days ago (run: optout recheck)")
        #expect(StatusRenderer.line(report).contains("A re-check is overdue (due 2027-03-07)") == false, "unfinished: no status note")
    }

    @Test func daysAddAndCount() {
        #expect(CalendarDay.adding(90, to: "2026-12-08") == "2027-03-08")
        #expect(CalendarDay.adding(-1, to: "2027-03-01") == "2027-02-28")
        #expect(CalendarDay.days(from: "2027-03-07", to: "2027-04-06") == 30)
    }
}
