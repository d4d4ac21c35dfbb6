import Foundation
import OptOutTestSupport
import Testing
@testable import OptOutCore

@Suite("Summary, status and printed guide")
struct SummaryTests {
    let guide = Guide.linkedInAITraining

    /// The built-in guide walked with fixed answers and times, stopping after `count` answers.
    func walked(_ answers: [WalkthroughEvent]) throws -> WalkthroughProgress {
        try run(answers, from: .begin(guide: guide, saved: nil, now: t0)).progress
    }

    var completeAnswers: [WalkthroughEvent] {
        [.markDone, .choose("web"), .choose("en"), .choose("eu-eea"), .markDone, .markDone, .markDone, .setNote("Shows Off now"),
         .markDone, .markDone, .setNote("Submitted; email subject \"Your request\" ref 12345"),
         .confirmReceived(reference: nil, sentOn: "2026-11-29"), .skip(reason: "not wanted"), .markDone]
    }

    var unfinishedAnswers: [WalkthroughEvent] {
        [.markDone, .choose("app"), .choose("de"), .choose("uk"), .markDone, .markDone, .skip(reason: "could not find it"),
         .markDone, .markDone, .recordSent(on: "2026-11-29", reference: nil)]
    }

    /// "Step 7" for a step id: numbers come from the guide.
    func number(_ id: String) -> Int { (guide.index(ofStep: id) ?? -1) + 1 }

    @Test func theSummarySaysWhatIsLeftAndTheCaveats() throws {
        let text = SummaryRenderer.render(ProgressReport(guide: guide, saved: try walked(unfinishedAnswers), zone: .utc, now: nil), format: .text)
        // Long lines are wrapped; their words are looked for with the line breaks as spaces.
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Not finished: 8 of \(guide.steps.count) steps done; 4 left."))
        let skipped = "\(number("open-genai-setting")). Open the setting for generative AI (skipped)"
        #expect(text.contains("Still to do\n  - \(skipped)\n  - \(number("objection-form"))."))
        #expect(text.contains("(reason: could not find it)"))
        #expect(text.contains("Opting out does not undo training that already happened."))
        #expect(flat.contains("Platform: LinkedIn mobile app · LinkedIn language: Deutsch (German) · Region: United Kingdom"))
        // The caveats name LinkedIn's labels in the member's language.
        #expect(flat.contains("\"Daten zur Verbesserung generativer KI\" (\"Data for Generative AI Improvement\")"))
        #expect(flat.contains("\"Data Processing Objection Form\" (German wording not known)"))
    }

    @Test func theJSONIsTheSameInEveryInterfaceLanguage() throws {
        // LinkedIn in German, on a checklist with a label whose German wording is not known.
        let progress = try walked(unfinishedAnswers)
        let json = { SummaryRenderer.render(ProgressReport(guide: guide, saved: progress, zone: .utc, now: t0), format: .json) }
        let english = json()
        #expect(english.contains("(German wording not known)"))
        for language in [InterfaceLanguage.language(.de), .language(.fr), .pseudo] {
            #expect(InterfaceLanguage.$current.withValue(language) { json() } == english, "\(language)")
        }
    }

    @Test(arguments: SummaryFormat.allCases)
    func theRecordNamesTheSettingInTheMembersLanguageWithWhereToFindIt(format: SummaryFormat) throws {
        // German, on the app: the setting confirmed Off.
        let answers: [WalkthroughEvent] = [.markDone, .choose("app"), .choose("de"), .choose("eu-eea"), .markDone, .markDone,
                                           .markDone, .markDone]
        let progress = try walked(answers)
        #expect(progress.record("turn-off-genai")?.status == .done)
        let text = SummaryRenderer.render(ProgressReport(guide: guide, saved: progress, zone: .utc, now: nil), format: format, width: .max)
        let line: String
        if format == .json {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            line = try #require((object["record"] as? [String])?.first)
        } else {
            line = try #require(text.split(separator: "\n").first { $0.contains("confirmed") }.map(String.init))
        }
        for part in [
            "in the setting \"Daten zur Verbesserung generativer KI\" (\"Data for Generative AI Improvement\")",
            "find it at Profile picture → Einstellungen (\"Settings\") → Datenschutz (\"Data privacy\")",
            "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
        ] {
            let shown = format == .markdown ? line.replacingOccurrences(of: "\\", with: "") : line
            #expect(shown.contains(part), "\(format): \(line)")
        }
    }

