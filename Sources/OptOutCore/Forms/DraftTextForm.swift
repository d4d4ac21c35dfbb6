#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The objection text typed on one line, `\n` standing for a line break and `\\` for a backslash (an empty
/// line keeps the text).
public struct DraftTextForm: Equatable, Sendable {
    public var draft: ObjectionDraft
    public var region: Region?
    /// The line typed before and kept when optout was stopped (`UnfinishedForm`).
    public var kept: String?

    public init(draft: ObjectionDraft, region: Region?, kept: String? = nil) {
        self.draft = draft
        self.region = region
        self.kept = kept
    }

    public var prompt: FormPrompt {
        let oneLine = OneLineText.encode(draft.text(region: region))
        // Translators: \n and \\ are what the member types: keep them as they are.
        return FormPrompt(
            question: tr("The objection text on one line; \\n stands for a line break, \\\\ for a backslash (empty keeps the text):"),
            input: .line(prefill: kept ?? oneLine), completion: .save, kept: kept)
    }

    public func next(_ answer: FormAnswer) -> FormResult {
        let line = answer.text
        if line.trimmed.isEmpty { return .leave(Messages.draftUnchanged) }
        return DraftEdit.result(of: OneLineText.decode(line), draft: draft, region: region)
    }
}

extension DraftTextForm {
    /// What is kept when optout is stopped on this form: the line as typed, when it changed the text.
    func keeping(_ typed: String, at now: Date) -> WalkthroughEvent? {
        guard !typed.trimmed.isEmpty, typed != OneLineText.encode(draft.text(region: region)) else { return nil }
        return .keepUnfinished(UnfinishedForm(kind: .draftText, fields: ["text": typed], keptAt: now))
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
        let composed = ObjectionDraftComposer.compose(
            uses: draft.uses, name: draft.name, email: draft.email, region: region, language: draft.language)
        changed.editedText = edited.trimmed == composed.trimmed ? nil : edited
        return .submit(.setDraft(changed), confirmation: Messages.draftSaved)
    }
}
