import OptOutCore

/// What Enter does in a text field.
public enum FieldKind: Hashable, Sendable {
    /// Saves what was typed.
    case save
    /// Skips the step with the reason typed.
    case skip
    /// Goes on to the next question.
    case next
    /// Answers a question that confirms something (y or yes).
    case confirm
}

/// What the screen shows, as far as keys are concerned.
public enum ScreenMode: Hashable, Sendable {
    case step
    case resume
    case help
    /// A one-line text field under the content.
    case field(FieldKind)
    /// A list under the content whose entries are ticked on and off (the objection's uses).
    case toggleList
    /// A short list under the content to pick one entry from.
    case smallChoice
    /// The step's link as a QR code, filling the screen.
    case phoneCode
    case tooSmall
}

/// The facts about the current screen that decide which keys work on it.
public struct ScreenFacts: Hashable, Sendable {
    public var mode: ScreenMode
    /// The step asks a question whose answers are picked from a list.
    public var isChoice = false
    /// The step is the last one, which finishes the walkthrough.
    public var isFinish = false
    /// The step may be left out ("not needed").
    public var isOptional = false
    /// The step has a link to open, copy or show as a QR code.
    public var hasLink = false
    /// The page is longer than the rows it has.
    public var canScroll = false
    /// The step offers an objection draft.
    public var offersDraft = false
    /// The member has a draft saved.
    public var hasDraft = false
    /// The step records when something was sent and its confirmation.
    public var tracksConfirmation = false

    public init(
        mode: ScreenMode, isChoice: Bool = false, isFinish: Bool = false, isOptional: Bool = false, hasLink: Bool = false,
        canScroll: Bool = false, offersDraft: Bool = false, hasDraft: Bool = false, tracksConfirmation: Bool = false
    ) {
        self.mode = mode
        self.isChoice = isChoice
        self.isFinish = isFinish
        self.isOptional = isOptional
        self.hasLink = hasLink
        self.canScroll = canScroll
        self.offersDraft = offersDraft
        self.hasDraft = hasDraft
        self.tracksConfirmation = tracksConfirmation
    }

    /// On a step, with nothing open over it.
    var onStep: Bool { mode == .step }

    var inTextField: Bool {
        if case .field = mode { return true }
        return false
    }

    var inList: Bool { mode == .toggleList || mode == .smallChoice }
}

extension ScreenFacts {
    /// The facts of a screen in `mode` showing the walkthrough's current step.
    init(mode: ScreenMode, state: WalkthroughState) {
        self.init(mode: mode)
        if let step = state.currentStep {
            isChoice = step.choice != nil
            isFinish = step.kind == .finish
            isOptional = step.optional
            hasLink = step.link != nil
            offersDraft = step.objectionDraft
            hasDraft = state.progress.draft != nil
            tracksConfirmation = step.confirmation != nil
        }
    }
}
