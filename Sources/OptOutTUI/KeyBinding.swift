/// Groups of keys on the help screen.
public enum KeySection: String, CaseIterable, Sendable {
    case step = "On a step"
    case choice = "Choosing an answer"
    case textField = "Typing in a field"
    case list = "Lists under the step"
    case resume = "Unfinished progress"
    case phoneCode = "The link as a QR code"
    case help = "This help"
    case anywhere = "Anywhere"
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
    /// The keys as the help screen names them: "Left, Backspace, b".
    public var keyNames: String
    /// The footer's short form ("b back"); nil when the footer leaves it out.
    public var footer: String?
    /// When the footer is short of room, which entries give way first.
    public var footerPriority: FooterPriority
    /// The help screen's explanation.
    public var help: String
    public var section: KeySection
    /// Whether the binding is in force on a screen with these facts.
    public var isEnabled: @Sendable (ScreenFacts) -> Bool

    public init(
        _ trigger: Trigger, keyNames: String, footer: String? = nil, footerPriority: FooterPriority = .general,
        help: String, section: KeySection, when isEnabled: @escaping @Sendable (ScreenFacts) -> Bool
    ) {
        self.trigger = trigger
        self.keyNames = keyNames
        self.footer = footer
        self.footerPriority = footerPriority
        self.help = help
        self.section = section
        self.isEnabled = isEnabled
    }

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
