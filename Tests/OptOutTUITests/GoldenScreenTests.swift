import Foundation
import OptOutCore
import Testing

@testable import OptOutTUI

/// Whole screens rendered from the grid, compared with text files in Goldens/.
@Suite("Golden screens")
struct GoldenScreenTests {
    static let stepIndices = Array(0..<Guide.linkedInAITraining.steps.count)

    @Test("every step at 80x24", arguments: stepIndices)
    func everyStepAt80x24(index: Int) throws {
        let state = try state(onStep: index)
        let name = String(format: "step-%02d-%@-80x24", index + 1, guide.steps[index].id)
        Goldens.check(name, render(state))
    }

    @Test("a selection of steps at 40x12", arguments: ["platform", "region", "open-data-privacy", "objection-form", "finish"])
    func stepsAt40x12(id: String) throws {
        let index = try #require(guide.index(ofStep: id))
        let name = String(format: "step-%02d-%@-40x12", index + 1, id)
        Goldens.check(name, render(try state(on: id), columns: 40, rows: 12))
    }

    @Test("a selection of steps at 120x40, checklist beside", arguments: ["region", "open-genai-setting", "finish"])
    func stepsAt120x40(id: String) throws {
        let index = try #require(guide.index(ofStep: id))
        let name = String(format: "step-%02d-%@-120x40", index + 1, id)
        Goldens.check(name, render(try state(on: id), columns: 120, rows: 40))
    }

    static let labelledSteps = ["linkedin-language", "open-data-privacy", "open-genai-setting", "turn-off-genai", "objection-form", "related-settings"]

    @Test("LinkedIn's labels in German and French at 80x24 and 40x12",
          arguments: ["de", "fr"], labelledSteps)
    func labelsInTheMembersLanguage(language: String, id: String) throws {
        var answers = defaultAnswers
        answers["linkedInLanguage"] = language
        let state = try state(on: id, answers: answers)
        let index = try #require(guide.index(ofStep: id))
        for (columns, rows) in [(80, 24), (40, 12)] {
            let frame = render(state, columns: columns, rows: rows)
            Goldens.check(String(format: "%@/step-%02d-%@-%dx%d", language, index + 1, id, columns, rows), frame)
            #expect(frame.grid.rowsText.allSatisfy { TerminalWidth.columns(of: $0) <= columns })
        }
    }

    @Test("long labels wrap whole at 40 columns and never overflow", arguments: LinkedInLanguage.allCases)
    func longLabelsWrap(language: LinkedInLanguage) throws {
        var answers = defaultAnswers
        answers["linkedInLanguage"] = language.rawValue
        for id in Self.labelledSteps {
            let state = try state(on: id, answers: answers)
            // Tall enough for the whole page: every word of every label is on the screen.
            let frame = render(state, columns: 40, rows: 300)
            let rows = frame.grid.rowsText
            #expect(rows.allSatisfy { TerminalWidth.columns(of: $0) <= 40 }, "\(id) overflows in \(language.rawValue)")
            let flowing = rows.joined(separator: " ").split(separator: " ").joined(separator: " ")
            let content = try #require(StepContent(state: state))
            for line in content.body + content.instructions.flatMap(\.lines) + [content.expected].compactMap({ $0 }) {
                let words = line.split(separator: " ").joined(separator: " ")
                #expect(flowing.contains(words), "\(id) in \(language.rawValue): \(words)")
            }
        }
    }

    @Test("the stale-guide warning on the first screen")
    func staleWarning() throws {
        let warning = try #require(GuideAge(guide: guide, now: fixedNow.addingTimeInterval(400 * 86_400)).warning)
        let context = ScreenContext(statePath: screenContext.statePath, glyphs: .unicode, notes: [warning])
        var model = ScreenModel()
        let state = try state(on: "about")
        model.sync(with: state)
        let frame = ScreenView.render(state: state, model: model, context: context, size: ScreenSize(columns: 80, rows: 24))
        Goldens.check("stale-first-screen-80x24", frame)
        #expect(frame.grid.text.contains("Note: This guide was last verified on \(guide.lastVerified)"))
    }

    @Test("every status mark in the checklist at 120x40")
    func everyStatusAt120x40() throws {
        let frame = render(try stateWithEveryStatus(), columns: 120, rows: 40)
        Goldens.check("checklist-every-status-120x40", frame)
        let text = frame.grid.text
        func number(_ id: String) -> Int { guide.index(ofStep: id)! + 1 }
        let marks = ["[x] 1.", "[>] \(number("sign-in")).", "[x] \(number("open-data-privacy")).",
                     "[~] \(number("objection-form")).", "[-] \(number("related-settings")).", "[ ] \(number("finish"))."]
        for mark in marks {
            #expect(text.contains(mark), "checklist lacks \(mark)")
        }
        #expect(text.contains("[-] not needed"))
    }

