#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Small helpers for sentences.
public enum Words {
    /// "1 step", "2 steps": English only. Sentences in the interface language use `trn` with the
    /// whole phrase; this stays for callers not yet marked.
    @available(*, deprecated, message: "use trn with the whole phrase: a language pluralises the sentence, not the noun")
    public static func count(_ number: Int, _ noun: String, plural: String? = nil) -> String {
        "\(number) " + (number == 1 ? noun : plural ?? noun + "s")
    }

    /// "A and B", "A, B and C" in the interface language; one item as it is.
    public static func and(_ items: [String]) -> String {
        guard items.count >= 2, let last = items.last else { return items.joined() }
        // Translators: the end of a list ("Switzerland, Canada and the UK"): {first} is the items before the last.
        return tr("{first} and {last}", ["first": items.dropLast().joined(separator: ", "), "last": last], context: "list")
    }

    /// "A or B", "A, B or C" in the interface language; one item as it is.
    public static func or(_ items: [String]) -> String {
        guard items.count >= 2, let last = items.last else { return items.joined() }
        // Translators: the end of a list of alternatives ("the EU or EEA, Switzerland or the UK"): {first} is the items before the last.
        return tr("{first} or {last}", ["first": items.dropLast().joined(separator: ", "), "last": last], context: "list")
    }

    /// Text ending a sentence: a full stop is added unless it already ends in one, a question mark,
    /// an exclamation mark or an ellipsis.
    public static func endingSentence(_ text: String) -> String {
        guard let last = text.last else { return text }
        return ".?!…".contains(last) ? text : text + "."
    }

    /// The text with its first letter in capitals ("the reference" → "The reference").
    public static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}

// Small helpers that keep the program on FoundationEssentials alone: the full Foundation, with its
// calendar and locale data, costs start-up time and memory in every run.

extension String {
    /// The text without leading and trailing white space (spaces, tabs, line breaks).
    public var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
