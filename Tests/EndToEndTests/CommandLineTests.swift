import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Answers that walk the built-in guide to the end: web, English, EU/EEA, a note on the form, related settings
/// not needed.
let completeAnswers = "d\n1\n1\n1\nd\nd\nd\nd\nd\nn\nSent, ref 4711\nr\n2026-11-29\n4711\ns not wanted\nd\n"

func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

/// Compares text with a golden file beside the calling test file (see `Golden`).
func golden(_ actual: String, _ name: String, file: String = #filePath) -> String? {
    Golden.mismatch(actual, path: (file as NSString).deletingLastPathComponent + "/Goldens/" + name)
}

@Suite("optout, run as a program", .ownThreads)
struct CommandLineTests {
    @Test func pipingAnswersCompletesTheWalkthrough() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let walk = try cli.run([], input: completeAnswers)
        #expect(walk.status == 0, "\(walk.stderr)")
        let total = BuiltInSteps.count
        #expect(walk.stdout.contains(BuiltInSteps.position("finish")))
        #expect(walk.stdout.contains("Complete: \(total - 1) of \(total) steps done, 1 not needed."))
        #expect(walk.stderr.isEmpty)

        let status = try cli.run(["status"])
        #expect(status.status == 0)
        #expect(status.stdout.hasPrefix("Complete: \(total - 1) of \(total) steps done, 1 not needed (finished "))

