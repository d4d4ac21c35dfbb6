#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Builds the objection text from choices: the uses objected to (at least one; empty keeps those
/// ticked), the member's name and email (empty keeps what was given, `-` removes it), the language of
/// the text when there is one besides English to choose (the interface language, or the saved
/// draft's; empty keeps the saved choice, else the interface language), and, when the member had
/// edited the text by hand and the choices changed, whether to keep that edit (the default) or
/// rebuild the text.
public struct DraftForm: Equatable, Sendable {
    public enum Question: Equatable, Sendable {
        case uses, name, email, language, keepEdit
    }

    /// The draft as saved before the form (nil: none yet).
    public var saved: ObjectionDraft?
    /// The draft being built.
    public var draft: ObjectionDraft
    public var question: Question = .uses
    public var problem: String?
    /// The language besides English the text may be written in, asked after the email: the interface
    /// language when it is not English, else the saved draft's when that is not English; nil asks
    /// nothing (the text is then in the interface language, or the saved draft's).
    public var otherLanguage: LinkedInLanguage?

    /// A form for the saved draft; with none saved, it starts from `suggested`. `kept`: choices made
    /// before and kept when optout was stopped (`UnfinishedForm`); the form starts from them, so an
    /// empty answer keeps each.
    public init(saved: ObjectionDraft?, suggested: ObjectionDraft = ObjectionDraft(), kept: UnfinishedForm? = nil) {
        self.saved = saved
        self.draft = saved ?? suggested
        let interface = InterfaceLanguage.current.linkedInLanguage
        otherLanguage = [interface, saved?.language].compactMap { $0 }.first { $0 != .en }
        if let kept, kept.kind == .draft {
            let uses = (kept.fields["uses"] ?? "").split(separator: ",").compactMap { ObjectionUse(rawValue: String($0)) }
            if !uses.isEmpty { draft.uses = uses }
            if let name = kept.fields["name"] { draft.name = name }
            if let email = kept.fields["email"] { draft.email = email }
            if let code = kept.fields["language"], let language = LinkedInLanguage(rawValue: code) { draft.language = language }
        }
    }

    public static var keepEditChoices: [String] { [tr("Keep your edited text"), tr("Rebuild the text from these choices")] }

    /// The languages the language question offers, in order: the other language, then English.
    var languageChoices: [LinkedInLanguage] { otherLanguage.map { [$0, .en] } ?? [] }

    /// The language the text is written in now: the draft's choice, else the interface language.
    static func effectiveLanguage(of draft: ObjectionDraft) -> InterfaceLanguage {
        draft.language.map { .language($0) } ?? .current
    }

    public var prompt: FormPrompt {
        let prompt: FormPrompt
        switch question {
        case .uses:
            let options = ObjectionUse.allCases.map(\.label)
            let ticked = ObjectionUse.allCases.indices.filter { draft.uses.contains(ObjectionUse.allCases[$0]) }
            prompt = FormPrompt(question: tr("Which uses do you object to? Tick at least one:"),
                                input: .pickMany(options: options, ticked: ticked), completion: .next)
        case .name:
            // Translators: "-" is what the member types to remove the name: keep it as it is.
            let question = draft.name.map { tr("Your name for the text (empty keeps \"{name}\", - removes it):", ["name": $0]) }
                ?? tr("Your name for the text (empty leaves a placeholder):")
            prompt = FormPrompt(question: question, input: .line(prefill: ""), completion: .next)
        case .email:
            // Translators: "-" is what the member types to remove the address: keep it as it is.
            let question = draft.email.map { tr("Your LinkedIn account's email for the text (empty keeps \"{email}\", - removes it):", ["email": $0]) }
                ?? tr("Your LinkedIn account's email for the text (empty leaves a placeholder):")
            prompt = FormPrompt(question: question, input: .line(prefill: ""),
                                completion: otherLanguage != nil || needsKeepQuestion ? .next : .save)
        case .language:
            let options = languageChoices.map(\.localizedName)
            let preferred = languageChoices.firstIndex { .language($0) == Self.effectiveLanguage(of: draft) } ?? 0
            prompt = FormPrompt(question: tr("In which language should the text be?"),
                                input: .pickOne(options: options, preferred: preferred), completion: needsKeepQuestion ? .next : .save)
        case .keepEdit:
            prompt = FormPrompt(question: tr("You edited the text by hand, and the choices changed. Keep your edit?"),
                                input: .pickOne(options: Self.keepEditChoices, preferred: 0), completion: .save)
        }
        var withProblem = prompt
        withProblem.problem = problem
        return withProblem
    }

