import Foundation
import OptOutTestSupport
import Testing
@testable import OptOutCore

@Suite("Objection form: draft, sent, received")
struct ObjectionFormTests {
    let onForm: WalkthroughState

    init() throws {
        onForm = try run([.markDone], from: .begin(guide: formGuide, saved: nil, now: t0))
    }

    static let useSets: [(String, [ObjectionUse])] = [
        ("all", ObjectionUse.allCases), ("personalization", [.personalization]),
        ("moderation-other", [.moderation, .otherMachineLearning]), ("content", [.contentGeneratingAI]),
    ]

    @Test(arguments: Region.allCases)
    func draftsForEachRegionAndSetOfChoices(region: Region) {
        for (name, uses) in Self.useSets {
            let text = ObjectionDraftComposer.compose(uses: uses, name: nil, email: nil, region: region)
            #expect(goldenMismatch(text, golden: "drafts/\(region.rawValue)-\(name).txt") == nil)
        }
    }

    @Test(arguments: ["Line one.\nLine two.", "A literal \\n, not a break", "C:\\Users\\me\\", "\\\\n\n\\", "", "\n\n"])
    func textOnOneLineReadsBackAsItWas(text: String) {
        let line = OneLineText.encode(text)
        #expect(!line.contains("\n"))
        #expect(OneLineText.decode(line) == text)
    }

    @Test func typedOnOneLineABackslashEscapesABreakAndAnyOtherBackslashStays() throws {
        #expect(OneLineText.decode("one\\ntwo") == "one\ntwo")
        #expect(OneLineText.decode("a literal \\\\n here") == "a literal \\n here")
        #expect(OneLineText.decode("C:\\Users\\x") == "C:\\Users\\x")
        #expect(OneLineText.decode("ends in \\") == "ends in \\")
        let form = DraftTextForm(draft: ObjectionDraft(editedText: "Old."), region: .euEEA)
        let typed = form.next(.text("Write \\\\n literally.\\nThanks."))
        #expect(typed == .submit(.setDraft(ObjectionDraft(editedText: "Write \\n literally.\nThanks.")), confirmation: Messages.draftSaved))
    }

    @Test func theDraftNamesTheRightLaw() {
        func text(_ region: Region?) -> String {
            ObjectionDraftComposer.compose(uses: ObjectionUse.allCases, name: nil, email: nil, region: region)
        }
        #expect(text(.euEEA).contains("Article 21(1) of the General Data Protection Regulation (GDPR)"))
        #expect(text(.uk).contains("Article 21(1) of the UK GDPR"))
        #expect(!text(.switzerland).contains("Article 21"))
        #expect(text(.switzerland).contains("European Regional Privacy Notice"))
        for region in [Region.canada, .hongKong, .elsewhere] { #expect(!text(region).contains("GDPR")) }
        #expect(!text(nil).contains("GDPR"))
    }

    @Test func anObjectionUnderArticle21AsksForTheMembersOwnSituation() {
        for region in [Region.euEEA, .uk] {
            let text = ObjectionDraftComposer.compose(uses: [.moderation], name: nil, email: nil, region: region)
            #expect(text.contains("on grounds relating to my particular situation: \(ObjectionDraftComposer.situationPlaceholder)"))
            #expect(!text.contains("I do not want my data used"), "a wish is not a ground relating to a particular situation")
        }
        for region in [Region.canada, .elsewhere, .switzerland] {
            #expect(!ObjectionDraftComposer.compose(uses: [.moderation], name: nil, email: nil, region: region)
                .contains(ObjectionDraftComposer.situationPlaceholder))
        }
    }

    @Test func adPersonalizationNamesTheAbsoluteRightToObjectToDirectMarketing() {
        let eu = ObjectionDraftComposer.compose(uses: [.personalization], name: nil, email: nil, region: .euEEA)
        #expect(eu.contains("direct marketing") && eu.contains("Article 21(2) and (3) of the GDPR") && eu.contains("needs no grounds"))
        let uk = ObjectionDraftComposer.compose(uses: [.personalization, .moderation], name: nil, email: nil, region: .uk)
        #expect(uk.contains("Article 21(2) and (3) of the UK GDPR"))
        let without = ObjectionDraftComposer.compose(uses: [.moderation], name: nil, email: nil, region: .euEEA)
        #expect(!without.contains("Article 21(2)"))
        #expect(!ObjectionDraftComposer.compose(uses: [.personalization], name: nil, email: nil, region: .canada).contains("Article 21"))
    }

