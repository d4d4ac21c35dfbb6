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
    /// text after a space or a tab.
    public static func parse(_ line: String) -> PlainAnswer {
        let trimmed = line.trimmed
        if trimmed.isEmpty { return .empty }
        let parts = trimmed.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let word = parts[0].lowercased()
        let rest = parts.count > 1 ? parts[1].trimmed : nil
        switch word {
        case "d", "done": return rest == nil ? .done : .unknown(trimmed)
        case "s", "skip": return .skip(reason: rest)
        case "w", "wait", "waiting": return rest == nil ? .wait : .unknown(trimmed)
        case "b", "back": return rest == nil ? .back : .unknown(trimmed)
        case "n", "note": return .note(rest)
        case "q", "quit": return rest == nil ? .quit : .unknown(trimmed)
        case "?", "h", "help": return .help
        case "x", "differs": return .screenDiffers(rest)
        case "t", "draft": return rest == nil ? .draft : .unknown(trimmed)
        case "e", "edit": return rest == nil ? .edit : .unknown(trimmed)
        case "sent": return rest == nil ? .sent : .unknown(trimmed)
        case "r", "received": return .received(rest)
        case "p", "phone": return rest == nil ? .phone : .unknown(trimmed)
        default: return rest == nil ? .option(trimmed) : .unknown(trimmed)
        }
    }
}