    @Test("starting over asks first, its whole question shown, at 80x24 and 40x12")
    func startOverQuestion() throws {
        let resume = WalkthroughState.begin(guide: guide, saved: try savedProgressPartWay(), now: fixedNow)
        var model = ScreenModel()
        model.sync(with: resume)
        _ = model.update(.chooseNumber(2), state: resume)
        _ = model.update(.confirm, state: resume)
        Goldens.check("start-over-question-80x24", render(resume, model))
        let small = render(resume, model, columns: 40, rows: 12).grid.text
        #expect(small.contains("y or yes"), "the question's key words are shown on a small screen")
    }

    @Test("too small: the whole sentence at 20x6, wrapped")
    func tooSmall() throws {
        let frame = render(try state(on: "open-data-privacy"), columns: 20, rows: 6)
        Goldens.check("too-small-20x6", frame)
        #expect(frame.grid.rowsText.filter { !$0.isEmpty } == ["Please make the", "terminal at least", "40×12 (it is 20×6)."])
        #expect(frame.facts.mode == .tooSmall)
    }

    @Test("too small: the most useful words that fit, never cut in a word", arguments: [
        (10, 4, ["Too small", "(10×4):", "needs", "40×12"]),
        (12, 3, ["Too small", "(12×3):", "needs 40×12"]),
        (39, 1, ["Too small (39×1): needs 40×12"]),
        (16, 1, ["Too small: 40×12"]),
        (11, 1, ["Needs 40×12"]),
        (6, 2, ["Needs", "40×12"]),
        (5, 1, ["40×12"]),
        (80, 11, ["Please make the terminal at least 40×12 (it is 80×11)."]),
    ])
    func tooSmallWords(columns: Int, rows: Int, expected: [String]) throws {
        let frame = render(try state(on: "open-data-privacy"), columns: columns, rows: rows)
        #expect(frame.grid.rowsText.filter { !$0.isEmpty } == expected)
        #expect(frame.grid.rowsText.allSatisfy { TerminalWidth.columns(of: $0) <= columns })
    }

    @Test("too small with a field open: the field stays, shows what is typed, and keeps its keys")
    func tooSmallKeepsTheField() throws {
        let state = try state(on: "objection-form")
        var model = ScreenModel()
        model.sync(with: state)
        _ = model.update(.startNote, state: state)
        for scalar in "Jürgen".unicodeScalars { _ = model.update(.edit(.insert(scalar)), state: state) }
        let frame = render(state, model, columns: 10, rows: 4)
        Goldens.check("too-small-field-10x4", frame)
        #expect(frame.facts.mode == .field(.save))
        #expect(frame.grid.rowsText.last == "> Jürgen")
        #expect(frame.cursor == ScreenPosition(row: 3, column: 8))
        // What is typed now goes into the field, q included; Enter saves it as at any size.
        #expect(KeyMap.action(for: .character("q"), on: frame.facts) == .edit(.insert("q")))
        #expect(KeyMap.action(for: .character(" "), on: frame.facts) == .edit(.insert(" ")))
        #expect(KeyMap.action(for: .paste("M"), on: frame.facts) == .edit(.paste("M")))
        #expect(KeyMap.action(for: .enter, on: frame.facts) == .confirm)
        let roomier = render(state, model, columns: 30, rows: 8)
        Goldens.check("too-small-field-30x8", roomier)
        #expect(roomier.grid.rowsText.joined(separator: " ").contains("What you type still goes into the field:"))
        // On one row only the notice shows; the field still has the keys.
        let oneRow = render(state, model, columns: 30, rows: 1)
        #expect(oneRow.grid.rowsText == ["Too small (30×1): needs 40×12"])
        #expect(oneRow.facts.mode == .field(.save))
    }

    @Test("resume screen")
    func resumeScreen() throws {
        let state = WalkthroughState.begin(guide: guide, saved: try savedProgressPartWay(), now: fixedNow)
        #expect(state.phase == .offeringResume)
        let frame = render(state)
        Goldens.check("resume-80x24", frame)
        #expect(frame.grid.text.contains("› 1. Resume where you stopped"))
    }

