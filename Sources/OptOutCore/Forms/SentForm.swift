#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The form was sent: the day (empty means today; checked as soon as it is typed: a real date with a
/// four-digit year, not after today), then the reference (empty keeps the one recorded for the same
/// day, else records none yet).
public struct SentForm: Equatable, Sendable {
    /// How the guide calls the reference ("the email subject or reference").
    public var reference: String
    /// The day and reference recorded before, if any.
    public var recordedDay: String?
    public var recordedReference: String?
    /// The member's local date when they asked.
    public var today: String
    /// The day given, once it was.
    public var day: String?
    public var problem: String?
    /// What was typed before and kept when optout was stopped (`UnfinishedForm`): the day, the reference.
    public var keptDay: String?
    public var keptReference: String?
    /// The confirmation came too: the form records the day it was sent and marks it received.
    public var confirming = false

    public init(reference: String, record: StepRecord, today: String, confirming: Bool = false) {
        self.confirming = confirming
        self.reference = reference
        self.recordedDay = record.sentOn
        self.recordedReference = record.confirmation
        self.today = today
        if let kept = record.unfinished, kept.kind == .sent {
            keptDay = kept.fields["day"]
            keptReference = kept.fields["reference"]
        }
    }

    public var prompt: FormPrompt {
        var prompt: FormPrompt
        if let day {
            let keeps = day == recordedDay ? recordedReference.map { "empty keeps \"\($0)\"" } : nil
            prompt = FormPrompt(question: "\(Words.capitalized(reference)), if you have it (\(keeps ?? "empty if not yet")):",
                                input: .line(prefill: keptReference ?? ""), completion: .save, kept: keptReference)
        } else {
            prompt = FormPrompt(question: "The day you sent it, as YYYY-MM-DD (empty for today, \(today)):",
                                input: .line(prefill: keptDay ?? ""), completion: .next, kept: keptDay)
        }
        prompt.problem = problem
        return prompt
    }

    public func next(_ answer: FormAnswer) -> FormResult {
        var form = self
        form.problem = nil
        let typed = answer.text.trimmed
        guard let day else {
            guard let parsed = typed.isEmpty ? today : CalendarDay.parse(typed) else {
                form.problem = "\"\(typed)\" is not a date; write it as YYYY-MM-DD with a four-digit year, for example \(today)."
                return .ask(.sent(form))
            }
            guard parsed <= today else {
                form.problem = "The day \(parsed) is after today (\(today)): give the day you sent it."
                return .ask(.sent(form))
            }
            guard parsed >= CalendarDay.earliestSentDay else {
                form.problem = "The day \(parsed) is before LinkedIn existed (\(CalendarDay.earliestSentDay)): check the year."
                return .ask(.sent(form))
            }
            form.day = parsed
            return .ask(.sent(form))
        }
        let reference = typed.isEmpty ? nil : typed
        if confirming { return .submit(.confirmReceived(reference: reference, sentOn: day), confirmation: nil) }
        return .submit(.recordSent(on: day, reference: reference), confirmation: nil)
    }
}

extension SentForm {
    /// What is kept when optout is stopped on this form: the day given (or typed) and the reference typed.
    func keeping(_ typed: String, at now: Date) -> WalkthroughEvent? {
        var fields: [String: String] = [:]
        let text = typed.trimmed
        if let day {
            fields["day"] = day
            if !text.isEmpty { fields["reference"] = text }
        } else if !text.isEmpty {
            fields["day"] = text
        }
        guard !fields.isEmpty else { return nil }
        return .keepUnfinished(UnfinishedForm(kind: .sent, fields: fields, keptAt: now))
    }
}

/// Enter (or `d`) on a step that awaits a confirmation: the step cannot simply be marked done (nothing
/// would say the form was sent, or when), so the member picks what happened: sent it (the day is asked,
/// empty for today), its confirmation came, or not yet (skip it for now).
public struct SendOutcomeForm: Equatable, Sendable {
    /// How the guide calls the reference ("the email subject or reference").
    public var reference: String
    public var record: StepRecord
    public var today: String
    public var optional: Bool
    public var problem: String?

    public init(reference: String, record: StepRecord, today: String, optional: Bool) {
        self.reference = reference
        self.record = record
        self.today = today
        self.optional = optional
    }

    public static let choices = [
        "I sent it (the day is asked next; empty means today)",
        "Its confirmation came",
        "Not sent yet: skip it for now",
    ]

    public var prompt: FormPrompt {
        var prompt = FormPrompt(
            question: "What happened with the form? Marking it done needs the day it was sent:",
            input: .pickOne(options: Self.choices, preferred: 0), completion: .next)
        prompt.problem = problem
        return prompt
    }

    public func next(_ answer: FormAnswer) -> FormResult {
        let choice: Int?
        switch answer {
        case let .picked(indices): choice = indices.count == 1 ? indices[0] : nil
        case let .text(line):
            switch line.trimmed.lowercased() {
            case "", "1", "m", "sent": choice = 0
            case "2", "r", "received": choice = 1
            case "3", "s", "skip": choice = 2
            default: choice = nil
            }
        }
        switch choice {
        case 0?: return .ask(.sent(SentForm(reference: reference, record: record, today: today)))
        case 1?:
            return StepForm.receivedForm(reference: reference, record: record, today: today)
        case 2?:
            let kept = record.unfinished?.kind == .skip ? record.unfinished?.fields["reason"] : nil
            return .ask(.line(LineForm(purpose: optional ? .notNeededReason : .skipReason, current: nil, kept: kept)))
        default:
            var form = self
            form.problem = "Answer 1 if you sent it, 2 if its confirmation came, or 3 to skip it for now."
            return .ask(.sendOutcome(form))
        }
    }
}
