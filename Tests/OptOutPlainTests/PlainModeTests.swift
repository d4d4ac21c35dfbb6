import Foundation
import OptOutCore
import OptOutSystem
import OptOutTestSupport
import Testing
@testable import OptOutPlain

final class MemorySaver: ProgressSaving {
    var saved: [WalkthroughProgress] = []
    /// Saves fail once this many have been written.
    var failAfter = Int.max
    var attempts = 0
    func save(_ progress: WalkthroughProgress) throws(ProgressStoreError) {
        attempts += 1
        if saved.count >= failAfter { throw .io(path: "/tmp/p.json", action: .write, reason: "no space left on device") }
        saved.append(progress)
    }
}

/// Runs plain mode over the built-in guide with scripted input; returns the outcome, output and last save.
func runPlain(
    _ lines: [String], saved: WalkthroughProgress? = nil, guideWarning: String? = nil, thenSignal signal: Int32? = nil,
    failAfter: Int = .max, width: Int = TextWidth.page, guide: Guide = .linkedInAITraining
) -> (RunOutcome, String, MemorySaver, WalkthroughSession) {
    let saver = MemorySaver()
    saver.failAfter = failAfter
    let start = Date(timeIntervalSince1970: 1_796_000_000)
    var tick = 0.0
    let session = WalkthroughSession(
        state: .begin(guide: guide, saved: saved, now: start), saver: saver,
        clock: { tick += 60; return start.addingTimeInterval(tick) }, zone: .utc, frontEnd: .plain)
    var output = ""
    let mode = PlainMode(
        session: session, input: ScriptedLines(lines, thenSignal: signal),
        context: RunContext(statePath: "/tmp/p.json", startedAt: start, zone: .utc, guideWarning: guideWarning, lineWidth: { width }),
        write: { output += $0 })
    let outcome = mode.run()
    return (outcome, output, saver, session)
}

/// About, web, English, elsewhere, then every step to the end; the form sent on 2026-11-29 (reference
/// ABC), waiting for its confirmation.
let wholeWalk = [
    "d", "1", "1", "6", "done", "d", "d", "D", "d", "n", "Submitted 2026-11-29, ref ABC", "w", "2026-11-29", "ABC",
    "skip not wanted", "d",
]

/// "Step 6 of 12" for a step id of the built-in guide: numbers come from the guide.
func position(_ id: String) -> String {
    let guide = Guide.linkedInAITraining
    return "Step \((guide.index(ofStep: id) ?? -1) + 1) of \(guide.steps.count)"
}

@Suite("Plain mode")
struct PlainModeTests {
    @Test func aWholeWalkthroughEndsWithTheSummary() throws {
        // The confirmation came (r): the form step is done, with the day it was sent.
        let (outcome, output, saver, _) = runPlain(wholeWalk.map { $0 == "w" ? "r" : $0 })
        #expect(outcome == .complete)
        let total = Guide.linkedInAITraining.steps.count
        #expect(output.contains("\(position("about")): What optout does"))
        #expect(output.contains("\(position("finish")):"))
        #expect(output.contains("Complete: \(total - 1) of \(total) steps done, 1 not needed."))
        #expect(output.contains("All done."))
        // The handout for someone else is named once, in the words the full screen uses too.
        #expect(output.replacingOccurrences(of: "\n", with: " ").components(separatedBy: Messages.helpSomeoneElse).count == 2)
        let last = try #require(saver.saved.last)
        #expect(last.isComplete)
        #expect(last.answers == ["platform": "web", "linkedInLanguage": "en", "region": "elsewhere"])
        #expect(last.record("objection-form")?.note == "Submitted 2026-11-29, ref ABC")
        #expect(last.record("related-settings")?.status == .notNeeded)
        #expect(last.record("related-settings")?.reason == "not wanted")
    }

    @Test func aWrappedMenuPathNeverStartsALineWithThePromptSign() {
        let (_, output, _, _) = runPlain(["d", "1", "fr", "1", "d", "q"])
        let lines = output.split(separator: "\n")
        let path = lines.firstIndex { $0.hasPrefix("Menu path: Vous") }
        #expect(path.map { lines[$0 + 1].hasPrefix("  > Confidentialité des données") } == true, "\(output)")
    }

