/// An answer to a form's question. Plain mode always answers with the line typed; the full screen
/// answers a field with its text and a list with what is ticked or picked.
public enum FormAnswer: Equatable, Sendable {
    case text(String)
    /// Indices from 0: the ticked options (pick many), or the one picked (pick one).
    case picked([Int])
}

extension FormAnswer {
    /// The answer as text; a list answer as the numbers picked ("1 3").
    var text: String {
        switch self {
        case let .text(text): text
        case let .picked(indices): indices.map { String($0 + 1) }.joined(separator: " ")
        }
    }
}
