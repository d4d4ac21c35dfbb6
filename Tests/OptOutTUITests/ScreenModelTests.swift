import OptOutCore
import Testing

@testable import OptOutTUI

@Suite("Text field editing")
struct TextFieldTests {
    func typed(_ text: String, into field: TextField = TextField()) -> TextField {
        var field = field
        for scalar in text.unicodeScalars { field.apply(.insert(scalar)) }
        return field
    }

    @Test("typing UTF-8 text counts characters, not bytes or scalars")
    func typing() {
        let field = typed("確認 ✓ café 🎉")
        #expect(field.text == "確認 ✓ café 🎉")
        #expect(field.cursor == 11)
    }

    @Test("a combining mark typed after a letter joins it")
    func combining() {
        var field = typed("cafe")
        field.apply(.insert("\u{301}"))
        #expect(field.text == "caf\u{E9}")  // canonically equal to "cafe\u{301}"
        #expect(field.cursor == 4)
        field.apply(.deleteBackward)
        #expect(field.text == "caf")
    }

    @Test("cursor moves, Home and End")
    func moves() {
        var field = typed("ab確🎉")
        field.apply(.moveLeft)
        field.apply(.moveLeft)
        #expect(field.cursor == 2)
        field.apply(.insert("X"))
        #expect(field.text == "abX確🎉")
        field.apply(.moveToStart)
        #expect(field.cursor == 0)
        field.apply(.moveLeft)
        #expect(field.cursor == 0)
        field.apply(.insert("<"))
        #expect(field.text == "<abX確🎉")
        field.apply(.moveToEnd)
        #expect(field.cursor == 6)
        field.apply(.moveRight)
        #expect(field.cursor == 6)
    }

    @Test("Backspace and Delete erase whole characters")
    func erasing() {
        var field = typed("a確🎉b")
        field.apply(.moveLeft)
        field.apply(.deleteBackward)  // the emoji
        #expect(field.text == "a確b")
        #expect(field.cursor == 2)
        field.apply(.deleteForward)  // b
        #expect(field.text == "a確")
        field.apply(.deleteForward)  // nothing after the cursor
        #expect(field.text == "a確")
        field.apply(.moveToStart)
        field.apply(.deleteBackward)  // nothing before the cursor
        field.apply(.deleteForward)
        #expect(field.text == "確")
        #expect(field.cursor == 0)
    }

    @Test("control and direction characters are not typed")
    func refused() {
        let field = typed("a\u{1B}\u{202E}\u{9B}b")
        #expect(field.text == "ab")
    }

    @Test("the visible part keeps the cursor in view and measures wide characters")
    func visible() {
        var field = typed("確認確認確認abc")
        var shown = field.visible(width: 8)
        #expect(shown.text == "確認abc")
        #expect(shown.cursorColumn == 7)
        field.apply(.moveToStart)
        shown = field.visible(width: 8)
        #expect(shown.text == "確認確認")
        #expect(shown.cursorColumn == 0)
    }
}

@Suite("Screen model updates")
struct ScreenModelTests {
    @Test("Enter on an ordinary step sends Done; on a choice it sends the selected answer")
    func enter() throws {
        var model = ScreenModel()
        let about = try state(onStep: 0)
        #expect(model.update(.confirm, state: about) == [.send(.markDone, confirmation: nil)])

        let platform = try state(onStep: 1)
        model = ScreenModel()
        _ = model.update(.moveDown, state: platform)
        #expect(model.selection == 1)
        _ = model.update(.moveDown, state: platform)
        #expect(model.selection == 1, "the selection stops at the last answer")
        #expect(model.update(.confirm, state: platform) == [.send(.choose("app"), confirmation: nil)])
        #expect(model.update(.chooseNumber(1), state: platform) == [.send(.choose("web"), confirmation: nil)])
        #expect(model.update(.chooseNumber(7), state: platform) == [])
        #expect(model.message?.kind == .error)
    }

    @Test("the selection starts on the member's earlier answer and resets on another step")
    func selectionFollowsAnswer() throws {
        let region = try state(onStep: 2, answers: ["platform": "web", "region": "canada"])
        let back = try applying([.choose("canada"), .back], to: region)
        #expect(back.phase == .onStep(2))
        var model = ScreenModel()
        model.sync(with: back)
        #expect(model.selection == 3)
        model.scroll = 4
        model.sync(with: try applying([.choose("uk")], to: back))
        #expect(model.selection == 0)
        #expect(model.scroll == 0)
    }

    @Test("skip opens a reason field; an empty reason skips without one; Esc cancels")
    func skip() throws {
        let step = try state(onStep: 3)
        var model = ScreenModel()
        #expect(model.update(.startSkip, state: step) == [])
        #expect(model.overlay == .field(.skipReason, TextField()))
        #expect(model.update(.confirm, state: step) == [.send(.skip(reason: nil), confirmation: nil)])
        #expect(model.overlay == .none)

        _ = model.update(.startSkip, state: step)
        for scalar in "later".unicodeScalars { _ = model.update(.edit(.insert(scalar)), state: step) }
        #expect(model.update(.confirm, state: step) == [.send(.skip(reason: "later"), confirmation: nil)])

        _ = model.update(.startSkip, state: step)
        _ = model.update(.edit(.insert("x")), state: step)
        #expect(model.update(.closeOverlay, state: step) == [])
        #expect(model.overlay == .none)
    }