    @Test func namesAndEmailsArePlaceholdersUnlessTyped() {
        let blank = ObjectionDraftComposer.compose(uses: [.personalization], name: "  ", email: nil, region: .uk)
        #expect(blank.contains("Name: [your name]"))
        #expect(blank.contains("Email address of my LinkedIn account: [the email address of your LinkedIn account]"))
        let typed = ObjectionDraftComposer.compose(uses: [.personalization], name: "Ana Ruiz", email: "ana@example.org", region: .uk)
        #expect(typed.contains("Name: Ana Ruiz\nEmail address of my LinkedIn account: ana@example.org"))
    }

    @Test func draftsAreCopyReadyWithoutWrapping() {
        let text = ObjectionDraftComposer.compose(uses: ObjectionUse.allCases, name: nil, email: nil, region: .euEEA)
        let paragraph = text.components(separatedBy: "\n\n")[2]
        #expect(!paragraph.contains("\n"), "a paragraph is one line, for pasting into a form")
        #expect(text.hasSuffix("\n"))
        #expect(!text.contains("│") && !text.contains("---"))
    }

    @Test func theMembersEditIsTheDraft() {
        var draft = ObjectionDraft(uses: [.moderation])
        #expect(draft.text(region: .uk).contains("content moderation"))
        draft.editedText = "My own words."
        #expect(draft.text(region: .uk) == "My own words.")
    }

