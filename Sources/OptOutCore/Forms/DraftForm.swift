#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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

    /// A form for the saved draft; with none saved, it starts from `suggested`. `kept`: choices made
    /// before and kept when optout was stopped (`UnfinishedForm`); the form starts from them, so an
    /// empty answer keeps each.
    public init(saved: ObjectionDraft?, suggested: ObjectionDraft = ObjectionDraft(), kept: UnfinishedForm? = nil) {
        self.saved = saved
        self.draft = saved ?? suggested
        if let kept, kept.kind == .draft {
            let uses = (kept.fields["uses"] ?? "").split(separator: ",").compactMap { ObjectionUse(rawValue: String($0)) }
            if !uses.isEmpty { draft.uses = uses }
            if let name = kept.fields["name"] { draft.name = name }
            if let email = kept.fields["email"] { draft.email = email }
        }
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

extension DraftForm {
    /// What is kept when optout is stopped on this form: the choices so far, with what was typed or
    /// ticked at the open question; nothing when nothing differs from the saved draft.
    func keeping(_ answer: FormAnswer, at now: Date) -> WalkthroughEvent? {
        var choices = draft
        switch (question, answer) {
        case let (.uses, .picked(indices)) where !indices.isEmpty:
            choices.uses = ObjectionUse.allCases.enumerated().filter { indices.contains($0.offset) }.map(\.element)
        case (.name, _):
            choices.name = Self.updated(draft.name, answer.text)
        case (.email, _):
            choices.email = Self.updated(draft.email, answer.text)
        default:
            break
        }
        let before = saved ?? ObjectionDraft()
        guard choices.uses != before.uses || choices.name != before.name || choices.email != before.email else { return nil }
        var fields = ["uses": choices.uses.map(\.rawValue).joined(separator: ",")]
        fields["name"] = choices.name
        fields["email"] = choices.email
        return .keepUnfinished(UnfinishedForm(kind: .draft, fields: fields, keptAt: now))
    }
}
