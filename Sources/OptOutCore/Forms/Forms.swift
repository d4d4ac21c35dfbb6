/// A question a form asks the member. Both front ends render it (plain mode as a line prompt, the full
/// screen as a field or a list under the step) and pass back what the member answered.
public struct FormPrompt: Equatable, Sendable {
    /// How the question is answered.
    public enum Input: Equatable, Sendable {
        /// One line of text. `prefill` is the text an editable field starts with (what is being
        /// changed); plain mode cannot prefill and says in the question what an empty line does.
        case line(prefill: String)
        /// Tick any of the options, at least one; `ticked` are ticked now (indices from 0), and an
        /// empty answer keeps them.
        case pickMany(options: [String], ticked: [Int])
        /// Pick one of the options; an empty answer picks `preferred` (where the full screen's
        /// selection starts).
        case pickOne(options: [String], preferred: Int)
    }

    /// What answering does.
    public enum Completion: Equatable, Sendable {
        /// Another question follows.
        case next
        /// The answer is saved.
        case save
        /// The step is skipped with the reason typed.
        case skip
        /// The answer confirms (or not) what was asked.
        case confirm
    }

    /// The question, saying what an empty answer does.
    public var question: String
    public var input: Input
    public var completion: Completion
    /// Why the last answer was refused; the question is asked again.
    public var problem: String?

    /// The text an editable field starts with (empty for lists).
    public var prefill: String {
        if case let .line(prefill) = input { return prefill }
        return ""
    }
}

/// An answer to a form's question. Plain mode always answers with the line typed; the full screen
/// answers a field with its text and a list with what is ticked or picked.
public enum FormAnswer: Equatable, Sendable {
    case text(String)
    /// Indices from 0: the ticked options (pick many), or the one picked (pick one).
    case picked([Int])
}

/// Where a form goes after an answer: another question, an event for the walkthrough, or nothing.
public enum FormResult: Equatable, Sendable {
    /// Ask this form's next question (or the same one again, with its `problem`).
    case ask(StepForm)
    /// The form is complete: send this event; on success show `confirmation`, if any.
    case submit(WalkthroughEvent, confirmation: String?)
    /// The form ends with nothing to change; say why, if there is something to say.
    case leave(String?)
}

/// What a member can start from a step: the forms of the walkthrough.
public enum FormKind: Equatable, Sendable {
    case note
    case skip
    case screenDiffers
    /// Build the objection text from choices (uses, name, email).
    case draft
    /// Edit the objection text on one line (`\n` standing for a line break).
    case editDraftOnOneLine
    /// The form was sent: the day, then the reference.
    case sent
    /// The confirmation came: its reference.
    case received
    /// Confirm starting over, from the resume offer.
    case startOver
}

/// One of the walkthrough's forms, at the question it is on. Each is a small state machine:
/// `next(answer)` gives the next question or the event to send. The rules for empty answers,
/// defaults and refusals live here, once, for both front ends.
public enum StepForm: Equatable, Sendable {
    case line(LineForm)
    case draft(DraftForm)
    case draftText(DraftTextForm)
    case sent(SentForm)
    case received(ReceivedForm)
    case startOver(StartOverForm)

    /// Starts a form on the walkthrough as it is. `today` is the member's local date (`YYYY-MM-DD`),
    /// taken when they asked. Refuses (`.leave` with the reason) where the form does not apply.
    public static func start(_ kind: FormKind, state: WalkthroughState, today: String) -> FormResult {
        if kind == .startOver {
            guard state.phase == .offeringResume else { return .leave(Messages.formDoesNotApply) }
            return .ask(.startOver(StartOverForm()))
        }
        guard let step = state.currentStep, let record = state.currentRecord else {
            return .leave(Messages.formDoesNotApply)
        }
        switch kind {
        case .note:
            return .ask(.line(LineForm(purpose: .note, current: record.note)))
        case .skip:
            guard step.kind != .finish else { return .leave(Messages.formDoesNotApply) }
            return .ask(.line(LineForm(purpose: step.optional ? .notNeededReason : .skipReason, current: nil)))
        case .screenDiffers:
            return .ask(.line(LineForm(purpose: .screenDiffers(guideVersion: state.guide.version), current: record.screenDiffers)))
        case .draft:
            guard step.objectionDraft else { return .leave(Messages.formDoesNotApply) }
            return .ask(.draft(DraftForm(saved: state.progress.draft)))
        case .editDraftOnOneLine:
            guard step.objectionDraft else { return .leave(Messages.formDoesNotApply) }
            return .ask(.draftText(DraftTextForm(draft: state.progress.draft ?? ObjectionDraft(), region: state.progress.region)))
        case .sent:
            guard let tracking = step.confirmation else { return .leave(Messages.formDoesNotApply) }
            return .ask(.sent(SentForm(reference: tracking.reference, record: record, today: today)))
        case .received:
            guard let tracking = step.confirmation else { return .leave(Messages.formDoesNotApply) }
            return .ask(.received(ReceivedForm(reference: tracking.reference, known: record.confirmation)))
        case .startOver:
            return .leave(Messages.formDoesNotApply)
        }
    }