        let again = try cli.run([])
        #expect(again.status == 0)
        #expect(again.stdout.contains("Your checklist is already complete."))
        // Beginning again points to the way that keeps a backup, not to `reset`.
        #expect(again.flatStdout.contains("`optout start --start-over` begins again and keeps your progress file as a backup."))
        #expect(!again.stdout.contains("optout reset"))
    }

    @Test func statusJSONDescribesEveryStep() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        try cli.run(["--plain"], input: "d\n2\nnl\n3\nn 確認 ✓ café\nq\n")
        let result = try cli.run(["status", "--json"])
        #expect(result.status == 1)
        let object = try json(result.stdout)
        #expect(object["complete"] as? Bool == false)
        #expect(object["done"] as? Int == 4)
        #expect(object["total"] as? Int == BuiltInSteps.count)
        #expect(object["current"] as? String == "sign-in")
        #expect(object["stateFile"] as? String == cli.statePath)
        #expect(object["linkedInLanguage"] as? String == "nl")
        #expect(object["guideLastVerified"] as? String == Guide.linkedInAITraining.lastVerified)
        #expect(object["guideStale"] is Bool)
        let steps = try #require(object["steps"] as? [[String: Any]])
        #expect(steps.map { $0["id"] as? String } == [
            "about", "platform", "linkedin-language", "region", "sign-in", "open-data-privacy", "open-genai-setting",
            "turn-off-genai", "understand-limits", "objection-form", "related-settings", "finish",
        ])
        let signIn = BuiltInSteps.number("sign-in") - 1
        #expect(steps[signIn]["note"] as? String == "確認 ✓ café")
        #expect(steps[signIn]["status"] as? String == "pending")
        #expect(steps[0]["updatedAt"] is String)
        #expect(steps[signIn + 2]["updatedAt"] is NSNull)
    }

    @Test func aSecondRunResumesAtTheSameStep() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let first = try cli.run([], input: "d\n2\nes\n4\nd\nd\nq\n")
        #expect(first.status == 1)
        #expect(first.flatStdout.contains("Progress saved to \(cli.statePath). Run `optout` to resume."))
        let second = try cli.run([], input: "\nq\n")
        #expect(second.stdout.contains("You have an unfinished checklist"))
        let words = second.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let afterOffer = try #require(words.components(separatedBy: "3. Quit").last)
        #expect(afterOffer.contains("\(BuiltInSteps.position("open-genai-setting")): Open the setting for generative AI"))
        #expect(!afterOffer.contains(BuiltInSteps.position("about")))
        // The app's path, since the first run chose the app, in Spanish, where the app's "Settings" is not known
        // (and one account gives the English).
        #expect(afterOffer.contains("Profile picture > Settings (not verified; Spanish wording not known) > Privacidad de datos (\"Data privacy\")"))
    }

    @Test func endOfInputSavesAndExitsUnfinished() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let result = try cli.run([], input: "d\n1\n")
        #expect(result.status == 1)
        #expect(result.stdout.contains("Input ended."))
        let status = try json(try cli.run(["status", "--json"]).stdout)
        #expect(status["current"] as? String == "linkedin-language")
    }

    @Test func unknownAnswersRepromptAndNothingIsLost() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let result = try cli.run([], input: "yes please\nd\n7\nweb\nq\n")
        // The hint, then the prompt once.
        #expect(result.stdout.contains("\"yes please\" is not an answer here.\nAnswer: d done, s skip, x screen differs, b back, n note, q quit, ? help\n> "))
        #expect(result.stdout.components(separatedBy: "Answer: d done").count == 3, "one prompt before the answer, one after it")
        #expect(result.stdout.contains("\"7\" is not one of the answers (web, app)."))
        let status = try json(try cli.run(["status", "--json"]).stdout)
        #expect(status["done"] as? Int == 2)
    }

    @Test func nothingSavedYet() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let status = try cli.run(["status"])
        #expect(status.status == 2)
        #expect(status.stdout.contains("No progress saved yet"))
        let jsonStatus = try cli.run(["status", "--json"])
        #expect(jsonStatus.status == 2)
        #expect(try json(jsonStatus.stdout)["saved"] as? Bool == false)
        let summary = try cli.run(["summary"])
        #expect(summary.status == 2)
        #expect(summary.stderr.contains("No progress saved yet at \(cli.statePath). Run `optout` to start."))
        #expect(!FileManager.default.fileExists(atPath: cli.statePath), "reading creates nothing")
    }

    @Test(arguments: ["text", "markdown", "json"])
    func summaryOfACompleteChecklist(format: String) throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        try cli.writeState(try Runner.fixtureText("progress-v1-complete.json"))
        let result = try cli.run(["summary", "--format", format] + GuideTruthCommandTests.neverStale)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(golden(result.stdout, "summary-complete.\(format)") == nil)
    }

    @Test(arguments: ["text", "markdown", "json"])
    func summaryOfAnUnfinishedChecklist(format: String) throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        try cli.writeState(try Runner.fixtureText("progress-v1-unfinished.json"))
        let result = try cli.run(["summary", "--format", format] + GuideTruthCommandTests.neverStale)
        #expect(result.status == 0)
        #expect(golden(result.stdout, "summary-unfinished.\(format)") == nil)
        #expect(result.stdout.contains("Related settings"))
    }

    @Test func theWalkthroughPrintsTheSummaryWhenItFinishes() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let walk = try cli.run([], input: completeAnswers)
        let summary = try cli.run(["summary"])
        #expect(walk.stdout.contains(summary.stdout))
    }

    @Test func resetAsksFirst() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        try cli.run([], input: "d\nq\n")
        let declined = try cli.run(["reset"], input: "n\n")
        #expect(declined.status == 1)
        #expect(declined.stdout.contains("Remove your progress at \(cli.statePath)? This cannot be undone. [y/N]"))
        #expect(declined.stdout.contains("Nothing removed."))
        #expect(FileManager.default.fileExists(atPath: cli.statePath))
        let accepted = try cli.run(["reset"], input: "y\n")
        #expect(accepted.status == 0)
        #expect(!FileManager.default.fileExists(atPath: cli.statePath))
        try cli.run([], input: "d\nq\n")
        let forced = try cli.run(["reset", "--yes"])
        #expect(forced.status == 0)
        #expect(forced.stdout.contains("Progress removed."))
        #expect(try cli.run(["status"]).status == 2)
        let nothing = try cli.run(["reset", "--yes"])
        #expect(nothing.status == 0)
        #expect(nothing.stdout.contains("Nothing to reset"))
    }

    @Test func aDamagedFileIsNamedLeftAloneAndMovedAsideOnlyWhenAsked() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let damaged = "{\"schemaVersion\": 1, \"steps\": [tru"
        try cli.writeState(damaged)
        for arguments in [[], ["status"], ["summary"]] {
            let result = try cli.run(arguments, input: "d\n")
            #expect(result.status == 3)
            #expect(result.stderr.contains("optout: The progress file \(cli.statePath) cannot be read: it is not valid JSON."))
            #expect(result.stderr.contains("--start-over"))
            #expect(result.stderr.split(separator: "\n").count == 1, "one clear sentence, no stack trace")
            #expect(cli.stateBytes() == Data(damaged.utf8))
        }
        let over = try cli.run(["start", "--start-over"], input: "d\nq\n")
        #expect(over.status == 1)
        #expect(over.flatStdout.contains("Your earlier progress file is kept as \(cli.statePath).backup-"))
        let backups = try FileManager.default.contentsOfDirectory(atPath: cli.folder + "/state").filter { $0.contains(".backup-") }
        #expect(backups.count == 1)
        #expect(FileManager.default.contents(atPath: cli.folder + "/state/" + backups[0]) == Data(damaged.utf8))
        #expect(try cli.run(["status"]).status == 1)
    }

    @Test func aNewerFileIsRefusedUntouched() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let newer = "{\"schemaVersion\": 9, \"guideId\": \"linkedin-ai-training\"}"
        try cli.writeState(newer)
        let result = try cli.run([], input: "d\n")
        #expect(result.status == 3)
        #expect(result.stderr.contains("was written by a newer optout (format 9; this one reads up to \(WalkthroughProgress.currentSchemaVersion))"))
        #expect(cli.stateBytes() == Data(newer.utf8))
    }

    @Test func aSecondWriterIsRefusedWhileReadersStillWork() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        try cli.run([], input: "d\nq\n")
        let before = cli.stateBytes()

        let first = cli.process([])
        let (input, output) = try startingProcess {
            let input = Pipe(), output = Pipe()
            first.standardInput = input
            first.standardOutput = output
            first.standardError = FileHandle.nullDevice
            try first.run()
            return (input, output)
        }
        defer {
            try? input.fileHandleForWriting.close()
            first.waitUntilExit()
        }
        // Wait until the first one shows its resume offer: it holds the lock by then.
        var seen = Data()
        let deadline = Date().addingTimeInterval(10)
        while !String(decoding: seen, as: UTF8.self).contains("> "), Date() < deadline {
            seen.append(output.fileHandleForReading.availableData)
        }
        #expect(String(decoding: seen, as: UTF8.self).contains("unfinished checklist"))

        let second = try cli.run([], input: "d\nd\n")
        // Refused while the first still runs, so without waiting for the lock.
        #expect(first.isRunning)
        #expect(second.status == 4)
        #expect(second.stderr.contains("Another optout (process \(first.processIdentifier)) is already using \(cli.statePath)."))
        #expect(try cli.run(["reset", "--yes"]).status == 4)
        #expect(try cli.run(["status"]).status == 1, "reading needs no lock")
        #expect(cli.stateBytes() == before)

        try input.fileHandleForWriting.write(contentsOf: Data("q\n".utf8))
        try input.fileHandleForWriting.close()
        first.waitUntilExit()
        #expect(try cli.run([], input: "q\n").status == 1, "free again once the first has ended")
    }

    @Test func aKilledWalkthroughLeavesNoLockBehind() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let first = cli.process([])
        // (The process keeps its input pipe, and so its write end, open.)
        let output = try startingProcess {
            let input = Pipe(), output = Pipe()
            first.standardInput = input
            first.standardOutput = output
            try first.run()
            return output
        }
        var seen = Data()
        let deadline = Date().addingTimeInterval(10)
        while !String(decoding: seen, as: UTF8.self).contains("> "), Date() < deadline {
            seen.append(output.fileHandleForReading.availableData)
        }
        sendSignal(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        let next = try cli.run([], input: "d\nq\n")
        #expect(next.status == 1, "\(next.stderr)")
    }

    @Test func theGuidePrintsInBothFormats() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let text = try cli.run(["guide"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("\(BuiltInSteps.position("objection-form")): Send the objection form"))
        #expect(text.stdout.contains("https://www.linkedin.com/help/linkedin/ask/TS-DPRO"))
        let markdown = try cli.run(["guide", "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("# Opt out of LinkedIn's AI training"))
        #expect(markdown.stdout.contains("## \(BuiltInSteps.position("turn-off-genai")): Turn the setting off"))
    }

    @Test func helpShowsExamplesAndExitStatuses() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let help = try cli.run(["--help"])
        #expect(help.status == 0)
        for text in ["optout status --json", "optout summary --format markdown", "--state-file", "--plain", "Exit statuses"] {
            #expect(help.stdout.contains(text), "\(text)")
        }
        let version = try cli.run(["--version"])
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    @Test func aWrongCommandLineSaysWhatIsWrong() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let result = try cli.run(["summary", "--format", "pdf"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("pdf"))
        #expect(!FileManager.default.fileExists(atPath: cli.statePath))
    }

    @Test func theStateFileOptionOverridesTheVariable() throws {
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let other = cli.folder + "/other/mine.json"
        try cli.run(["--state-file", other], input: "d\nq\n")
        #expect(FileManager.default.fileExists(atPath: other))
        #expect(!FileManager.default.fileExists(atPath: cli.statePath))
        #expect(try cli.run(["status", "--state-file", other]).status == 1)
        var info = stat()
        stat(other, &info)
        #expect(info.st_mode & 0o777 == 0o600)
        stat(cli.folder + "/other", &info)
        #expect(info.st_mode & 0o777 == 0o700)
    }

    /// Without HOME, the commands that need no progress file work, silently (`draft` gives the general
    /// draft); a `~` path says HOME is needed for it; a relative HOME is refused like a relative
    /// XDG_STATE_HOME, never used relative to wherever optout runs.
    @Test func withoutHomeWhatNeedsNoProgressFileWorks() throws {
        let base = Runner("nohome")
        defer { base.cleanUp() }
        let utf8 = ["LANG": "C.UTF-8", "LC_ALL": "", "LC_CTYPE": ""]
        let cli = base.withEnvironment(utf8, removing: ["HOME", "OPTOUT_STATE_FILE", "XDG_STATE_HOME"])
        let relative = base.withEnvironment(utf8.merging(["HOME": "rel"]) { $1 }, removing: ["OPTOUT_STATE_FILE", "XDG_STATE_HOME"])
        for runner in [cli, relative] {
            for arguments in [["guide"], ["qr"], ["guide", "export"], ["draft"]] {
                let result = try runner.run(arguments)
                #expect(result.status == 0, "optout \(arguments) with HOME \(runner.environment["HOME"] ?? "unset"): \(result.stderr)")
                #expect(result.stderr.isEmpty, "optout \(arguments): \(result.stderr)")
            }
            #expect(try runner.run(["draft"]).stdout.contains("[your name]"), "the general draft")
        }
        let tilde = try cli.run(["status", "--state-file", "~/x.json"])
        #expect(tilde.status == 3)
        #expect(tilde.stderr == "optout: HOME is not set, so \"~\" in ~/x.json cannot be expanded. "
            + "Set HOME, or give the path without \"~\".\n", "\(tilde.stderr)")
        let relativeTilde = try relative.run(["status", "--state-file", "~/x.json"])
        #expect(relativeTilde.status == 3)
        #expect(relativeTilde.stderr.hasPrefix("optout: HOME is \"rel\", not an absolute path, so \"~\" in ~/x.json cannot be expanded."))
        let unnamed = try cli.run(["status"])
        #expect(unnamed.status == 3)
        #expect(unnamed.stderr.hasPrefix("optout: HOME is not set, so there is no default place for the progress file."))
        for arguments in [["status"], ["--plain"]] {
            let refused = try relative.run(arguments, input: "d\nq\n")
            #expect(refused.status == 3, "optout \(arguments): \(refused.status)")
            #expect(refused.stderr.hasPrefix("optout: HOME is \"rel\", not an absolute path, so there is no default place"),
                    "\(refused.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: base.folder + "/rel"), "nothing is made under a relative HOME")
        // An empty --state-file is still a mistake, also where no progress is needed.
        #expect(try cli.run(["draft", "--state-file", ""]).status == 64)
    }

    @Test func theDefaultPathIsUnderXDGStateHome() throws {
        let base = Runner("e2e")
        defer { base.cleanUp() }
        let cli = base.withEnvironment([:], removing: ["OPTOUT_STATE_FILE"])
        let xdg = cli.folder + "/xdg"
        let result = try cli.run([], input: "d\nq\n", extraEnvironment: ["XDG_STATE_HOME": xdg])
        #expect(result.status == 1)
        #expect(FileManager.default.fileExists(atPath: xdg + "/optout/progress.json"))
        let home = try cli.run([], input: "d\nq\n")
        #expect(home.status == 1)
        #expect(FileManager.default.fileExists(atPath: cli.folder + "/.local/state/optout/progress.json"))
    }
}
