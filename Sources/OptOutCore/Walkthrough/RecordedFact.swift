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
            // Translators: {status} is a step's status, such as "skipped"; {reason} is the member's own words.
            let text = reason.map { tr("{status} (reason: {reason})", ["status": status.words, "reason": $0]) } ?? status.words
            // Translators: a label before a step's status under the step: "Recorded: skipped".
            facts.append(RecordedFact(kind: .status, label: tr("Recorded:"), text: text))
        }
        if let sentOn {
            // Translators: {day} is the day the form was sent (2026-11-28); {time} when the confirmation came.
            let text = confirmedAt.map { tr("{day}; confirmation received {time}", ["day": sentOn, "time": zone.time($0)]) } ?? sentOn
            // Translators: a label before the day the form was sent: "Sent on 2026-11-28".
            facts.append(RecordedFact(kind: .sent, label: tr("Sent on"), text: text))
        }
        // Translators: a label before the confirmation's reference, as the member typed it.
        if let confirmation { facts.append(RecordedFact(kind: .confirmation, label: tr("Confirmation:"), text: confirmation)) }
        if let note { facts.append(RecordedFact(kind: .note, label: tr("Your note:"), text: note)) }
        if let screenDiffers { facts.append(RecordedFact(kind: .screenDiffers, label: tr("Your screen differed:"), text: screenDiffers)) }
        if let unfinished {
            // Translators: {kept} says what was kept, such as: skip reason "later".
            let text = tr("{kept} (kept when optout was stopped; open the form again to finish it)", ["kept": unfinished.words])
            facts.append(RecordedFact(kind: .unfinished, label: tr("Not finished:"), text: text))
        }
        return facts
    }
}

extension UnfinishedForm {
    /// What was kept, in words: `skip reason "later"`, `form sent: day 2026-12-01, reference "ABC"`.
    public var words: String {
        switch kind {
        case .skip:
            // Translators: what was kept of a form left open: the reason typed for skipping a step.
            return tr("skip reason \"{reason}\"", ["reason": fields["reason"] ?? ""])
        case .sent:
            switch (fields["day"], fields["reference"]) {
            case let (day?, reference?):
                // Translators: what was kept of a form left open: the day the form was sent and its reference.
                return tr("form sent: day {day}, reference \"{reference}\"", ["day": day, "reference": reference])
            case let (day?, nil):
                return tr("form sent: day {day}", ["day": day])
            case let (nil, reference?):
                return tr("form sent: reference \"{reference}\"", ["reference": reference])
            case (nil, nil):
                return tr("form sent")
            }
        case .received:
            // Translators: what was kept of a form left open: the confirmation's reference.
            return tr("confirmation received: reference \"{reference}\"", ["reference": fields["reference"] ?? ""])
        case .draft:
            // Translators: the choices kept of the objection text's form, each in a few words.
            var parts = fields["uses"].map { [tr("uses {uses}", ["uses": $0])] } ?? []
            if let name = fields["name"] { parts.append(tr("name \"{name}\"", ["name": name])) }
            if let email = fields["email"] { parts.append(tr("email \"{email}\"", ["email": email])) }
            if let code = fields["language"], let language = LinkedInLanguage(rawValue: code) {
                // Translators: the language chosen for the objection text, such as "text in German".
                parts.append(tr("text in {language}", ["language": language.localizedName]))
            }
            // Translators: what was kept of the objection text's form: {choices} lists them ("uses personalization, name "Ana"").
            return tr("objection text choices: {choices}", ["choices": parts.joined(separator: ", ")])
        case .draftText:
            return tr("objection text edited on one line")
        }
    }
}
