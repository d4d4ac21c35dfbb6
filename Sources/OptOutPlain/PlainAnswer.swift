import OptOutCore

/// One answer typed at a step prompt.
public enum PlainAnswer: Equatable, Sendable {
    case done
    case skip(reason: String?)
    case wait
    case back
    /// `n` alone (the note follows on the next line) or `n text`.
    case note(String?)
    case quit
    case help
    /// `x`: the screen does not match the step (the description follows, or `x text`).
    case screenDiffers(String?)
    /// `t`: work on the objection draft.
    case draft
    /// `e`: edit the objection draft's text.
    case edit
    /// `sent`: record the day the form was sent.
    case sent
    /// `r`: the confirmation arrived (with its reference, or `r text`).
    case received(String?)
    /// `p`: print the step's link as a QR code, for a phone.
    case phone
    /// A choice's option number or id.
    case option(String)
    case empty
    case unknown(String)

    /// Reads a line typed at a step prompt. Words are case-insensitive; `s`, `n`, `x` and `r` may carry
    /// text after a space or a tab. Each answer is taken as its letter, its English word and the word
    /// in the interface language (`AnswerWord`): "erledigt" is "done" in German.
    public static func parse(_ line: String) -> PlainAnswer {
        let trimmed = line.trimmed
        if trimmed.isEmpty { return .empty }
        let parts = trimmed.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let rest = parts.count > 1 ? parts[1].trimmed : nil
        guard let word = AnswerWord.matching(parts[0]) else { return rest == nil ? .option(trimmed) : .unknown(trimmed) }
        switch word {
        case .done: return rest == nil ? .done : .unknown(trimmed)
        case .skip: return .skip(reason: rest)
        case .wait: return rest == nil ? .wait : .unknown(trimmed)
        case .back: return rest == nil ? .back : .unknown(trimmed)
        case .note: return .note(rest)
        case .quit: return rest == nil ? .quit : .unknown(trimmed)
        case .help: return .help
        case .differs: return .screenDiffers(rest)
        case .draft: return rest == nil ? .draft : .unknown(trimmed)
        case .edit: return rest == nil ? .edit : .unknown(trimmed)
        case .sent: return rest == nil ? .sent : .unknown(trimmed)
        case .received: return .received(rest)
        case .phone: return rest == nil ? .phone : .unknown(trimmed)
        // The re-check's words are not answers at a step.
        case .yes, .no: return rest == nil ? .option(trimmed) : .unknown(trimmed)
        }
    }
}

/// A word plain mode takes as an answer: at a step (`PlainAnswer`) or in a re-check (`PlainRecheck`).
/// Each is typed as its letter or English word (the contract scripts rely on, in every language) or
/// as its word in the interface language, from the catalogue.
public enum AnswerWord: CaseIterable, Sendable {
    case done, skip, wait, back, note, quit, help, differs, draft, edit, sent, received, phone
    case yes, no

    /// The answers a step prompt takes.
    public static let atAStep: [AnswerWord] = [.done, .skip, .wait, .back, .note, .quit, .help, .differs, .draft, .edit, .sent, .received, .phone]
    /// The answers a re-check question takes.
    public static let inARecheck: [AnswerWord] = [.yes, .no, .skip, .quit]

    /// The letters and English words, the same in every language.
    public var english: [String] {
        switch self {
        case .done: ["d", "done"]
        case .skip: ["s", "skip"]
        case .wait: ["w", "wait", "waiting"]
        case .back: ["b", "back"]
        case .note: ["n", "note"]
        case .quit: ["q", "quit"]
        case .help: ["?", "h", "help"]
        case .differs: ["x", "differs"]
        case .draft: ["t", "draft"]
        case .edit: ["e", "edit"]
        case .sent: ["sent"]
        case .received: ["r", "received"]
        case .phone: ["p", "phone"]
        case .yes: ["y", "yes"]
        case .no: ["n", "no"]
        }
    }

    /// The word in the interface language, lower case (the English word in English).
    public var translated: String {
        // Translators: a word the member types at plain mode's prompt as an answer, besides its letter
        // and the English word (both always work). One word, no spaces; it must differ from the other
        // typed answers.
        let word = switch self {
        case .done: tr("done", context: "typed answer")
        case .skip: tr("skip", context: "typed answer")
        case .wait: tr("wait", context: "typed answer")
        case .back: tr("back", context: "typed answer")
        case .note: tr("note", context: "typed answer")
        case .quit: tr("quit", context: "typed answer")
        case .help: tr("help", context: "typed answer")
        case .differs: tr("differs", context: "typed answer")
        case .draft: tr("draft", context: "typed answer")
        case .edit: tr("edit", context: "typed answer")
        case .sent: tr("sent", context: "typed answer")
        case .received: tr("received", context: "typed answer")
        case .phone: tr("phone", context: "typed answer")
        case .yes: tr("yes", context: "typed answer")
        case .no: tr("no", context: "typed answer")
        }
        return word.lowercased()
    }

    /// Every spelling taken for the answer, in the interface language.
    public var spellings: [String] {
        let word = translated
        return english.contains(word) ? english : english + [word]
    }

    /// The answer among `answers` that `typed` spells (case-insensitive), or nil.
    public static func matching(_ typed: String, among answers: [AnswerWord] = atAStep) -> AnswerWord? {
        let word = typed.lowercased()
        return answers.first { $0.spellings.contains(word) }
    }
}
