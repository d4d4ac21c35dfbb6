/// A question whose answer is kept in the progress (`platform`, `region`, `linkedInLanguage`).
public struct StepChoice: Codable, Sendable, Equatable {
    /// The key the answer is stored under.
    public var answerKey: String
    public var prompt: String
    public var options: [ChoiceOption]
    public init(answerKey: String, prompt: String, options: [ChoiceOption]) {
        self.answerKey = answerKey
        self.prompt = prompt
        self.options = options
    }

    /// The option with this id, or the option with this 1-based number.
    public func option(matching answer: String) -> ChoiceOption? {
        let trimmed = answer.trimmed.lowercased()
        if let number = Int(trimmed), options.indices.contains(number - 1) {
            return options[number - 1]
        }
        return options.first { $0.id.lowercased() == trimmed }
    }
}

/// One answer a choice step offers.
public struct ChoiceOption: Codable, Sendable, Equatable {
    /// Stored in the progress file's `answers` (e.g. `web`, `eu-eea`).
    public var id: String
    public var label: String
    public var detail: String?
    public init(id: String, label: String, detail: String? = nil) {
        self.id = id
        self.label = label
        self.detail = detail
    }
}
