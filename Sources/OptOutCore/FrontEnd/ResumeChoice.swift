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