    @Test func aStaleGuideSaysSoFirst() {
        let old = Date(timeIntervalSince1970: 1_796_000_000).addingTimeInterval(365 * 86_400)
        let warning = GuideAge(guide: .linkedInAITraining, now: old).warning
        let (_, output, _, _) = runPlain(["q"], guideWarning: warning)
        let flat = output.replacingOccurrences(of: "\n", with: " ")
        let note = flat.range(of: "Note: This guide was last verified on \(Guide.linkedInAITraining.lastVerified)")
        #expect(note != nil)
        #expect(note.map { flat[..<$0.lowerBound].contains(position("about")) } == false, "before the first step")
        #expect(flat.contains("run a corrected guide file with --guide FILE."))
        let (_, fresh, _, _) = runPlain(["q"], guideWarning: nil)
        #expect(!fresh.contains("Note:"))
    }

    @Test func aScreenThatDifferedIsReportedAtTheEnd() {
        let (_, output, _, _) = runPlain(["x The menu is called Privacy"] + wholeWalk)
        let flat = output.replacingOccurrences(of: "\n", with: " ")
        #expect(flat.contains("Your screen differed from the guide on 1 step. `optout report` writes a report"))
        let (_, clean, _, _) = runPlain(wholeWalk)
        #expect(!clean.contains("optout report"))
    }

    @Test func everyPromptListsItsAnswers() {
        let (_, output, _, _) = runPlain(["d", "q"])
        #expect(output.contains("Answer: d done, s skip, x screen differs, b back, n note, q quit, ? help\n> "))
        // A prompt longer than 78 columns breaks between answers, never inside one.
        #expect(output.contains("Answer: 1-2 to choose, s skip, x screen differs, b back, n note, q quit,\n  ? help\n> "))
    }

    /// Plain mode wraps everything it says at the width the run gives (the terminal's), between words:
    /// the steps, the answers, the help, the forms' questions and the summary.
    @Test(arguments: [30, 38, 78, 120])
    func everyLineIsWrappedBetweenWordsAtTheWidth(width: Int) {
        let walk = ["?", "x The menu is called Privacy and sits under a heading that says Data"] + wholeWalk.map { $0 == "w" ? "r" : $0 }
        let (_, wrapped, _, _) = runPlain(walk, width: width)
        let (_, unwrapped, _, _) = runPlain(walk, width: .max)
        func words(_ text: String) -> [Substring] { text.split(whereSeparator: \.isWhitespace) }
        #expect(words(wrapped) == words(unwrapped), "a word was split or lost at \(width)")
        for line in wrapped.split(separator: "\n") where line.count > width {
            #expect(words(String(line)).count == 1, "at \(width): \"\(line)\" is \(line.count) wide")
        }
    }

    @Test func theHelpFitsEightyColumns() {
        let (_, output, _, _) = runPlain(["d", "1", "1", "1", "d", "d", "d", "d", "d", "?", "q"])
        let help = output.components(separatedBy: "Answers at a step:").last ?? ""
        for line in help.split(separator: "\n") { #expect(line.count <= TextWidth.page, "\"\(line)\"") }
        #expect(help.contains("  s, skip: skip this step for now (\"s reason\" records why); an optional step\n    is marked not needed"),
                "\(help)")
    }

    @Test func actionStepsShowThePathForThePlatformChosen() {
        let (_, web, _, _) = runPlain(["d", "1", "1", "1", "d", "q"])
        #expect(web.contains("Menu path: Me > Settings & Privacy > Data privacy"))
        #expect(!web.contains("In the mobile app"))
        let (_, app, _, _) = runPlain(["d", "2", "1", "1", "d", "q"])
        #expect(app.contains("Menu path: Profile picture > Settings (not verified) > Data privacy"))
    }

    @Test func aSkippedPlatformShowsBothPaths() {
        let (_, output, _, _) = runPlain(["d", "s", "1", "1", "d", "q"])
        #expect(output.contains("Menu path (on the website): Me > Settings & Privacy > Data privacy"))
        #expect(output.contains("Menu path (in the mobile app): Profile picture > Settings (not verified) >\n  Data privacy"))
    }

    @Test func theRegionChangesTheExplanation() {
        let (_, eu, _, _) = runPlain(["d", "1", "en", "eu-eea", "d", "d", "d", "d", "d", "q"])
        #expect(eu.contains("Article 21"))
        let (_, elsewhere, _, _) = runPlain(["d", "1", "en", "elsewhere", "d", "d", "d", "d", "d", "q"])
        #expect(!elsewhere.contains("Article 21"))
    }

