#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The confirmation came: its reference (empty keeps the one recorded).
public struct ReceivedForm: Equatable, Sendable {
    public var reference: String
    public var known: String?
    /// A reference typed before and kept when optout was stopped (`UnfinishedForm`).
    public var kept: String?

    public init(reference: String, known: String?, kept: String? = nil) {
        self.reference = reference
        self.known = known
        self.kept = kept
    }

    public var prompt: FormPrompt {
        let what = Words.capitalized(reference)
        // Translators: {reference} is what the guide calls the confirmation's reference, such as "The email subject or
        // reference"; {known} is the one recorded.
        let question = known.map { tr("{reference} (empty keeps \"{known}\"):", ["reference": what, "known": $0]) }
            // Translators: {reference} is what the guide calls the confirmation's reference, such as "The email subject or reference".
            ?? tr("{reference} (empty if it has none):", ["reference": what])
        return FormPrompt(question: question, input: .line(prefill: kept ?? ""), completion: .save, kept: kept)
    }

    public func next(_ answer: FormAnswer) -> FormResult {
        let typed = answer.text.trimmed
        return .submit(.confirmReceived(reference: typed.isEmpty ? nil : typed), confirmation: nil)
    }
}

extension ReceivedForm {
    /// What is kept when optout is stopped on this form: the reference typed.
    func keeping(_ typed: String, at now: Date) -> WalkthroughEvent? {
        let text = typed.trimmed
        guard !text.isEmpty else { return nil }
        return .keepUnfinished(UnfinishedForm(kind: .received, fields: ["reference": text], keptAt: now))
    }
}
