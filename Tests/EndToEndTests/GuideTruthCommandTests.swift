import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

/// LinkedIn's labels in the member's language, the stale-guide warning and `optout report`, run as a
/// member runs them.
@Suite("Labels, stale guides and reports, run as a program", .ownThreads)
struct GuideTruthCommandTests {
    /// Far enough that the built-in guide never counts as stale while goldens are compared.
    static let neverStale = ["--stale-days", "36500"]

    @Test(arguments: [("de", "text"), ("fr", "text"), ("fr", "markdown"), ("de", "markdown")])
    func theGuideInGermanAndFrench(language: String, format: String) throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let result = try cli.run(["guide", "--linkedin-language", language, "--format", format] + Self.neverStale)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(golden(result.stdout, "guide-\(language).\(format)") == nil)
    }

    /// The printed guide in each of the seven languages, optout's words and the guide's prose in the
    /// interface language with LinkedIn's labels in the same LinkedIn language: a change to a
    /// translation shows in review.
    @Test(arguments: LinkedInLanguage.allCases)
    func theGuideInEachInterfaceLanguage(language: LinkedInLanguage) throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let code = language.rawValue
        let result = try cli.run(["--language", code, "guide", "--linkedin-language", code] + Self.neverStale)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(golden(result.stdout, "guide-in-\(code).text") == nil)
    }

    @Test func theGermanGuideNamesTheSettingAsLinkedInDoesWithTheEnglishBeside() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let text = try cli.run(["guide", "--linkedin-language", "de"]).flatStdout
        #expect(text.contains("\"Daten zur Verbesserung generativer KI\" (\"Data for Generative AI Improvement\")"))
        #expect(text.contains("Menu path (on the website): Sie (\"Me\"; not verified) → Einstellungen & Datenschutz"))
        // The sources of the German labels are listed at the end.
        #expect(text.contains("de-lfd-niedersachsen: LfD Niedersachsen"))
        #expect(!text.contains("fr-blick"), "sources of other languages' labels are left out")
    }

    @Test func anUnknownLanguageCodeIsAUsageErrorListingTheCodes() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        for arguments in [["--linkedin-language", "pl"], ["start", "--linkedin-language", "pl"], ["guide", "--linkedin-language", "xx"]] {
            let result = try cli.run(arguments, input: "q\n")
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains("en (English), de (German), fr (French), nl (Dutch), es (Spanish), it (Italian), pt (Portuguese)"))
        }
        #expect(!FileManager.default.fileExists(atPath: cli.statePath))
    }

    @Test func theLanguageOnTheCommandLineIsRecordedAndNotAskedButBackReachesIt() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        // About, web: the next question is the region; back from it reaches the language, which is kept.
        let walk = try cli.run(["--linkedin-language", "fr"], input: "d\n1\nb\nd\n1\nd\nd\nq\n")
        #expect(walk.status == 1, "\(walk.stderr)")
        let shown = walk.flatStdout
        let region = try #require(shown.range(of: "\(BuiltInSteps.position("region")): Where do you live?"))
        #expect(!shown[..<region.lowerBound].contains(BuiltInSteps.position("linkedin-language")), "the question is not asked")
        #expect(shown.contains("\(BuiltInSteps.position("linkedin-language")): Which language is your LinkedIn in?"))
        #expect(shown.contains("3. Français (French) (your answer)"))
        #expect(shown.contains("1. Click \"Vous\" (\"Me\"), your profile picture at the top right."))
        let status = try json(try cli.run(["status", "--json"]).stdout)
        #expect(status["linkedInLanguage"] as? String == "fr")
        #expect(status["current"] as? String == "open-genai-setting")
        let summary = try cli.run(["summary"])
        #expect(summary.flatStdout.contains("Platform: Desktop web browser · LinkedIn language: Français (French) · Region: European Union / EEA"))
        // The printed guide follows the saved language.
        #expect(try cli.run(["guide"]).flatStdout.contains("\"Confidentialité des données\" (\"Data privacy\")"))
    }

    @Test func aStaleGuideSaysSoEverywhereAndAFreshOneNowhere() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        // The built-in guide, last verified the day before its own date: at least a day old whenever this
        // runs, as no clock that runs it is before the built-in guide was verified.
        var older = Guide.linkedInAITraining
        older.lastVerified = "2026-12-06"
        let file = cli.folder + "/older.json"
        try GuideFile.export(older).write(toFile: file, atomically: true, encoding: .utf8)
        let guide = ["--guide", file]
        let walk = try cli.run(guide + ["--stale-days", "0"], input: "d\nq\n")
        #expect(walk.flatStdout.contains("Note: This guide was last verified on 2026-12-06"))
        #expect(walk.flatStdout.contains("Look for a newer version of optout, or run a corrected guide file with --guide FILE."))
        let line = try cli.run(guide + ["status", "--stale-days", "0"])
        #expect(line.stdout.split(separator: "\n").count == 1)
        #expect(line.stdout.contains("LinkedIn may have changed its screens or rules since."))
        let stale = try json(try cli.run(guide + ["status", "--json", "--stale-days", "0"]).stdout)
        #expect(stale["guideStale"] as? Bool == true)
        #expect(stale["guideLastVerified"] as? String == "2026-12-06")
        #expect(try cli.run(guide + ["summary", "--stale-days", "0"]).flatStdout.contains("LinkedIn may have changed"))
        #expect(try cli.run(guide + ["guide", "--stale-days", "0"]).flatStdout.contains("LinkedIn may have changed"))

        for arguments in [["status"], ["summary"], ["guide"], ["summary", "--format", "markdown"]] {
            #expect(!(try cli.run(guide + arguments + Self.neverStale).stdout.contains("may have changed its screens")), "\(arguments)")
        }
        #expect(try json(try cli.run(guide + ["status", "--json"] + Self.neverStale).stdout)["guideStale"] as? Bool == false)
        #expect(!(try cli.run(guide + Self.neverStale, input: "q\n").stdout.contains("Note: This guide")))
        #expect(try cli.run(guide + ["status", "--stale-days", "-1"]).status == 64)
    }

    @Test func theReportHoldsWhatDifferedAndNothingPrivate() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let nothing = try cli.run(["report"])
        #expect(nothing.status == 2)
        #expect(nothing.stderr.contains("No progress saved yet"))

        // Web, German, EU/EEA; the data privacy screen differs; the setting skipped with a reason; a note,
        // a draft with a name and email, sent with a reference; related settings left out; the end.
        let hostile = "no entry \u{1B}[2J\u{1B}]52;c;ZXZpbA==\u{07}"
        let answers = "d\n1\n2\n1\nd\nx \(hostile)\nn a private note\nd\ns could not find it\nd\nd\n"
            + "t\n\nAna Souza\nana@example.org\nsent\n2026-11-29\nREF-4711\ns not wanted\nd\n"
        let walk = try cli.run([], input: answers)
        #expect(walk.status == 1, "\(walk.stderr)")
        // The end of the walkthrough says how to report the screen that differed, and where to send it.
        #expect(walk.flatStdout.contains("Your screen differed from the guide on 1 step. `optout report` writes a report"))
        #expect(walk.flatStdout.contains("send it to the people who keep this guide"))

        let path = cli.folder + "/report.md"
        let written = try cli.run(["report", "--output", path])
        #expect(written.status == 0, "\(written.stderr)")
        let report = try String(contentsOfFile: path, encoding: .utf8)
        #expect(try cli.run(["report"]).stdout == report)
        let guide = Guide.linkedInAITraining
        #expect(report.contains("- Guide: `linkedin-ai-training` \(guide.version), last verified \(guide.lastVerified)"))
        #expect(report.contains("- Platform: Desktop web browser (`web`)"))
        #expect(report.contains("- LinkedIn language: Deutsch (German) (`de`)"))
        #expect(report.contains("(`open-data-privacy`)"))
        #expect(report.contains("  > no entry ␛\\[2J␛\\]52;c;ZXZpbA==␇"))
        #expect(report.contains("could not find it") && report.contains("not wanted"))
        for secret in ["Ana Souza", "ana@example.org", "REF-4711", "a private note", "I object"] {
            #expect(!report.contains(secret), "the report holds \(secret)")
        }
        #expect(terminalHazard(in: Data(report.utf8)) == nil)

        let folder = try cli.run(["report", "--output", cli.folder])
        #expect(folder.status == 6, "an output file that cannot be written")
    }

    @Test func whenNothingDifferedTheReportSaysSo() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        try cli.run([], input: completeAnswers)
        let report = try cli.run(["report"])
        #expect(report.status == 0)
        #expect(report.stdout.contains("None: no step is marked \"screen differs\"."))
    }

    @Test func validateCountsInWordsAndSaysWhereJSONBreaks() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let one = cli.folder + "/one.json"
        try """
            {"id": "one", "title": "One", "version": "1", "lastVerified": "2026-11-29", "purpose": "Test.",
             "caveats": [], "sources": [], "steps": [{"id": "end", "title": "End", "kind": "finish"}]}
            """.write(toFile: one, atomically: true, encoding: .utf8)
        #expect(try cli.run(["guide", "validate", one]).stdout.contains("a valid guide, one 1, 1 step."))
        try "{\n  \"id\": \"one\",\n  \"title\": oops\n}\n".write(toFile: one, atomically: true, encoding: .utf8)
        let broken = try cli.run(["guide", "validate", one])
        #expect(broken.status == 5)
        #expect(broken.stderr.contains("\(one): $.title: not valid JSON: line 3, column 12: expected a value"))
        let device = try cli.run(["status", "--guide", "/dev/zero"])
        #expect(device.status == 5)
        #expect(device.stderr.contains("Could not read the guide file /dev/zero: it is not a regular file"))
    }
}
