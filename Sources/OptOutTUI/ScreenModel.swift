#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore
import QRCode

/// A line of feedback under the content: what just happened, or why something could not be done.
public struct ScreenMessage: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case info
        case error
    }

    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}

/// What covers part of the step: nothing, the key help, the link as a QR code, or a question of one
/// of the core's forms (a note, the objection draft, the day a form was sent, starting over...).
public enum ScreenOverlay: Equatable, Sendable {
    case none
    case help
    /// A form's question answered by typing in a one-line field under the content.
    case field(StepForm, TextField)
    /// A form's question answered from a list under the content; `ticked` are the entries ticked so
    /// far (pick many). `ScreenModel.listSelection` is the selected entry.
    case list(StepForm, ticked: [Int])
    /// The step's link as a QR code (nil when the link is too long for one), made when `p` was pressed.
    case phoneCode(GuideLink, QRCode?)
}

extension FormPrompt.Completion {
    /// What Enter does in a field asking this.
    public var fieldKind: FieldKind {
        switch self {
        case .next: .next
        case .save: .save
        case .skip: .skip
        case .confirm: .confirm
        }
    }
}

/// A place on a step's page the view can scroll to.
public enum PageAnchor: Hashable, Sendable {
    /// The objection text.
    case draft
    /// What the member recorded: status, dates, note, screen-differs mark.
    case record
}

/// Something the screen model asks the front end to do.
public enum ScreenCommand: Equatable, Sendable {
    /// Send an event to the walkthrough session; on success show `confirmation`, if any.
    case send(WalkthroughEvent, confirmation: String?)
    case openLink(GuideLink)
    case copyLink(GuideLink)
    /// Copy the objection text to the clipboard.
    case copyDraft(String)
    /// Edit the draft's text in the member's own editor, outside the full screen.
    case editDraftExternally(ObjectionDraft)
    /// Draw the whole screen again.
    case redraw
}

/// The full screen's own state, apart from the walkthrough: selection, scroll, overlays and the
/// message. Every change to the walkthrough goes out as a `ScreenCommand.send`; the forms' questions
/// and rules are the core's (`StepForm`), as in plain mode.
public struct ScreenModel: Equatable, Sendable {
    public var overlay: ScreenOverlay = .none
    /// The selected answer on a choice step (nil until the member selects one, with its number or
    /// Up/Down: Enter never answers a question by itself, and a number never moves on by itself), or
    /// the selected choice on the resume screen.
    public var selection: Int?
    /// The selected entry of a list overlay.
    public var listSelection = 0
    /// Lines scrolled off the top of the content.
    public var scroll = 0
    /// Lines scrolled off the top of the help.
    public var helpScroll = 0
    /// When set, the view scrolls so the selection is in view.
    public var followSelection = false
    /// When set, the view scrolls to this part of the page (once; the front end clears it).
    public var reveal: PageAnchor?
    public var message: ScreenMessage?
    /// Rows of the scrolling area in the last frame, for paging.
    public var pageSize = 10
    /// True when the member has an editor (`$VISUAL`, `$EDITOR`) for the draft's text.
    public var hasExternalEditor: Bool
    /// The phase the selection and scroll belong to.
    public private(set) var shownPhase: WalkthroughPhase?
    /// Set by Esc in a form that holds typed answers: the next key decides (Esc again closes it
    /// unsaved).
    public private(set) var askedToDiscard = false
    /// True once the member answered an earlier question of the open form with text they typed (or
    /// ticks they changed): Esc on a later, untouched question would drop that answer too, so it
    /// asks first.
    public internal(set) var formHoldsTypedAnswers = false

    /// The form open under the step, with what is typed or ticked at its question: what the session
    /// keeps when the run ends before the member answered.
    public var openForm: OpenForm? {
        switch overlay {
        case let .field(form, field): OpenForm(form: form, typed: .text(field.text))
        case let .list(form, ticked): OpenForm(form: form, typed: .picked(ticked))
        case .none, .help, .phoneCode: nil
        }
    }

    public init(message: ScreenMessage? = nil, hasExternalEditor: Bool = false) {
        self.message = message
        self.hasExternalEditor = hasExternalEditor
    }