    @Test func theDraftIsSavedAndRestoredWithTheProgress() throws {
        let draft = ObjectionDraft(uses: [.personalization, .otherMachineLearning], name: "Ana", email: nil, editedText: "Edited\ntext ✓")
        let state = try Walkthrough.reduce(onForm, .setDraft(draft), now: t0).state
        #expect(state.phase == onForm.phase)
        let bytes = try ProgressFileFormat.encode(state.progress)
        #expect(try ProgressFileFormat.decode(bytes, path: "p.json").draft == draft)
        #expect(throws: WalkthroughError.notApplicable(event: .setDraft(draft), stepId: "toggle")) {
            try Walkthrough.reduce(.begin(guide: formGuide, saved: nil, now: t0), .setDraft(draft), now: t0)
        }
    }

    // MARK: The fourth use: training AI that creates content

    @Test func trainingAIThatCreatesContentIsAUseTheDraftNames() {
        #expect(ObjectionUse.allCases.last == .contentGeneratingAI, "added last: the numbers of the others stay")
        #expect(ObjectionUse.contentGeneratingAI.rawValue == "content-generating-ai")
        let text = ObjectionDraftComposer.compose(uses: [.contentGeneratingAI], name: nil, email: nil, region: .euEEA)
        #expect(text.contains("- generative AI: the training of models that generate content, by LinkedIn and its affiliates\n"))
        #expect(!text.contains("personalization"))
        let uk = ObjectionDraftComposer.compose(uses: [.contentGeneratingAI], name: nil, email: nil, region: .uk)
        #expect(uk.contains("and the sharing of my data with Microsoft for its own AI training"))
        #expect(!text.contains("Microsoft"), "the sharing with Microsoft for its AI training is LinkedIn's in the UK only")
    }

    @Test func aNewDraftTicksItUntilTheSettingIsRecordedOff() throws {
        #expect(ObjectionDraft.suggested(for: nil).uses == ObjectionUse.allCases, "without progress: every use")
        let guide = Guide.linkedInAITraining
        let before = try run(
            [.markDone, .choose("web"), .choose("en"), .choose("uk"), .markDone, .markDone, .markDone],
            from: .begin(guide: guide, saved: nil, now: t0))
        #expect(before.currentStep?.id == ObjectionDraft.settingStepId)
        #expect(ObjectionDraft.suggested(for: before.progress).uses.contains(.contentGeneratingAI))
        let skipped = try run([.skip(reason: "later"), .markDone], from: before)
        #expect(ObjectionDraft.suggested(for: skipped.progress).uses.contains(.contentGeneratingAI), "skipped is not off")
        let turnedOff = try run([.markDone, .markDone], from: before)
        #expect(turnedOff.currentStep?.id == "objection-form")
        #expect(ObjectionDraft.suggested(for: turnedOff.progress).uses == [.personalization, .moderation, .otherMachineLearning])
        // The form's first question ticks what the suggestion ticks; a saved draft keeps its own choices.
        guard case let .ask(.draft(form)) = StepForm.start(.draft, state: turnedOff, today: "2026-12-07") else {
            Issue.record("no draft form on the form step")
            return
        }
        #expect(form.prompt.input == .pickMany(options: ObjectionUse.allCases.map(\.label), ticked: [0, 1, 2]))
        let saved = try run([.setDraft(ObjectionDraft(uses: [.contentGeneratingAI]))], from: turnedOff)
        #expect(ObjectionDraft.current(in: saved.progress).uses == [.contentGeneratingAI])
        // The text the form step shows before any draft is saved follows the suggestion.
        #expect(!ObjectionDraft.current(in: turnedOff.progress).text(region: .uk).contains("generative AI"))
        #expect(ObjectionDraft.current(in: before.progress).text(region: .uk).contains("generative AI"))
    }

    @Test func theFourthUseIsTickedByItsNumber() throws {
        let form = DraftForm(saved: nil)
        guard case let .ask(.draft(next)) = form.next(.text("4")) else {
            Issue.record("4 was refused")
            return
        }
        #expect(next.draft.uses == [.contentGeneratingAI])
        guard case let .ask(.draft(refused)) = form.next(.text("5")) else { return }
        #expect(refused.problem == "Use the numbers 1 to 4, separated by spaces or commas.")
    }

    /// The draft as an optout before the fourth use read it: the three first uses, nothing else.
    struct EarlierDraft: Decodable, Equatable {
        enum Use: String, Decodable { case personalization, moderation = "moderation-classification", other = "other-machine-learning" }
        var uses: [Use]
        var name: String?
        var email: String?
        var editedText: String?
    }

    @Test func draftsSavedBeforeTheFourthUseLoadAndOlderVersionsStillReadNewOnes() throws {
        let old = #"{"uses":["personalization","other-machine-learning"],"name":"Ana","editedText":"Mine."}"#
        let loaded = try JSONDecoder().decode(ObjectionDraft.self, from: Data(old.utf8))
        #expect(loaded == ObjectionDraft(uses: [.personalization, .otherMachineLearning], name: "Ana", editedText: "Mine."))
        // Written again, the draft is what it was: no key is renamed, and none is added.
        let rewritten = try JSONSerialization.jsonObject(with: JSONEncoder().encode(loaded)) as? [String: Any]
        #expect(Set(rewritten?.keys.map { $0 } ?? []) == ["uses", "name", "editedText"])

        let withFourth = ObjectionDraft(uses: [.moderation, .contentGeneratingAI], email: "ana@example.org")
        let data = try JSONEncoder().encode(withFourth)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["uses"] as? [String] == ["moderation-classification"])
        #expect(object["laterUses"] as? [String] == ["content-generating-ai"])
        #expect(try JSONDecoder().decode(ObjectionDraft.self, from: data) == withFourth)
        // An optout that knows only the first three uses reads the same file, passing the fourth by.
        #expect(try JSONDecoder().decode(EarlierDraft.self, from: data) == EarlierDraft(uses: [.moderation], email: "ana@example.org"))
    }

    // MARK: The language of the text

    @Test func theTextIsInTheInterfaceLanguageUnlessEnglishIsChosen() {
        let english = ObjectionDraftComposer.compose(uses: ObjectionUse.allCases, name: "Ana", email: nil, region: .euEEA)
        InterfaceLanguage.$current.withValue(.pseudo) {
            // Every paragraph is a message of the catalogue: in the pseudo-locale each is marked.
            let shown = ObjectionDraftComposer.compose(uses: ObjectionUse.allCases, name: "Ana", email: nil, region: .euEEA)
            let paragraphs = shown.split(separator: "\n", omittingEmptySubsequences: true)
            #expect(paragraphs.count > 6)
            for paragraph in paragraphs { #expect(paragraph.contains(PseudoLocale.start), "\(paragraph)") }
            #expect(shown.contains("Ana"))
            // English chosen: the text is the English, whatever the interface speaks.
            #expect(ObjectionDraftComposer.compose(uses: ObjectionUse.allCases, name: "Ana", email: nil, region: .euEEA, language: .en) == english)
            #expect(ObjectionDraft(name: "Ana", language: .en).text(region: .euEEA) == english)
        }
    }

    @Test func inGermanTheFormAsksTheTextsLanguageAndEnglishCanBeChosen() throws {
        try InterfaceLanguage.$current.withValue(.language(.de)) {
            var form = DraftForm(saved: nil)
            #expect(form.otherLanguage == .de)
            form.question = .email
            #expect(form.prompt.completion == .next)
            guard case let .ask(.draft(asking)) = form.next(.text("")) else {
                Issue.record("no language question after the email")
                return
            }
            #expect(asking.question == .language)
            #expect(asking.prompt.input == .pickOne(options: [LinkedInLanguage.de.localizedName, LinkedInLanguage.en.localizedName], preferred: 0))
            // Refused, then English by its number, by its code, and by picking it.
            guard case let .ask(.draft(refused)) = asking.next(.text("3")) else {
                Issue.record("3 was taken")
                return
            }
            #expect(refused.problem != nil)
            for answer in [FormAnswer.text("2"), .text("EN"), .picked([1])] {
                guard case let .submit(.setDraft(draft), _) = asking.next(answer) else {
                    Issue.record("\(answer) did not save the draft")
                    continue
                }
                #expect(draft.language == .en, "\(answer)")
            }
            // Empty keeps the interface language.
            guard case let .submit(.setDraft(german), _) = asking.next(.text("")) else {
                Issue.record("empty did not save the draft")
                return
            }
            #expect(german.language == .de)
            // Saved in English, the form offers German first again and keeps English when empty.
            let again = DraftForm(saved: ObjectionDraft(language: .en)).asking(.language)
            #expect(again.prompt.input == .pickOne(options: [LinkedInLanguage.de.localizedName, LinkedInLanguage.en.localizedName], preferred: 1))
            guard case let .submit(.setDraft(kept), _) = again.next(.text("")) else {
                Issue.record("empty did not save the draft")
                return
            }
            #expect(kept.language == .en)
        }
        // In English with no other language chosen before, the question is not asked.
        var english = DraftForm(saved: nil)
        #expect(english.otherLanguage == nil)
        english.question = .email
        guard case .submit(.setDraft, _) = english.next(.text("")) else {
            Issue.record("the English form did not save after the email")
            return
        }
    }

    @Test func theChosenLanguageIsKeptWithTheProgressAndOlderFilesReadAsBefore() throws {
        let chosen = ObjectionDraft(uses: [.personalization], name: "Ana", language: .en)
        let data = try JSONEncoder().encode(chosen)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["language"] as? String == "en")
        #expect(try JSONDecoder().decode(ObjectionDraft.self, from: data) == chosen)
        // An older optout reads the file, passing the language by.
        #expect(try JSONDecoder().decode(EarlierDraft.self, from: data) == EarlierDraft(uses: [.personalization], name: "Ana"))
        // A file without it (or with a language this optout does not know) has no choice: the interface language.
        let old = #"{"uses":["personalization"],"name":"Ana"}"#
        #expect(try JSONDecoder().decode(ObjectionDraft.self, from: Data(old.utf8)).language == nil)
        let unknown = #"{"uses":["personalization"],"language":"xx"}"#
        #expect(try JSONDecoder().decode(ObjectionDraft.self, from: Data(unknown.utf8)).language == nil)
        // Not chosen, the field is left out.
        let none = try JSONSerialization.jsonObject(with: JSONEncoder().encode(ObjectionDraft(uses: [.personalization]))) as? [String: Any]
        #expect(none?["language"] == nil)
    }

    @Test func sentThenWaitingThenReceived() throws {
        let sentAt = t0.addingTimeInterval(3600)
        let sent = try Walkthrough.reduce(onForm, .recordSent(on: "2026-11-28", reference: nil), now: sentAt).state
        let record = try #require(sent.progress.record("form"))
        #expect(record.status == .waiting)
        #expect(record.sentOn == "2026-11-28")
        #expect(record.confirmation == nil)
        #expect(sent.phase == .onStep(2), "the walkthrough goes on while the step waits")
        #expect(!sent.progress.isComplete)

        let back = try Walkthrough.reduce(sent, .back, now: sentAt).state
        let receivedAt = t0.addingTimeInterval(86_400 * 3)
        let received = try Walkthrough.reduce(back, .confirmReceived(reference: "Subject: We got your request"), now: receivedAt).state
        let done = try #require(received.progress.record("form"))
        #expect(done.status == .done)
        #expect(done.confirmation == "Subject: We got your request")
        #expect(done.confirmedAt == receivedAt)
        #expect(done.sentOn == "2026-11-28")

        let report = ProgressReport(guide: formGuide, saved: received.progress, zone: .utc, now: nil)
        #expect(report.recordLines.contains("Form sent on 2026-11-28; confirmation: Subject: We got your request; received 2026-12-03 00:53 UTC"))
    }

    @Test func aReferenceGivenWhenSendingIsKeptWhenReceived() throws {
        let sent = try Walkthrough.reduce(onForm, .recordSent(on: " 2026-2-3 ", reference: "REF-1"), now: t0).state
        #expect(sent.progress.record("form")?.sentOn == "2026-02-03")
        let back = try Walkthrough.reduce(sent, .back, now: t0).state
        let received = try Walkthrough.reduce(back, .confirmReceived(reference: ""), now: t0).state
        #expect(received.progress.record("form")?.confirmation == "REF-1")
    }

    @Test(arguments: ["2026-13-01", "2026-02-30", "yesterday", "29.11.2026", ""])
    func badDatesAreRefused(day: String) {
        #expect(throws: WalkthroughError.invalidDate(day)) {
            try Walkthrough.reduce(onForm, .recordSent(on: day, reference: nil), now: t0)
        }
    }

    @Test func sentAndReceivedOnlyWhereAConfirmationIsTracked() {
        let first = WalkthroughState.begin(guide: formGuide, saved: nil, now: t0)
        #expect(throws: WalkthroughError.self) { try Walkthrough.reduce(first, .recordSent(on: "2026-11-29", reference: nil), now: t0) }
        #expect(throws: WalkthroughError.self) { try Walkthrough.reduce(first, .confirmReceived(reference: nil), now: t0) }
    }

    @Test func screenDifferencesAreMarkedAndTheWalkthroughGoesOn() throws {
        let marked = try Walkthrough.reduce(onForm, .reportScreenDiffers(" No form, a chat window "), now: t0).state
        #expect(marked.progress.record("form")?.screenDiffers == "No form, a chat window")
        #expect(marked.progress.record("form")?.status == .pending)
        let on = try Walkthrough.reduce(marked, .recordSent(on: "2026-11-29", reference: nil), now: t0).state
        #expect(on.phase == .onStep(2))
        let report = ProgressReport(guide: formGuide, saved: on.progress, zone: .utc, now: nil)
        #expect(report.screenDifferenceLines == ["2. Form (form): No form, a chat window"])
        let cleared = try Walkthrough.reduce(marked, .reportScreenDiffers(""), now: t0).state
        #expect(cleared.progress.record("form")?.screenDiffers == nil)
    }
}