    @Test("resume screen at 40x12: the choices are above the fold")
    func resumeScreenSmall() throws {
        let state = WalkthroughState.begin(guide: guide, saved: try savedProgressPartWay(), now: fixedNow)
        let frame = render(state, columns: 40, rows: 12)
        Goldens.check("resume-40x12", frame)
        let text = frame.grid.text
        #expect(text.contains("› 1. Resume where you stopped"))
        #expect(text.contains("2. Start over"))
        #expect(text.contains("3. Quit"))
        let cursor = try #require(frame.cursor)
        #expect(frame.grid.rowsText[cursor.row].contains("1. Resume"))
    }

    @Test("resume screen with the guide-changed note")
    func guideChangedNote() throws {
        var saved = try savedProgressPartWay()
        saved.guideVersion = "0.9.0"
        saved.steps.removeAll { $0.id == "related-settings" }
        saved.steps.append(StepRecord(id: "old-privacy-check", status: .done, note: "kept"))
        let state = WalkthroughState.begin(guide: guide, saved: saved, now: fixedNow)
        #expect(!state.guideChanges.isEmpty)
        let frame = render(state)
        Goldens.check("resume-guide-changed-80x24", frame)
        #expect(frame.grid.text.contains("The guide changed since your progress was saved"))
    }

    @Test("help screen")
    func helpScreen() throws {
        var model = ScreenModel()
        model.overlay = .help
        let frame = render(try state(on: "open-genai-setting"), model, columns: 80, rows: 24)
        Goldens.check("help-80x24", frame)
        Goldens.check("help-120x40", render(try state(on: "open-genai-setting"), model, columns: 120, rows: 40))
    }

    @Test("note field holding CJK and emoji")
    func noteField() throws {
        let state = try state(on: "objection-form")
        var model = ScreenModel()
        model.sync(with: state)
        _ = model.update(.startNote, state: state)
        for scalar in "確認 ✓ café 🎉 sent".unicodeScalars { _ = model.update(.edit(.insert(scalar)), state: state) }
        for _ in 0..<5 { _ = model.update(.edit(.moveLeft), state: state) }
        let frame = render(state, model)
        Goldens.check("note-field-80x24", frame)
        // The cursor sits in the field, before " sent": prompt "> " (2) + 確認 (4) + " ✓ café 🎉" (10) = 16.
        let cursor = try #require(frame.cursor)
        #expect(frame.grid.rowsText[cursor.row].hasPrefix(" > 確認 ✓ café 🎉 sent"))
        #expect(cursor.column == 1 + 16)
    }

    @Test("a step before the platform is known shows both menu paths")
    func bothPlatforms() throws {
        let start = WalkthroughState.begin(guide: guide, saved: nil, now: fixedNow)
        let state = try applying([.markDone, .skip(reason: nil), .choose("en"), .choose("uk"), .markDone], to: start)
        #expect(state.progress.platform == nil)
        let frame = render(state)
        Goldens.check("both-platforms-80x24", frame)
        #expect(frame.grid.text.contains("Menu path (on the website):"))
        #expect(frame.grid.text.contains("Menu path (in the mobile app):"))
    }

    @Test("an error message under the content")
    func errorMessage() throws {
        let state = try state(on: "about")
        let model = ScreenModel(message: ScreenMessage(WalkthroughError.atFirstStep.description, kind: .error))
        Goldens.check("message-first-step-80x24", render(state, model))
    }

    @Test("the objection form with a saved draft, sent and waiting, scrolled to the draft")
    func objectionDraftShown() throws {
        let start = try state(on: "objection-form")
        let draft = ObjectionDraft(uses: [.personalization, .otherMachineLearning], name: "Ana Souza")
        let state = try applying([
            .setDraft(draft), .recordSent(on: "2026-11-20", reference: "TS-12345"), .back,
            .reportScreenDiffers("The form asks for a country first"),
        ], to: start)
        var model = ScreenModel()
        model.sync(with: state)
        model.reveal = .draft
        let frame = render(state, model, columns: 120, rows: 48)
        Goldens.check("objection-form-draft-120x48", frame)
        // Every key the step's sentences name does what they say (the key table decides).
        try expectKeyHintsAgreeWithTheKeyTable(frame)
        let text = frame.grid.text
        #expect(text.contains("Objection to the processing of my personal data"))
        #expect(text.contains("Name: Ana Souza"))
        #expect(text.contains("Sent on 2026-11-20"))
        #expect(text.contains("Confirmation: TS-12345"))
        #expect(text.contains("Your screen differed: The form asks for a country first"))
        #expect(text.contains("m sent") && text.contains("r received") && text.contains("c copy text"))
    }

