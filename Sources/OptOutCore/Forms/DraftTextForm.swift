/// The objection text typed on one line, `\n` standing for a line break and `\\` for a backslash (an empty
/// line keeps the text).
public struct DraftTextForm: Equatable, Sendable {
    public var draft: ObjectionDraft
    public var region: Region?

    public init(draft: ObjectionDraft, region: Region?) {
        self.draft = draft
        self.region = region
    }

    public var prompt: FormPrompt {
        let oneLine = OneLineText.encode(draft.text(region: region))
        return FormPrompt(
            question: "The objection text on one line; \\n stands for a line break, \\\\ for a backslash (empty keeps the text):",
            input: .line(prefill: oneLine), completion: .save)
    }

    public func next(_ answer: FormAnswer) -> FormResult {
        let line = answer.text
        if line.trimmed.isEmpty { return .leave(Messages.draftUnchanged) }
        return DraftEdit.result(of: OneLineText.decode(line), draft: draft, region: region)
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