    /// The question the form is on.
    public var prompt: FormPrompt {
        switch self {
        case let .line(form): form.prompt
        case let .draft(form): form.prompt
        case let .draftText(form): form.prompt
        case let .sent(form): form.prompt
        case let .received(form): form.prompt
        case let .startOver(form): form.prompt
        }
    }

    /// Takes the member's answer to the current question.
    public func next(_ answer: FormAnswer) -> FormResult {
        switch self {
        case let .line(form): form.next(answer)
        case let .draft(form): form.next(answer)
        case let .draftText(form): form.next(answer)
        case let .sent(form): form.next(answer)
        case let .received(form): form.next(answer)
        case let .startOver(form): form.next(answer)
        }
    }
}

extension FormAnswer {
    /// The answer as text; a list answer as the numbers picked ("1 3").
    var text: String {
        switch self {
        case let .text(text): text
        case let .picked(indices): indices.map { String($0 + 1) }.joined(separator: " ")
        }
    }
}

// MARK: One line

/// A note, a skip reason or what the member's screen shows instead: one line of text; an empty
/// answer removes the note or the mark, or skips without a reason.
public struct LineForm: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case note
        case skipReason
        case notNeededReason
        case screenDiffers(guideVersion: String)
    }

    public var purpose: Purpose
    /// The text being changed (the note or mark as it stands).
    public var current: String?

    public init(purpose: Purpose, current: String?) {
        self.purpose = purpose
        self.current = current
    }

    public var prompt: FormPrompt {
        switch purpose {
        case .note:
            FormPrompt(question: "Your note for this step, on one line (an empty note removes it):",
                       input: .line(prefill: current ?? ""), completion: .save)
        case .skipReason:
            FormPrompt(question: "Why skip it for now? One line, optional (empty skips without a reason):",
                       input: .line(prefill: ""), completion: .skip)
        case .notNeededReason:
            FormPrompt(question: "Why is it not needed? One line, optional (empty leaves it out without a reason):",
                       input: .line(prefill: ""), completion: .skip)
        case .screenDiffers:
            FormPrompt(question: "What do you see instead? One line (an empty answer removes the mark):",
                       input: .line(prefill: current ?? ""), completion: .save)
        }
    }

    public func next(_ answer: FormAnswer) -> FormResult {
        let text = answer.text
        let given = text.trimmed.isEmpty ? nil : text.trimmed
        switch purpose {
        case .note:
            return .submit(.setNote(text), confirmation: given == nil ? Messages.noteRemoved : Messages.noteSaved)
        case .skipReason, .notNeededReason:
            return .submit(.skip(reason: given), confirmation: nil)
        case let .screenDiffers(version):
            return .submit(.reportScreenDiffers(text),
                           confirmation: given == nil ? Messages.markRemoved : Messages.screenDiffersNoted(guideVersion: version))
        }
    }
}

// MARK: The objection draft

/// Builds the objection text from choices: the uses objected to (at least one; empty keeps those
/// ticked), the member's name and email (empty keeps what was given, `-` removes it), and, when the
/// member had edited the text by hand and the choices changed, whether to keep that edit (the default)
/// or rebuild the text.
public struct DraftForm: Equatable, Sendable {
    public enum Question: Equatable, Sendable {
        case uses, name, email, keepEdit
    }

    /// The draft as saved before the form (nil: none yet).
    public var saved: ObjectionDraft?
    /// The draft being built.
    public var draft: ObjectionDraft
    public var question: Question = .uses
    public var problem: String?

    public init(saved: ObjectionDraft?) {
        self.saved = saved
        self.draft = saved ?? ObjectionDraft()
    }

    public static let keepEditChoices = ["Keep your edited text", "Rebuild the text from these choices"]

