import OptOutCore
import Testing

@testable import OptOutTUI

@Suite("Key decoding and the key map")
struct KeyTests {
    /// Decodes bytes that arrived in one read; with `flush`, as if no more came within the escape delay.
    static func decode(_ bytes: [UInt8], flush: Bool = false) -> [Key] {
        var decoder = InputDecoder()
        var keys = decoder.feed(bytes)
        if flush { keys += decoder.flush() }
        return keys
    }

    static func decode(_ text: String, flush: Bool = false) -> [Key] { decode(Array(text.utf8), flush: flush) }

    @Test("single bytes and UTF-8 characters", arguments: [
        ("\r", Key.enter), ("\n", .enter), ("\t", .tab), ("\u{7F}", .backspace), ("\u{08}", .backspace),
        ("\u{01}", .control("a")), ("\u{05}", .control("e")), ("\u{03}", .control("c")), ("\u{0C}", .control("l")),
        ("a", .character("a")), ("q", .character("q")), ("?", .character("?")), ("1", .character("1")),
        ("é", .character("é")), ("確", .character("確")), ("🎉", .character("🎉")), ("\u{301}", .character("\u{301}")),
        ("\u{00}", .other(0)), ("\u{1C}", .other(0x1C)), ("\u{9B}", .other(0x9B)),
    ])
    func characters(text: String, expected: Key) {
        #expect(Self.decode(text) == [expected])
    }

