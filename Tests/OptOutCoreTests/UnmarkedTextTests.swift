import Foundation
import OptOutTestSupport
import Testing
@testable import OptOutCore

/// Under the pseudo-locale every message of the catalogue is wrapped in `⟦ ⟧`: a word outside the
/// markers that is not data (an id, a date, a link, LinkedIn's label, what the member typed) did not
/// go through the catalogue and would stay English in every language.
@Suite("No unmarked text in the core's sentences")
struct UnmarkedTextTests {
    let english = Guide.linkedInAITraining

    /// The text outside the pseudo-locale's markers; a marked message inside another counts as marked.
    static func unmarked(_ text: String) -> String {
        var depth = 0
        var out = ""
        for character in text {
            if String(character) == PseudoLocale.start {
                depth += 1
                out.append(" ")
            } else if String(character) == PseudoLocale.end {
                depth = max(0, depth - 1)
                out.append(" ")
            } else if depth == 0 {
                out.append(character)
            }
        }
        return out
    }

    /// The words outside the markers that are not in `data`: links are left out whole, and the rest is
    /// read as runs of letters (`steps[2]`, `2026-11-29 10:00` and Markdown's marks have none).
    static func strayWords(_ text: String, data: Set<String>) -> [String] {
        unmarked(text).split(whereSeparator: \.isWhitespace)
            .filter { !$0.contains("://") }
            .flatMap { $0.split(whereSeparator: { !$0.isLetter }) }
            .map { String($0) }
            .filter { !data.contains($0.lowercased()) }
    }

    /// The words that are data, never messages: the guide's ids, LinkedIn's labels in every language,
    /// what the member typed here, the time zone's name, and the x of the done mark `[x]`.
    func data(typed: [String]) -> Set<String> {
        var texts = [english.id] + english.steps.map(\.id) + typed + ["UTC", "x"]
        for languages in english.labels.values {
            for wording in languages.values { texts += wording.wording }
        }
        for step in english.steps { texts += step.choice?.options.map(\.id) ?? [] }
        return Set(texts.flatMap { $0.split(whereSeparator: { !$0.isLetter }) }.map { $0.lowercased() })
    }

    static let typed = ["Zzq note", "Zzq differs", "Zzq reason", "Zzq ref", "Zzq retired"]

    /// A walked checklist with something of everything the summary and the report show: answers,
    /// notes, a screen that differed, a skipped step with its reason, a form sent and its confirmation,
    /// a re-check, and a step no longer in the guide.
    func walked(region: String, language: String, finish: Bool) throws -> WalkthroughProgress {
        var events: [WalkthroughEvent] = [
            .markDone, .choose("web"), .choose(language), .choose(region), .setNote("Zzq note"),
            .reportScreenDiffers("Zzq differs"), .markDone, .skip(reason: "Zzq reason"), .markDone, .markDone, .markDone,
            .recordSent(on: "2026-11-29", reference: "Zzq ref"),
        ]
        if finish {
            events += [.back, .confirmReceived(reference: nil), .skip(reason: "Zzq reason"), .markDone]
        }
        var progress = try run(events, from: .begin(guide: english, saved: nil, now: t0)).progress
        progress.retiredSteps = [StepRecord(id: "old-step", status: .skipped, reason: "Zzq retired", sentOn: "2026-11-01")]
        if finish {
            progress.rechecks = [RecheckRecord(checkedAt: t0.addingTimeInterval(86_400), answers: english.steps.compactMap { step in
                step.recheck.map { _ in RecheckAnswer(stepId: step.id, answer: .yes) }
            })]
        }
        return progress
    }

    /// Every checklist the test reads: finished and not, in the EU and the UK, LinkedIn in English and German.
    func checklists() throws -> [(String, WalkthroughProgress)] {
        try [("eu-eea", "en", true), ("uk", "de", false), ("eu-eea", "de", true), ("elsewhere", "en", false)].map { region, language, finish in
            ("\(region) \(language) \(finish ? "finished" : "unfinished")", try walked(region: region, language: language, finish: finish))
        }
    }

