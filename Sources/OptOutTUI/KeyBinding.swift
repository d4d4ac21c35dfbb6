/// When a key binding is in force.
public enum KeyCondition: Hashable, Sendable {
    case onStep
    case onDoneStep
    case onFinishStep
    case onChoiceStep
    case onRequiredSkippableStep
    case onOptionalStep
    case onActionStep
    case onStepWithLink
    /// A step with a link whose `c` copies the link (not the objection text).
    case onStepWithLinkToCopy
    /// The objection step, once there is a draft, when it also has a link.
    case onDraftStepWithDraftAndLink
    case whenScrollable
    case onStepOrInHelp
    case onDraftStep
    case onDraftStepWithDraft
    case onConfirmationStep
    case onResume
    case inHelp
    case inTextField
    case inSavingField
    case inReasonField
    case inFieldWithNext
    case inConfirmingField
    case inList
    case inToggleList
    case inPhoneCode
    case outsideTextField
    /// Not typing in a field, not picking from a list under the step, not in the help.
    case outsideFieldsAndLists
    case everywhere

    public func holds(for facts: ScreenFacts) -> Bool {
        let step = facts.mode == .step
        switch self {
        case .onStep: return step
        case .onDoneStep: return step && !facts.isChoice && !facts.isFinish
        case .onFinishStep: return step && facts.isFinish
        case .onChoiceStep: return step && facts.isChoice
        case .onRequiredSkippableStep: return step && !facts.isFinish && !facts.isOptional
        case .onOptionalStep: return step && !facts.isFinish && facts.isOptional
        case .onActionStep: return step && facts.isAction
        case .onStepWithLink: return step && facts.hasLink
        case .onStepWithLinkToCopy: return step && facts.hasLink && !(facts.offersDraft && facts.hasDraft)
        case .onDraftStepWithDraftAndLink: return step && facts.offersDraft && facts.hasDraft && facts.hasLink
        case .whenScrollable: return step && !facts.isChoice && facts.canScroll
        case .onStepOrInHelp: return step || facts.mode == .help
        case .onDraftStep: return step && facts.offersDraft
        case .onDraftStepWithDraft: return step && facts.offersDraft && facts.hasDraft
        case .onConfirmationStep: return step && facts.tracksConfirmation
        case .onResume: return facts.mode == .resume
        case .inHelp: return facts.mode == .help
        case .inTextField: return facts.inTextField
        case .inSavingField: return facts.mode == .field(.save)
        case .inReasonField: return facts.mode == .field(.skip)
        case .inFieldWithNext: return facts.mode == .field(.next)
        case .inConfirmingField: return facts.mode == .field(.confirm)
        case .inList: return facts.inList
        case .inToggleList: return facts.mode == .toggleList
        case .inPhoneCode: return facts.mode == .phoneCode
        case .outsideTextField: return !facts.inTextField
        case .outsideFieldsAndLists:
            return !facts.inTextField && !facts.inList && facts.mode != .help && facts.mode != .phoneCode
        case .everywhere: return true
        }
    }
}

/// Which keys a binding answers to.
public enum KeyPattern: Hashable, Sendable {
    case key(Key)
    /// A digit from 1 to 9.
    case digit
    /// Any printable character.
    case printable
    /// Text the terminal marked as pasted.
    case paste

    func matches(_ key: Key) -> Bool {
        switch (self, key) {
        case let (.key(expected), key): return expected == key
        case let (.digit, .character(c)): return ("1"..."9").contains(c)
        case (.printable, .character): return true
        case (.paste, .paste): return true
        default: return false
        }
    }
}

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

/// One row of the key map: the keys, where they work, what they do, and how the footer and the
/// help screen name them.
public struct KeyBinding: Sendable {
    public var keys: [KeyPattern]
    /// The keys as the help screen names them: "Left, Backspace, b".
    public var keyNames: String
    /// The footer's short form ("b back"); nil when the footer leaves it out.
    public var footer: String?
    /// The help screen's explanation.
    public var help: String
    public var condition: KeyCondition
    /// Nil for keys the terminal handles itself (Ctrl-Z).
    public var action: UIAction?
    public var section: KeySection

    /// The action for a key this binding matched.
    func action(for key: Key) -> UIAction? {
        switch (action, key) {
        case let (.chooseNumber?, .character(c)): return Int(String(c)).map(UIAction.chooseNumber)
        case let (.edit(.insert)?, .character(c)): return .edit(.insert(c))
        case let (.edit(.paste)?, .paste(text)): return .edit(.paste(text))
        default: return action
        }
    }
}