    public var prompt: FormPrompt {
        let prompt: FormPrompt
        switch question {
        case .uses:
            let options = ObjectionUse.allCases.map(\.label)
            let ticked = ObjectionUse.allCases.indices.filter { draft.uses.contains(ObjectionUse.allCases[$0]) }
            prompt = FormPrompt(question: "Which uses do you object to? Tick at least one:",
                                input: .pickMany(options: options, ticked: ticked), completion: .next)
        case .name:
            let keeps = draft.name.map { "empty keeps \"\($0)\", - removes it" } ?? "empty leaves a placeholder"
            prompt = FormPrompt(question: "Your name for the text (\(keeps)):", input: .line(prefill: ""), completion: .next)
        case .email:
            let keeps = draft.email.map { "empty keeps \"\($0)\", - removes it" } ?? "empty leaves a placeholder"
            prompt = FormPrompt(question: "Your LinkedIn account's email for the text (\(keeps)):", input: .line(prefill: ""),
                                completion: needsKeepQuestion ? .next : .save)
        case .keepEdit:
            prompt = FormPrompt(question: "You edited the text by hand, and the choices changed. Keep your edit?",
                                input: .pickOne(options: Self.keepEditChoices, preferred: 0), completion: .save)
        }
        var withProblem = prompt
        withProblem.problem = problem
        return withProblem
    }

    /// True when the saved text is the member's own and the new choices differ from the saved ones.
    var needsKeepQuestion: Bool {
        guard let saved, saved.editedText != nil else { return false }
        return saved.uses != draft.uses || saved.name != draft.name || saved.email != draft.email
    }

    public func next(_ answer: FormAnswer) -> FormResult {
        var form = self
        form.problem = nil
        switch question {
        case .uses:
            let count = ObjectionUse.allCases.count
            let picked: [Int]
            switch answer {
            case let .picked(indices):
                picked = indices
            case let .text(line):
                if line.trimmed.isEmpty {
                    picked = ObjectionUse.allCases.indices.filter { draft.uses.contains(ObjectionUse.allCases[$0]) }
                } else {
                    let words = line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
                    let numbers = words.map { Int($0) }
                    guard numbers.allSatisfy({ $0.map { (1...count).contains($0) } ?? false }) else {
                        return form.refused("Use the numbers 1 to \(count), separated by spaces or commas.")
                    }
                    picked = numbers.compactMap { $0.map { $0 - 1 } }
                }
            }
            guard !picked.isEmpty else { return form.refused("Tick at least one use.") }
            guard picked.allSatisfy({ (0..<count).contains($0) }) else {
                return form.refused("Use the numbers 1 to \(count).")
            }
            form.draft.uses = ObjectionUse.allCases.enumerated().filter { picked.contains($0.offset) }.map(\.element)
            form.question = .name
            return .ask(.draft(form))
        case .name:
            form.draft.name = Self.updated(draft.name, answer.text)
            form.question = .email
            return .ask(.draft(form))
        case .email:
            form.draft.email = Self.updated(draft.email, answer.text)
            if form.needsKeepQuestion {
                form.question = .keepEdit
                return .ask(.draft(form))
            }
            // New choices rebuild the text unless the member edited it by hand.
            return .submit(.setDraft(form.draft), confirmation: Messages.draftSaved)
        case .keepEdit:
            let choice: Int?
            switch answer {
            case let .picked(indices): choice = indices.count == 1 ? indices[0] : nil
            case let .text(line):
                switch line.trimmed.lowercased() {
                case "", "1", "k", "keep": choice = 0
                case "2", "r", "rebuild": choice = 1
                default: choice = nil
                }
            }
            guard let choice, (0...1).contains(choice) else {
                return form.refused("Answer 1 to keep your edit or 2 to rebuild the text.")
            }
            if choice == 1 { form.draft.editedText = nil }
            return .submit(.setDraft(form.draft), confirmation: Messages.draftSaved)
        }
    }

    private func refused(_ problem: String) -> FormResult {
        var form = self
        form.problem = problem
        return .ask(.draft(form))
    }

    /// Empty keeps the old value; `-` removes it; anything else replaces it.
    static func updated(_ old: String?, _ typed: String) -> String? {
        let typed = typed.trimmed
        if typed.isEmpty { return old }
        return typed == "-" ? nil : typed
    }
}

/// The objection text typed on one line, `\n` standing for a line break (an empty line keeps the text).
public struct DraftTextForm: Equatable, Sendable {
    public var draft: ObjectionDraft
    public var region: Region?

    public init(draft: ObjectionDraft, region: Region?) {
        self.draft = draft
        self.region = region
    }

    public var prompt: FormPrompt {
        let oneLine = draft.text(region: region).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\\n")
        return FormPrompt(question: "The objection text on one line; \\n stands for a line break (empty keeps the text):",
                          input: .line(prefill: oneLine), completion: .save)
    }

    public func next(_ answer: FormAnswer) -> FormResult {
        let line = answer.text
        if line.trimmed.isEmpty { return .leave(Messages.draftUnchanged) }
        return DraftEdit.result(of: line.split(separator: "\\n", omittingEmptySubsequences: false).joined(separator: "\n"),
                                draft: draft, region: region)
    }
}

