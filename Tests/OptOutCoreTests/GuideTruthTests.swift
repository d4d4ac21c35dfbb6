import Foundation
import OptOutTestSupport
import Testing

@testable import OptOutCore

/// LinkedIn's labels in the member's language, the stale-guide warning, the report of screens that
/// differ, and the LinkedIn language given on the command line.
@Suite("Labels in the member's language")
struct LabelTests {
    let labels: [String: [String: LabelWording]] = [
        "privacy": [
            "en": LabelWording(.official, ["Data privacy"], sources: ["s"]),
            "de": LabelWording(.agreed, ["Datenschutz"], sources: ["s"]),
            "fr": LabelWording(.single, ["Confidentialité"], sources: ["s"]),
            "es": LabelWording(.single, ["Uno", "Otro"], sources: ["s"]),
            "nl": .notFound,
        ],
        "other": ["en": LabelWording(.single, ["Other"], sources: ["s"])],
    ]

    func resolver(_ language: LinkedInLanguage) -> LabelResolver {
        LabelResolver(labels: labels, language: language, lastVerified: "2026-11-29")
    }

    @Test func prose() {
        #expect(resolver(.en).resolve("Click {privacy}.") == "Click \"Data privacy\".")
        #expect(resolver(.de).resolve("Click {privacy}.") == "Click \"Datenschutz\" (\"Data privacy\").")
        #expect(resolver(.fr).resolve("Click {privacy}.") == "Click \"Confidentialité\" (\"Data privacy\"; not verified).")
        #expect(resolver(.es).resolve("Click {privacy}.") == "Click \"Uno\" or \"Otro\" (\"Data privacy\"; not verified).")
        #expect(resolver(.nl).resolve("Click {privacy}.") == "Click \"Data privacy\" (Dutch wording not known).")
        // A language the label has no entry for is not known either.
        #expect(resolver(.it).resolve("{privacy}!") == "\"Data privacy\" (Italian wording not known)!")
        #expect(resolver(.en).resolve("Pick {other}.") == "Pick \"Other\" (not verified).")
        #expect(resolver(.pt).resolve("Pick {other}.") == "Pick \"Other\" (not verified; Portuguese wording not known).")
    }

    @Test func aTextThatIsOnlyALabelDropsTheQuotes() {
        #expect(resolver(.de).resolve("{privacy}") == "Datenschutz (\"Data privacy\")")
        #expect(resolver(.es).resolve("{privacy}") == "Uno / Otro (\"Data privacy\"; not verified)")
        #expect(resolver(.en).resolve("{privacy}") == "Data privacy")
    }

    @Test func otherBracesAndTheLastVerifiedDate() {
        #expect(resolver(.de).resolve("Checked on {lastVerified}.") == "Checked on 2026-11-29.")
        #expect(resolver(.de).resolve("{unknown} and {privacy") == "{unknown} and {privacy")
        #expect(resolver(.de).resolve("{ privacy } {}") == "{ privacy } {}")
        #expect(resolver(.de).resolve("{privacy}{privacy}") == "\"Datenschutz\" (\"Data privacy\")\"Datenschutz\" (\"Data privacy\")")
        #expect(LabelResolver.references(in: "a {b-1} {C} {} {x").map(\.key) == ["b-1", "C"])
    }

    @Test func languagesAreTheSevenCodesEnglishFirst() {
        #expect(LinkedInLanguage.allCases.map(\.rawValue) == ["en", "de", "fr", "nl", "es", "it", "pt"])
        #expect(LinkedInLanguage.codeList.hasPrefix("en (English), de (German), fr (French)"))
        var progress = WalkthroughProgress(fresh: .linkedInAITraining, at: t0)
        #expect(progress.linkedInLanguage == nil)
        progress.answers["linkedInLanguage"] = "fr"
        #expect(progress.linkedInLanguage == .fr)
    }

