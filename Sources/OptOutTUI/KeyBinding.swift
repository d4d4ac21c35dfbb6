import OptOutCore

/// Groups of keys on the help screen.
public enum KeySection: CaseIterable, Sendable {
    case step
    case choice
    case textField
    case list
    case resume
    case phoneCode
    case help
    case anywhere

    /// The section's heading on the help screen, in the interface language.
    public var title: String {
        switch self {
        // Translators: headings of the key help (the ? screen), one for each group of keys.
        case .step: tr("On a step", context: "key help")
        case .choice: tr("Choosing an answer", context: "key help")
        case .textField: tr("Typing in a field", context: "key help")
        case .list: tr("Lists under the step", context: "key help")
        case .resume: tr("Unfinished progress", context: "key help")
        case .phoneCode: tr("The link as a QR code", context: "key help")
        case .help: tr("This help", context: "key help")
        case .anywhere: tr("Anywhere", context: "key help")
        }
    }
}

/// A footer entry: a key as its key cap names it ("Enter", "b"), the same in every language, and
/// what it does in a word or two of the interface language ("done"; German "erledigt"), looked up
/// each time the footer is drawn.
public struct FooterEntry: Sendable {
    /// The key cap: never translated.
    public let key: String
    private let words: (@Sendable () -> String)?

    /// The key and its words: `FooterEntry("Enter", tr("done", context: "footer"))`.
    public init(_ key: String, _ words: @autoclosure @escaping @Sendable () -> String) {
        self.key = key
        self.words = words
    }

    /// A key cap that says it all by itself ("Home/End").
    public init(key: String) {
        self.key = key
        self.words = nil
    }

    /// The entry as the footer shows it: "Enter done", "q beenden".
    public var text: String {
        guard let words else { return key }
        return key + " " + words()
    }
}

/// How readily a footer entry gives way when the footer has no room for all of them.
public enum FooterPriority: Sendable {
    /// Keys most steps have (b back, n note, scrolling): left out first, from the end.
    case general
    /// Keys only some steps have (the objection form's t, e, c, y, m and r, and w): left out once
    /// no general entry is left.
    case stepSpecific
    /// Help and quit: never left out.
    case essential
}

/// One row of the key table: what a key does, on which screens, and how the footer and the help
/// screen name it. As in Bubble Tea's `key.Binding`: the keys with their action, the help's words,
/// and whether the binding is enabled (here a predicate on the screen's facts).
public struct KeyBinding: Sendable {
    /// What a binding answers to and the action that gives. Actions with a payload (the number
    /// chosen, the character typed, the text pasted) are made from the key pressed.
    public enum Trigger: Sendable {
        /// Any of these keys, each with this action.
        case keys([Key], UIAction)
        /// A digit from 1 to 9; the action carries its number.
        case digit(@Sendable (Int) -> UIAction)
        /// Any printable character; the action carries it.
        case character(@Sendable (Unicode.Scalar) -> UIAction)
        /// Text the terminal marked as pasted; the action carries it.
        case paste(@Sendable (String) -> UIAction)
        /// A key the terminal itself turns into a signal (Ctrl-Z sends SIGTSTP, on which the program
        /// leaves the screen and stops): the help names it, but it never arrives as a key.
        case signal

        /// One key with its action.
        public static func key(_ key: Key, _ action: UIAction) -> Trigger { .keys([key], action) }
    }

    public var trigger: Trigger
    /// The footer's short form ("b back"); nil when the footer leaves it out.
    public var footer: FooterEntry?
    /// When the footer is short of room, which entries give way first.
    public var footerPriority: FooterPriority
    public var section: KeySection
    /// Whether the binding is in force on a screen with these facts.
    public var isEnabled: @Sendable (ScreenFacts) -> Bool
    // The help screen's words, looked up in the interface language when the help is shown (the table
    // is made once, for every language).
    private let keyNamesText: @Sendable () -> String
    private let helpText: @Sendable () -> String

    /// `keyNames` as the help screen names the keys ("Left, Backspace, b": key caps, never translated,
    /// or words where no key cap says it, "Any text"); `help` is the help screen's explanation. Both
    /// are read each time the help is shown, so `tr(…)` there follows the interface language.
    public init(
        _ trigger: Trigger, keyNames: @autoclosure @escaping @Sendable () -> String, footer: FooterEntry? = nil,
        footerPriority: FooterPriority = .general, help: @autoclosure @escaping @Sendable () -> String, section: KeySection,
        when isEnabled: @escaping @Sendable (ScreenFacts) -> Bool
    ) {
        self.trigger = trigger
        self.keyNamesText = keyNames
        self.footer = footer
        self.footerPriority = footerPriority
        self.helpText = help
        self.section = section
        self.isEnabled = isEnabled
    }

    /// The keys as the help screen names them: "Left, Backspace, b".
    public var keyNames: String { keyNamesText() }

    /// The help screen's explanation, in the interface language.
    public var help: String { helpText() }

    /// The action `key` gives through this binding, or nil when the binding does not answer to it.
    public func action(for key: Key) -> UIAction? {
        switch (trigger, key) {
        case let (.keys(keys, action), key):
            return keys.contains(key) ? action : nil
        case let (.digit(make), .character(c)):
            return c.value >= 0x31 && c.value <= 0x39 ? make(Int(c.value) - 0x30) : nil
        case let (.character(make), .character(c)):
            return make(c)
        case let (.paste(make), .paste(text)):
            return make(text)
        default:
            return nil
        }
    }

    /// The action, when the binding gives the same one for each of its keys.
    public var fixedAction: UIAction? {
        if case let .keys(_, action) = trigger { return action }
        return nil
    }
}
