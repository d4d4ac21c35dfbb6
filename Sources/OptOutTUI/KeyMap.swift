import OptOutCore

/// The one table of keys. The key decoding, the footer, the help screen and the messages that name
/// a key (`key(for:on:)`) all read it, so they never disagree. Where two bindings answer to the same
/// key on a screen, the first one in the table decides.
public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        // Text fields come first: there, letters are text.
        KeyBinding(.key(.enter, .confirm), keyNames: "Enter",
                   footer: FooterEntry("Enter", tr("save", context: "footer")),
                   help: tr("Save what was typed (an empty note or mark is removed)"),
                   section: .textField, when: { $0.mode == .field(.save) }),
        KeyBinding(.key(.enter, .confirm), keyNames: "Enter",
                   footer: FooterEntry("Enter", tr("next", context: "footer")),
                   help: tr("Go on to the next question"),
                   section: .textField, when: { $0.mode == .field(.next) }),
        KeyBinding(.key(.enter, .confirm), keyNames: "Enter",
                   footer: FooterEntry("Enter", tr("skip", context: "footer")),
                   help: tr("Skip with the reason typed (leave it empty to skip without one)"),
                   section: .textField, when: { $0.mode == .field(.skip) }),
        KeyBinding(.key(.enter, .confirm), keyNames: "Enter",
                   footer: FooterEntry("Enter", tr("answer", context: "footer")),
                   help: tr("Answer the question (y or yes confirms; anything else does not)"),
                   section: .textField, when: { $0.mode == .field(.confirm) }),
        KeyBinding(.key(.escape, .closeOverlay), keyNames: "Esc",
                   footer: FooterEntry("Esc", tr("cancel", context: "footer")),
                   help: tr("Close the field without saving (after typing, press it twice)"),
                   section: .textField, when: { $0.inTextField }),
        KeyBinding(.key(.left, .edit(.moveLeft)), keyNames: "Left",
                   footer: FooterEntry("Left/Right", tr("move", context: "footer")),
                   help: tr("Move the cursor one character left"),
                   section: .textField, when: { $0.inTextField }),
        KeyBinding(.key(.right, .edit(.moveRight)), keyNames: "Right",
                   help: tr("Move the cursor one character right"),
                   section: .textField, when: { $0.inTextField }),
        KeyBinding(.keys([.home, .control("a")], .edit(.moveToStart)), keyNames: "Home, Ctrl-A",
                   footer: FooterEntry(key: "Home/End"),
                   help: tr("Move the cursor to the start"),
                   section: .textField, when: { $0.inTextField }),
        KeyBinding(.keys([.end, .control("e")], .edit(.moveToEnd)), keyNames: "End, Ctrl-E",
                   help: tr("Move the cursor to the end"),
                   section: .textField, when: { $0.inTextField }),
        KeyBinding(.key(.backspace, .edit(.deleteBackward)), keyNames: "Backspace",
                   footer: FooterEntry("Backspace/Delete", tr("erase", context: "footer")),
                   help: tr("Erase the character before the cursor"),
                   section: .textField, when: { $0.inTextField }),
        KeyBinding(.key(.delete, .edit(.deleteForward)), keyNames: "Delete",
                   help: tr("Erase the character under the cursor"),
                   section: .textField, when: { $0.inTextField }),
        KeyBinding(.key(.control("u"), .edit(.deleteToStart)), keyNames: "Ctrl-U",
                   help: tr("Erase everything before the cursor"),
                   section: .textField, when: { $0.inTextField }),
        KeyBinding(.key(.control("k"), .edit(.deleteToEnd)), keyNames: "Ctrl-K",
                   help: tr("Erase everything from the cursor to the end"),
                   section: .textField, when: { $0.inTextField }),
        KeyBinding(.key(.control("w"), .edit(.deleteWordBackward)), keyNames: "Ctrl-W",
                   help: tr("Erase the word before the cursor"),
                   section: .textField, when: { $0.inTextField }),
        KeyBinding(.character { .edit(.insert($0)) }, keyNames: tr("Any text", context: "key help"),
                   help: tr("Typed as it is: any language, accents, emoji"),
                   section: .textField, when: { $0.inTextField }),
        KeyBinding(.paste { .edit(.paste($0)) }, keyNames: tr("Paste", context: "key help"),
                   help: tr("Pasted text goes into the field, line breaks as spaces (elsewhere a paste does nothing)"),
                   section: .textField, when: { $0.inTextField }),

        // Lists under the step.
        KeyBinding(.key(.character(" "), .toggle), keyNames: "Space",
                   footer: FooterEntry("Space", tr("tick", context: "footer")),
                   help: tr("Tick or untick the selected use"),
                   section: .list, when: { $0.mode == .toggleList }),
        KeyBinding(.digit(UIAction.chooseNumber), keyNames: "1-9",
                   help: tr("Tick or untick an entry by its number; in a list to pick one from, select it (Enter picks it)"),
                   section: .list, when: { $0.inList }),
        KeyBinding(.keys([.up, .character("k")], .moveUp), keyNames: "Up, k",
                   footer: FooterEntry("Up/Down", tr("select", context: "footer")),
                   help: tr("Select the entry above"),
                   section: .list, when: { $0.inList }),
        KeyBinding(.keys([.down, .character("j")], .moveDown), keyNames: "Down, j",
                   help: tr("Select the entry below"),
                   section: .list, when: { $0.inList }),
        KeyBinding(.key(.enter, .confirm), keyNames: "Enter",
                   footer: FooterEntry("Enter", tr("next", context: "footer")),
                   help: tr("Go on with what is ticked or selected"),
                   section: .list, when: { $0.inList }),
        KeyBinding(.key(.escape, .closeOverlay), keyNames: "Esc",
                   footer: FooterEntry("Esc", tr("cancel", context: "footer")),
                   help: tr("Close the list without saving"),
                   section: .list, when: { $0.inList }),

        // Steps.
        KeyBinding(.key(.enter, .confirm), keyNames: "Enter",
                   footer: FooterEntry("Enter", tr("done", context: "footer")),
                   help: tr("The step is done; go on to the next"),
                   section: .step, when: { $0.onStep && !$0.isChoice && !$0.isFinish }),
        KeyBinding(.key(.enter, .confirm), keyNames: "Enter",
                   footer: FooterEntry("Enter", tr("finish", context: "footer")),
                   help: tr("On the last step: finish and print your summary"),
                   section: .step, when: { $0.onStep && $0.isFinish }),
        KeyBinding(.key(.enter, .confirm), keyNames: "Enter",
                   footer: FooterEntry("Enter", tr("choose", context: "footer")),
                   help: tr("Choose the selected answer and go on"),
                   section: .choice, when: { $0.onStep && $0.isChoice }),
        KeyBinding(.keys([.up, .character("k")], .moveUp), keyNames: "Up, k",
                   footer: FooterEntry("Up/Down", tr("select", context: "footer")),
                   help: tr("Select the answer above"),
                   section: .choice, when: { $0.onStep && $0.isChoice }),
        KeyBinding(.keys([.down, .character("j")], .moveDown), keyNames: "Down, j",
                   help: tr("Select the answer below"),
                   section: .choice, when: { $0.onStep && $0.isChoice }),
        KeyBinding(.digit(UIAction.chooseNumber), keyNames: "1-9",
                   footer: FooterEntry("1-9", tr("select", context: "footer")),
                   help: tr("Select an answer by its number; Enter then chooses it"),
                   section: .choice, when: { $0.onStep && $0.isChoice }),
        KeyBinding(.keys([.left, .backspace, .character("b")], .back), keyNames: "Left, Backspace, b",
                   footer: FooterEntry("b", tr("back", context: "footer")),
                   help: tr("Go back to the previous step"),
                   section: .step, when: { $0.onStep }),
        KeyBinding(.key(.character("s"), .startSkip), keyNames: "s",
                   footer: FooterEntry("s", tr("skip", context: "footer")),
                   help: tr("Skip the step for now (you may type a reason); it stays on your list"),
                   section: .step, when: { $0.onStep && !$0.isFinish && !$0.isOptional }),
        KeyBinding(.key(.character("s"), .startSkip), keyNames: "s",
                   footer: FooterEntry("s", tr("not needed", context: "footer")),
                   help: tr("On an optional step: leave it out, recorded as not needed"),
                   section: .step, when: { $0.onStep && !$0.isFinish && $0.isOptional }),
        KeyBinding(.key(.character("w"), .markWaiting), keyNames: "w",
                   footer: FooterEntry("w", tr("waiting", context: "footer")), footerPriority: .stepSpecific,
                   help: tr("Sent, but its confirmation has not come yet: the step waits"),
                   section: .step, when: { $0.onStep && $0.tracksConfirmation }),
        KeyBinding(.key(.character("n"), .startNote), keyNames: "n",
                   footer: FooterEntry("n", tr("note", context: "footer")),
                   help: tr("Write or change your note for this step"),
                   section: .step, when: { $0.onStep }),
        KeyBinding(.key(.character("o"), .openLink), keyNames: "o",
                   footer: FooterEntry("o", tr("open", context: "footer")),
                   help: tr("Open the step's link in your web browser"),
                   section: .step, when: { $0.onStep && $0.hasLink }),
        KeyBinding(.key(.character("c"), .copyLink), keyNames: "c",
                   footer: FooterEntry("c", tr("copy", context: "footer")),
                   help: tr("Copy the step's link to the clipboard (OSC 52; the terminal must allow it)"),
                   section: .step, when: { $0.onStep && $0.hasLink && !($0.offersDraft && $0.hasDraft) }),
        KeyBinding(.key(.character("p"), .showPhoneCode), keyNames: "p",
                   footer: FooterEntry("p", tr("phone", context: "footer")),
                   help: tr("Show the link as a QR code, to scan with your phone"),
                   section: .step, when: { $0.onStep && $0.hasLink }),
        KeyBinding(.key(.character("t"), .startDraft), keyNames: "t",
                   footer: FooterEntry("t", tr("draft", context: "footer")), footerPriority: .stepSpecific,
                   help: tr("Draft the objection text from your choices, region, name and email"),
                   section: .step, when: { $0.onStep && $0.offersDraft }),
        KeyBinding(.key(.character("e"), .editDraft), keyNames: "e",
                   footer: FooterEntry("e", tr("edit text", context: "footer")), footerPriority: .stepSpecific,
                   help: tr("Edit the objection text (in $VISUAL or $EDITOR when set, else on one line)"),
                   section: .step, when: { $0.onStep && $0.offersDraft && $0.hasDraft }),
        KeyBinding(.key(.character("c"), .copyDraft), keyNames: "c",
                   footer: FooterEntry("c", tr("copy text", context: "footer")), footerPriority: .stepSpecific,
                   help: tr("On the form step, once drafted: copy the objection text to the clipboard (OSC 52)"),
                   section: .step, when: { $0.onStep && $0.offersDraft && $0.hasDraft }),
        KeyBinding(.key(.character("y"), .copyLink), keyNames: "y",
                   footer: FooterEntry("y", tr("copy link", context: "footer")), footerPriority: .stepSpecific,
                   help: tr("On the form step, once drafted: copy the step's link (c copies the text)"),
                   section: .step, when: { $0.onStep && $0.offersDraft && $0.hasDraft && $0.hasLink }),
        KeyBinding(.key(.character("m"), .startSent), keyNames: "m",
                   footer: FooterEntry("m", tr("sent", context: "footer")), footerPriority: .stepSpecific,
                   help: tr("Mark the form sent, with the day; the step then waits for the confirmation"),
                   section: .step, when: { $0.onStep && $0.tracksConfirmation }),
        KeyBinding(.key(.character("r"), .startReceived), keyNames: "r",
                   footer: FooterEntry("r", tr("received", context: "footer")), footerPriority: .stepSpecific,
                   help: tr("The confirmation came: record its reference; the step is done"),
                   section: .step, when: { $0.onStep && $0.tracksConfirmation }),
        KeyBinding(.key(.character("x"), .startScreenDiffers), keyNames: "x",
                   footer: FooterEntry("x", tr("differs", context: "footer")),
                   help: tr("Your screen does not match this step: say what you see"),
                   section: .step, when: { $0.onStep }),
        KeyBinding(.keys([.up, .character("k")], .moveUp), keyNames: "Up, k",
                   footer: FooterEntry("Up/Down", tr("scroll", context: "footer")),
                   help: tr("Scroll up a line"),
                   section: .step, when: { $0.onStep && !$0.isChoice && $0.canScroll }),
        KeyBinding(.keys([.down, .character("j")], .moveDown), keyNames: "Down, j",
                   help: tr("Scroll down a line"),
                   section: .step, when: { $0.onStep && !$0.isChoice && $0.canScroll }),
        KeyBinding(.key(.pageUp, .pageUp), keyNames: "PgUp",
                   help: tr("Scroll up a page"),
                   section: .step, when: { $0.onStep || $0.mode == .help }),
        KeyBinding(.key(.pageDown, .pageDown), keyNames: "PgDn",
                   help: tr("Scroll down a page"),
                   section: .step, when: { $0.onStep || $0.mode == .help }),

        // Resuming.
        KeyBinding(.key(.enter, .confirm), keyNames: "Enter",
                   footer: FooterEntry("Enter", tr("choose", context: "footer")),
                   help: tr("Do what is selected; at first that is to resume"),
                   section: .resume, when: { $0.mode == .resume }),
        KeyBinding(.keys([.up, .character("k")], .moveUp), keyNames: "Up, k",
                   footer: FooterEntry("Up/Down", tr("select", context: "footer")),
                   help: tr("Select the choice above"),
                   section: .resume, when: { $0.mode == .resume }),
        KeyBinding(.keys([.down, .character("j")], .moveDown), keyNames: "Down, j",
                   help: tr("Select the choice below"),
                   section: .resume, when: { $0.mode == .resume }),
        KeyBinding(.digit(UIAction.chooseNumber), keyNames: "1-3",
                   footer: FooterEntry("1-3", tr("select", context: "footer")),
                   help: tr("Select by number (1 resume, 2 start over, 3 quit); Enter then does it"),
                   section: .resume, when: { $0.mode == .resume }),

        // The link as a QR code.
        KeyBinding(.keys([.escape, .enter, .character("p")], .closeOverlay), keyNames: "Esc, Enter, p",
                   footer: FooterEntry("Esc", tr("back", context: "footer")),
                   help: tr("Go back to the step"),
                   section: .phoneCode, when: { $0.mode == .phoneCode }),

        // Help.
        KeyBinding(.keys([.escape, .enter, .character("?"), .character("q")], .closeOverlay), keyNames: "Esc, Enter, ?, q",
                   footer: FooterEntry("Esc", tr("close help", context: "footer")), help: tr("Close this help"),
                   section: .help, when: { $0.mode == .help }),
        KeyBinding(.keys([.up, .character("k")], .moveUp), keyNames: "Up, k",
                   footer: FooterEntry("Up/Down", tr("scroll", context: "footer")),
                   help: tr("Scroll the help up"),
                   section: .help, when: { $0.mode == .help }),
        KeyBinding(.keys([.down, .character("j")], .moveDown), keyNames: "Down, j",
                   help: tr("Scroll the help down"),
                   section: .help, when: { $0.mode == .help }),

        // Anywhere.
        KeyBinding(.key(.character("?"), .showHelp), keyNames: "?",
                   footer: FooterEntry("?", tr("help", context: "footer")), footerPriority: .essential,
                   help: tr("Show this list of keys"),
                   section: .anywhere, when: { $0.onStep || $0.mode == .resume }),
        // Ctrl-C is named with q but never read as a key: curses' cbreak mode leaves the terminal's
        // ISIG on, so the terminal turns Ctrl-C into SIGINT, and the loop ends on the signal, saving
        // first, as q does (with exit status 130 instead of q's).
        KeyBinding(.key(.character("q"), .quit), keyNames: "q, Ctrl-C",
                   footer: FooterEntry("q", tr("quit", context: "footer")), footerPriority: .essential,
                   help: tr("Save your progress and quit; run optout again to resume here"),
                   section: .anywhere, when: { !$0.inTextField }),
        KeyBinding(.key(.control("l"), .redraw), keyNames: "Ctrl-L",
                   help: tr("Draw the screen again"),
                   section: .anywhere, when: { _ in true }),
        KeyBinding(.signal, keyNames: "Ctrl-Z",
                   help: tr("Suspend; type fg in your shell to come back"),
                   section: .anywhere, when: { _ in true }),
    ]

    /// The action a key has on a screen, or nil when it does nothing there: the first binding in
    /// force on the screen that answers to the key decides.
    public static func action(for key: Key, on facts: ScreenFacts) -> UIAction? {
        let table = bindings
        for index in table.indices where table[index].isEnabled(facts) {
            if let action = table[index].action(for: key) { return action }
        }
        return nil
    }

    /// The key that does `action`, as the footer names it ("c", "Space"): the first binding for the
    /// action in force on `facts` (or anywhere, without facts). Messages that name a key take it
    /// from here, so they cannot disagree with what the key does. A key cap: the same in every language.
    public static func key(for action: UIAction, on facts: ScreenFacts? = nil) -> String {
        let binding = bindings.first { $0.fixedAction == action && (facts.map($0.isEnabled) ?? true) }
            ?? bindings.first { $0.fixedAction == action }
        guard let binding else { return "?" }
        return binding.footer?.key ?? binding.keyNames.components(separatedBy: ", ").last ?? binding.keyNames
    }

    /// The footer's entries for a screen, in table order.
    public static func footer(for facts: ScreenFacts) -> [String] {
        footerEntries(for: facts).map(\.text)
    }

    /// The footer's entries that must never be left out for lack of room (help and quit).
    public static func essentialFooter(for facts: ScreenFacts) -> [String] {
        footerEntries(for: facts).filter { $0.priority == .essential }.map(\.text)
    }

    /// The footer's entries for keys only this kind of step has (the objection form's draft, sent and
    /// received): left out for lack of room only after the keys every step has.
    public static func stepSpecificFooter(for facts: ScreenFacts) -> [String] {
        footerEntries(for: facts).filter { $0.priority == .stepSpecific }.map(\.text)
    }

    /// The footer's entries of the bindings in force on a screen, in table order, each as the footer
    /// shows it in the interface language, with how readily it gives way. The too-small screen has no
    /// footer. (The table is read in place, binding by binding: this runs for every frame, and copying
    /// bindings out of it costs a retain for each of their parts.)
    static func footerEntries(for facts: ScreenFacts) -> [(text: String, priority: FooterPriority)] {
        if facts.mode == .tooSmall { return [] }
        let table = bindings
        var entries: [(text: String, priority: FooterPriority)] = []
        for index in table.indices {
            guard let footer = table[index].footer, table[index].isEnabled(facts) else { continue }
            entries.append((footer.text, table[index].footerPriority))
        }
        return entries
    }

    /// The help screen's rows, grouped by section, one for each binding.
    public static func helpSections() -> [(section: KeySection, rows: [(keys: String, help: String)])] {
        KeySection.allCases.map { section in
            (section, bindings.filter { $0.section == section }.map { ($0.keyNames, $0.help) })
        }
    }
}