@Suite("Re-checks")
struct RecheckTests {
    /// The form guide walked to the end with the form waiting, finished at t0 + 3 minutes.
    func finishedWaiting() throws -> WalkthroughState {
        try run([.markDone, .recordSent(on: "2026-11-29", reference: "R1"), .markDone], from: .begin(guide: formGuide, saved: nil, now: t0))
    }

    @Test func dueNinetyDaysAfterTheEndThenAfterEachCheck() throws {
        let state = try finishedWaiting()
        let schedule = RecheckSchedule()
        let finished = try #require(state.progress.finishedAt)
        let finishedDay = LocalZone.utc.day(finished)
        #expect(schedule.nextDueDay(state.progress, guide: formGuide, zone: .utc) == CalendarDay.adding(90, to: finishedDay))
        #expect(schedule.standing(state.progress, guide: formGuide, now: finished.addingTimeInterval(89 * 86_400), zone: .utc)
            == .dueOn(CalendarDay.adding(90, to: finishedDay)))
        #expect(schedule.standing(state.progress, guide: formGuide, now: finished.addingTimeInterval(90 * 86_400), zone: .utc).isDue)
        #expect(schedule.standing(state.progress, guide: formGuide, now: finished.addingTimeInterval(95 * 86_400), zone: .utc)
            == .overdue(since: CalendarDay.adding(90, to: finishedDay), days: 5))
        #expect(RecheckSchedule(intervalDays: 7).nextDueDay(state.progress, guide: formGuide, zone: .utc) == CalendarDay.adding(7, to: finishedDay))

        let checkedAt = finished.addingTimeInterval(100 * 86_400)
        let checked = try Walkthrough.reduce(state, .recordRecheck([RecheckAnswer(stepId: "toggle", answer: .yes)]), now: checkedAt).state
        #expect(schedule.nextDueDay(checked.progress, guide: formGuide, zone: .utc) == CalendarDay.adding(90, to: LocalZone.utc.day(checkedAt)))
        #expect(RecheckSchedule().nextDueDay(WalkthroughProgress(fresh: formGuide, at: t0), guide: formGuide, zone: .utc) == nil,
                "nothing before the end")
    }

    @Test func theQuestionsAreTheVerificationStepsThatApply() throws {
        let state = try finishedWaiting()
        #expect(RecheckSchedule.questions(guide: formGuide, progress: state.progress).map(\.id) == ["toggle", "form"])
        let received = try Walkthrough.reduce(
            state, .recordRecheck([RecheckAnswer(stepId: "form", answer: .yes)]), now: t0).state
        // The form is done now, and its question is asked only while waiting.
        #expect(RecheckSchedule.questions(guide: formGuide, progress: received.progress).map(\.id) == ["toggle"])
    }

    @Test func yesOnAWaitingStepMarksItDoneAndCompletesTheChecklist() throws {
        let state = try finishedWaiting()
        #expect(!state.progress.isComplete)
        let at = t0.addingTimeInterval(86_400 * 10)
        let after = try Walkthrough.reduce(
            state, .recordRecheck([RecheckAnswer(stepId: "toggle", answer: .yes), RecheckAnswer(stepId: "form", answer: .yes)]),
            now: at
        ).state
        #expect(after.progress.isComplete)
        #expect(after.progress.completedAt == at)
        #expect(after.progress.record("form")?.confirmedAt == at)
        #expect(after.progress.rechecks?.count == 1)
        #expect(after.progress.rechecks?.first?.checkedAt == at)
        #expect(after.phase == state.phase)
    }

    @Test func noOnTheSettingReopensItAndResumeGoesThere() throws {
        var state = try finishedWaiting()
        state = try Walkthrough.reduce(state, .recordRecheck([RecheckAnswer(stepId: "form", answer: .yes)]), now: t0).state
        #expect(state.progress.isComplete)
        let after = try Walkthrough.reduce(
            state, .recordRecheck([RecheckAnswer(stepId: "toggle", answer: .no)]), now: t0.addingTimeInterval(60)).state
        #expect(after.progress.record("toggle")?.status == .pending)
        #expect(!after.progress.isComplete)
        #expect(after.progress.currentStepId == "toggle")
        let begun = WalkthroughState.begin(guide: formGuide, saved: after.progress, now: t0)
        #expect(begun.phase == .offeringResume)
        #expect(try Walkthrough.reduce(begun, .resume, now: t0).state.currentStep?.id == "toggle")
    }

    @Test func noOnAWaitingFormKeepsItWaiting() throws {
        let state = try finishedWaiting()
        let after = try Walkthrough.reduce(state, .recordRecheck([RecheckAnswer(stepId: "form", answer: .no)]), now: t0).state
        #expect(after.progress.record("form")?.status == .waiting)
        #expect(after.progress.rechecks?.first?.answers == [RecheckAnswer(stepId: "form", answer: .no)])
    }

    @Test func theSuggestionAppearsOnlyWhenDue() throws {
        let state = try finishedWaiting()
        let done = try Walkthrough.reduce(state, .recordRecheck([RecheckAnswer(stepId: "form", answer: .yes)]), now: t0).state
        let early = RunContext(statePath: "/p", startedAt: t0.addingTimeInterval(30 * 86_400), zone: .utc)
        #expect(early.recheckSuggestion(for: done.progress, guide: formGuide) == nil)
        let late = RunContext(statePath: "/p", startedAt: t0.addingTimeInterval(120 * 86_400), zone: .utc)
        #expect(late.recheckSuggestion(for: done.progress, guide: formGuide)?.contains("It has been 120 days since you last checked.") == true)
    }
}