    @Test("the note field starts with the saved note and says whether it saved or removed it")
    func note() throws {
        let step = try applying([.setNote("first")], to: try state(onStep: 8))
        var model = ScreenModel()
        _ = model.update(.startNote, state: step)
        #expect(model.overlay == .field(.note, TextField(text: "first")))
        for _ in 0..<5 { _ = model.update(.edit(.deleteBackward), state: step) }
        for scalar in "確認 ✓".unicodeScalars { _ = model.update(.edit(.insert(scalar)), state: step) }
        #expect(model.update(.confirm, state: step) == [.send(.setNote("確認 ✓"), confirmation: "Note saved.")])

        _ = model.update(.startNote, state: step)
        for _ in 0..<5 { _ = model.update(.edit(.deleteBackward), state: step) }
        #expect(model.update(.confirm, state: step) == [.send(.setNote(""), confirmation: "Note removed.")])
    }

    @Test("links: open and copy on steps that have one, a message on steps that do not")
    func links() throws {
        let withLink = try state(onStep: 5)
        let link = try #require(withLink.currentStep?.link)
        var model = ScreenModel()
        #expect(model.update(.openLink, state: withLink) == [.openLink(link)])
        #expect(model.update(.copyLink, state: withLink) == [.copyLink(link)])
        let without = try state(onStep: 0)
        #expect(model.update(.openLink, state: without) == [])
        #expect(model.message == ScreenMessage("This step has no link.", kind: .error))
    }

    @Test("scrolling stays at or above zero; paging moves by the page")
    func scrolling() throws {
        let step = try state(onStep: 7)
        var model = ScreenModel()
        model.sync(with: step)
        model.pageSize = 10
        _ = model.update(.moveUp, state: step)
        #expect(model.scroll == 0)
        _ = model.update(.moveDown, state: step)
        _ = model.update(.pageDown, state: step)
        #expect(model.scroll == 10)
        _ = model.update(.pageUp, state: step)
        #expect(model.scroll == 1)
    }

    @Test("the resume screen: Enter resumes, digits choose, the selection moves")
    func resume() throws {
        let resume = WalkthroughState.begin(guide: guide, saved: try savedProgressPartWay(), now: fixedNow)
        var model = ScreenModel()
        #expect(model.update(.confirm, state: resume) == [.send(.resume, confirmation: nil)])
        _ = model.update(.moveDown, state: resume)
        #expect(model.update(.confirm, state: resume) == [.send(.startOver, confirmation: nil)])
        #expect(model.update(.chooseNumber(3), state: resume) == [.send(.quit, confirmation: nil)])
        #expect(model.update(.chooseNumber(4), state: resume) == [])
    }

    @Test("help opens and closes; q quits from anywhere")
    func help() throws {
        let step = try state(onStep: 4)
        var model = ScreenModel()
        _ = model.update(.toggleHelp, state: step)
        #expect(model.overlay == .help)
        _ = model.update(.moveDown, state: step)
        #expect(model.helpScroll == 1)
        _ = model.update(.closeOverlay, state: step)
        #expect(model.overlay == .none)
        #expect(model.update(.quit, state: step) == [.send(.quit, confirmation: nil)])
    }

    @Test("a message lasts until the next key")
    func message() throws {
        let step = try state(onStep: 4)
        var model = ScreenModel(message: ScreenMessage("Note saved."))
        _ = model.update(.moveDown, state: step)
        #expect(model.message == nil)
    }
}

@Suite("Screen model: the objection form's draft, sent and received")
struct ObjectionFormModelTests {
    func type(_ text: String, into model: inout ScreenModel, state: WalkthroughState) {
        for scalar in text.unicodeScalars { _ = model.update(.edit(.insert(scalar)), state: state) }
    }

    func clearField(_ model: inout ScreenModel, state: WalkthroughState) {
        _ = model.update(.edit(.moveToEnd), state: state)
        for _ in 0..<80 { _ = model.update(.edit(.deleteBackward), state: state) }
    }

    @Test("sent: the day (today offered, checked as a date), then the reference")
    func sent() throws {
        let step = try state(onStep: 8)
        var model = ScreenModel(today: "2026-11-29")
        _ = model.update(.startSent, state: step)
        #expect(model.overlay == .field(.sentDay, TextField(text: "2026-11-29")))
        clearField(&model, state: step)
        type("2026-02-30", into: &model, state: step)
        #expect(model.update(.confirm, state: step) == [])
        #expect(model.message?.kind == .error)
        #expect(model.overlay == .field(.sentDay, TextField(text: "2026-02-30")), "the field stays open to fix the date")
        clearField(&model, state: step)
        #expect(model.update(.confirm, state: step) == [], "empty means today")
        #expect(model.overlay == .field(.sentReference(day: "2026-11-29"), TextField()))
        type("TS-12345", into: &model, state: step)
        #expect(model.update(.confirm, state: step) == [.send(.recordSent(on: "2026-11-29", reference: "TS-12345"), confirmation: nil)])
    }