    @Test("cursor and editing keys in their ANSI, VT and application forms", arguments: [
        ("\u{1B}[A", Key.up), ("\u{1B}[B", .down), ("\u{1B}[C", .right), ("\u{1B}[D", .left),
        ("\u{1B}OA", .up), ("\u{1B}OB", .down), ("\u{1B}OC", .right), ("\u{1B}OD", .left),
        ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}OH", .home), ("\u{1B}OF", .end),
        ("\u{1B}[1~", .home), ("\u{1B}[4~", .end), ("\u{1B}[7~", .home), ("\u{1B}[8~", .end),
        ("\u{1B}[3~", .delete), ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown), ("\u{1B}OM", .enter),
        ("\u{1B}[1;5A", .up), ("\u{1B}[1;2H", .home),
    ])
    func sequences(text: String, expected: Key) {
        #expect(Self.decode(text) == [expected])
    }

    @Test("unknown sequences are dropped whole: none of their bytes becomes a key", arguments: [
        "\u{1B}[99~", "\u{1B}[15~", "\u{1B}[2~", "\u{1B}[Z", "\u{1B}[<0;12;5M", "\u{1B}[?1;2c", "\u{1B}OP",
        "\u{1B}O2P", "\u{1B}[[A", "\u{1B}[I",
    ])
    func unknownSequences(text: String) {
        #expect(Self.decode(text + "k") == [.character("k")], "\(Array(text.utf8))")
        #expect(Self.decode(text, flush: true) == [])
    }

    @Test("a lone Esc waits for the escape delay; a sequence split across reads is still one key")
    func escapeAndSplits() {
        var decoder = InputDecoder()
        #expect(decoder.feed([0x1B]) == [])
        #expect(decoder.isWaiting)
        #expect(decoder.flush() == [.escape])
        #expect(!decoder.isWaiting)
        // ESC, then the rest within the delay: Left, not Esc, [ and D.
        #expect(decoder.feed([0x1B]) == [])
        #expect(decoder.feed(Array("[".utf8)) == [])
        #expect(decoder.feed(Array("D".utf8)) == [.left])
        // Esc twice is Esc and then a waiting Esc.
        #expect(decoder.feed([0x1B, 0x1B]) == [.escape])
        #expect(decoder.flush() == [.escape])
        // Esc and another key at once (or Alt with it) is Esc, then the key.
        #expect(decoder.feed(Array("\u{1B}q".utf8)) == [.escape, .character("q")])
        #expect(decoder.feed(Array("\u{1B}é".utf8)) == [.escape, .character("é")])
        // A sequence cut short is dropped when the delay passes.
        #expect(decoder.feed(Array("\u{1B}[1".utf8)) == [])
        #expect(decoder.flush() == [])
        #expect(decoder.feed(Array("x".utf8)) == [.character("x")])
    }

    @Test("the escape delay is ESCDELAY when it is a number of milliseconds, else at least 100 ms")
    func escapeDelay() {
        #expect(InputDecoder.escapeDelay(environment: [:]) >= 100)
        #expect(InputDecoder.escapeDelay(environment: ["ESCDELAY": "250"]) == 250)
        #expect(InputDecoder.escapeDelay(environment: ["ESCDELAY": "0"]) == 0)
        #expect(InputDecoder.escapeDelay(environment: ["ESCDELAY": "soon"]) == InputDecoder.defaultEscapeDelay)
        #expect(InputDecoder.escapeDelay(environment: ["ESCDELAY": "-5"]) == InputDecoder.defaultEscapeDelay)
    }

    @Test("bytes that are not UTF-8 become U+FFFD and input goes on")
    func invalidUTF8() {
        #expect(Self.decode([0xFF, 0x61]) == [.character("\u{FFFD}"), .character("a")])
        #expect(Self.decode([0xC3, 0x71]) == [.character("\u{FFFD}"), .character("q")])
        #expect(Self.decode([0xE9, 0x0D]) == [.character("\u{FFFD}"), .enter])  // Latin-1 é, then Enter
        #expect(Self.decode([0xED, 0xA0, 0x80]).allSatisfy { $0 == .character("\u{FFFD}") })  // a surrogate
        var decoder = InputDecoder()
        #expect(decoder.feed([0xC3]) == [])
        #expect(decoder.feed([0xA9]) == [.character("é")])
        #expect(decoder.feed([0xE7, 0xA2]) == [])
        #expect(decoder.flush() == [.character("\u{FFFD}")])
        #expect(decoder.feed(Array("q".utf8)) == [.character("q")])
    }

    @Test("a bracketed paste is one key with the text as it came, however it is split")
    func paste() {
        let text = "ref 123\r\nwq \u{1B}[A é 確認"
        let bytes = Array("x\u{1B}[200~\(text)\u{1B}[201~y".utf8)
        #expect(Self.decode(bytes) == [.character("x"), .paste(text), .character("y")])
        for split in 1..<bytes.count {
            var decoder = InputDecoder()
            let keys = decoder.feed(bytes[..<split]) + decoder.feed(bytes[split...])
            #expect(keys == [.character("x"), .paste(text), .character("y")], "split at \(split)")
        }
        var decoder = InputDecoder()
        #expect(decoder.feed(Array("\u{1B}[200~cut short".utf8)) == [])
        #expect(decoder.isInPaste)
        #expect(decoder.flush() == [.paste("cut short")])
    }

    @Test("sequences terminfo names are known too")
    func terminfoSequences() {
        var decoder = InputDecoder(sequences: [Array("\u{1B}[[Z".utf8): .home, Array("\u{1B}[1~".utf8): .end])
        #expect(decoder.feed(Array("\u{1B}[[Z".utf8)) == [.home])
        #expect(decoder.feed(Array("\u{1B}[1~".utf8)) == [.end])
        #expect(decoder.feed(Array("\u{1B}[[".utf8)) == [])
        #expect(decoder.feed(Array("Z".utf8)) == [.home])
    }

    @Test("a paste is text in a field and nothing elsewhere")
    func pasteInTheKeyMap() {
        #expect(KeyMap.action(for: .paste("a\nb"), on: Self.note) == .edit(.paste("a\nb")))
        #expect(KeyMap.action(for: .paste("s\nq"), on: Self.plainStep) == nil)
        #expect(KeyMap.action(for: .paste("1"), on: Self.choiceStep) == nil)
        #expect(KeyMap.action(for: .paste("q"), on: ScreenFacts(mode: .help)) == nil)
        #expect(KeyMap.action(for: .paste("2"), on: ScreenFacts(mode: .resume)) == nil)
    }

    static let plainStep = ScreenFacts(mode: .step, hasLink: true, canScroll: true)
    static let choiceStep = ScreenFacts(mode: .step, isChoice: true)
    static let optionalStep = ScreenFacts(mode: .step, isOptional: true)
    static let infoStep = ScreenFacts(mode: .step)
    static let finishStep = ScreenFacts(mode: .step, isFinish: true)
    static let note = ScreenFacts(mode: .field(.save))
    static let reason = ScreenFacts(mode: .field(.skip))
    static let nextField = ScreenFacts(mode: .field(.next))
    static let draftStep = ScreenFacts(mode: .step, hasLink: true, offersDraft: true, hasDraft: true,
                                       tracksConfirmation: true)
    static let draftStepNoDraft = ScreenFacts(mode: .step, offersDraft: true, tracksConfirmation: true)
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
            (.character("?"), Self.plainStep, .showHelp), (.character("?"), Self.help, .closeOverlay),
            (.character("q"), Self.plainStep, .quit),
            // q closes the help, as in less and man.
            (.character("q"), Self.resume, .quit), (.character("q"), Self.help, .closeOverlay),
            // Ctrl-C is no key: the terminal turns it into SIGINT (the tmux tests press it), so the
            // table has nothing for the byte.
            (.control("c"), Self.plainStep, nil), (.control("c"), Self.help, nil), (.control("c"), Self.note, nil),
            (.control("c"), Self.tooSmall, nil),
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
            // The usual line keys of a shell: Ctrl-U, Ctrl-K, Ctrl-W; nothing on a step.
            (.control("u"), Self.note, .edit(.deleteToStart)), (.control("k"), Self.note, .edit(.deleteToEnd)),
            (.control("w"), Self.note, .edit(.deleteWordBackward)), (.control("w"), Self.reason, .edit(.deleteWordBackward)),
            (.control("u"), Self.plainStep, nil), (.control("k"), Self.choiceStep, nil), (.control("w"), Self.resume, nil),
            (.enter, Self.nextField, .confirm),
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
            (.character("1"), Self.tooSmall, nil), (.character("s"), Self.tooSmall, nil),
        ]
        for (key, facts, expected) in table {
            #expect(KeyMap.action(for: key, on: facts) == expected, "\(key) on \(facts.mode)")
        }
    }

    @Test("the footer lists only keys that work on the screen, from the same table")
    func footer() {
        #expect(KeyMap.footer(for: Self.plainStep) == [
            "Enter done", "b back", "s skip", "n note", "o open", "c copy", "p phone", "x differs", "Up/Down scroll",
            "? help", "q quit",
        ])
        // On a question a number selects and Enter chooses: the footer says both.
        #expect(KeyMap.footer(for: Self.choiceStep) == [
            "Enter choose", "Up/Down select", "1-9 select", "b back", "s skip", "n note", "x differs", "? help", "q quit",
        ])
        #expect(KeyMap.footer(for: Self.optionalStep).contains("s not needed"))
        #expect(KeyMap.footer(for: Self.finishStep) == ["Enter finish", "b back", "n note", "x differs", "? help", "q quit"])
        #expect(KeyMap.footer(for: Self.draftStep).contains("c copy text"))
        #expect(KeyMap.footer(for: Self.uses) == ["Space tick", "Up/Down select", "Enter next", "Esc cancel", "q quit"])
        #expect(KeyMap.action(for: .character("?"), on: Self.uses) == nil)
        #expect(KeyMap.essentialFooter(for: Self.draftStep) == ["? help", "q quit"])
        #expect(KeyMap.footer(for: Self.note) == ["Enter save", "Esc cancel", "Left/Right move", "Home/End", "Backspace/Delete erase"])
        #expect(KeyMap.footer(for: Self.reason).first == "Enter skip")
        #expect(KeyMap.footer(for: Self.resume) == ["Enter choose", "Up/Down select", "1-3 select", "? help", "q quit"])
        #expect(KeyMap.footer(for: Self.tooSmall).isEmpty)

        // Every footer entry names a key its binding answers to, for every screen.
        for facts in [Self.plainStep, Self.choiceStep, Self.optionalStep, Self.finishStep, Self.note, Self.resume, Self.help,
                      Self.draftStep, Self.uses, Self.smallChoice, Self.nextField] {
            for entry in KeyMap.footer(for: facts) {
                #expect(KeyMap.bindings.contains { $0.footer?.text == entry && $0.isEnabled(facts) })
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

    @Test("the help names the line keys of a field and says that a number selects and Enter chooses")
    func helpNamesTheNewKeys() {
        let rows = KeyMap.helpSections().flatMap(\.rows)
        for key in ["Ctrl-U", "Ctrl-K", "Ctrl-W", "Home, Ctrl-A", "End, Ctrl-E"] {
            #expect(rows.contains { $0.keys == key }, "\(key) missing from the help")
        }
        let choice = KeyMap.helpSections().first { $0.section == .choice }?.rows ?? []
        #expect(choice.contains { $0.keys == "1-9" && $0.help.contains("Select") && $0.help.contains("Enter") })
        let resume = KeyMap.helpSections().first { $0.section == .resume }?.rows ?? []
        #expect(resume.contains { $0.keys == "1-3" && $0.help.contains("Select") && $0.help.contains("Enter") })
    }

    @Test("a footer entry is its key cap and its words; a key cap alone is the whole entry; an empty entry packs to nothing")
    func emptyFooterEntries() {
        #expect(FooterEntry("b", "back").key == "b")
        #expect(FooterEntry("b", "back").text == "b back")
        #expect(FooterEntry(key: "Home/End").text == "Home/End")
        #expect(FooterEntry(key: "Home/End").key == "Home/End")
        #expect(TextLayout.pack([""], width: 40).isEmpty)
        #expect(TextLayout.pack(["", "b back", " "], width: 40).map(\.text) == ["b back"])
    }

    // MARK: Pastes from a terminal that does not mark them

    /// Decodes bytes that came at once while the program waited, then (with `flush`) a pause.
    static func decodeArrival(_ text: String, flush: Bool = true) -> [Key] {
        var decoder = InputDecoder()
        var keys = decoder.feed(Array(text.utf8), cameAtOnce: true)
        if flush { keys += decoder.flush() }
        return keys
    }

    @Test("lines that came at once are a paste: none of them runs as keys", arguments: [
        "first line of my note\rsecond line", "s later\rq\r", "a\nb", "1\r1\r1\r", "\r\rfirst\rsecond",
        "ref 123\r\nwq", "確認\rq",
    ])
    func unmarkedPaste(text: String) {
        #expect(Self.decodeArrival(text) == [.paste(text)])
        // Until the pause, the paste is not over: nothing comes out yet.
        var decoder = InputDecoder()
        #expect(decoder.feed(Array(text.utf8), cameAtOnce: true) == [])
        #expect(decoder.isInPaste && decoder.isInUnmarkedPaste && decoder.isWaiting)
    }

    @Test("what follows an unmarked paste without a pause is part of it; after the pause, keys are keys again")
    func unmarkedPasteGoesOnUntilAPause() {
        var decoder = InputDecoder()
        #expect(decoder.feed(Array("line one\rline t".utf8), cameAtOnce: true) == [])
        // The rest of a big paste, already waiting when the program read again.
        #expect(decoder.feed(Array("wo with q and s".utf8)) == [])
        #expect(decoder.flush() == [.paste("line one\rline two with q and s")])
        #expect(!decoder.isWaiting && !decoder.isInUnmarkedPaste)
        #expect(decoder.feed(Array("q".utf8), cameAtOnce: true) == [.character("q")])
    }

    @Test("typing is unaffected: keys that came one by one, Enter last, CR LF, escape sequences, type-ahead", arguments: [
        ("q", [Key.character("q")]), ("1\r", [.character("1"), .enter]), ("hello\r", "hello".unicodeScalars.map(Key.character) + [.enter]),
        ("\r\n", [.enter, .enter]), ("\r\r", [.enter, .enter]), ("\u{1B}[B\u{1B}[B\r", [.down, .down, .enter]),
        // Enter and what was typed after it, brought together by a busy moment: keys.
        ("\rq", [.enter, .character("q")]), ("\rAda", [.enter, .character("A"), .character("d"), .character("a")]),
        ("\u{1B}[A\rq", [.up, .enter, .character("q")]), ("\u{1B}[200~a\rb\u{1B}[201~", [.paste("a\rb")]),
    ])
    func typingIsUnaffected(text: String, expected: [Key]) {
        #expect(Self.decodeArrival(text) == expected)
        // Bytes typed ahead while the program was busy are keys, whatever they hold.
        #expect(Self.decode(text, flush: true) == expected)
    }

    @Test("type-ahead read in one go is keys, not a paste")
    func typeAheadIsKeys() {
        #expect(Self.decode("1\r1\rq", flush: true) == [.character("1"), .enter, .character("1"), .enter, .character("q")])
    }

    @Test("a paste that came at once after a pending Esc is decoded as keys (the Esc came first)")
    func pendingBytesComeFirst() {
        var decoder = InputDecoder()
        #expect(decoder.feed([0x1B]) == [])
        #expect(decoder.feed(Array("[Dx\ry".utf8), cameAtOnce: true) == [.left, .character("x"), .enter, .character("y")])
    }
}
