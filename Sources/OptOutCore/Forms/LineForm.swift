#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
    /// A reason typed before and kept when optout was stopped (`UnfinishedForm`), put back in the field.
    public var kept: String?

    public init(purpose: Purpose, current: String?, kept: String? = nil) {
        self.purpose = purpose
        self.current = current
        self.kept = kept
    }

    public var prompt: FormPrompt {
        switch purpose {
        case .note:
            FormPrompt(question: tr("Your note for this step, on one line (an empty note removes it):"),
                       input: .line(prefill: current ?? ""), completion: .save)
        case .skipReason:
            FormPrompt(question: tr("Why skip it for now? One line, optional (empty skips without a reason):"),
                       input: .line(prefill: kept ?? ""), completion: .skip, kept: kept)
        case .notNeededReason:
            FormPrompt(question: tr("Why is it not needed? One line, optional (empty leaves it out without a reason):"),
                       input: .line(prefill: kept ?? ""), completion: .skip, kept: kept)
        case .screenDiffers:
            FormPrompt(question: tr("What do you see instead? One line (an empty answer removes the mark):"),
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

extension LineForm {
    /// What to record when optout is stopped with `typed` in the field: a note or a mark as it stands
    /// (they need no confirming), a reason kept as an unfinished form; nothing when nothing was typed.
    func keeping(_ typed: String, at now: Date) -> WalkthroughEvent? {
        let text = typed.trimmed
        guard !text.isEmpty else { return nil }
        switch purpose {
        case .note: return text == current ? nil : .setNote(text)
        case .screenDiffers: return text == current ? nil : .reportScreenDiffers(text)
        case .skipReason, .notNeededReason:
            return .keepUnfinished(UnfinishedForm(kind: .skip, fields: ["reason": text], keptAt: now))
        }
    }
}