    @Test("received: the reference, starting from the one already known")
    func received() throws {
        let sent = try applying([.recordSent(on: "2026-11-20", reference: "TS-1"), .back], to: try state(onStep: 8))
        var model = ScreenModel()
        _ = model.update(.startReceived, state: sent)
        #expect(model.overlay == .field(.receivedReference, TextField(text: "TS-1")))
        #expect(model.update(.confirm, state: sent) == [.send(.confirmReceived(reference: "TS-1"), confirmation: nil)])
        _ = model.update(.startReceived, state: sent)
        clearField(&model, state: sent)
        #expect(model.update(.confirm, state: sent) == [.send(.confirmReceived(reference: nil), confirmation: nil)])
    }

    @Test("screen differs: a mark with the guide's version, removed when emptied")
    func screenDiffers() throws {
        let step = try state(onStep: 4)
        var model = ScreenModel()
        _ = model.update(.startScreenDiffers, state: step)
        type("No Data privacy entry", into: &model, state: step)
        let commands = model.update(.confirm, state: step)
        guard case let .send(.reportScreenDiffers(text), confirmation?) = commands.first else {
            Issue.record("expected a screen-differs report, got \(commands)")
            return
        }
        #expect(text == "No Data privacy entry")
        #expect(confirmation.contains("guide's version (\(guide.version))"))
        _ = model.update(.startScreenDiffers, state: step)
        #expect(model.update(.confirm, state: step) == [.send(.reportScreenDiffers(""), confirmation: "Mark removed.")])
    }

    @Test("draft: tick uses, then name and email, then save")
    func draft() throws {
        let step = try state(onStep: 8)
        var model = ScreenModel()
        _ = model.update(.startDraft, state: step)
        #expect(model.overlay == .draftUses(ObjectionDraft()))
        _ = model.update(.chooseNumber(1), state: step)  // untick personalization
        _ = model.update(.moveDown, state: step)
        _ = model.update(.toggle, state: step)  // untick moderation
        #expect(model.overlay == .draftUses(ObjectionDraft(uses: [.otherMachineLearning])))
        _ = model.update(.chooseNumber(3), state: step)  // untick the last one too
        #expect(model.update(.confirm, state: step) == [])
        #expect(model.message?.kind == .error, "at least one use must be ticked")
        _ = model.update(.chooseNumber(1), state: step)
        _ = model.update(.confirm, state: step)
        type("Ana Souza", into: &model, state: step)
        _ = model.update(.confirm, state: step)
        type("ana@example.com", into: &model, state: step)
        let expected = ObjectionDraft(uses: [.personalization], name: "Ana Souza", email: "ana@example.com")
        #expect(model.update(.confirm, state: step) == [ScreenModel.saveDraft(expected)])
        #expect(model.overlay == .none)
    }

    @Test("draft: a hand-edited text is kept or rebuilt, as the member picks")
    func keepEdit() throws {
        let edited = ObjectionDraft(editedText: "My own words.")
        let step = try applying([.setDraft(edited)], to: try state(onStep: 8))
        var model = ScreenModel()
        _ = model.update(.startDraft, state: step)
        _ = model.update(.confirm, state: step)  // uses as they are
        _ = model.update(.confirm, state: step)  // no name
        _ = model.update(.confirm, state: step)  // no email
        #expect(model.overlay == .keepEditedDraft(edited))
        #expect(model.update(.chooseNumber(2), state: step) == [ScreenModel.saveDraft(ObjectionDraft())])
    }

    @Test("e edits on one line without an editor; y copies the text")
    func editAndCopy() throws {
        let step = try applying([.setDraft(ObjectionDraft(editedText: "Line one.\nLine two."))], to: try state(onStep: 8))
        var model = ScreenModel(hasExternalEditor: false)
        #expect(model.update(.copyDraft, state: step) == [.copyDraft("Line one.\nLine two.")])
        _ = model.update(.editDraft, state: step)
        #expect(model.overlay == .field(.draftText(ObjectionDraft(editedText: "Line one.\nLine two.")),
                                        TextField(text: "Line one.\\nLine two.")))
        type(" Thanks.", into: &model, state: step)
        #expect(model.update(.confirm, state: step)
            == [ScreenModel.saveDraft(ObjectionDraft(editedText: "Line one.\nLine two. Thanks."))])

        var withEditor = ScreenModel(hasExternalEditor: true)
        #expect(withEditor.update(.editDraft, state: step)
            == [.editDraftExternally(ObjectionDraft(editedText: "Line one.\nLine two."))])
        let noDraft = try state(onStep: 8)
        #expect(withEditor.update(.copyDraft, state: noDraft) == [])
        #expect(withEditor.message?.kind == .error)
    }
}
