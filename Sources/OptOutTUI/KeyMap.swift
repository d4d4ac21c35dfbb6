/// The one table of keys. The key decoding, the footer and the help screen all read it, so they
/// never disagree.
public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        // Text fields come first: there, letters are text.
        KeyBinding(keys: [.key(.enter)], keyNames: "Enter", footer: "Enter save",
                   help: "Save what was typed (an empty note or mark is removed)",
                   condition: .inSavingField, action: .confirm, section: .textField),
        KeyBinding(keys: [.key(.enter)], keyNames: "Enter", footer: "Enter next",
                   help: "Go on to the next question",
                   condition: .inFieldWithNext, action: .confirm, section: .textField),
        KeyBinding(keys: [.key(.enter)], keyNames: "Enter", footer: "Enter skip",
                   help: "Skip with the reason typed (leave it empty to skip without one)",
                   condition: .inReasonField, action: .confirm, section: .textField),
        KeyBinding(keys: [.key(.enter)], keyNames: "Enter", footer: "Enter answer",
                   help: "Answer the question (y or yes confirms; anything else does not)",
                   condition: .inConfirmingField, action: .confirm, section: .textField),
        KeyBinding(keys: [.key(.escape)], keyNames: "Esc", footer: "Esc cancel",
                   help: "Close the field without saving (after typing, press it twice)",
                   condition: .inTextField, action: .closeOverlay, section: .textField),
        KeyBinding(keys: [.key(.left)], keyNames: "Left", footer: "Left/Right move",
                   help: "Move the cursor one character left",
                   condition: .inTextField, action: .edit(.moveLeft), section: .textField),
        KeyBinding(keys: [.key(.right)], keyNames: "Right", footer: nil,
                   help: "Move the cursor one character right",
                   condition: .inTextField, action: .edit(.moveRight), section: .textField),
        KeyBinding(keys: [.key(.home), .key(.control("a"))], keyNames: "Home, Ctrl-A", footer: "Home/End",
                   help: "Move the cursor to the start",
                   condition: .inTextField, action: .edit(.moveToStart), section: .textField),
        KeyBinding(keys: [.key(.end), .key(.control("e"))], keyNames: "End, Ctrl-E", footer: nil,
                   help: "Move the cursor to the end",
                   condition: .inTextField, action: .edit(.moveToEnd), section: .textField),
        KeyBinding(keys: [.key(.backspace)], keyNames: "Backspace", footer: "Backspace/Delete erase",
                   help: "Erase the character before the cursor",
                   condition: .inTextField, action: .edit(.deleteBackward), section: .textField),
        KeyBinding(keys: [.key(.delete)], keyNames: "Delete", footer: nil,
                   help: "Erase the character under the cursor",
                   condition: .inTextField, action: .edit(.deleteForward), section: .textField),
        KeyBinding(keys: [.printable], keyNames: "Any text", footer: nil,
                   help: "Typed as it is: any language, accents, emoji",
                   condition: .inTextField, action: .edit(.insert(" ")), section: .textField),
        KeyBinding(keys: [.paste], keyNames: "Paste", footer: nil,
                   help: "Pasted text goes into the field, line breaks as spaces (elsewhere a paste does nothing)",
                   condition: .inTextField, action: .edit(.paste("")), section: .textField),

        // Lists under the step.
        KeyBinding(keys: [.key(.character(" "))], keyNames: "Space", footer: "Space tick",
                   help: "Tick or untick the selected use",
                   condition: .inToggleList, action: .toggle, section: .list),
        KeyBinding(keys: [.digit], keyNames: "1-9", footer: nil,
                   help: "Tick or untick, or pick, an entry by its number",
                   condition: .inList, action: .chooseNumber(1), section: .list),
        KeyBinding(keys: [.key(.up), .key(.character("k"))], keyNames: "Up, k", footer: "Up/Down select",
                   help: "Select the entry above",
                   condition: .inList, action: .moveUp, section: .list),
        KeyBinding(keys: [.key(.down), .key(.character("j"))], keyNames: "Down, j", footer: nil,
                   help: "Select the entry below",
                   condition: .inList, action: .moveDown, section: .list),
        KeyBinding(keys: [.key(.enter)], keyNames: "Enter", footer: "Enter next",
                   help: "Go on with what is ticked or selected",
                   condition: .inList, action: .confirm, section: .list),
        KeyBinding(keys: [.key(.escape)], keyNames: "Esc", footer: "Esc cancel",
                   help: "Close the list without saving",
                   condition: .inList, action: .closeOverlay, section: .list),

        // Steps.
        KeyBinding(keys: [.key(.enter)], keyNames: "Enter", footer: "Enter done",
                   help: "The step is done; go on to the next",
                   condition: .onDoneStep, action: .confirm, section: .step),
        KeyBinding(keys: [.key(.enter)], keyNames: "Enter", footer: "Enter finish",
                   help: "On the last step: finish and print your summary",
                   condition: .onFinishStep, action: .confirm, section: .step),
        KeyBinding(keys: [.key(.enter)], keyNames: "Enter", footer: "Enter choose",
                   help: "Choose the selected answer and go on",
                   condition: .onChoiceStep, action: .confirm, section: .choice),
        KeyBinding(keys: [.key(.up), .key(.character("k"))], keyNames: "Up, k", footer: "Up/Down select",
                   help: "Select the answer above",
                   condition: .onChoiceStep, action: .moveUp, section: .choice),
        KeyBinding(keys: [.key(.down), .key(.character("j"))], keyNames: "Down, j", footer: nil,
                   help: "Select the answer below",
                   condition: .onChoiceStep, action: .moveDown, section: .choice),
        KeyBinding(keys: [.digit], keyNames: "1-9", footer: nil,
                   help: "Choose an answer by its number",
                   condition: .onChoiceStep, action: .chooseNumber(1), section: .choice),
        KeyBinding(keys: [.key(.left), .key(.backspace), .key(.character("b"))], keyNames: "Left, Backspace, b",
                   footer: "b back", help: "Go back to the previous step",
                   condition: .onStep, action: .back, section: .step),
        KeyBinding(keys: [.key(.character("s"))], keyNames: "s", footer: "s skip",
                   help: "Skip the step for now (you may type a reason); it stays on your list",
                   condition: .onRequiredSkippableStep, action: .startSkip, section: .step),
        KeyBinding(keys: [.key(.character("s"))], keyNames: "s", footer: "s not needed",
                   help: "On an optional step: leave it out, recorded as not needed",
                   condition: .onOptionalStep, action: .startSkip, section: .step),
        KeyBinding(keys: [.key(.character("w"))], keyNames: "w", footer: "w waiting",
                   help: "Sent, but its confirmation has not come yet: the step waits",
                   condition: .onConfirmationStep, action: .markWaiting, section: .step),
        KeyBinding(keys: [.key(.character("n"))], keyNames: "n", footer: "n note",
                   help: "Write or change your note for this step",
                   condition: .onStep, action: .startNote, section: .step),
        KeyBinding(keys: [.key(.character("o"))], keyNames: "o", footer: "o open",
                   help: "Open the step's link in your web browser",
                   condition: .onStepWithLink, action: .openLink, section: .step),
        KeyBinding(keys: [.key(.character("c"))], keyNames: "c", footer: "c copy",
                   help: "Copy the step's link to the clipboard (OSC 52; the terminal must allow it)",
                   condition: .onStepWithLinkToCopy, action: .copyLink, section: .step),
        KeyBinding(keys: [.key(.character("p"))], keyNames: "p", footer: "p phone",
                   help: "Show the link as a QR code, to scan with your phone",
                   condition: .onStepWithLink, action: .showPhoneCode, section: .step),
        KeyBinding(keys: [.key(.character("t"))], keyNames: "t", footer: "t draft",
                   help: "Draft the objection text from your choices, region, name and email",
                   condition: .onDraftStep, action: .startDraft, section: .step),
        KeyBinding(keys: [.key(.character("e"))], keyNames: "e", footer: "e edit text",
                   help: "Edit the objection text (in $VISUAL or $EDITOR when set, else on one line)",
                   condition: .onDraftStepWithDraft, action: .editDraft, section: .step),
        KeyBinding(keys: [.key(.character("c"))], keyNames: "c", footer: "c copy text",
                   help: "On the form step, once drafted: copy the objection text to the clipboard (OSC 52)",
                   condition: .onDraftStepWithDraft, action: .copyDraft, section: .step),
        KeyBinding(keys: [.key(.character("y"))], keyNames: "y", footer: "y copy link",
                   help: "On the form step, once drafted: copy the step's link (c copies the text)",
                   condition: .onDraftStepWithDraftAndLink, action: .copyLink, section: .step),
        KeyBinding(keys: [.key(.character("m"))], keyNames: "m", footer: "m sent",
                   help: "Mark the form sent, with the day; the step then waits for the confirmation",
                   condition: .onConfirmationStep, action: .startSent, section: .step),
        KeyBinding(keys: [.key(.character("r"))], keyNames: "r", footer: "r received",
                   help: "The confirmation came: record its reference; the step is done",
                   condition: .onConfirmationStep, action: .startReceived, section: .step),
        KeyBinding(keys: [.key(.character("x"))], keyNames: "x", footer: "x differs",
                   help: "Your screen does not match this step: say what you see",
                   condition: .onStep, action: .startScreenDiffers, section: .step),
        KeyBinding(keys: [.key(.up), .key(.character("k"))], keyNames: "Up, k", footer: "Up/Down scroll",
                   help: "Scroll up a line",
                   condition: .whenScrollable, action: .moveUp, section: .step),
        KeyBinding(keys: [.key(.down), .key(.character("j"))], keyNames: "Down, j", footer: nil,
                   help: "Scroll down a line",
                   condition: .whenScrollable, action: .moveDown, section: .step),
        KeyBinding(keys: [.key(.pageUp)], keyNames: "PgUp", footer: nil,
                   help: "Scroll up a page",
                   condition: .onStepOrInHelp, action: .pageUp, section: .step),
        KeyBinding(keys: [.key(.pageDown)], keyNames: "PgDn", footer: nil,
                   help: "Scroll down a page",
                   condition: .onStepOrInHelp, action: .pageDown, section: .step),

        // Resuming.
        KeyBinding(keys: [.key(.enter)], keyNames: "Enter", footer: "Enter choose",
                   help: "Do what is selected; at first that is to resume",
                   condition: .onResume, action: .confirm, section: .resume),
        KeyBinding(keys: [.key(.up), .key(.character("k"))], keyNames: "Up, k", footer: "Up/Down select",
                   help: "Select the choice above",
                   condition: .onResume, action: .moveUp, section: .resume),
        KeyBinding(keys: [.key(.down), .key(.character("j"))], keyNames: "Down, j", footer: nil,
                   help: "Select the choice below",
                   condition: .onResume, action: .moveDown, section: .resume),
        KeyBinding(keys: [.digit], keyNames: "1-3", footer: "1-3 choose",
                   help: "1 resume, 2 start over, 3 quit",
                   condition: .onResume, action: .chooseNumber(1), section: .resume),

        // The link as a QR code.
        KeyBinding(keys: [.key(.escape), .key(.enter), .key(.character("p"))], keyNames: "Esc, Enter, p",
                   footer: "Esc back", help: "Go back to the step",
                   condition: .inPhoneCode, action: .closeOverlay, section: .phoneCode),

        // Help.
        KeyBinding(keys: [.key(.escape), .key(.enter), .key(.character("?")), .key(.character("q"))],
                   keyNames: "Esc, Enter, ?, q", footer: "Esc close help", help: "Close this help",
                   condition: .inHelp, action: .closeOverlay, section: .help),
        KeyBinding(keys: [.key(.up), .key(.character("k"))], keyNames: "Up, k", footer: "Up/Down scroll",
                   help: "Scroll the help up",
                   condition: .inHelp, action: .moveUp, section: .help),
        KeyBinding(keys: [.key(.down), .key(.character("j"))], keyNames: "Down, j", footer: nil,
                   help: "Scroll the help down",
                   condition: .inHelp, action: .moveDown, section: .help),

        // Anywhere.
        KeyBinding(keys: [.key(.character("?"))], keyNames: "?", footer: "? help",
                   help: "Show this list of keys",
                   condition: .outsideFieldsAndLists, action: .toggleHelp, section: .anywhere),
        // Ctrl-C is named with q but never read as a key: curses' cbreak mode leaves the terminal's
        // ISIG on, so the terminal turns Ctrl-C into SIGINT, and the loop ends on the signal, saving
        // first, as q does (with exit status 130 instead of q's).
        KeyBinding(keys: [.key(.character("q"))], keyNames: "q, Ctrl-C", footer: "q quit",
                   help: "Save your progress and quit; run optout again to resume here",
                   condition: .outsideTextField, action: .quit, section: .anywhere),
        KeyBinding(keys: [.key(.control("l"))], keyNames: "Ctrl-L", footer: nil,
                   help: "Draw the screen again",
                   condition: .everywhere, action: .redraw, section: .anywhere),
        KeyBinding(keys: [.key(.control("z"))], keyNames: "Ctrl-Z", footer: nil,
                   help: "Suspend; type fg in your shell to come back",
                   condition: .everywhere, action: nil, section: .anywhere),
    ]

    /// The action a key has on a screen, or nil when it does nothing there.
    public static func action(for key: Key, on facts: ScreenFacts) -> UIAction? {
        if facts.mode == .tooSmall {
            // Only leaving and redrawing make sense on a screen too small to show anything.
            if key == .character("q") { return .quit }
            if key == .control("l") { return .redraw }
            return nil
        }
        for binding in bindings where binding.condition.holds(for: facts) {
            if binding.keys.contains(where: { $0.matches(key) }) { return binding.action(for: key) }
        }
        return nil
    }

    /// The key that does `action`, as the footer names it ("c", "Space"): the first binding for the
    /// action in force on `facts` (or anywhere, without facts). Messages that name a key take it
    /// from here, so they cannot disagree with what the key does.
    public static func key(for action: UIAction, on facts: ScreenFacts? = nil) -> String {
        let binding = bindings.first { $0.action == action && (facts.map($0.condition.holds(for:)) ?? true) }
            ?? bindings.first { $0.action == action }
        guard let binding else { return "?" }
        return binding.footer.map { String($0.split(separator: " ")[0]) }
            ?? binding.keyNames.components(separatedBy: ", ").last ?? binding.keyNames
    }

    /// The footer's entries for a screen, in table order.
    public static func footer(for facts: ScreenFacts) -> [String] {
        if facts.mode == .tooSmall { return [] }
        return footerBindings(for: facts).compactMap(\.footer)
    }

    /// The footer's entries that must never be left out for lack of room (help and quit).
    public static func essentialFooter(for facts: ScreenFacts) -> [String] {
        if facts.mode == .tooSmall { return [] }
        return footerBindings(for: facts).filter { $0.section == .anywhere }.compactMap(\.footer)
    }

    /// The footer's entries for keys only this kind of step has (the objection form's draft, sent and
    /// received): left out for lack of room only after the keys every step has.
    public static func stepSpecificFooter(for facts: ScreenFacts) -> [String] {
        if facts.mode == .tooSmall { return [] }
        return footerBindings(for: facts).filter { $0.condition.isStepSpecific }.compactMap(\.footer)
    }

    private static func footerBindings(for facts: ScreenFacts) -> [KeyBinding] {
        bindings.filter { $0.footer != nil && $0.condition.holds(for: facts) }
    }

    /// The help screen's rows, grouped by section, one for each binding.
    public static func helpSections() -> [(section: KeySection, rows: [(keys: String, help: String)])] {
        KeySection.allCases.map { section in
            (section, bindings.filter { $0.section == section }.map { ($0.keyNames, $0.help) })
        }
    }
}

extension KeyCondition {
    /// Conditions of keys that only some steps have.
    fileprivate var isStepSpecific: Bool {
        switch self {
        case .onDraftStep, .onDraftStepWithDraft, .onDraftStepWithDraftAndLink, .onConfirmationStep: true
        default: false
        }
    }
}
