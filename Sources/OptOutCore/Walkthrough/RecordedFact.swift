/// One thing the member recorded on a step, as both front ends show it under the step:
/// "Recorded: skipped (reason: later)", "Sent on 2026-11-28", "Your note: …". The text is the
/// member's own and still has to be made terminal-safe by whoever prints it.
public struct RecordedFact: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case status, sent, confirmation, note, screenDiffers
    }

    public var kind: Kind
    public var label: String
    public var text: String
}

extension StepRecord {
    /// What the member recorded on this step, in the order the front ends show it.
    public var facts: [RecordedFact] {
        var facts: [RecordedFact] = []
        if status != .pending {
            facts.append(RecordedFact(kind: .status, label: "Recorded:", text: status.words + (reason.map { " (reason: \($0))" } ?? "")))
        }
        if let sentOn {
            let received = confirmedAt.map { "; confirmation received \(TimeText.utc($0))" } ?? ""
            facts.append(RecordedFact(kind: .sent, label: "Sent on", text: sentOn + received))
        }
        if let confirmation { facts.append(RecordedFact(kind: .confirmation, label: "Confirmation:", text: confirmation)) }
        if let note { facts.append(RecordedFact(kind: .note, label: "Your note:", text: note)) }
        if let screenDiffers { facts.append(RecordedFact(kind: .screenDiffers, label: "Your screen differed:", text: screenDiffers)) }
        return facts
    }
}