    @Test func unknownAnswersRepromptWithAHintAndLoseNothing() {
        let (_, output, saver, session) = runPlain(["maybe", "", "7", "d", "9", "tv", "2", "q"])
        // The hint, then the prompt once (not the prompt inside the hint and again after it).
        #expect(output.contains("\"maybe\" is not an answer here.\nAnswer: d done, s skip, x screen differs, b back, n note, q quit, ? help\n> "))
        #expect(output.contains("Type an answer.\nAnswer: d done"))
        #expect(!output.contains("here. Answer:"))
        #expect(output.contains("\"7\" is not an answer here."))
        #expect(output.contains("\"9\" is not one of the answers (web, app)."))
        #expect(output.contains("\"tv\" is not one of the answers (web, app)."))
        #expect(session.state.progress.answers["platform"] == "app")
        #expect(saver.saved.last?.currentStepId == "linkedin-language")
    }

    @Test func doneOnAnUnansweredChoiceAsksForAnAnswer() {
        let (_, output, _, _) = runPlain(["d", "d", "q"])
        #expect(output.contains("needs an answer first"))
    }

    @Test func waitingIsRefusedWhereItMeansNothing() {
        let (_, output, _, session) = runPlain(["w", "q"])
        #expect(output.contains("Waiting applies only to a step that waits for a confirmation"))
        #expect(!output.contains("step about"), "a step is never named by its id")
        #expect(session.state.phase == .onStep(0))
    }

    @Test func backAndNotes() throws {
        let (_, output, saver, _) = runPlain(["d", "1", "b", "n 確認 ✓ café", "b", "note", "", "d", "q"])
        #expect(output.contains("Note saved."))
        #expect(output.contains("Note removed."))
        #expect(output.contains("Your note: 確認 ✓ café"))
        let last = try #require(saver.saved.last)
        #expect(last.record("platform")?.note == "確認 ✓ café")
        #expect(last.record("about")?.note == nil)
        #expect(last.currentStepId == "platform")
    }

    @Test func helpExplainsEveryAnswer() {
        let (_, output, _, _) = runPlain(["?", "q"])
        for word in ["d, done", "s, skip", "b, back", "n, note", "q, quit", "?, help"] {
            #expect(output.contains(word))
        }
        #expect(!output.contains("w, wait"), "waiting is offered only where a confirmation is awaited")
    }

    @Test func quitSavesAndReportsUnfinished() throws {
        let (outcome, output, saver, _) = runPlain(["d", "q"])
        #expect(outcome == .unfinished)
        #expect(output.contains("Progress saved to /tmp/p.json. Run `optout` to resume."))
        #expect(saver.saved.last?.currentStepId == "platform")
    }

    @Test func endOfInputSavesAndStops() throws {
        let (outcome, output, saver, _) = runPlain(["d", "1"])
        #expect(outcome == .unfinished)
        #expect(output.contains("Input ended."))
        #expect(saver.saved.last?.currentStepId == "linkedin-language")
    }

    @Test func endOfInputWhileTypingANoteStillSaves() {
        let (outcome, _, saver, _) = runPlain(["d", "n"])
        #expect(outcome == .unfinished)
        #expect(saver.saved.last?.record("about")?.status == .done)
    }

    @Test func ctrlCSavesAndSaysSoWith130() throws {
        let (outcome, output, saver, _) = runPlain(["d", "1"], thenSignal: SIGINT)
        #expect(outcome == .interrupted(signal: SIGINT))
        #expect(outcome.exitStatus == 130)
        #expect(output.contains("Progress saved to /tmp/p.json."))
        #expect(saver.saved.last?.currentStepId == "linkedin-language")
        // A note half typed when Ctrl-C came never reached optout: it says so, not "kept".
        let (_, noteOutput, noteSaver, _) = runPlain(["d", "n"], thenSignal: SIGINT)
        let flat = noteOutput.replacingOccurrences(of: "\n", with: " ")
        #expect(flat.contains("Anything typed on the last line without Enter was not saved"))
        #expect(!flat.contains("Your note is saved"))
        #expect(noteSaver.saved.last?.record("about")?.note == nil)
    }

