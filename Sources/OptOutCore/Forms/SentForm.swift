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

    public init(reference: String, record: StepRecord, today: String) {
        self.reference = reference
        self.recordedDay = record.sentOn
        self.recordedReference = record.confirmation
        self.today = today
    }

    public var prompt: FormPrompt {
        var prompt: FormPrompt
        if let day {
            let keeps = day == recordedDay ? recordedReference.map { "empty keeps \"\($0)\"" } : nil
            prompt = FormPrompt(question: "\(Words.capitalized(reference)), if you have it (\(keeps ?? "empty if not yet")):",
                                input: .line(prefill: ""), completion: .save)
        } else {
            prompt = FormPrompt(question: "The day you sent it, as YYYY-MM-DD (empty for today, \(today)):",
                                input: .line(prefill: ""), completion: .next)
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
            form.day = parsed
            return .ask(.sent(form))
        }
        return .submit(.recordSent(on: day, reference: typed.isEmpty ? nil : typed), confirmation: nil)
    }
}