    /// Resets selection and scroll when the walkthrough moved to another step or screen.
    public mutating func sync(with state: WalkthroughState) {
        guard shownPhase != state.phase else { return }
        shownPhase = state.phase
        scroll = 0
        followSelection = false
        reveal = nil
        overlay = overlay == .help ? .help : .none
        formHoldsTypedAnswers = false
        selection = state.phase == .offeringResume ? 0 : nil
        if let choice = state.currentStep?.choice, let answer = state.progress.answers[choice.answerKey],
            let index = choice.options.firstIndex(where: { $0.id == answer })
        {
            selection = index
        }
    }

    /// Applies a key's action. Returns what the front end must do; walkthrough changes are only
    /// ever returned, never made here. `today` is the member's local date, read only when a form that
    /// needs it starts.
    public mutating func update(
        _ action: UIAction, state: WalkthroughState, today: @autoclosure () -> String
    ) -> [ScreenCommand] {
        sync(with: state)
        if action != .redraw { message = nil }
        if action == .redraw { return [.redraw] }
        let discardWasAsked = askedToDiscard
        askedToDiscard = false
        switch overlay {
        case let .field(form, field):
            if action == .closeOverlay, field.isEdited || formHoldsTypedAnswers, !discardWasAsked {
                // Typed text is never thrown away by one key (a lone Esc may be half of an arrow key).
                askDiscard(ScreenFacts(mode: .field(form.prompt.completion.fieldKind)), earlierAnswers: !field.isEdited)
                return []
            }
            return updateField(form, consume field, action: action)
        case let .list(form, ticked):
            if action == .closeOverlay, formHoldsTypedAnswers, !discardWasAsked {
                let many = if case .pickMany = form.prompt.input { true } else { false }
                askDiscard(ScreenFacts(mode: many ? .toggleList : .smallChoice), earlierAnswers: true)
                return []
            }
            return updateList(form, ticked: ticked, action: action)
        case .help:
            return updateHelp(action)
        case .phoneCode:
            if action == .closeOverlay { overlay = .none }
            if action == .quit {
                overlay = .none
                return [.send(.quit, confirmation: nil)]
            }
            return []
        case .none:
            break
        }
        switch action {
        case .quit: return [.send(.quit, confirmation: nil)]
        case .showHelp:
            overlay = .help
            helpScroll = 0
            return []
        default: break
        }
        switch state.phase {
        case .offeringResume:
            return updateResume(action, state: state)
        case .onStep:
            guard let step = state.currentStep else { return [] }
            return updateStep(step, action: action, state: state, today: today)
        case .finished:
            return []
        }
    }

    /// Esc in a form holding typed answers: says what a second Esc throws away, and what keeps it.
    private mutating func askDiscard(_ facts: ScreenFacts, earlierAnswers: Bool) {
        askedToDiscard = true
        let (close, save) = (KeyMap.key(for: .closeOverlay, on: facts), KeyMap.key(for: .confirm, on: facts))
        if earlierAnswers {
            // Translators: {close} and {save} are keys (Esc, Enter), which stay as they are.
            message = ScreenMessage(tr("{close} again closes the form without saving the answers you typed; {save} goes on with them.",
                                       ["close": close, "save": save]))
        } else {
            // Translators: {close} and {save} are keys (Esc, Enter), which stay as they are.
            message = ScreenMessage(tr("{close} again closes the field without saving what you typed; {save} saves it.",
                                       ["close": close, "save": save]))
        }
    }

    private mutating func updateResume(_ action: UIAction, state: WalkthroughState) -> [ScreenCommand] {
        let choices = Messages.resumeChoices
        let count = choices.count
        var chosen: ResumeChoice?
        switch action {
        case .moveUp:
            selection = max(0, (selection ?? 0) - 1)
            followSelection = true
        case .moveDown:
            selection = min(count - 1, (selection ?? 0) + 1)
            followSelection = true
        case .confirm:
            chosen = choices[min(selection ?? 0, count - 1)].choice
        case let .chooseNumber(number):
            guard (1...count).contains(number) else {
                message = ScreenMessage(Self.chooseInRange(count), kind: .error)
                return []
            }
            // A number selects; Enter does it (so "3, Enter" never quits before the member sees it).
            selection = number - 1
            followSelection = true
        default:
            break
        }
        switch chosen {
        case .resume?: return [.send(.resume, confirmation: nil)]
        case .quit?: return [.send(.quit, confirmation: nil)]
        case .startOver?: return start(.startOver, state: state, today: { "" })
        case nil: return []
        }
    }

