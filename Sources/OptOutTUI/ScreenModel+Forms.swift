import OptOutCore

/// The core's forms on the full screen (notes, skip reasons, the objection draft, sent, received,
/// starting over): each question opens as a text field or a list under the step, and the answer
/// goes back to the form, which asks the next question or ends in an event for the session.
extension ScreenModel {
    /// Follows a form to its next question, or to the event it ends in. A question asked again after
    /// a refusal keeps what the member typed (`typed`) or ticked (`ticked`).
    public mutating func follow(_ result: FormResult, typed: TextField? = nil, ticked: [Int]? = nil) -> [ScreenCommand] {
        switch result {
        case let .ask(form):
            let prompt = form.prompt
            let again = prompt.problem != nil
            if let problem = prompt.problem { message = ScreenMessage(problem, kind: .error) }
            switch prompt.input {
            case let .line(prefill):
                overlay = .field(form, again ? typed ?? TextField(text: prefill) : TextField(text: prefill))
            case let .pickMany(_, formTicked):
                if !again { listSelection = 0 }
                overlay = .list(form, ticked: again ? ticked ?? formTicked : formTicked)
            case let .pickOne(_, preferred):
                listSelection = preferred
                overlay = .list(form, ticked: [])
            }
            return []
        case let .submit(event, confirmation):
            overlay = .none
            formHoldsTypedAnswers = false
            switch event {
            case .setNote, .reportScreenDiffers: reveal = .record
            case .setDraft: reveal = .draft
            default: break
            }
            return [.send(event, confirmation: confirmation)]
        case let .leave(text):
            overlay = .none
            formHoldsTypedAnswers = false
            message = text.map { ScreenMessage($0) }
            return []
        }
    }

    /// Starts a form; `today` is read only for a form that needs it.
    mutating func start(_ kind: FormKind, state: WalkthroughState, today: () -> String) -> [ScreenCommand] {
        let needsToday = [.sent, .markDone, .markWaiting, .received].contains(kind)
        formHoldsTypedAnswers = false
        return follow(StepForm.start(kind, state: state, today: needsToday ? today() : ""))
    }

    /// What a key does in a form's text field: edit, close, or answer with the text.
    mutating func updateField(_ form: StepForm, _ field: consuming TextField, action: UIAction) -> [ScreenCommand] {
        switch action {
        case let .edit(edit):
            // The overlay lets go of the field first, so the edit changes its text in place.
            overlay = .none
            field.apply(edit)
            overlay = .field(form, field)
            return []
        case .closeOverlay:
            overlay = .none
            formHoldsTypedAnswers = false
            return []
        case .confirm:
            let typed = field.isEdited
            let commands = follow(form.next(.text(field.text)), typed: field)
            // The form asks on: what was typed is now one of its answers, which Esc must not drop unasked.
            if typed, overlay != .none { formHoldsTypedAnswers = true }
            return commands
        default:
            return []
        }
    }

    /// What a key does in a form's list: select, tick, pick, answer with what is ticked, or close.
    mutating func updateList(_ form: StepForm, ticked: [Int], action: UIAction) -> [ScreenCommand] {
        let prompt = form.prompt
        let (count, many): (Int, Bool) = switch prompt.input {
        case let .pickMany(options, _): (options.count, true)
        case let .pickOne(options, _): (options.count, false)
        case .line: (0, false)
        }
        guard count > 0 else { return [] }
        var ticked = ticked
        func toggle(_ index: Int) {
            if let at = ticked.firstIndex(of: index) { ticked.remove(at: at) } else { ticked.append(index) }
            ticked.sort()
        }
        switch action {
        case .moveUp: listSelection = max(0, listSelection - 1)
        case .moveDown: listSelection = min(count - 1, listSelection + 1)
        case .toggle where many: toggle(min(listSelection, count - 1))
        case let .chooseNumber(number):
            guard (1...count).contains(number) else {
                message = ScreenMessage(
                    // Translators: when a number outside the list was typed; {count} is the number of entries.
                    tr("Use the numbers 1 to {count}.", ["count": String(count)]), kind: .error)
                return []
            }
            // A number selects the entry (and ticks or unticks it in a list of many); Enter answers.
            listSelection = number - 1
            if many { toggle(number - 1) }
        case .confirm:
            var changedTicks = false
            if case let .pickMany(_, formTicked) = prompt.input { changedTicks = ticked != formTicked }
            let commands = follow(form.next(.picked(many ? ticked : [min(listSelection, count - 1)])), ticked: ticked)
            if changedTicks, overlay != .none { formHoldsTypedAnswers = true }
            return commands
        case .closeOverlay:
            overlay = .none
            formHoldsTypedAnswers = false
            return []
        case .quit:
            overlay = .none
            formHoldsTypedAnswers = false
            return [.send(.quit, confirmation: nil)]
        default:
            return []
        }
        overlay = .list(form, ticked: ticked)
        return []
    }
}
