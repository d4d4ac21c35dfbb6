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
            let what = Words.capitalized(reference)
            let known = day == recordedDay ? recordedReference : nil
            // Translators: {reference} is what the guide calls the form's reference, such as "The email subject or
            // reference"; {known} is the one recorded.
            let question = known.map { tr("{reference}, if you have it (empty keeps \"{known}\"):", ["reference": what, "known": $0]) }
                // Translators: {reference} is what the guide calls the form's reference, such as "The email subject or reference".
                ?? tr("{reference}, if you have it (empty if not yet):", ["reference": what])
            prompt = FormPrompt(question: question, input: .line(prefill: keptReference ?? ""), completion: .save, kept: keptReference)
        } else {
            // Translators: YYYY-MM-DD is the form of a date: keep it as it is; {today} is a date in that form.
            prompt = FormPrompt(question: tr("The day you sent it, as YYYY-MM-DD (empty for today, {today}):", ["today": today]),
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
                // Translators: YYYY-MM-DD is the form of a date: keep it as it is; {today} is a date in that form.
                form.problem = tr("\"{typed}\" is not a date; write it as YYYY-MM-DD with a four-digit year, for example {today}.",
                                  ["typed": typed, "today": today])
                return .ask(.sent(form))
            }
            guard parsed <= today else {
                form.problem = tr("The day {day} is after today ({today}): give the day you sent it.", ["day": parsed, "today": today])
                return .ask(.sent(form))
            }
            guard parsed >= CalendarDay.earliestSentDay else {
                form.problem = tr("The day {day} is before LinkedIn existed ({earliest}): check the year.",
                                  ["day": parsed, "earliest": CalendarDay.earliestSentDay])
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

    public static var choices: [String] {
        [
            tr("I sent it (the day is asked next; empty means today)"),
            tr("Its confirmation came"),
            tr("Not sent yet: skip it for now"),
        ]
    }

    public var prompt: FormPrompt {
        var prompt = FormPrompt(
            question: tr("What happened with the form? Marking it done needs the day it was sent:"),
            input: .pickOne(options: Self.choices, preferred: 0), completion: .next)
        prompt.problem = problem
        return prompt
    }

    public func next(_ answer: FormAnswer) -> FormResult {
        let choice: Int?
        switch answer {
        case let .picked(indices): choice = indices.count == 1 ? indices[0] : nil
        case let .text(line):
            // Translators: words a member may type to say what happened with the form: sent it, its confirmation
            // came (received), or skip it for now.
            choice = FormAnswer.choice(line, [["", "1", "m", "sent", tr("sent", context: "answer word")],
                                              ["2", "r", "received", tr("received", context: "answer word")],
                                              ["3", "s", "skip", tr("skip", context: "answer word")]])
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
            form.problem = tr("Answer 1 if you sent it, 2 if its confirmation came, or 3 to skip it for now.")
            return .ask(.sendOutcome(form))
        }
    }
}