    /// True when the saved text is the member's own and the new choices differ from the saved ones.
    var needsKeepQuestion: Bool {
        guard let saved, saved.editedText != nil else { return false }
        return Self.choicesDiffer(saved, draft)
    }

    /// True when the choices the text is built from differ: the uses, name, email or language (no
    /// language chosen is the interface language).
    static func choicesDiffer(_ one: ObjectionDraft, _ other: ObjectionDraft) -> Bool {
        one.uses != other.uses || one.name != other.name || one.email != other.email
            || effectiveLanguage(of: one) != effectiveLanguage(of: other)
    }

    /// The language a text answer names: 1 or the language's code for the other language, 2 or `en`
    /// for English, empty for the one chosen now; nil for anything else.
    func language(answering line: String) -> LinkedInLanguage? {
        let typed = line.trimmed.lowercased()
        if typed.isEmpty {
            return languageChoices.first { .language($0) == Self.effectiveLanguage(of: draft) } ?? languageChoices.first
        }
        for (index, language) in languageChoices.enumerated() where typed == String(index + 1) || typed == language.rawValue {
            return language
        }
        return nil
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
                        return form.refused(tr("Use the numbers 1 to {count}, separated by spaces or commas.", ["count": String(count)]))
                    }
                    picked = numbers.compactMap { $0.map { $0 - 1 } }
                }
            }
            guard !picked.isEmpty else { return form.refused(tr("Tick at least one use.")) }
            guard picked.allSatisfy({ (0..<count).contains($0) }) else {
                return form.refused(tr("Use the numbers 1 to {count}.", ["count": String(count)]))
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
            if form.otherLanguage != nil {
                form.question = .language
                return .ask(.draft(form))
            }
            if form.needsKeepQuestion {
                form.question = .keepEdit
                return .ask(.draft(form))
            }
            // New choices rebuild the text unless the member edited it by hand.
            return .submit(.setDraft(form.draft), confirmation: Messages.draftSaved)
        case .language:
            let chosen: LinkedInLanguage?
            switch answer {
            case let .picked(indices): chosen = indices.count == 1 && indices[0] < languageChoices.count ? languageChoices[indices[0]] : nil
            case let .text(line): chosen = language(answering: line)
            }
            guard let chosen else {
                // Translators: {language} is the name of the first choice, such as German.
                return form.refused(tr("Answer 1 for {language} or 2 for English.", ["language": otherLanguage?.localizedName ?? ""]))
            }
            form.draft.language = chosen
            if form.needsKeepQuestion {
                form.question = .keepEdit
                return .ask(.draft(form))
            }
            return .submit(.setDraft(form.draft), confirmation: Messages.draftSaved)
        case .keepEdit:
            let choice: Int?
            switch answer {
            case let .picked(indices): choice = indices.count == 1 ? indices[0] : nil
            case let .text(line):
                // Translators: words a member may type to answer "Keep your edit?": keep it, or rebuild the text.
                choice = FormAnswer.choice(line, [["", "1", "k", "keep", tr("keep", context: "answer word")],
                                                  ["2", "r", "rebuild", tr("rebuild", context: "answer word")]])
            }
            guard let choice, (0...1).contains(choice) else {
                return form.refused(tr("Answer 1 to keep your edit or 2 to rebuild the text."))
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
        case let (.language, .picked(indices)) where indices.count == 1 && indices[0] < languageChoices.count:
            choices.language = languageChoices[indices[0]]
        case let (.language, .text(line)):
            choices.language = language(answering: line) ?? draft.language
        default:
            break
        }
        let before = saved ?? ObjectionDraft()
        guard Self.choicesDiffer(choices, before) else { return nil }
        var fields = ["uses": choices.uses.map(\.rawValue).joined(separator: ",")]
        fields["name"] = choices.name
        fields["email"] = choices.email
        fields["language"] = choices.language?.rawValue
        return .keepUnfinished(UnfinishedForm(kind: .draft, fields: fields, keptAt: now))
    }
}
