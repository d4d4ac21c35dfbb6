#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore

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

/// What a one-line text field under the content is asking for.
public enum FieldPurpose: Equatable, Sendable {
    case note
    case skipReason
    /// What the member sees when their screen does not match the step.
    case screenDiffers
    /// The day the form was sent.
    case sentDay
    /// The confirmation's reference, after the day it was sent.
    case sentReference(day: String)
    /// The confirmation's reference, once it arrived.
    case receivedReference
    /// The member's name for the objection draft being built.
    case draftName(ObjectionDraft)
    /// The member's email for the objection draft being built.
    case draftEmail(ObjectionDraft)
    /// The whole objection text on one line, `\n` standing for line breaks.
    case draftText(ObjectionDraft)

    /// What Enter does in the field.
    public var kind: FieldKind {
        switch self {
        case .skipReason: .skip
        case .sentDay, .draftName: .next
        default: .save
        }
    }
}

/// What covers part of the step: nothing, the key help, a text field, or a short list.
public enum ScreenOverlay: Equatable, Sendable {
    case none
    case help
    case field(FieldPurpose, TextField)
    /// Ticking the uses the objection covers; `ScreenModel.listSelection` is the selected one.
    case draftUses(ObjectionDraft)
    /// The member edited the draft by hand and changed its choices: keep the edit or rebuild?
    case keepEditedDraft(ObjectionDraft)
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
/// message. Every change to the walkthrough goes out as a `ScreenCommand.send`.
public struct ScreenModel: Equatable, Sendable {
    public var overlay: ScreenOverlay = .none
    /// The selected answer on a choice step, or the selected choice on the resume screen.
    public var selection = 0
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
    /// Today as `YYYY-MM-DD`, offered as the day a form was sent.
    public var today: String
    /// True when the member has an editor (`$VISUAL`, `$EDITOR`) for the draft's text.
    public var hasExternalEditor: Bool
    /// The phase the selection and scroll belong to.
    public private(set) var shownPhase: WalkthroughPhase?

    public init(message: ScreenMessage? = nil, today: String = "", hasExternalEditor: Bool = false) {
        self.message = message
        self.today = today
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
        selection = 0
        if let choice = state.currentStep?.choice, let answer = state.progress.answers[choice.answerKey],
            let index = choice.options.firstIndex(where: { $0.id == answer })
        {
            selection = index
        }
    }

    /// Applies a key's action. Returns what the front end must do; walkthrough changes are only
    /// ever returned, never made here.
    public mutating func update(_ action: UIAction, state: WalkthroughState) -> [ScreenCommand] {
        sync(with: state)
        if action != .redraw { message = nil }
        if action == .redraw { return [.redraw] }
        switch overlay {
        case let .field(purpose, field):
            return updateField(purpose, field, action: action, state: state)
        case let .draftUses(draft):
            return updateDraftUses(draft, action: action)
        case let .keepEditedDraft(draft):
            return updateKeepEdit(draft, action: action)
        case .help:
            return updateHelp(action)
        case .none:
            break
        }
        switch action {
        case .quit: return [.send(.quit, confirmation: nil)]
        case .toggleHelp:
            overlay = .help
            helpScroll = 0
            return []
        default: break
        }
        switch state.phase {
        case .offeringResume:
            return updateResume(action)
        case .onStep:
            guard let step = state.currentStep else { return [] }
            return updateStep(step, action: action, state: state)
        case .finished:
            return []
        }
    }

    /// The resume screen's choices, in order.
    public static let resumeChoices: [(label: String, event: WalkthroughEvent)] = [
        ("Resume where you stopped", .resume),
        ("Start over (your answers and notes are cleared)", .startOver),
        ("Quit", .quit),
    ]

    /// The choices when a hand-edited draft meets new choices.
    public static let keepEditChoices = ["Keep your edited text", "Rebuild the text from these choices"]

    private mutating func updateResume(_ action: UIAction) -> [ScreenCommand] {
        let count = Self.resumeChoices.count
        switch action {
        case .moveUp:
            selection = max(0, selection - 1)
            followSelection = true
        case .moveDown:
            selection = min(count - 1, selection + 1)
            followSelection = true
        case .confirm:
            return [.send(Self.resumeChoices[min(selection, count - 1)].event, confirmation: nil)]
        case let .chooseNumber(number):
            guard (1...count).contains(number) else {
                message = ScreenMessage("Choose 1 to \(count).", kind: .error)
                return []
            }
            selection = number - 1
            return [.send(Self.resumeChoices[number - 1].event, confirmation: nil)]
        default:
            break
        }
        return []
    }

