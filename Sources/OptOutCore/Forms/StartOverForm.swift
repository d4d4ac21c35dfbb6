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