    @Test func theSummaryStatusAndReportShowNoUnmarkedText() throws {
        let data = data(typed: Self.typed + ["old-step"])
        try InterfaceLanguage.$current.withValue(.pseudo) {
            let guide = english.localized()
            for (name, progress) in try checklists() {
                // A year on: the guide may be stale and the re-check is overdue.
                let later = t0.addingTimeInterval(400 * 86_400)
                var report = ProgressReport(guide: guide, saved: progress, zone: .utc, now: later)
                report.guideAge = GuideAge(guide: guide, now: later)
                #expect(report.guideAge?.warning != nil)
                var shown = [
                    ("summary", SummaryRenderer.render(report, format: .text, width: .max)),
                    ("summary markdown", SummaryRenderer.render(report, format: .markdown)),
                    ("status", StatusRenderer.line(report)),
                    ("report", CorrectionReport.markdown(guide: guide, progress: progress)),
                    ("report hint", CorrectionReport.hint(guide: guide, progress: progress) ?? ""),
                    ("resume offer", Messages.resumeOffer(report)),
                ]
                for fact in progress.steps.flatMap({ $0.facts(in: .utc) }) { shown.append(("recorded", fact.label + " " + fact.text)) }
                for (what, text) in shown {
                    #expect(!text.isEmpty || what == "report hint", "\(name), \(what)")
                    let stray = Self.strayWords(text, data: data)
                    #expect(stray.isEmpty, "\(name), \(what): \(stray) in\n\(text)")
                }
            }
        }
    }

    /// Each form at each of its questions, and each question again with a refused answer's problem.
    func prompts() -> [(String, FormPrompt)] {
        let record = StepRecord(id: "objection-form", status: .waiting, sentOn: "2026-11-29", confirmation: "Zzq ref")
        var forms: [(String, StepForm)] = [LineForm.Purpose.note, .skipReason, .notNeededReason, .screenDiffers(guideVersion: "1.2.0")].map { ("line \($0)", .line(LineForm(purpose: $0, current: nil))) }
        forms += [
            ("draft text", .draftText(DraftTextForm(draft: ObjectionDraft(), region: .euEEA))),
            ("sent, the day", .sent(SentForm(reference: "the email subject or reference", record: StepRecord(id: "objection-form"), today: "2026-11-30"))),
            ("sent, again", .sent(SentForm(reference: "the email subject or reference", record: record, today: "2026-11-30"))),
            ("received", .received(ReceivedForm(reference: "the email subject or reference", known: "Zzq ref"))),
            ("received, none known", .received(ReceivedForm(reference: "the email subject or reference", known: nil))),
            ("start over", .startOver(StartOverForm())),
            ("what happened", .sendOutcome(SendOutcomeForm(reference: "the email subject or reference", record: record, today: "2026-11-30", optional: true))),
        ]
        // The draft's questions, in order; with a saved German draft the language question comes too,
        // and a hand-edited text asks whether to keep the edit.
        let saved = ObjectionDraft(uses: [.personalization], name: "Zzq", email: "zzq@example.org", editedText: "Zzq", language: .de)
        var draft = DraftForm(saved: saved)
        for question in [DraftForm.Question.uses, .name, .email, .language, .keepEdit] {
            draft.question = question
            forms.append(("draft \(question)", .draft(draft)))
        }
        forms.append(("draft name, none yet", .draft(DraftForm(saved: nil).asking(.name))))
        forms.append(("draft email, none yet", .draft(DraftForm(saved: nil).asking(.email))))

        var prompts: [(String, FormPrompt)] = []
        for (name, form) in forms {
            prompts.append((name, form.prompt))
            // A nonsense answer: the problems of the forms that refuse it.
            if case let .ask(again) = form.next(.text("zzq nonsense 99")), again.prompt.problem != nil {
                prompts.append((name + ", refused", again.prompt))
            }
            // A day after today and one before LinkedIn, for the day's form.
            for day in ["2999-01-01", "1990-01-01"] {
                if case let .ask(again) = form.next(.text(day)), let problem = again.prompt.problem, !prompts.contains(where: { $0.1.problem == problem }) {
                    prompts.append((name + ", \(day)", again.prompt))
                }
            }
        }
        return prompts
    }

    @Test func everyFormsPromptsShowNoUnmarkedText() {
        // The member's words and the guide's (which the pseudo-locale marks through the guide) aside.
        let data = data(typed: ["Zzq", "zzq@example.org", "Zzq ref", "the email subject or reference", "zzq nonsense"])
        InterfaceLanguage.$current.withValue(.pseudo) {
            let prompts = prompts()
            #expect(prompts.count > 20)
            #expect(prompts.contains { $0.0 == "draft language" })
            for (name, prompt) in prompts {
                var texts = [prompt.question] + (prompt.problem.map { [$0] } ?? [])
                switch prompt.input {
                case .line: break
                case let .pickOne(options, _), let .pickMany(options, _): texts += options
                }
                for text in texts {
                    #expect(text.contains(PseudoLocale.start), "\(name): \(text)")
                    let stray = Self.strayWords(text, data: data)
                    #expect(stray.isEmpty, "\(name): \(stray) in \(text)")
                }
            }
        }
    }
}