/// What an edit of the objection text does, from the member's editor or typed on one line.
public enum DraftEdit {
    /// `edited` nil: the editor failed. An empty text or the text as it was changes nothing. The
    /// composed text (the member changed it back) is no hand edit: later choices rebuild it again.
    public static func result(of edited: String?, draft: ObjectionDraft, region: Region?) -> FormResult {
        guard let edited else { return .leave(Messages.editorFailed) }
        if edited.trimmed.isEmpty { return .leave(Messages.editorLeftItEmpty) }
        let current = draft.text(region: region)
        if edited == current || edited.trimmed == current.trimmed { return .leave(Messages.draftUnchanged) }
        var changed = draft
        let composed = ObjectionDraftComposer.compose(uses: draft.uses, name: draft.name, email: draft.email, region: region)
        changed.editedText = edited.trimmed == composed.trimmed ? nil : edited
        return .submit(.setDraft(changed), confirmation: Messages.draftSaved)
    }
}

// MARK: Sent and received

/// The form was sent: the day (empty means today; checked as soon as it is typed: a real date with a
/// four-digit year, not after today), then the reference (empty keeps the one recorded for the same
/// day, else records none yet).
public struct SentForm: Equatable, Sendable {
    /// How the guide calls the reference ("the email subject or reference").
    public var reference: String
    /// The day and reference recorded before, if any.
    public var recordedDay: String?
    public var recordedReference: String?
    /// The member's local date when they asked.
    public var today: String
    /// The day given, once it was.
    public var day: String?
    public var problem: String?

    public init(reference: String, record: StepRecord, today: String) {
        self.reference = reference
        self.recordedDay = record.sentOn
        self.recordedReference = record.confirmation
        self.today = today
    }

    public var prompt: FormPrompt {
        var prompt: FormPrompt
        if let day {
            let keeps = day == recordedDay ? recordedReference.map { "empty keeps \"\($0)\"" } : nil
            prompt = FormPrompt(question: "\(Words.capitalized(reference)), if you have it (\(keeps ?? "empty if not yet")):",
                                input: .line(prefill: ""), completion: .save)
        } else {
            prompt = FormPrompt(question: "The day you sent it, as YYYY-MM-DD (empty for today, \(today)):",
                                input: .line(prefill: ""), completion: .next)
        }
        prompt.problem = problem
        return prompt
    }

    public func next(_ answer: FormAnswer) -> FormResult {
        var form = self
        form.problem = nil
        let typed = answer.text.trimmed
        guard let day else {
            guard let parsed = typed.isEmpty ? today : CalendarDay.parse(typed) else {
                form.problem = "\"\(typed)\" is not a date; write it as YYYY-MM-DD with a four-digit year, for example \(today)."
                return .ask(.sent(form))
            }
            guard parsed <= today else {
                form.problem = "The day \(parsed) is after today (\(today)): give the day you sent it."
                return .ask(.sent(form))
            }
            form.day = parsed
            return .ask(.sent(form))
        }
        return .submit(.recordSent(on: day, reference: typed.isEmpty ? nil : typed), confirmation: nil)
    }
}

/// The confirmation came: its reference (empty keeps the one recorded).
public struct ReceivedForm: Equatable, Sendable {
    public var reference: String
    public var known: String?

    public init(reference: String, known: String?) {
        self.reference = reference
        self.known = known
    }

    public var prompt: FormPrompt {
        let keeps = known.map { "empty keeps \"\($0)\"" } ?? "empty if it has none"
        return FormPrompt(question: "\(Words.capitalized(reference)) (\(keeps)):", input: .line(prefill: ""), completion: .save)
    }

    public func next(_ answer: FormAnswer) -> FormResult {
        let typed = answer.text.trimmed
        return .submit(.confirmReceived(reference: typed.isEmpty ? nil : typed), confirmation: nil)
    }
}

// MARK: Starting over

/// Starting over from the resume offer, confirmed with `y` or `yes`; anything else changes nothing.
public struct StartOverForm: Equatable, Sendable {
    public init() {}

    public var prompt: FormPrompt {
        FormPrompt(
            question: "Start over? y or yes starts again at step 1 and keeps your progress file beside it as a "
                + "dated backup (.backup-<time>); anything else keeps your progress:",
            input: .line(prefill: ""), completion: .confirm)
    }

    public func next(_ answer: FormAnswer) -> FormResult {
        switch answer.text.trimmed.lowercased() {
        case "y", "yes": .submit(.startOver, confirmation: nil)
        default: .leave(Messages.startOverCancelled)
        }
    }
}