    @Test(arguments: LinkedInLanguage.allCases)
    func everyStepShowsTheLabelsOfTheMembersLanguage(language: LinkedInLanguage) throws {
        let guide = Guide.linkedInAITraining
        var state = WalkthroughState.begin(guide: guide, saved: nil, now: t0)
        state = try run([.markDone, .choose("web"), .choose(language.rawValue)], from: state)
        for index in guide.steps.indices {
            for platform in Platform.allCases {
                let content = StepContent(guide: guide, index: index, platform: platform, region: .euEEA, language: language)
                let shown = ([content.title] + content.body + content.breadcrumbs.flatMap(\.lines)
                    + content.instructions.flatMap(\.lines) + [content.expected ?? "", content.link?.label ?? ""]
                    + content.regionNotes + content.unverified).joined(separator: "\n")
                #expect(!shown.contains("{"), "step \(guide.steps[index].id) in \(language.rawValue)")
            }
        }
        // The state's own content follows the answer.
        let onLimits = try run([.choose("eu-eea"), .markDone, .markDone], from: state)
        let content = try #require(StepContent(state: onLimits))
        #expect(content.title == "Open the setting for generative AI")
        let setting = try #require(guide.labels["genai-setting"]?[language.rawValue]?.wording.first)
        #expect(content.body.joined().contains("\"\(setting)\""))
    }
}

@Suite("A guide that says when it may be stale")
struct GuideAgeTests {
    let guide = Guide.linkedInAITraining
    /// Midnight UTC, `days` days after the guide was last verified, plus `hours`.
    func day(_ days: Int, hours: Double = 0) -> Date {
        let parts = guide.lastVerified.split(separator: "-").compactMap { Int($0) }
        let verified = TimeText.date(year: parts[0], month: parts[1], day: parts[2])!
        return verified.addingTimeInterval(Double(days) * 86_400 + hours * 3600)
    }

    @Test func bothSidesOfTheLimit() {
        #expect(GuideAge(guide: guide, now: day(0)).days == 0)
        #expect(!GuideAge(guide: guide, now: day(180, hours: 23)).isStale)
        #expect(GuideAge(guide: guide, now: day(180, hours: 23)).warning == nil)
        #expect(GuideAge(guide: guide, now: day(181)).isStale)
        #expect(GuideAge(guide: guide, now: day(30), staleDays: 29).isStale)
        #expect(!GuideAge(guide: guide, now: day(30), staleDays: 30).isStale)
        #expect(!GuideAge(guide: guide, now: day(-400)).isStale, "a clock before the guide is not stale")
    }

    @Test func theWarningSaysHowOldWhyAndWhatToDo() throws {
        let warning = try #require(GuideAge(guide: guide, now: day(200)).warning)
        #expect(warning.contains("last verified on \(guide.lastVerified), 200 days ago"))
        #expect(warning.contains("LinkedIn may have changed"))
        #expect(warning.contains("newer version of optout"))
        #expect(warning.contains("--guide FILE"))
    }

    func progress() throws -> WalkthroughProgress {
        try run([.markDone, .choose("web")], from: .begin(guide: guide, saved: nil, now: t0)).progress
    }

    @Test func statusSummaryAndGuideSayItPastTheLimitOnly() throws {
        for (days, stale) in [(180, false), (181, true)] {
            var report = ProgressReport(guide: guide, saved: try progress(), zone: .utc, now: nil)
            report.guideAge = GuideAge(guide: guide, now: day(days))
            let line = StatusRenderer.line(report)
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(StatusRenderer.json(report, stateFile: "/p").utf8)) as? [String: Any])
            #expect(json["guideStale"] as? Bool == stale)
            #expect(json["guideLastVerified"] as? String == guide.lastVerified)
            #expect(line.contains("LinkedIn may have changed") == stale, "\(days) days")
            #expect(!line.contains("\n"), "the status is one line")
            for format in [SummaryFormat.text, .markdown] {
                let text = SummaryRenderer.render(report, format: format).replacingOccurrences(of: "\n", with: " ")
                #expect(text.contains("LinkedIn may have changed") == stale)
            }
            for format in GuideFormat.allCases {
                let printed = GuideRenderer.render(guide, format: format, age: GuideAge(guide: guide, now: day(days)))
                #expect(printed.replacingOccurrences(of: "\n", with: " ").contains("days ago, and LinkedIn may have changed") == stale)
            }
            let context = RunContext(statePath: "/p", startedAt: t0, zone: .utc, guideWarning: GuideAge(guide: guide, now: day(days)).warning)
            #expect((context.guideWarning != nil) == stale)
        }
    }
}

