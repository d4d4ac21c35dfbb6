import OptOutCore
import Testing

@testable import OptOutTUI

@Suite("Key decoding and the key map")
struct KeyTests {
    static let codes = CursesKeyCodes.curses
    static let decoder = KeyDecoder(codes: codes)

    @Test("the curses codes are the ones ncurses documents")
    func cursesCodes() {
        #expect(Self.codes.ok == 0)
        #expect(Self.codes.keyCodeYes == 0o400)
        #expect(Self.codes.up == 0o403)
        #expect(Self.codes.resize == 0o632)
    }

    @Test("characters (status OK)", arguments: [
        (UInt32(0x0D), Key.enter), (0x0A, .enter), (0x1B, .escape), (0x09, .tab), (0x7F, .backspace), (0x08, .backspace),
        (0x01, .control("a")), (0x05, .control("e")), (0x03, .control("c")), (0x0C, .control("l")),
        (0x61, .character("a")), (0x71, .character("q")), (0x3F, .character("?")), (0x31, .character("1")),
        (0xE9, .character("é")), (0x78BA, .character("確")), (0x1F389, .character("🎉")), (0x301, .character("\u{301}")),
        (0x00, .other(0)), (0x1C, .other(0x1C)), (0x9B, .other(0x9B)), (0xD800, .other(0xD800)),
    ])
    func characters(value: UInt32, expected: Key) {
        #expect(Self.decoder.decode(status: Self.codes.ok, value: value) == expected)
    }

    @Test("function keys (status KEY_CODE_YES)")
    func functionKeys() {
        let c = Self.codes
        let table: [(UInt32, Key)] = [
            (c.up, .up), (c.down, .down), (c.left, .left), (c.right, .right), (c.home, .home), (c.end, .end),
            (c.pageUp, .pageUp), (c.pageDown, .pageDown), (c.backspace, .backspace), (c.delete, .delete),
            (c.enter, .enter), (c.resize, .resize), (0o777, .other(0o777)),
        ]
        for (value, key) in table {
            #expect(Self.decoder.decode(status: c.keyCodeYes, value: value) == key, "code \(value)")
        }
    }

    @Test("ERR is no key")
    func errIsNoKey() {
        #expect(Self.decoder.decode(status: -1, value: 0) == nil)
    }

    static let plainStep = ScreenFacts(mode: .step, isAction: true, hasLink: true, canScroll: true)
    static let choiceStep = ScreenFacts(mode: .step, isChoice: true)
    static let optionalStep = ScreenFacts(mode: .step, isAction: true, isOptional: true)
    static let infoStep = ScreenFacts(mode: .step)
    static let finishStep = ScreenFacts(mode: .step, isFinish: true)
    static let note = ScreenFacts(mode: .field(.save))
    static let reason = ScreenFacts(mode: .field(.skip))
    static let nextField = ScreenFacts(mode: .field(.next))
    static let draftStep = ScreenFacts(mode: .step, isAction: true, hasLink: true, offersDraft: true, hasDraft: true,
                                       tracksConfirmation: true)
    static let draftStepNoDraft = ScreenFacts(mode: .step, isAction: true, offersDraft: true, tracksConfirmation: true)
    static let uses = ScreenFacts(mode: .toggleList)
    static let smallChoice = ScreenFacts(mode: .smallChoice)
    static let resume = ScreenFacts(mode: .resume)
    static let help = ScreenFacts(mode: .help, canScroll: true)
    static let tooSmall = ScreenFacts(mode: .tooSmall)