    private mutating func updateStep(
        _ step: GuideStep, action: UIAction, state: WalkthroughState, today: () -> String
    ) -> [ScreenCommand] {
        let options = step.choice?.options ?? []
        switch action {
        case .moveUp:
            if options.isEmpty {
                scroll = max(0, scroll - 1)
            } else {
                selection = max(0, (selection ?? 0) - 1)
                followSelection = true
            }
        case .moveDown:
            if options.isEmpty {
                scroll += 1
            } else {
                selection = min(options.count - 1, selection.map { $0 + 1 } ?? 0)
                followSelection = true
            }
        case .pageUp:
            scroll = max(0, scroll - max(1, pageSize - 1))
            followSelection = false
        case .pageDown:
            scroll += max(1, pageSize - 1)
            followSelection = false
        case .confirm:
            if options.isEmpty { return start(.markDone, state: state, today: today) }
            guard let selection else {
                let facts = ScreenFacts(mode: .step, state: state)
                let (select, choose, skip) = (KeyMap.key(for: .moveUp, on: facts), KeyMap.key(for: .confirm, on: facts),
                                              KeyMap.key(for: .startSkip, on: facts))
                // Translators: {select}, {choose} and {skip} are keys (Up, Enter, s), which stay as they are.
                message = ScreenMessage(
                    tr("Select an answer first (its number, or {select}), then {choose}; {skip} skips the question.",
                       ["select": select, "choose": choose, "skip": skip]),
                    kind: .error)
                return []
            }
            return [.send(.choose(options[min(selection, options.count - 1)].id), confirmation: nil)]
        case let .chooseNumber(number):
            guard !options.isEmpty else { return [] }
            guard (1...options.count).contains(number) else {
                message = ScreenMessage(Self.chooseInRange(options.count), kind: .error)
                return []
            }
            // A number selects the answer and Enter chooses it, as in dialog's menus: the habit of
            // plain mode ("1", Enter) never answers this question and then marks the next step done.
            selection = number - 1
            followSelection = true
        case .back:
            return [.send(.back, confirmation: nil)]
        case .startSkip:
            return start(.skip, state: state, today: today)
        case .markWaiting:
            return start(.markWaiting, state: state, today: today)
        case .startNote:
            return start(.note, state: state, today: today)
        case .startScreenDiffers:
            return start(.screenDiffers, state: state, today: today)
        case .openLink, .copyLink:
            guard let link = step.link else {
                message = ScreenMessage(tr("This step has no link."), kind: .error)
                return []
            }
            return [action == .openLink ? .openLink(link) : .copyLink(link)]
        case .showPhoneCode:
            // The link as the step shows it: its label in the member's LinkedIn language.
            guard let link = StepContent(state: state)?.link else {
                message = ScreenMessage(tr("This step has no link."), kind: .error)
                return []
            }
            // Encoded here, when asked for, never before the first frame.
            overlay = .phoneCode(link, try? QRCode(text: link.url))
        case .startDraft:
            return start(.draft, state: state, today: today)
        case .editDraft, .copyDraft:
            guard step.objectionDraft, let draft = state.progress.draft else {
                // Translators: {key} is a key (t), which stays as it is.
                message = ScreenMessage(tr("There is no objection text yet: {key} drafts it.", ["key": KeyMap.key(for: .startDraft)]),
                                        kind: .error)
                return []
            }
            if action == .copyDraft { return [.copyDraft(draft.text(region: state.progress.region))] }
            if hasExternalEditor { return [.editDraftExternally(draft)] }
            return start(.editDraftOnOneLine, state: state, today: today)
        case .startSent:
            return start(.sent, state: state, today: today)
        case .startReceived:
            return start(.received, state: state, today: today)
        default:
            break
        }
        return []
    }

    /// Said when a number is outside the choices: "Choose 1 to 3."
    static func chooseInRange(_ count: Int) -> String {
        // Translators: when a number outside the answers was pressed; {count} is the number of answers.
        trn("Choose 1 to {count}.", "Choose 1 to {count}.", count: count)
    }

    private mutating func updateHelp(_ action: UIAction) -> [ScreenCommand] {
        switch action {
        case .closeOverlay:
            overlay = .none
        case .moveUp:
            helpScroll = max(0, helpScroll - 1)
        case .moveDown:
            helpScroll += 1
        case .pageUp:
            helpScroll = max(0, helpScroll - max(1, pageSize - 1))
        case .pageDown:
            helpScroll += max(1, pageSize - 1)
        case .quit:
            // q closes the help; on a screen too small to show it, q quits, as everywhere there.
            overlay = .none
            return [.send(.quit, confirmation: nil)]
        default:
            break
        }
        return []
    }
}