@Suite("optout report")
struct CorrectionReportTests {
    let guide = Guide.linkedInAITraining
    let hostile = "no entry\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}[2J <b>*x*</b> `y` \u{202E}evil"

    func walked() throws -> WalkthroughProgress {
        let state = try run(
            [.markDone, .choose("web"), .choose("fr"), .choose("eu-eea"), .markDone, .reportScreenDiffers(hostile),
             .setNote("private note"), .markDone, .skip(reason: "could not find it"), .markDone, .markDone,
             .setDraft(ObjectionDraft(uses: [.moderation], name: "Ana Souza", email: "ana@example.org")),
             .recordSent(on: "2026-11-29", reference: "REF-4711"), .skip(reason: "not wanted")],
            from: .begin(guide: guide, saved: nil, now: t0))
        #expect(state.progress.record("objection-form")?.confirmation == "REF-4711")
        return state.progress
    }

    @Test func theReportHoldsWhatDifferedAndNothingPrivate() throws {
        let progress = try walked()
        let text = CorrectionReport.markdown(guide: guide, progress: progress, version: "9.9.9")
        #expect(text.contains("- optout version: 9.9.9"))
        #expect(text.contains("- Guide: `linkedin-ai-training` \(guide.version), last verified \(guide.lastVerified)"))
        #expect(text.contains("- Platform: Desktop web browser (`web`)"))
        #expect(text.contains("- LinkedIn language: Français (French) (`fr`)"))
        let number = guide.index(ofStep: "open-data-privacy")! + 1
        #expect(text.contains("### Step \(number) of \(guide.steps.count): Open the data privacy settings (`open-data-privacy`)"))
        #expect(text.contains("- Recorded: 2026-11-30 "))
        #expect(text.contains("open-genai-setting`), skipped: could not find it"))
        #expect(text.contains("related-settings`), not needed: not wanted"))
        for secret in ["Ana Souza", "ana@example.org", "REF-4711", "private note", "I object", "eu-eea"] {
            #expect(!text.contains(secret), "the report carries \(secret)")
        }
        #expect(text.contains("Send this report to the people who keep this guide"))
    }

