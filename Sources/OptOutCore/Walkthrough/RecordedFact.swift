/// One thing the member recorded on a step, as both front ends show it under the step:
/// "Recorded: skipped (reason: later)", "Sent on 2026-11-28", "Your note: …". The text is the
/// member's own and still has to be made terminal-safe by whoever prints it.
public struct RecordedFact: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case status, sent, confirmation, note, screenDiffers, unfinished
    }

    public var kind: Kind
    public var label: String
    public var text: String
}

extension StepRecord {
    /// What the member recorded on this step, in the order the front ends show it; times in `zone`.
    public func facts(in zone: LocalZone) -> [RecordedFact] {
        var facts: [RecordedFact] = []
        if status != .pending {
            facts.append(RecordedFact(kind: .status, label: "Recorded:", text: status.words + (reason.map { " (reason: \($0))" } ?? "")))
        }
        if let sentOn {
            let received = confirmedAt.map { "; confirmation received \(zone.time($0))" } ?? ""
            facts.append(RecordedFact(kind: .sent, label: "Sent on", text: sentOn + received))
        }
        if let confirmation { facts.append(RecordedFact(kind: .confirmation, label: "Confirmation:", text: confirmation)) }
        if let note { facts.append(RecordedFact(kind: .note, label: "Your note:", text: note)) }
        if let screenDiffers { facts.append(RecordedFact(kind: .screenDiffers, label: "Your screen differed:", text: screenDiffers)) }
        if let unfinished {
            facts.append(RecordedFact(kind: .unfinished, label: "Not finished:", text: unfinished.words + " (kept when optout was stopped; open the form again to finish it)"))
        }
        return facts
    }
}

extension UnfinishedForm {
    /// What was kept, in words: `skip reason "later"`, `sent form: day 2026-12-01, reference "ABC"`.
    public var words: String {
        func quoted(_ key: String) -> String? { fields[key].map { "\"\($0)\"" } }
        switch kind {
        case .skip: return "skip reason \(quoted("reason") ?? "")"
        case .sent:
            let parts = [fields["day"].map { "day \($0)" }, quoted("reference").map { "reference \($0)" }].compactMap { $0 }
            return "form sent: " + parts.joined(separator: ", ")
        case .received: return "confirmation received: reference \(quoted("reference") ?? "")"
        case .draft:
            let parts = [fields["uses"].map { "uses \($0)" }, quoted("name").map { "name \($0)" }, quoted("email").map { "email \($0)" }]
            return "objection text choices: " + parts.compactMap { $0 }.joined(separator: ", ")
        case .draftText: return "objection text edited on one line"
        }
    }
}
