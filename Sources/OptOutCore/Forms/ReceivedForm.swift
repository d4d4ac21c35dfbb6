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