    @Test func ctrlCAfterAFailedSaveSaysNotSavedWith3() throws {
        let (outcome, output, _, _) = runPlain(["d", "1"], thenSignal: SIGINT, failAfter: 1)
        #expect(outcome == .notSaved)
        let flat = output.replacingOccurrences(of: "\n", with: " ")
        #expect(flat.contains("your last change was NOT saved"))
        #expect(!flat.contains("Progress saved"))
    }

    @Test func ctrlCInTheMiddleOfTheSentFormKeepsTheDayGiven() throws {
        var walk = ["d", "1", "1", "6", "done", "d", "d", "D", "d"]
        walk += ["sent", "2026-11-28"]  // the day given; Ctrl-C at the reference
        let (outcome, output, saver, _) = runPlain(walk, thenSignal: SIGTERM)
        #expect(outcome == .interrupted(signal: SIGTERM))
        let record = try #require(saver.saved.last?.record("objection-form"))
        #expect(record.status == .pending)
        #expect(record.unfinished?.fields["day"] == "2026-11-28")
        #expect(output.replacingOccurrences(of: "\n", with: " ").contains("What you were typing is kept, not yet recorded"))
        // Back on the step, the same form shows the day kept.
        let (_, again, _, _) = runPlain(["1", "sent"], saved: saver.saved.last)
        #expect(again.contains("Not finished: form sent: day 2026-11-28"))
        #expect(again.contains("Kept from when optout was stopped: \"2026-11-28\""))
    }

    @Test func resumingOffersResumeFirstAndGoesBackToTheSameStep() throws {
        let (_, _, firstSaver, _) = runPlain(["d", "2", "3", "3", "d", "q"])
        let saved = try #require(firstSaver.saved.last)
        #expect(saved.currentStepId == "open-data-privacy")
        let (_, output, _, session) = runPlain(["", "q"], saved: saved)
        #expect(output.contains("You have an unfinished checklist: 5 of 12 steps done; 7 left. Next is step"))
        #expect(output.contains("  1. Resume where you stopped\n  2. Start over"))
        #expect(output.contains("\(position("open-data-privacy")): Open the data privacy settings"))
        // French labels, with the English beside them, in plain mode too.
        #expect(output.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("Menu path: Profile picture > Réglages (\"Settings\"; not verified) > Confidentialité des données (\"Data privacy\")"))
        #expect(output.contains("3. Tap \"Confidentialité des données\" (\"Data privacy\")."))
        #expect(session.state.currentStep?.id == "open-data-privacy")
    }

    @Test func startingOverFromTheOffer() throws {
        let (_, _, firstSaver, _) = runPlain(["d", "2", "q"])
        let saved = try #require(firstSaver.saved.last)
        let (_, output, saver, _) = runPlain(["nonsense", "2", "y", "q"], saved: saved)
        #expect(output.contains("\"nonsense\" is not one of the answers."))
        #expect(output.contains("Start over? y or yes starts again at step 1"))
        #expect(output.contains(position("about")))
        #expect(saver.saved.first?.answers.isEmpty == true)
    }

    @Test func finishedProgressShowsTheSummaryAtOnce() throws {
        let (_, _, firstSaver, _) = runPlain(wholeWalk)
        let saved = try #require(firstSaver.saved.last)
        #expect(!saved.isComplete, "the form step is waiting")
        // Resume on the form step; the confirmation came (r; empty keeps the reference).
        let (_, _, secondSaver, _) = runPlain(["1", "r", "", "q"], saved: saved)
        let complete = try #require(secondSaver.saved.last)
        #expect(complete.isComplete)
        let (outcome, output, saver, _) = runPlain([], saved: complete)
        #expect(outcome == .complete)
        #expect(output.contains("Your checklist is already complete."))
        #expect(output.contains("Complete: 11 of 12 steps done, 1 not needed."))
        #expect(saver.saved.isEmpty)
    }

    @Test func hostileNotesAreShownHarmlessly() throws {
        let hostile = "x\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}1m"
        let (_, output, saver, _) = runPlain(["n " + hostile, "b", "q"])
        #expect(saver.saved.last?.record("about")?.note == hostile)
        #expect(!output.unicodeScalars.contains { $0 != "\n" && TerminalSafeText.needsReplacing($0) })
    }