@Suite("Calendar reminder")
struct RecheckCalendarTests {
    /// Unfolds RFC 5545 content lines, checking CRLF endings and the 75-octet limit on the way.
    func unfold(_ text: String) throws -> [String] {
        #expect(text.hasSuffix("\r\n"))
        let physical = text.components(separatedBy: "\r\n").dropLast()
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "bare LF")
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"), "bare CR")
        var lines: [String] = []
        for line in physical {
            #expect(line.utf8.count <= 75, "line over 75 octets: \(line)")
            if line.hasPrefix(" ") {
                lines[lines.count - 1] += line.dropFirst()
            } else {
                lines.append(line)
            }
        }
        return lines
    }

    @Test func theEventIsValidICalendar() throws {
        var guide = Guide.linkedInAITraining
        guide.steps[guide.index(ofStep: "turn-off-genai")!].title = "Turn it off — 設定をオフにする, with commas; semicolons\\ and a very long title to force folding ✓✓✓"
        let text = RecheckCalendar.ics(day: "2027-02-28", now: t0, guide: guide, uid: "u-1@optout.invalid")
        let lines = try unfold(text)
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.last == "END:VCALENDAR")
        for required in ["VERSION:2.0", "PRODID:", "BEGIN:VEVENT", "UID:u-1@optout.invalid", "DTSTAMP:", "END:VEVENT"] {
            #expect(lines.contains { $0.hasPrefix(required) }, "\(required)")
        }
        #expect(lines.filter { $0.hasPrefix("BEGIN:") }.count == lines.filter { $0.hasPrefix("END:") }.count)
        #expect(lines.contains("DTSTAMP:20261130T005320Z"))
        // An all-day event on the day it is due, with its alarm at 09:00 in the calendar's own time:
        // never a UTC time that rings at 01:00 in California.
        #expect(lines.contains("DTSTART;VALUE=DATE:20270228"))
        #expect(lines.contains("DTEND;VALUE=DATE:20270301"))
        #expect(lines.contains("TRIGGER:PT9H"))
        #expect(!lines.contains { ($0.hasPrefix("DTSTART") || $0.hasPrefix("DTEND")) && $0.hasSuffix("Z") })
        let description = try #require(lines.first { $0.hasPrefix("DESCRIPTION:Check") })
        #expect(description.contains("設定をオフにする\\, with commas\\; semicolons\\\\ and"))
        #expect(description.contains("https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"))
        // Folding never splits a UTF-8 character, and no line is longer than 75 octets.
        for line in text.components(separatedBy: "\r\n") {
            #expect(String(validating: line.utf8, as: UTF8.self) != nil)
            #expect(line.utf8.count <= 75, "\(line)")
        }
    }

    @Test func textValuesDropControlCharacters() {
        #expect(RecheckCalendar.escape("a\u{1B}[2Jb\u{9B}c\nd") == "a[2Jbc\\nd")
    }
}

extension DraftForm {
    /// The form at `question`.
    func asking(_ question: Question) -> DraftForm {
        var form = self
        form.question = question
        return form
    }
}
