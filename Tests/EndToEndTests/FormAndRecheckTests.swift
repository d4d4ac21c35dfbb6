import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

@Suite("Objection form, receipt, re-checks and guide files, run as a program", .ownThreads)
struct FormAndRecheckTests {
    /// Answers up to the form step (web, English, UK).
    let toTheForm = "d\n1\n1\n3\nd\nd\nd\nd\nd\n"
    /// The form step's place in the steps of `status --json`.
    let form = BuiltInSteps.number("objection-form") - 1

    @Test(arguments: ["text", "markdown", "json"])
    func theReceiptInEachFormat(format: String) throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        try cli.writeState(try Runner.fixtureText("progress-v2-receipt.json"))
        let result = try cli.run(["summary", "--format", format] + GuideTruthCommandTests.neverStale)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(golden(result.stdout, "receipt.\(format)") == nil)
        let guide = Guide.linkedInAITraining
        for expected in ["linkedin-ai-training", guide.version, guide.lastVerified, "We received your objection", "not wanted", "Advertising data"] {
            #expect(result.stdout.contains(expected), "\(expected)")
        }
        #expect(!result.stdout.contains("Sam Taylor"), "the receipt carries nothing from the draft")
    }

    @Test func theDraftIsBuiltInPlainModeSavedAndPrinted() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let walk = try cli.run([], input: toTheForm + "t\n2 3\nAna Ruiz\n\nq\n")
        #expect(walk.stdout.contains("----- copy from the next line -----\nObjection to the processing"))
        let draft = try cli.run(["draft"])
        #expect(draft.status == 0)
        #expect(draft.stdout.contains("Article 21(1) of the UK GDPR"))
        #expect(draft.stdout.contains("Name: Ana Ruiz"))
        #expect(draft.stdout.contains("[the email address of your LinkedIn account]"))
        #expect(!draft.stdout.contains("personalization, such as"))
        #expect(draft.stdout.contains("content moderation"))

        let file = cli.folder + "/objection.txt"
        let toFile = try cli.run(["draft", "--output", file])
        #expect(toFile.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == draft.stdout)
        var info = stat()
        stat(file, &info)
        #expect(info.st_mode & 0o777 == 0o600, "the draft may hold a name and email")
    }

    @Test func editingTheDraftOnOneLineWithoutAnEditor() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        try cli.run([], input: toTheForm + "e\nI object.\\nPlease stop.\nq\n", extraEnvironment: ["EDITOR": "vi"])
        // Printed, and written, ending with a line break: the shell's prompt is not glued to it.
        #expect(try cli.run(["draft"]).stdout == "I object.\nPlease stop.\n")
        let file = cli.folder + "/objection.txt"
        #expect(try cli.run(["draft", "--output", file]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "I object.\nPlease stop.\n")
    }

    @Test func withoutProgressTheDraftIsTheGeneralOne() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let draft = try cli.run(["draft"])
        #expect(draft.status == 0)
        #expect(draft.stdout.contains("[your name]"))
        #expect(!draft.stdout.contains("GDPR"))
    }

    @Test func sentThenWaitingThenReceived() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let sent = try cli.run([], input: toTheForm + "sent\n2026-11-28\n\nq\n")
        #expect(sent.status == 1)
        var status = try json(try cli.run(["status", "--json"]).stdout)
        var form = try #require((status["steps"] as? [[String: Any]])?[self.form])
        #expect(form["status"] as? String == "waiting")
        #expect(form["sentOn"] as? String == "2026-11-28")

        // Later: resume, go back to the form, mark the confirmation received.
        let received = try cli.run([], input: "1\nb\nr Case 777\nq\n")
        #expect(received.stdout.contains("Sent on 2026-11-28"))
        status = try json(try cli.run(["status", "--json"]).stdout)
        form = try #require((status["steps"] as? [[String: Any]])?[self.form])
        #expect(form["status"] as? String == "done")
        #expect(form["confirmation"] as? String == "Case 777")
        #expect(form["confirmedAt"] is String)
        let summary = try cli.run(["summary"]).flatStdout
        #expect(summary.contains("\"Data Processing Objection Form\" sent on 2026-11-28; confirmation: Case 777; received "))
    }

    @Test func aBadDateIsAskedAgainNotSaved() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let result = try cli.run([], input: toTheForm + "sent\n28/11/2026\n")
        #expect(result.stdout.contains("\"28/11/2026\" is not a date; write it as YYYY-MM-DD"))
        // Checked as soon as it is typed: the day is asked again, and the reference is not asked yet.
        let after = try #require(result.stdout.components(separatedBy: "\"28/11/2026\" is not a date").last)
        #expect(after.contains("The day you sent it"))
        #expect(!result.stdout.contains("if you have it (empty"))
        let form = try #require((try json(try cli.run(["status", "--json"]).stdout)["steps"] as? [[String: Any]])?[self.form])
        #expect(form["status"] as? String == "pending")
    }

    @Test func screenDiffersIsMarkedAndListedWithTheGuideVersion() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let walk = try cli.run([], input: "d\n1\n1\n1\nd\nx There is no Data privacy entry\nd\nq\n")
        let version = Guide.linkedInAITraining.version
        #expect(walk.stdout.contains("Noted. The summary lists it with the guide's version (\(version))"))
        let summary = try cli.run(["summary"]).flatStdout
        #expect(summary.contains("Screens that did not match the guide (linkedin-ai-training \(version); worth reporting)"))
        let number = BuiltInSteps.number("open-data-privacy")
        #expect(summary.contains("\(number). Open the data privacy settings (open-data-privacy): There is no Data privacy entry"))
    }

    @Test func aRecheckAfterFinishing() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        try cli.writeState(try Runner.fixtureText("progress-v2-receipt.json"))
        // The setting is On again: the step is reopened and optout returns to it.
        let recheck = try cli.run(["recheck"], input: "n\n")
        #expect(recheck.status == 1)
        #expect(recheck.stdout.contains("Question 1 of 1: Turn the setting off"))
        #expect(recheck.stdout.contains("Switch it to \"Off\" again."))
        #expect(recheck.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("Does the toggle \"Use my data for training content creation AI models\" still show \"Off\"?"))
        #expect(recheck.stdout.contains("Something needs doing again: Turn the setting off."))
        let status = try json(try cli.run(["status", "--json"]).stdout)
        #expect(status["complete"] as? Bool == false)
        #expect(status["current"] as? String == "turn-off-genai")
        let summary = try json(try cli.run(["summary", "--format", "json"]).stdout)
        #expect((summary["rechecks"] as? [Any])?.count == 2)
    }

    @Test func aRecheckBeforeTheEndSaysToFinishFirst() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        try cli.run([], input: "d\nq\n")
        let recheck = try cli.run(["recheck"], input: "y\n")
        #expect(recheck.status == 1)
        #expect(recheck.stdout.contains("finish the walkthrough first"))
        let remind = try cli.run(["remind", "--ics", cli.folder + "/r.ics"])
        #expect(remind.status == 1)
        #expect(remind.stderr.contains("finish the walkthrough first"))
    }

    @Test func aRecheckIsSuggestedWhenDue() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        try cli.writeState(try Runner.fixtureText("progress-v2-receipt.json"))
        // The fixture was last re-checked on 2027-03-01; a 1-day interval makes it due now.
        let due = try cli.run(["--recheck-days", "1"])
        #expect(due.status == 0)
        #expect(due.stdout.contains("since you last checked"))
        #expect(due.stdout.contains("run `optout recheck`"))
    }

    @Test func remindWritesACalendarFile() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        try cli.writeState(try Runner.fixtureText("progress-v2-receipt.json"))
        let path = cli.folder + "/recheck.ics"
        let result = try cli.run(["remind", "--ics", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("a reminder on 2027-02-18"))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.contains("DTSTART;VALUE=DATE:20270218\r\n"), "an all-day event, the day the summary gives")
        #expect(text.contains("TRIGGER:PT9H\r\n"), "its alarm at 09:00 in the calendar's own time")
        let stdout = try cli.run(["remind", "--ics", "-", "--recheck-days", "30"]).stdout
        #expect(stdout.contains("DTSTART;VALUE=DATE:20261220\r\n"))
    }

    /// An overdue re-check: `remind` says so and puts the reminder on today (never a day in the past),
    /// and `status` says it is overdue, in words and in its JSON.
    @Test func anOverdueRecheckIsRemindedTodayAndStatusSaysSo() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        try cli.writeState(try Runner.fixtureText("progress-v2-receipt.json"))
        // The fixture was last re-checked on 2026-11-20: every 10 days, it was due on 2026-11-30.
        let path = cli.folder + "/recheck.ics"
        let remind = try cli.run(["remind", "--ics", path, "--recheck-days", "10"])
        #expect(remind.status == 0, "\(remind.stderr)")
        let today = Self.localDay(Date())
        let calendar = try String(contentsOfFile: path, encoding: .utf8)
        #expect(calendar.contains("DTSTART;VALUE=DATE:\(today.replacingOccurrences(of: "-", with: ""))\r\n"), "\(calendar)")
        #expect(remind.flatStdout.contains("a reminder for today, \(today): the re-check is overdue (it was due 2026-11-30)"),
                "\(remind.stdout)")

        let status = try cli.run(["status"])
        #expect(status.flatStdout.contains("A re-check is overdue (due 2026-11-30)"), "\(status.stdout)")
        let statusJSON = try cli.run(["status", "--json"]).stdout
        let json = try #require(try JSONSerialization.jsonObject(with: Data(statusJSON.utf8)) as? [String: Any])
        #expect(json["recheckDue"] as? Bool == true, "\(json)")
    }

    /// The day as the member's clock says it (the child runs in this process's time zone).
    static func localDay(_ date: Date) -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// The re-check interval the member chose (`--recheck-days`) is kept in the progress file, so the
    /// calendar, the summary and the walkthrough agree until another is given; `summary` with the
    /// option uses it for that output only.
    @Test func theRecheckIntervalChosenIsKept() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        // Last re-checked 2026-11-20, so 90 days give 2027-02-18.
        try cli.writeState(try Runner.fixtureText("progress-v2-receipt.json"))
        func due(_ extra: [String] = []) throws -> String? {
            try json(try cli.run(["summary", "--format", "json"] + extra).stdout)["nextRecheckDue"] as? String
        }
        #expect(try due() == "2027-02-18")
        #expect(try due(["--recheck-days", "60"]) == "2027-01-19")
        #expect(try due() == "2027-02-18", "summary only reads")
        let remind = try cli.run(["remind", "--ics", "-", "--recheck-days", "30"])
        #expect(remind.status == 0, "\(remind.stderr)")
        #expect(remind.stdout.contains("DTSTART;VALUE=DATE:20261220\r\n"))
        #expect(try due() == "2026-12-20", "the summary agrees with the calendar")
        #expect(try cli.run(["summary"]).flatStdout.contains("Next re-check due 2026-12-20"))
        #expect(try cli.run(["remind", "--ics", "-"]).stdout.contains("DTSTART;VALUE=DATE:20261220\r\n"))
        #expect(try cli.loadState().recheckDays == 30)
        // The walkthrough and the re-check keep the days given to them too.
        #expect(try cli.run(["--recheck-days", "45"]).status == 0)
        #expect(try cli.loadState().recheckDays == 45)
        #expect(try due() == "2027-01-04")
        try cli.run(["recheck", "--recheck-days", "20"], input: "q\n")
        #expect(try cli.loadState().recheckDays == 20)
        #expect(try due() == "2026-12-10")
    }

    @Test func exportValidateAndRunAGuideFile() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let path = cli.folder + "/guide.json"
        #expect(try cli.run(["guide", "export", "--output", path]).status == 0)
        let stdout = try cli.run(["guide", "export"]).stdout
        #expect(try String(contentsOfFile: path, encoding: .utf8) == stdout)
        let valid = try cli.run(["guide", "validate", path])
        #expect(valid.status == 0)
        let guide = Guide.linkedInAITraining
        #expect(valid.stdout.contains("a valid guide, linkedin-ai-training \(guide.version), \(BuiltInSteps.count) steps, \(guide.labels.count) labels."))

        // Rename a menu label, as one would when LinkedIn changes it, and walk the edited guide.
        try stdout.replacingOccurrences(of: "\"Data privacy\"", with: "\"Privacy data\"").write(toFile: path, atomically: true, encoding: .utf8)
        let walk = try cli.run(["--guide", path], input: completeAnswers)
        #expect(walk.status == 0, "\(walk.stderr)")
        #expect(walk.stdout.contains("Me > Settings & Privacy > Privacy data"))
        #expect(try cli.run(["status", "--guide", path]).status == 0)
    }

    @Test func validateListsEveryProblemAndExitsNonZero() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let path = cli.folder + "/bad.json"
        let good = try cli.run(["guide", "export"]).stdout
        let bad = good.replacingOccurrences(of: "\"id\" : \"region\"", with: "\"id\" : \"platform\"")
            .replacingOccurrences(of: "https://www.linkedin.com/help/linkedin/ask/TS-DPRO", with: "http://example.com/form")
            .replacingOccurrences(of: "\"optional\" : true", with: "\"optional\" : true, \"colour\" : \"red\"")
        try bad.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try cli.run(["guide", "validate", path])
        #expect(result.status == 5)
        #expect(result.stderr.contains("$.steps[\(BuiltInSteps.number("related-settings") - 1)].colour: unknown field"))
        let second = try cli.run(["guide", "validate", path.replacingOccurrences(of: "bad", with: "missing")])
        #expect(second.status == 5)
        #expect(second.stderr.contains("optout: Could not read the guide file \(path.replacingOccurrences(of: "bad", with: "missing")): no such file."))
        // Fix the unknown field: the meaning checks then report the duplicate id and the link.
        try bad.replacingOccurrences(of: ", \"colour\" : \"red\"", with: "").write(toFile: path, atomically: true, encoding: .utf8)
        let meaning = try cli.run(["guide", "validate", path])
        #expect(meaning.stderr.contains("$.steps[\(BuiltInSteps.number("region") - 1)].id: duplicate step id \"platform\""))
        #expect(meaning.stderr.contains("$.steps[\(form)].link.url: not an https link: \"http://example.com/form\""))
        let run = try cli.run(["--guide", path], input: "d\n")
        #expect(run.status == 5)
        #expect(run.stderr.contains("optout: The guide file \(path) has 2 problems"))
    }

    @Test func hostileTextIsHarmlessInTheDraftAndTheReceipt() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let hostile = "A\u{1B}]52;c;ZXZpbA==\u{07}B\u{1B}[2J\u{9B}1mC\u{202E}D"
        try cli.run([], input: toTheForm + "t\n\n\(hostile)\n\nx \(hostile)\nsent\n\n\(hostile)\nq\n")
        for arguments in [["draft"], ["summary"], ["summary", "--format", "markdown"], ["summary", "--format", "json"], ["status"]] {
            let out = try cli.run(arguments)
            let bad = out.stdout.unicodeScalars.filter { $0 != "\n" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)) }
            #expect(bad.isEmpty, "\(arguments): \(bad.map { String($0.value, radix: 16) })")
        }
    }
}
