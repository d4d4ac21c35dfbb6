/// Starting over from the resume offer, confirmed with `y` or `yes`; anything else changes nothing.
public struct StartOverForm: Equatable, Sendable {
    public init() {}

    public var prompt: FormPrompt {
        FormPrompt(
            // Translators: "y" and "yes" are the answers that start over; say which answers of your language do too, if
            // the form accepts them ("j", "ja"). .backup-<time> is the end of the backup's file name: keep it as it is.
            question: tr("Start over? y or yes starts again at step 1 and keeps your progress file beside it as a dated backup (.backup-<time>); anything else keeps your progress:"),
            input: .line(prefill: ""), completion: .confirm)
    }

    public func next(_ answer: FormAnswer) -> FormResult {
        // Translators: the answers that confirm starting over, short and whole, as the question names them.
        let yes = ["y", "yes", tr("y", context: "answer word"), tr("yes", context: "answer word")]
        return FormAnswer.choice(answer.text, [yes]) == 0 ? .submit(.startOver, confirmation: nil) : .leave(Messages.startOverCancelled)
    }
}

/// What the member chose at the resume offer.
public enum ResumeChoice: Equatable, Sendable {
    case resume
    /// Start over; asks for a confirmation first.
    case startOver
    case quit

    /// The answer typed in plain mode: `1` or Enter resumes, `2` starts over, `3` or `q` quits; the
    /// words in English or the interface language.
    public static func parse(_ line: String) -> ResumeChoice? {
        // Translators: words a member may type at the offer to resume: resume, start over, quit.
        let choice = FormAnswer.choice(line, [["", "1", "r", "resume", tr("resume", context: "answer word")],
                                              ["2", "start over", "restart", tr("start over", context: "answer word")],
                                              ["3", "q", "quit", tr("quit", context: "answer word")]])
        return choice.map { [ResumeChoice.resume, .startOver, .quit][$0] }
    }
}