    private mutating func updateStep(_ step: GuideStep, action: UIAction, state: WalkthroughState) -> [ScreenCommand] {
        let options = step.choice?.options ?? []
        let record = state.currentRecord
        switch action {
        case .moveUp:
            if options.isEmpty {
                scroll = max(0, scroll - 1)
            } else {
                selection = max(0, selection - 1)
                followSelection = true
            }
        case .moveDown:
            if options.isEmpty {
                scroll += 1
            } else {
                selection = min(options.count - 1, selection + 1)
                followSelection = true
            }
        case .pageUp:
            scroll = max(0, scroll - max(1, pageSize - 1))
            followSelection = false
        case .pageDown:
            scroll += max(1, pageSize - 1)
            followSelection = false
        case .confirm:
            if options.isEmpty { return [.send(.markDone, confirmation: nil)] }
            return [.send(.choose(options[min(selection, options.count - 1)].id), confirmation: nil)]
        case let .chooseNumber(number):
            guard !options.isEmpty else { return [] }
            guard (1...options.count).contains(number) else {
                message = ScreenMessage("Choose 1 to \(options.count).", kind: .error)
                return []
            }
            selection = number - 1
            return [.send(.choose(options[number - 1].id), confirmation: nil)]
        case .back:
            return [.send(.back, confirmation: nil)]
        case .startSkip:
            guard step.kind != .finish else { return [] }
            overlay = .field(.skipReason, TextField())
        case .markWaiting:
            return [.send(.markWaiting, confirmation: nil)]
        case .startNote:
            overlay = .field(.note, TextField(text: record?.note ?? ""))
        case .startScreenDiffers:
            overlay = .field(.screenDiffers, TextField(text: record?.screenDiffers ?? ""))
        case .openLink, .copyLink:
            guard let link = step.link else {
                message = ScreenMessage("This step has no link.", kind: .error)
                return []
            }
            return [action == .openLink ? .openLink(link) : .copyLink(link)]
        case .startDraft:
            guard step.objectionDraft else { return [] }
            overlay = .draftUses(state.progress.draft ?? ObjectionDraft())
            listSelection = 0
        case .editDraft, .copyDraft:
            guard step.objectionDraft, let draft = state.progress.draft else {
                message = ScreenMessage("There is no objection text yet: t drafts it.", kind: .error)
                return []
            }
            if action == .copyDraft { return [.copyDraft(draft.text(region: state.progress.region))] }
            if hasExternalEditor { return [.editDraftExternally(draft)] }
            let oneLine = draft.text(region: state.progress.region).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\\n")
            overlay = .field(.draftText(draft), TextField(text: oneLine))
        case .startSent:
            guard step.confirmation != nil else { return [] }
            overlay = .field(.sentDay, TextField(text: record?.sentOn ?? today))
        case .startReceived:
            guard step.confirmation != nil else { return [] }
            overlay = .field(.receivedReference, TextField(text: record?.confirmation ?? ""))
        default:
            break
        }
        return []
    }