    /// The report says what it holds: the texts typed about screens and skips, word for word, and
    /// nothing else typed; never that it holds no email address when a reason may name one.
    @Test func theReportPromisesOnlyWhatIsTrue() throws {
        let progress = try run([.markDone, .reportScreenDiffers("it says Data for AI"), .skip(reason: "ask me at ana@example.org")],
                               from: .begin(guide: guide, saved: nil, now: t0)).progress
        let text = CorrectionReport.markdown(guide: guide, progress: progress)
        #expect(text.contains("ask me at ana@example.org"), "the reason is in the report, as typed")
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("It holds what you typed about the screens that differed and your reasons for skipping steps, word for word"))
        #expect(!flat.contains("holds no name, email address"))
        let hint = try #require(CorrectionReport.hint(guide: guide, progress: progress))
        #expect(hint.contains("your reasons for skipping steps, as you typed them"), "\(hint)")
        #expect(!hint.contains("without your name, email"))
    }

    /// The report ends with where to send it: the guide's `reportTo`, or, when the guide names no place,
    /// who gave the guide file.
    @Test func theReportEndsWithWhereToSendIt() throws {
        let progress = try run([.markDone, .reportScreenDiffers("it says Data for AI")], from: .begin(guide: guide, saved: nil, now: t0)).progress
        var named = guide
        named.reportTo = "https://example.org/optout/reports"
        #expect(CorrectionReport.markdown(guide: named, progress: progress).hasSuffix("\nSend this report to https://example.org/optout/reports.\n"))
        #expect(try #require(CorrectionReport.hint(guide: named, progress: progress)).hasSuffix("send it to https://example.org/optout/reports."))
        var unnamed = guide
        unnamed.reportTo = nil
        let last = CorrectionReport.markdown(guide: unnamed, progress: progress).split(separator: "\n").last
        #expect(last == "This guide names no place to send reports to: send it to whoever gave you the guide file.")
        #expect(try #require(CorrectionReport.hint(guide: unnamed, progress: progress)).hasSuffix("send it to whoever gave you the guide file."))
    }

    @Test func hostileTextStaysHarmless() throws {
        let text = CorrectionReport.markdown(guide: guide, progress: try walked())
        for scalar in text.unicodeScalars where scalar != "\n" {
            #expect(!TerminalSafeText.needsReplacing(scalar), "U+\(String(scalar.value, radix: 16))")
        }
        #expect(text.contains("\\<b\\>\\*x\\*\\</b\\> \\`y\\`"), "Markdown in what the member saw is escaped")
    }

    @Test func whenNothingDifferedItSaysSo() throws {
        let progress = try run([.markDone], from: .begin(guide: guide, saved: nil, now: t0)).progress
        let text = CorrectionReport.markdown(guide: guide, progress: progress)
        #expect(text.contains("None: no step is marked \"screen differs\"."))
        #expect(text.contains("- Platform: not answered"))
        #expect(CorrectionReport.hint(guide: guide, progress: progress) == nil)
    }

    @Test func theEndOfAWalkthroughSaysWhereToSendIt() throws {
        let hint = try #require(CorrectionReport.hint(guide: guide, progress: try walked()))
        #expect(hint.contains("on 1 step."))
        #expect(hint.contains("`optout report`"))
        #expect(hint.contains("send it to the people who keep this guide"))
    }
}

@Suite("The LinkedIn language given on the command line")
struct PresetLanguageTests {
    let guide = Guide.linkedInAITraining
    let preset = ["linkedInLanguage": "de"]
    var languageStep: Int { guide.index(ofStep: "linkedin-language")! }

    @Test func theAnswerIsRecordedAndTheQuestionPassedBy() throws {
        let start = WalkthroughState.begin(guide: guide, saved: nil, now: t0, presetAnswers: preset)
        #expect(start.progress.linkedInLanguage == .de)
        #expect(start.progress.record("linkedin-language")?.status == .done)
        let afterPlatform = try run([.markDone, .choose("web")], from: start)
        #expect(afterPlatform.currentStep?.id == "region", "the question is not asked")
        // Going back still reaches it, and the member can change the answer there.
        let back = try run([.back], from: afterPlatform)
        #expect(back.currentStep?.id == "linkedin-language")
        let changed = try run([.choose("fr")], from: back)
        #expect(changed.progress.linkedInLanguage == .fr)
        #expect(changed.currentStep?.id == "region")
    }

