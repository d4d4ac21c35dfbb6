import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

/// The record a member keeps says only what is true, and the walkthrough changes nothing it was not
/// asked to change: run as a program, as a member or a script would.
@Suite("The record tells the truth, run as a program", .ownThreads)
struct RecordTruthTests {
    /// Answers up to the objection form (web, UK).
    let toTheForm = "d\n1\n1\n3\nd\nd\nd\nd\nd\n"
    let guide = Guide.linkedInAITraining

    func formStep(_ cli: Runner) throws -> [String: Any] {
        let steps = try #require(try json(try cli.run(["status", "--json"]).stdout)["steps"] as? [[String: Any]])
        return try #require(steps.first { $0["id"] as? String == "objection-form" })
    }

    @Test func startingOverFromTheResumeOfferAsksFirstAndKeepsTheOldFile() throws {
        let cli = Runner("startover")
        defer { cli.cleanUp() }
        try cli.run([], input: "d\n1\nn keep me\nq\n")
        let before = try #require(cli.stateBytes())

        // Anything but y or yes keeps the progress as it was.
        let declined = try cli.run([], input: "2\nno\nq\n")
        #expect(declined.stdout.contains("Start over? y or yes starts again at step 1"))
        #expect(declined.stdout.contains(Messages.startOverCancelled))
        #expect(cli.stateBytes() == before, "declining changed the file")

        let confirmed = try cli.run([], input: "2\ny\nq\n")
        #expect(confirmed.status == 1)
        #expect(confirmed.flatStdout.contains("Starting over. Your earlier progress file is kept as \(cli.statePath).backup-"))
        let backups = try FileManager.default.contentsOfDirectory(atPath: cli.stateFolder).filter { $0.contains(".backup-") }
        #expect(backups.count == 1)
        #expect(FileManager.default.contents(atPath: cli.stateFolder + "/" + (backups.first ?? "")) == before,
                "the backup holds the old progress, note and all")
        let status = try json(try cli.run(["status", "--json"]).stdout)
        #expect(status["done"] as? Int == 0)
    }

    @Test func quittingAtTheResumeOfferOrRunningACompleteChecklistRewritesNothing() throws {
        let cli = Runner("norewrite")
        defer { cli.cleanUp() }
        // A save writes a new file and renames it over the old one: a rewrite shows as a new inode.
        func inode() throws -> Int {
            try #require(try FileManager.default.attributesOfItem(atPath: cli.statePath)[.systemFileNumber] as? Int)
        }
        try cli.run([], input: "d\nq\n")
        let unfinished = try #require(cli.stateBytes())
        let unfinishedInode = try inode()
        let quit = try cli.run([], input: "q\n")
        #expect(quit.status == 1)
        #expect(cli.stateBytes() == unfinished)
        #expect(try inode() == unfinishedInode, "q at the resume offer rewrote the file")

        // Complete progress of the guide in use (a complete checklist of an older version is saved once,
        // with the notice of what changed; see the next test).
        var current = try json(try Runner.fixtureText("progress-v1-complete.json"))
        current["guideVersion"] = Guide.linkedInAITraining.version
        try cli.writeState(try JSONSerialization.data(withJSONObject: current))
        let complete = try #require(cli.stateBytes())
        let completeInode = try inode()
        let run = try cli.run([], input: "")
        #expect(run.status == 0)
        #expect(cli.stateBytes() == complete)
        #expect(try inode() == completeInode, "a run with complete progress rewrote the file")
    }

    @Test func aGuideChangeNoticeIsShownUntilSeenAndSavedNotAtEveryStart() throws {
        let cli = Runner("notice")
        defer { cli.cleanUp() }
        // Complete progress from an older guide that had one more step.
        var complete = try json(try Runner.fixtureText("progress-v1-complete.json"))
        complete["guideVersion"] = "0.9.0"
        var steps = try #require(complete["steps"] as? [[String: Any]])
        steps.append(["id": "old-privacy-check", "status": "done", "updatedAt": "2026-11-29T10:05:30Z"])
        complete["steps"] = steps
        try cli.writeState(try JSONSerialization.data(withJSONObject: complete))
        let first = try cli.run([], input: "")
        #expect(first.status == 0)
        #expect(first.stdout.contains("The guide changed since your progress was saved (version 0.9.0 → \(guide.version))"))
        let second = try cli.run([], input: "")
        #expect(!second.stdout.contains("The guide changed"), "the notice came back at the next start")
        #expect(try cli.loadState().retiredSteps?.map(\.id) == ["old-privacy-check"], "the old step's record is kept")

        // Unfinished progress: quitting at the resume offer keeps the notice for next time.
        var unfinished = try json(try Runner.fixtureText("progress-v1-unfinished.json"))
        unfinished["guideVersion"] = "0.9.0"
        var records = try #require(unfinished["steps"] as? [[String: Any]])
        records.append(["id": "old-privacy-check", "status": "pending"])
        unfinished["steps"] = records
        try cli.writeState(try JSONSerialization.data(withJSONObject: unfinished))
        #expect(try cli.run([], input: "q\n").stdout.contains("The guide changed"))
        let again = try cli.run([], input: "1\nq\n")
        #expect(again.stdout.contains("The guide changed"), "quitting at the offer lost the notice")
        #expect(!(try cli.run([], input: "q\n").stdout.contains("The guide changed")), "seen and saved: not repeated")
    }

    @Test func sendingAgainAfterTheConfirmationCameIsWaitingAgain() throws {
        let cli = Runner("resent")
        defer { cli.cleanUp() }
        try cli.run([], input: toTheForm + "sent\n2026-11-20\nREF-1\nb\nr\n\nq\n")
        #expect(try formStep(cli)["confirmedAt"] is String)
        try cli.run([], input: "1\nb\nsent\n2026-11-28\n\nq\n")
        let form = try formStep(cli)
        #expect(form["status"] as? String == "waiting")
        #expect(form["confirmedAt"] is NSNull, "the received time belonged to the earlier sending")
        #expect(form["confirmation"] is NSNull, "the old reference belonged to the earlier sending")
        let record = try #require(try json(try cli.run(["summary", "--format", "json"]).stdout)["record"] as? [String])
        let line = try #require(record.first { $0.hasPrefix("\"Data Processing Objection Form\"") })
        #expect(line == "\"Data Processing Objection Form\" sent on 2026-11-28; waiting for the confirmation")

        // The same day again keeps its reference.
        try cli.run([], input: "1\nb\nsent\n2026-11-28\nREF-2\nb\nsent\n2026-11-28\n\nq\n")
        #expect(try formStep(cli)["confirmation"] as? String == "REF-2")
    }

    @Test func aFormMarkedDoneWithoutASentDayDoesNotMakeOneUp() throws {
        let cli = Runner("inferred")
        defer { cli.cleanUp() }
        // Progress from before the form step needed the day: the step marked done with nothing else.
        try cli.run([], input: toTheForm + "q\n")
        var file = try json(String(decoding: try #require(cli.stateBytes()), as: UTF8.self))
        var records = try #require(file["steps"] as? [[String: Any]])
        let index = try #require(records.firstIndex { $0["id"] as? String == "objection-form" })
        records[index]["status"] = "done"
        records[index]["statusChangedAt"] = "2026-11-29T10:00:00Z"
        file["steps"] = records
        try cli.writeState(try JSONSerialization.data(withJSONObject: file))
        let summary = try json(try cli.run(["summary", "--format", "json"]).stdout)
        let steps = try #require(summary["steps"] as? [[String: Any]])
        let form = try #require(steps.first { $0["id"] as? String == "objection-form" })
        #expect(form["sentOn"] is NSNull)
        let record = try #require(summary["record"] as? [String])
        let line = try #require(record.first { $0.hasPrefix("\"Data Processing Objection Form\"") })
        #expect(!line.contains(" on 20"), "a sent day the member never gave: \(line)")
        #expect(line.contains("the day was not recorded; the step was marked done"))
    }

    @Test(arguments: [
        ("0226-11-29", "is before LinkedIn existed"), ("1026-12-01", "is before LinkedIn existed"),
        ("0000-01-01", "is not a date"), ("26-11-29", "is not a date"),
        ("2026-11-29x", "is not a date"), ("2099-01-01", "is after today"), ("9999-12-31", "is after today"),
    ])
    func aSentDayIsCheckedWhenTypedBeforeTheReference(day: String, refusal: String) throws {
        let cli = Runner("sentday")
        defer { cli.cleanUp() }
        let result = try cli.run([], input: toTheForm + "sent\n\(day)\n")
        let refused = try #require(result.stdout.range(of: refusal),
                                   "\(day) was not refused: \(result.stdout.suffix(600))")
        #expect(!result.stdout.contains("if you have it (empty"), "the reference was asked before the day was checked")
        #expect(result.stdout[refused.upperBound...].contains("The day you sent it"), "the day is asked again")
        #expect(try formStep(cli)["sentOn"] is NSNull)
    }

    @Test func todayIsTheMembersLocalDate() throws {
        // UTC+14 and UTC-11: at any moment at least one of them is on another date than UTC.
        for zone in ["Pacific/Kiritimati", "Pacific/Pago_Pago"] {
            let cli = Runner("today")
            defer { cli.cleanUp() }
            func local(_ date: Date) -> String {
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = TimeZone(identifier: zone)!
                let c = calendar.dateComponents([.year, .month, .day], from: date)
                return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
            }
            let before = local(Date())
            try cli.run([], input: toTheForm + "sent\n\n\nq\n", extraEnvironment: ["TZ": zone])
            let after = local(Date())
            let sent = try #require(try formStep(cli)["sentOn"] as? String)
            #expect(sent == before || sent == after, "\(zone): today is \(before), optout recorded \(sent)")
        }
    }

    @Test func anEmptyEditChangesNothingAndLaterChoicesStillRebuildTheText() throws {
        let cli = Runner("emptyedit")
        defer { cli.cleanUp() }
        // e, then an empty line: the text stays as composed, so a name given later appears in it.
        let walk = try cli.run([], input: toTheForm + "e\n\nt\n\nAna Ruiz\n\nq\n")
        #expect(walk.stdout.contains(Messages.draftUnchanged))
        #expect(!walk.stdout.contains("You edited the text by hand"))
        #expect(try cli.run(["draft"]).stdout.contains("Name: Ana Ruiz"))
        #expect(try cli.loadState().draft?.editedText == nil)
    }

    @Test func aRecheckSaysStillWaitingAndNamesTheStepItReopened() throws {
        let cli = Runner("recheckwords")
        defer { cli.cleanUp() }
        // Sign-in skipped, the form sent and waiting, the end reached.
        try cli.run([], input: "d\n1\n1\n3\ns later\nd\nd\nd\nd\nsent\n\n\ns\nd\n")
        let waiting = try cli.run(["recheck"], input: "y\nn\n")
        #expect(waiting.stdout.contains("Re-check of: Opt out of LinkedIn's AI training (finished "),
                "no re-check yet, so nothing was last checked: \(waiting.stdout.prefix(200))")
        #expect(waiting.stdout.contains("Still waiting: Send the objection form."))
        #expect(!waiting.stdout.contains("Something needs doing again"))

        let reopened = try cli.run(["recheck"], input: "n\nn\n")
        #expect(reopened.stdout.contains("(last checked "))
        #expect(reopened.stdout.contains("Something needs doing again: Turn the setting off."))
        #expect(!reopened.stdout.contains("Something needs doing again: Sign in"), "the skipped step was not reopened")
        #expect(try json(try cli.run(["status", "--json"]).stdout)["current"] as? String == "turn-off-genai",
                "optout takes the member back to the step the re-check reopened")
    }

    @Test func wordsAgreeAndNameStepsByTitle() throws {
        let cli = Runner("words")
        defer { cli.cleanUp() }
        let walk = try cli.run([], input: "d\nd\nq\n")
        #expect(walk.stdout.contains("This question needs an answer first"))
        #expect(!walk.stdout.contains("Step platform"), "a step named by its id")
        #expect(try cli.run(["status"]).stdout.contains("Next: step 2, Where will you make the changes? Run"),
                "no full stop after a question mark")
        let exported = cli.folder + "/one.json"
        var guideJSON = try json(try cli.run(["guide", "export"]).stdout)
        let steps = try #require(guideJSON["steps"] as? [[String: Any]])
        guideJSON["steps"] = [steps.last!]
        try JSONSerialization.data(withJSONObject: guideJSON).write(to: URL(fileURLWithPath: exported))
        #expect(try cli.run(["guide", "validate", exported]).stdout.hasSuffix(", 1 step, \(guide.labels.count) labels.\n"))
    }
}
