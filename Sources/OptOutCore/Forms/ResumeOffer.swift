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

/// What the member chose at the resume offer.
public enum ResumeChoice: Equatable, Sendable {
    case resume
    /// Start over; asks for a confirmation first.
    case startOver
    case quit

    /// The answer typed in plain mode: `1` or Enter resumes, `2` starts over, `3` or `q` quits.
    public static func parse(_ line: String) -> ResumeChoice? {
        switch line.trimmed.lowercased() {
        case "", "1", "r", "resume": .resume
        case "2", "start over", "restart": .startOver
        case "3", "q", "quit": .quit
        default: nil
        }
    }
}
