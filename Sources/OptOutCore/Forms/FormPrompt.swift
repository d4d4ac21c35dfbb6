/// A question a form asks the member. Both front ends render it (plain mode as a line prompt, the full
/// screen as a field or a list under the step) and pass back what the member answered.
public struct FormPrompt: Equatable, Sendable {
    /// How the question is answered.
    public enum Input: Equatable, Sendable {
        /// One line of text. `prefill` is the text an editable field starts with (what is being
        /// changed); plain mode cannot prefill and says in the question what an empty line does.
        case line(prefill: String)
        /// Tick any of the options, at least one; `ticked` are ticked now (indices from 0), and an
        /// empty answer keeps them.
        case pickMany(options: [String], ticked: [Int])
        /// Pick one of the options; an empty answer picks `preferred` (where the full screen's
        /// selection starts).
        case pickOne(options: [String], preferred: Int)
    }

    /// What answering does.
    public enum Completion: Equatable, Sendable {
        /// Another question follows.
        case next
        /// The answer is saved.
        case save
        /// The step is skipped with the reason typed.
        case skip
        /// The answer confirms (or not) what was asked.
        case confirm
    }

    /// The question, saying what an empty answer does.
    public var question: String
    public var input: Input
    public var completion: Completion
    /// Why the last answer was refused; the question is asked again.
    public var problem: String?
    /// Text kept from when this form was left unfinished (optout was stopped while it was open). The
    /// full screen puts it in the field (it is the prefill); plain mode, which cannot prefill, shows it
    /// with the question so it can be typed again.
    public var kept: String?

    /// The text an editable field starts with (empty for lists).
    public var prefill: String {
        if case let .line(prefill) = input { return prefill }
        return ""
    }
}

/// An answer to a form's question. Plain mode always answers with the line typed; the full screen
/// answers a field with its text and a list with what is ticked or picked.
public enum FormAnswer: Equatable, Sendable {
    case text(String)
    /// Indices from 0: the ticked options (pick many), or the one picked (pick one).
    case picked([Int])
}

extension FormAnswer {
    /// Which of the choices a typed answer names (from 0): the first whose words hold it, compared
    /// without case and surrounding white space; nil when none does.
    static func choice(_ typed: String, _ words: [[String]]) -> Int? {
        let answer = typed.trimmed.lowercased()
        return words.firstIndex { $0.contains { $0.trimmed.lowercased() == answer } }
    }

    /// The answer as text; a list answer as the numbers picked ("1 3").
    var text: String {
        switch self {
        case let .text(text): text
        case let .picked(indices): indices.map { String($0 + 1) }.joined(separator: " ")
        }
    }
}