    private mutating func updateField(_ purpose: FieldPurpose, _ field: TextField, action: UIAction, state: WalkthroughState) -> [ScreenCommand] {
        var field = field
        switch action {
        case let .edit(edit):
            field.apply(edit)
            overlay = .field(purpose, field)
            return []
        case .closeOverlay:
            overlay = .none
            return []
        case .quit:
            overlay = .none
            return [.send(.quit, confirmation: nil)]
        case .confirm:
            break
        default:
            return []
        }
        overlay = .none
        let text = field.text
        let trimmed = text.trimmed
        let given: String? = trimmed.isEmpty ? nil : trimmed
        switch purpose {
        case .note:
            reveal = .record
            return [.send(.setNote(text), confirmation: given == nil ? "Note removed." : "Note saved.")]
        case .skipReason:
            return [.send(.skip(reason: given), confirmation: nil)]
        case .screenDiffers:
            let saved = "Noted. The summary lists it with the guide's version (\(state.guide.version)), so you can "
                + "report it. Carry on as best you can."
            reveal = .record
            return [.send(.reportScreenDiffers(text), confirmation: given == nil ? "Mark removed." : saved)]
        case .sentDay:
            let day = given ?? today
            guard CalendarDay.parse(day) != nil else {
                message = ScreenMessage("\"\(day)\" is not a date: write it as YYYY-MM-DD, e.g. \(today).", kind: .error)
                overlay = .field(purpose, field)
                return []
            }
            let reference = state.currentRecord?.confirmation ?? ""
            overlay = .field(.sentReference(day: day), TextField(text: reference))
            return []
        case let .sentReference(day):
            return [.send(.recordSent(on: day, reference: given), confirmation: nil)]
        case .receivedReference:
            return [.send(.confirmReceived(reference: given), confirmation: nil)]
        case var .draftName(draft):
            draft.name = given
            overlay = .field(.draftEmail(draft), TextField(text: draft.email ?? ""))
            return []
        case var .draftEmail(draft):
            draft.email = given
            if draft.editedText != nil {
                overlay = .keepEditedDraft(draft)
                listSelection = 0
                return []
            }
            reveal = .draft
            return [Self.saveDraft(draft)]
        case var .draftText(draft):
            guard given != nil else { return [] }
            draft.editedText = text.split(separator: "\\n", omittingEmptySubsequences: false).joined(separator: "\n")
            reveal = .draft
            return [Self.saveDraft(draft)]
        }
    }

    static func saveDraft(_ draft: ObjectionDraft) -> ScreenCommand {
        .send(.setDraft(draft), confirmation: "Objection text saved; it is shown on this step. y copies it, e edits it.")
    }

    private mutating func updateDraftUses(_ draft: ObjectionDraft, action: UIAction) -> [ScreenCommand] {
        var draft = draft
        let uses = ObjectionUse.allCases
        func toggle(_ index: Int) {
            let use = uses[index]
            if let at = draft.uses.firstIndex(of: use) { draft.uses.remove(at: at) } else { draft.uses.append(use) }
            draft.uses = uses.filter { draft.uses.contains($0) }
        }
        switch action {
        case .moveUp: listSelection = max(0, listSelection - 1)
        case .moveDown: listSelection = min(uses.count - 1, listSelection + 1)
        case .toggle: toggle(min(listSelection, uses.count - 1))
        case let .chooseNumber(number):
            guard (1...uses.count).contains(number) else {
                message = ScreenMessage("Use the numbers 1 to \(uses.count).", kind: .error)
                return []
            }
            listSelection = number - 1
            toggle(number - 1)
        case .confirm:
            guard !draft.uses.isEmpty else {
                message = ScreenMessage("Tick at least one use (Space or its number).", kind: .error)
                return []
            }
            overlay = .field(.draftName(draft), TextField(text: draft.name ?? ""))
            return []
        case .closeOverlay:
            overlay = .none
            return []
        case .quit:
            overlay = .none
            return [.send(.quit, confirmation: nil)]
        default:
            return []
        }
        overlay = .draftUses(draft)
        return []
    }

    private mutating func updateKeepEdit(_ draft: ObjectionDraft, action: UIAction) -> [ScreenCommand] {
        var draft = draft
        let count = Self.keepEditChoices.count
        var chosen: Int?
        switch action {
        case .moveUp: listSelection = max(0, listSelection - 1)
        case .moveDown: listSelection = min(count - 1, listSelection + 1)
        case .confirm: chosen = min(listSelection, count - 1)
        case let .chooseNumber(number) where (1...count).contains(number): chosen = number - 1
        case .closeOverlay:
            overlay = .none
        case .quit:
            overlay = .none
            return [.send(.quit, confirmation: nil)]
        default:
            break
        }
        guard let chosen else { return [] }
        overlay = .none
        if chosen == 1 { draft.editedText = nil }
        reveal = .draft
        return [Self.saveDraft(draft)]
    }

    private mutating func updateHelp(_ action: UIAction) -> [ScreenCommand] {
        switch action {
        case .closeOverlay, .toggleHelp, .confirm:
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
            overlay = .none
            return [.send(.quit, confirmation: nil)]
        default:
            break
        }
        return []
    }
}