    @Test func savedProgressTakesTheAnswerAndResumePassesTheQuestionBy() throws {
        // Progress saved with the guide before the language step: the new step is pending.
        var old = try run([.markDone, .choose("app")], from: .begin(guide: guide, saved: nil, now: t0)).progress
        old.steps.removeAll { $0.id == "linkedin-language" }
        old.guideVersion = "1.0.0"
        old.currentStepId = "linkedin-language"
        let without = WalkthroughState.begin(guide: guide, saved: old, now: t0)
        #expect(without.progress.record("linkedin-language")?.status == .pending)
        #expect(without.guideChanges.addedStepIds == ["linkedin-language"])
        #expect(without.guideChanges.explanation(in: guide).contains {
            $0.contains("marked still to do: 3. Which language is your LinkedIn in?")
        })
        let with = WalkthroughState.begin(guide: guide, saved: old, now: t0, presetAnswers: preset)
        #expect(with.progress.linkedInLanguage == .de)
        #expect(with.progress.currentStepId == "region")
        let resumed = try run([.resume], from: with)
        #expect(resumed.currentStep?.id == "region")
    }

    @Test func startingOverKeepsTheAnswer() throws {
        var saved = try run([.markDone, .choose("web"), .choose("en")], from: .begin(guide: guide, saved: nil, now: t0)).progress
        saved.currentStepId = "sign-in"
        let offered = WalkthroughState.begin(guide: guide, saved: saved, now: t0, presetAnswers: preset)
        #expect(offered.phase == .offeringResume)
        let fresh = try run([.startOver], from: offered)
        #expect(fresh.progress.linkedInLanguage == .de)
        #expect(fresh.progress.record("platform")?.status == .pending)
    }

    @Test func anAnswerTheGuideDoesNotOfferIsLeftOut() {
        let state = WalkthroughState.begin(guide: guide, saved: nil, now: t0, presetAnswers: ["linkedInLanguage": "pl"])
        #expect(state.progress.linkedInLanguage == nil)
        #expect(state.progress.record("linkedin-language")?.status == .pending)
    }

    @Test func completeProgressStaysCompleteWithTheNewAnswer() throws {
        var state = WalkthroughState.begin(guide: guide, saved: nil, now: t0)
        while let step = state.currentStep {
            state = try Walkthrough.reduce(state, step.completingEvent(), now: t0).state
        }
        #expect(state.progress.isComplete)
        let again = WalkthroughState.begin(guide: guide, saved: state.progress, now: t0, presetAnswers: ["linkedInLanguage": "it"])
        #expect(again.phase == .finished)
        #expect(again.progress.linkedInLanguage == .it)
    }
}

@Suite("Regional lines read as sentences")
struct RegionSentenceTests {
    @Test func conditions() {
        #expect(Region.condition([.euEEA]) == "If you live in the EU or EEA")
        #expect(Region.condition([.canada, .hongKong]) == "If you live in Canada or Hong Kong")
        #expect(Region.condition([.euEEA, .switzerland, .uk]) == "If you live in the EU or EEA, Switzerland or the UK")
        #expect(Region.condition([.elsewhere]) == "If you live outside the EU or EEA, Switzerland, the UK, Canada and Hong Kong")
        #expect(Region.condition([.canada, .hongKong, .elsewhere]) == "If you live outside the EU or EEA, Switzerland and the UK")
        #expect(Region.condition(Region.allCases) == "Wherever you live")
    }

    @Test func headingsAreRuledTheSameWhateverTheTitle() throws {
        // A rule the width of the text, not of the title: a title in wide characters is not underlined by half.
        var guide = Guide.linkedInAITraining
        guide.steps[0].title = "設定をオフにする"
        let lines = GuideRenderer.render(guide, format: .text).split(separator: "\n", omittingEmptySubsequences: false)
        let heading = try #require(lines.firstIndex { $0.hasSuffix("設定をオフにする") })
        #expect(lines[heading + 1] == Substring(String(repeating: "-", count: 78)))
    }

    @Test func thePrintedGuideNeverSaysInElsewhere() {
        for format in GuideFormat.allCases {
            let text = GuideRenderer.render(.linkedInAITraining, format: format)
            #expect(!text.contains("live in elsewhere"))
            #expect(!text.contains("live in Canada, Hong Kong:"))
            #expect(text.contains("If you live in Canada or Hong Kong:"))
        }
    }
}