    @Test("ticking the uses of the objection draft")
    func draftUsesList() throws {
        let state = try state(on: "objection-form")
        var model = ScreenModel()
        model.sync(with: state)
        _ = model.update(.startDraft, state: state)
        _ = model.update(.moveDown, state: state)
        _ = model.update(.toggle, state: state)
        let frame = render(state, model)
        Goldens.check("draft-uses-80x24", frame)
        let cursor = try #require(frame.cursor)
        #expect(frame.grid.rowsText[cursor.row].contains("› [ ] 2. Content moderation"))
    }

    @Test("plain ASCII drawing where the locale cannot show Unicode")
    func asciiGlyphs() throws {
        let state = try state(on: "open-genai-setting")
        var model = ScreenModel()
        model.sync(with: state)
        let context = ScreenContext(statePath: screenContext.statePath, glyphs: .ascii)
        let frame = ScreenView.render(state: state, model: model, context: context, size: ScreenSize(columns: 80, rows: 24))
        Goldens.check("ascii-80x24", frame)
        #expect(frame.grid.text.contains("Menu path: Me > Settings & Privacy > Data privacy"))
        #expect(frame.grid.text.unicodeScalars.allSatisfy { $0.isASCII })
    }
}

/// Every "<key> <does something>" in a frame's prose names the key the key table binds to it.
func expectKeyHintsAgreeWithTheKeyTable(_ frame: ScreenFrame, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let verbs: [(String, UIAction)] = [
        ("copies it", .copyDraft), ("edits the text", .editDraft), ("edits it", .editDraft),
        ("changes the choices", .startDraft), ("drafts it", .startDraft),
    ]
    // The content column only: the checklist beside it is not prose.
    let text = frame.grid.rowsText.map { $0.components(separatedBy: "│")[0] }.joined(separator: " ")
    var found = 0
    for (verb, action) in verbs {
        var rest = Substring(text)
        while let range = rest.range(of: " " + verb) {
            let key = rest[..<range.lowerBound].split(separator: " ").last.map(String.init) ?? ""
            let character = try #require(key.count == 1 ? key.unicodeScalars.first : nil, "\"\(key) \(verb)\" names no key", sourceLocation: sourceLocation)
            #expect(KeyMap.action(for: .character(character), on: frame.facts) == action,
                    "\"\(key) \(verb)\": \(key) does something else", sourceLocation: sourceLocation)
            found += 1
            rest = rest[range.upperBound...]
        }
    }
    #expect(found > 0, "no key hint on the screen", sourceLocation: sourceLocation)
}

@Suite("Layout on short screens")
struct ShortScreenTests {
    @Test("a message and a list on a 40x12 screen never cover the header", arguments: [12, 13, 14])
    func crowded(rows: Int) throws {
        let state = try applying([.setDraft(ObjectionDraft(editedText: "Mine."))], to: try state(on: "objection-form"))
        var model = ScreenModel()
        model.sync(with: state)
        _ = model.update(.startDraft, state: state)
        _ = model.update(.confirm, state: state)
        for scalar in "Ana".unicodeScalars { _ = model.update(.edit(.insert(scalar)), state: state) }
        _ = model.update(.confirm, state: state)
        _ = model.update(.confirm, state: state)  // a new name: to the keep-or-rebuild question
        model.message = ScreenMessage(String(repeating: "A long message that wraps. ", count: 8), kind: .error)
        let frame = render(state, model, columns: 40, rows: rows)
        let lines = frame.grid.rowsText
        #expect(lines[0].contains("Step \(guide.index(ofStep: "objection-form")! + 1) of \(guide.steps.count)"))
        #expect(lines[1].hasPrefix("─"))
        #expect(lines.contains { $0.contains("› 1. Keep your edited text") })
        let cursor = try #require(frame.cursor)
        #expect(lines[cursor.row].contains("› 1. Keep your edited text"))
    }
}

@Suite("README screen capture")
struct ReadmeCaptureTests {
    @Test("the README shows the 80x24 screen of the generative-AI step exactly as the golden file has it")
    func readmeCaptureMatchesTheGolden() throws {
        let root = Goldens.directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let index = try #require(guide.index(ofStep: "open-genai-setting"))
        let name = String(format: "step-%02d-open-genai-setting-80x24.txt", index + 1)
        let golden = try String(contentsOf: Goldens.directory.appendingPathComponent(name), encoding: .utf8)
        let block = try #require(readme.components(separatedBy: "```text\n").dropFirst().first?.components(separatedBy: "\n```").first)
        #expect(block == golden.trimmingCharacters(in: .newlines), "update the capture in README.md from the golden file")
    }
}
