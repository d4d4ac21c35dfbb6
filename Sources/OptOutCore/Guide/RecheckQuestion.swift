/// A question `optout recheck` asks about a step, later, to see that it still holds.
public struct RecheckQuestion: Codable, Sendable, Equatable {
    /// What happens to the step when the answer is no.
    public enum OnNo: String, Codable, Sendable {
        /// The step is pending again (e.g. the setting is On again): the walkthrough returns to it.
        case reopen
        /// Nothing changes (e.g. a confirmation that has still not come).
        case keep
    }

    /// A yes/no question; yes means all is well.
    public var question: String
    /// What to do when the answer is no.
    public var ifNo: String
    public var onNo: OnNo
    /// Asked only when the step has this status (e.g. only while waiting); nil asks whenever the step was done.
    public var onlyWhen: StepStatus?

    public init(question: String, ifNo: String, onNo: OnNo, onlyWhen: StepStatus? = nil) {
        self.question = question
        self.ifNo = ifNo
        self.onNo = onNo
        self.onlyWhen = onlyWhen
    }
}