    @Test func onTheWebsiteOrWithNoPlatformTheRecordGivesTheWebsitesPath() throws {
        let english = try walked([.markDone, .choose("web"), .choose("en"), .choose("elsewhere"), .markDone, .markDone, .markDone, .markDone])
        let report = ProgressReport(guide: guide, saved: english, zone: .utc, now: nil)
        let line = try #require(report.recordLines.first)
        #expect(line.hasPrefix("\"Use my data for training content creation AI models\" switched to \"Off\" "
            + "in the setting \"Data for Generative AI Improvement\": confirmed "))
        #expect(line.hasSuffix("; find it at Me → Settings & Privacy → Data privacy → Data for Generative AI Improvement, "
            + "or https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"))
        var noPlatform = english
        noPlatform.answers["platform"] = nil
        #expect(ProgressReport(guide: guide, saved: noPlatform, zone: .utc, now: nil).recordLines.first == line)
    }

    @Test func jsonSummaryHasStableKeys() throws {
        let text = SummaryRenderer.render(ProgressReport(guide: guide, saved: try walked(unfinishedAnswers), zone: .utc, now: nil), format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["complete"] as? Bool == false)
        #expect(object["done"] as? Int == 8)
        #expect(object["total"] as? Int == guide.steps.count)
        #expect(object["current"] as? String == "related-settings")
        #expect(object["remaining"] as? [String] == ["open-genai-setting", "objection-form", "related-settings", "finish"])
        #expect((object["answers"] as? [String: String])?["linkedInLanguage"] == "de")
        let steps = try #require(object["steps"] as? [[String: Any]])
        #expect(steps.count == guide.steps.count)
        #expect(Set(steps[0].keys) == [
            "number", "id", "title", "optional", "status", "reason", "note", "updatedAt", "statusChangedAt", "sentOn",
            "confirmation", "confirmedAt", "screenDiffers",
        ])
        #expect(steps[number("objection-form") - 1]["status"] as? String == "waiting")
    }

    @Test func statusJSONHasTheContractedFields() throws {
        let report = ProgressReport(guide: guide, saved: try walked(completeAnswers), zone: .utc, now: nil)
        let text = StatusRenderer.json(report, stateFile: "/p.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["complete"] as? Bool == true)
        #expect(object["done"] as? Int == guide.steps.count - 1)
        #expect(object["total"] as? Int == guide.steps.count)
        #expect(object["current"] is NSNull)
        #expect(object["stateFile"] as? String == "/p.json")
        #expect(object["linkedInLanguage"] as? String == "en")
        #expect(object["guideLastVerified"] as? String == guide.lastVerified)
        #expect(object["guideStale"] as? Bool == false)
        let steps = try #require(object["steps"] as? [[String: Any]])
        for step in steps {
            for key in ["id", "title", "status", "updatedAt", "note"] { #expect(step[key] != nil, "\(key) missing") }
            #expect(StepStatus(rawValue: step["status"] as? String ?? "") != nil)
        }
        #expect(steps[number("related-settings") - 1]["status"] as? String == "not-needed")
        #expect(steps[0]["note"] is NSNull)
        #expect(steps[number("turn-off-genai") - 1]["note"] as? String == "Shows Off now")
        #expect(steps[number("turn-off-genai") - 1]["updatedAt"] as? String == "2026-11-30T01:02:20Z")
    }

    @Test func statusLines() throws {
        let complete = ProgressReport(guide: guide, saved: try walked(completeAnswers), zone: .utc, now: nil)
        let total = guide.steps.count
        #expect(StatusRenderer.line(complete) == "Complete: \(total - 1) of \(total) steps done, 1 not needed (finished 2026-11-30 01:07 UTC).")
        let unfinished = ProgressReport(guide: guide, saved: try walked(unfinishedAnswers), zone: .utc, now: nil)
        #expect(StatusRenderer.line(unfinished)
            == "Not finished: 8 of \(total) steps done; 4 left. Next: step \(number("related-settings")), Related settings. Run `optout` to go on.")
    }

    @Test(arguments: GuideFormat.allCases)
    func printedGuide(format: GuideFormat) {
        let text = GuideRenderer.render(guide, format: format)
        #expect(goldenMismatch(text, golden: "guide.\(format.rawValue)") == nil)
        // Every step, both platforms' paths, both links.
        for (n, step) in guide.steps.enumerated() {
            #expect(text.contains("Step \(n + 1) of \(guide.steps.count)") && text.contains(step.title))
        }
        #expect(text.contains("https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"))
        #expect(text.contains("https://www.linkedin.com/help/linkedin/ask/TS-DPRO"))
        #expect(text.contains("On the website") && text.contains("In the mobile app"))
    }

    @Test func hostileNotesComeOutHarmlessInEveryFormat() throws {
        let hostile = "ok\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}[2J\r\u{8}\u{9B}31m\u{202E}evil\u{7F}"
        let progress = try walked([.markDone, .setNote(hostile), .skip(reason: hostile)])
        #expect(progress.record("platform")?.note == hostile, "the stored text is unchanged")
        let report = ProgressReport(guide: guide, saved: progress, zone: .utc, now: nil)
        for format in SummaryFormat.allCases {
            let text = SummaryRenderer.render(report, format: format)
            for scalar in text.unicodeScalars where scalar != "\n" {
                #expect(!TerminalSafeText.needsReplacing(scalar), "\(format): U+\(String(scalar.value, radix: 16))")
            }
        }
        let line = StatusRenderer.json(report, stateFile: "/p")
        #expect(!line.unicodeScalars.contains { $0 != "\n" && TerminalSafeText.needsReplacing($0) })
    }

    @Test func theSanitizerShowsControlsVisibly() {
        #expect(TerminalSafeText.sanitize("a\u{1B}[31mb") == "a\u{241B}[31mb")
        #expect(TerminalSafeText.sanitize("x\u{9B}y\u{202E}z") == "x<U+009B>y<U+202E>z")
        #expect(TerminalSafeText.sanitize("line\nnext\ttab") == "line\u{240A}next tab")
        #expect(TerminalSafeText.sanitize("line\nnext", keepNewlines: true) == "line\nnext")
        #expect(TerminalSafeText.sanitize("確認 ✓ café") == "確認 ✓ café")
    }

    @Test func markdownEscapesMarkup() {
        #expect(MarkdownText.escape("*bold* [link](x) <b>") == "\\*bold\\* \\[link\\](x) \\<b\\>")
    }

    /// Text output wraps at the width it is given, between words: every line fits, or is one word
    /// longer than the width, and the words are the same, in the same order, as unwrapped.
    static func expectWrappedBetweenWords(_ wrapped: String, _ unwrapped: String, width: Int, _ what: String) {
        func words(_ text: String) -> [Substring] { text.split(whereSeparator: \.isWhitespace) }
        let (got, expected) = (words(wrapped), words(unwrapped))
        let differs = zip(got, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, expected.count)
        #expect(got == expected, "\(what) at \(width): a word was split or lost: \(got[differs...].prefix(5)) for \(expected[differs...].prefix(5))")
        for line in wrapped.split(separator: "\n") where line.count > width {
            #expect(words(String(line)).count == 1, "\(what) at \(width): \"\(line)\" is \(line.count) wide")
        }
    }

    @Test(arguments: [24, 40, 78, 120])
    func theTextSummaryWrapsBetweenWords(width: Int) throws {
        var progress = try walked(completeAnswers + [])
        progress.steps[number("turn-off-genai") - 1].screenDiffers = "The toggle is called \"Use my data for AI\" and sits under a heading that says Generative AI"
        let report = ProgressReport(guide: guide, saved: progress, zone: .utc, now: nil)
        let wrapped = SummaryRenderer.render(report, format: .text, width: width)
        Self.expectWrappedBetweenWords(wrapped, SummaryRenderer.render(report, format: .text, width: .max), width: width, "the summary")
        // Continuation lines of a step stand under its number, and never start at the left edge.
        let lines = wrapped.split(separator: "\n", omittingEmptySubsequences: false)
        let steps = lines.drop { $0 != "Steps" }.dropFirst().prefix { !$0.isEmpty }
        #expect(steps.allSatisfy { $0.hasPrefix("  [") || $0.hasPrefix("      ") }, "\(steps)")
        // Markdown and JSON are never wrapped.
        #expect(SummaryRenderer.render(report, format: .markdown, width: width) == SummaryRenderer.render(report, format: .markdown))
    }

    @Test(arguments: [24, 40, 120])
    func thePrintedGuideWrapsBetweenWords(width: Int) {
        for language in [LinkedInLanguage.en, .de] {
            let wrapped = GuideRenderer.render(guide, format: .text, language: language, width: width)
            let unwrapped = GuideRenderer.render(guide, format: .text, language: language, width: 10_000)
                .split(separator: "\n").filter { $0.count < 3 || !$0.allSatisfy { $0 == "-" } }.map(String.init).joined(separator: "\n")
            let withoutRules = wrapped.split(separator: "\n").filter { $0.count < 3 || !$0.allSatisfy { $0 == "-" } }.map(String.init).joined(separator: "\n")
            Self.expectWrappedBetweenWords(withoutRules, unwrapped, width: width, "the guide in \(language)")
        }
    }

    @Test func wrapping() {
        #expect(TextWrap.fit("  a line of words", width: 10) == ["  a line", "    of", "    words"])
        #expect(TextWrap.fit("  short", width: 10) == ["  short"])
        #expect(TextWrap.wrap("aaa bbb ccc", width: 7) == ["aaa bbb", "ccc"])
        #expect(TextWrap.wrap("1. aaa bbb", width: 8, indent: "  ", hangingIndent: "     ") == ["  1. aaa", "     bbb"])
        #expect(TextWrap.wrap("", width: 10) == [""])
        #expect(TextWrap.wrap("unbreakableword", width: 5) == ["unbreakableword"])
    }
}

@Suite("UTC times without calendar data")
struct TimeTextTests {
    @Test func matchesFoundationsCalendarOverFourCenturies() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var seconds = -4_000_000_000.0
        while seconds < 9_000_000_000 {
            let date = Date(timeIntervalSince1970: seconds)
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let p = TimeText.parts(date)
            #expect([p.year, p.month, p.day, p.hour, p.minute, p.second] == [c.year, c.month, c.day, c.hour, c.minute, c.second])
            #expect(TimeText.date(year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second) == date)
            seconds += 7_919_993
        }
    }

    @Test func formats() {
        let date = Date(timeIntervalSince1970: 1_796_000_000)
        #expect(TimeText.utc(date) == "2026-11-30 00:53 UTC")
        #expect(TimeText.compact(date) == "20261130T005320Z")
        #expect(TimeText.date(year: 2026, month: 2, day: 29) == nil)
        #expect(TimeText.date(year: 2028, month: 2, day: 29) != nil)
        #expect(CalendarDay.parse("2028-02-29") == "2028-02-29")
        #expect(CalendarDay.parse("2026-02-29") == nil)
    }
}