    @Test("key and screen to action")
    func actions() {
        let table: [(Key, ScreenFacts, UIAction?)] = [
            (.enter, Self.plainStep, .confirm),
            (.enter, Self.choiceStep, .confirm),
            (.enter, Self.finishStep, .confirm),
            (.left, Self.plainStep, .back), (.backspace, Self.plainStep, .back), (.character("b"), Self.plainStep, .back),
            (.up, Self.plainStep, .moveUp), (.character("k"), Self.plainStep, .moveUp),
            (.down, Self.plainStep, .moveDown), (.character("j"), Self.plainStep, .moveDown),
            (.down, Self.infoStep, nil),  // nothing to scroll
            (.pageDown, Self.plainStep, .pageDown), (.pageUp, Self.infoStep, .pageUp),
            (.up, Self.choiceStep, .moveUp), (.character("j"), Self.choiceStep, .moveDown),
            (.character("3"), Self.choiceStep, .chooseNumber(3)), (.character("3"), Self.plainStep, nil),
            (.character("s"), Self.plainStep, .startSkip), (.character("s"), Self.optionalStep, .startSkip),
            (.character("s"), Self.finishStep, nil),
            // w only where something is awaited: a step with a confirmation.
            (.character("w"), Self.plainStep, nil), (.character("w"), Self.infoStep, nil),
            (.character("w"), Self.choiceStep, nil), (.character("w"), Self.draftStepNoDraft, .markWaiting),
            (.character("n"), Self.plainStep, .startNote), (.character("n"), Self.finishStep, .startNote),
            (.character("o"), Self.plainStep, .openLink), (.character("o"), Self.infoStep, nil),
            (.character("c"), Self.plainStep, .copyLink), (.character("c"), Self.infoStep, nil),
            (.character("?"), Self.plainStep, .toggleHelp), (.character("?"), Self.help, .closeOverlay),
            (.character("q"), Self.plainStep, .quit), (.control("c"), Self.plainStep, .quit),
            // q closes the help, as in less and man; Ctrl-C still quits from there.
            (.character("q"), Self.resume, .quit), (.character("q"), Self.help, .closeOverlay),
            (.control("c"), Self.help, .quit),
            (.control("l"), Self.plainStep, .redraw),
            (.enter, Self.resume, .confirm), (.character("2"), Self.resume, .chooseNumber(2)),
            (.down, Self.resume, .moveDown), (.character("k"), Self.resume, .moveUp),
            (.escape, Self.help, .closeOverlay), (.enter, Self.help, .closeOverlay), (.down, Self.help, .moveDown),
            // Text fields: letters are text, editing keys edit.
            (.character("q"), Self.note, .edit(.insert("q"))), (.character("確"), Self.note, .edit(.insert("確"))),
            (.character("s"), Self.reason, .edit(.insert("s"))),
            (.enter, Self.note, .confirm), (.enter, Self.reason, .confirm), (.escape, Self.note, .closeOverlay),
            (.left, Self.note, .edit(.moveLeft)), (.right, Self.note, .edit(.moveRight)),
            (.home, Self.note, .edit(.moveToStart)), (.control("a"), Self.note, .edit(.moveToStart)),
            (.end, Self.note, .edit(.moveToEnd)), (.control("e"), Self.note, .edit(.moveToEnd)),
            (.backspace, Self.note, .edit(.deleteBackward)), (.delete, Self.note, .edit(.deleteForward)),
            (.control("c"), Self.note, .quit), (.enter, Self.nextField, .confirm),
            (.enter, ScreenFacts(mode: .field(.confirm)), .confirm), (.character("y"), ScreenFacts(mode: .field(.confirm)), .edit(.insert("y"))),
            // The objection form: draft, sent, received; x everywhere on steps.
            (.character("t"), Self.draftStep, .startDraft), (.character("t"), Self.plainStep, nil),
            (.character("e"), Self.draftStep, .editDraft), (.character("e"), Self.draftStepNoDraft, nil),
            // c copies the objection text once there is one (y then copies the link); the link before.
            (.character("c"), Self.draftStep, .copyDraft), (.character("y"), Self.draftStep, .copyLink),
            (.character("c"), Self.draftStepNoDraft, nil), (.character("y"), Self.draftStepNoDraft, nil),
            (.character("m"), Self.draftStep, .startSent), (.character("m"), Self.plainStep, nil),
            (.character("r"), Self.draftStepNoDraft, .startReceived), (.character("r"), Self.plainStep, nil),
            (.character("x"), Self.plainStep, .startScreenDiffers), (.character("x"), Self.choiceStep, .startScreenDiffers),
            // Lists under the step.
            (.character(" "), Self.uses, .toggle), (.character("2"), Self.uses, .chooseNumber(2)),
            (.down, Self.uses, .moveDown), (.enter, Self.uses, .confirm), (.escape, Self.uses, .closeOverlay),
            (.character(" "), Self.smallChoice, nil), (.character("1"), Self.smallChoice, .chooseNumber(1)),
            (.character("q"), Self.uses, .quit),
            // Too small: only leaving and redrawing.
            (.character("q"), Self.tooSmall, .quit), (.enter, Self.tooSmall, nil), (.control("l"), Self.tooSmall, .redraw),
        ]
        for (key, facts, expected) in table {
            #expect(KeyMap.action(for: key, on: facts) == expected, "\(key) on \(facts.mode)")
        }
    }

    @Test("the footer lists only keys that work on the screen, from the same table")
    func footer() {
        #expect(KeyMap.footer(for: Self.plainStep) == [
            "Enter done", "b back", "s skip", "n note", "o open", "c copy", "x differs", "Up/Down scroll", "? help", "q quit",
        ])
        #expect(KeyMap.footer(for: Self.choiceStep) == [
            "Enter choose", "Up/Down select", "b back", "s skip", "n note", "x differs", "? help", "q quit",
        ])
        #expect(KeyMap.footer(for: Self.optionalStep).contains("s not needed"))
        #expect(KeyMap.footer(for: Self.finishStep) == ["Enter finish", "b back", "n note", "x differs", "? help", "q quit"])
        #expect(KeyMap.footer(for: Self.draftStep).contains("c copy text"))
        #expect(KeyMap.footer(for: Self.uses) == ["Space tick", "Up/Down select", "Enter next", "Esc cancel", "q quit"])
        #expect(KeyMap.action(for: .character("?"), on: Self.uses) == nil)
        #expect(KeyMap.essentialFooter(for: Self.draftStep) == ["? help", "q quit"])
        #expect(KeyMap.footer(for: Self.note) == ["Enter save", "Esc cancel", "Left/Right move", "Home/End", "Backspace/Delete erase"])
        #expect(KeyMap.footer(for: Self.reason).first == "Enter skip")
        #expect(KeyMap.footer(for: Self.resume) == ["Enter choose", "Up/Down select", "1-3 choose", "? help", "q quit"])
        #expect(KeyMap.footer(for: Self.tooSmall).isEmpty)

        // Every footer entry names a key its binding answers to, for every screen.
        for facts in [Self.plainStep, Self.choiceStep, Self.optionalStep, Self.finishStep, Self.note, Self.resume, Self.help,
                      Self.draftStep, Self.uses, Self.smallChoice, Self.nextField] {
            for entry in KeyMap.footer(for: facts) {
                #expect(KeyMap.bindings.contains { $0.footer == entry && $0.condition.holds(for: facts) })
            }
        }
    }

    @Test("the help lists every binding the footer can show")
    func helpCoversFooter() {
        let helpRows = KeyMap.helpSections().flatMap(\.rows).map(\.help)
        for binding in KeyMap.bindings where binding.footer != nil {
            #expect(helpRows.contains(binding.help), "\(binding.keyNames) missing from help")
        }
    }
}