    @Test(arguments: [
        ("d", PlainAnswer.done), ("DONE", .done), ("s", .skip(reason: nil)), ("skip too hard", .skip(reason: "too hard")),
        ("w", .wait), ("wait", .wait), ("b", .back), ("back", .back), ("n", .note(nil)), ("note hi there", .note("hi there")),
        ("q", .quit), ("quit", .quit), ("?", .help), ("help", .help), ("  ", .empty), ("2", .option("2")),
        ("eu-eea", .option("eu-eea")), ("done now", .unknown("done now")), ("maybe later", .unknown("maybe later")),
        // A tab separates as a space does.
        ("n\tmy note", .note("my note")), ("s\t too hard", .skip(reason: "too hard")), ("r\tref 1", .received("ref 1")),
        ("d\tnow", .unknown("d\tnow")),
    ])
    func answersAreParsed(line: String, expected: PlainAnswer) {
        #expect(PlainAnswer.parse(line) == expected)
    }

    @Test func aLastStepWhoseSaveFailsTwiceIsNotAllDone() throws {
        let saver = MemorySaver()
        var state = WalkthroughState.begin(guide: .linkedInAITraining, saved: nil, now: Date(timeIntervalSince1970: 1_796_000_000))
        while state.currentStep?.kind != .finish {
            let event: WalkthroughEvent = (state.currentStep?.completingEvent() ?? .markDone)
            state = try Walkthrough.reduce(state, event, now: Date(timeIntervalSince1970: 1_796_000_000)).state
        }
        saver.failAfter = 0
        let session = WalkthroughSession(state: state, saver: saver, clock: { Date(timeIntervalSince1970: 1_796_000_100) }, zone: .utc, frontEnd: .plain)
        var output = ""
        let outcome = PlainMode(session: session, input: ScriptedLines(["d"]), context: RunContext(statePath: "/tmp/p.json", startedAt: t0, zone: .utc),
                                write: { output += $0 }).run()
        #expect(outcome == .notSaved)
        #expect(outcome.exitStatus == 3)
        #expect(saver.attempts == 2, "the save is tried once more")
        #expect(output.replacingOccurrences(of: "\n", with: " ").contains("Tried again, and failed again: your last change was NOT saved."))
        #expect(!output.contains("All done"))
        #expect(!output.contains("Complete:"), "no summary of what was not saved")
    }

    @Test func anEditorThatLeavesTheTextEmptyChangesNothing() throws {
        let editor = try #require(ExternalEditor(environment: ["VISUAL": "truncate -s 0"]))
        let saver = MemorySaver()
        var state = WalkthroughState.begin(guide: .linkedInAITraining, saved: nil, now: Date(timeIntervalSince1970: 1_796_000_000))
        while state.currentStep?.id != "objection-form" {
            let event: WalkthroughEvent = (state.currentStep?.completingEvent() ?? .markDone)
            state = try Walkthrough.reduce(state, event, now: Date(timeIntervalSince1970: 1_796_000_000)).state
        }
        let session = WalkthroughSession(state: state, saver: saver, clock: { t0 }, zone: .utc, frontEnd: .plain)
        var output = ""
        _ = PlainMode(session: session, input: ScriptedLines(["e", "q"]),
                      context: RunContext(statePath: "/tmp/p.json", editor: editor, startedAt: t0, zone: .utc), write: { output += $0 }).run()
        #expect(output.contains(Messages.editorLeftItEmpty))
        #expect(session.state.progress.draft == nil, "an empty edit stored nothing")
    }

    @Test func aMissingEditorIsReportedAsMissing() throws {
        let editor = try #require(ExternalEditor(environment: ["VISUAL": "optout-no-such-editor --wait"]))
        var state = WalkthroughState.begin(guide: .linkedInAITraining, saved: nil, now: Date(timeIntervalSince1970: 1_796_000_000))
        while state.currentStep?.id != "objection-form" {
            let event: WalkthroughEvent = (state.currentStep?.completingEvent() ?? .markDone)
            state = try Walkthrough.reduce(state, event, now: Date(timeIntervalSince1970: 1_796_000_000)).state
        }
        let session = WalkthroughSession(state: state, saver: MemorySaver(), clock: { t0 }, zone: .utc, frontEnd: .plain)
        var output = ""
        _ = PlainMode(session: session, input: ScriptedLines(["e", "q"]),
                      context: RunContext(statePath: "/tmp/p.json", editor: editor, startedAt: t0, zone: .utc), write: { output += $0 }).run()
        #expect(output.contains("The editor optout-no-such-editor was not found"))
        #expect(!output.contains("did not finish cleanly"))
        #expect(session.state.progress.draft == nil)
    }
}
