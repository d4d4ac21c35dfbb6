#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Small helpers for sentences.
public enum Words {
    /// "1 step", "2 steps".
    public static func count(_ number: Int, _ noun: String, plural: String? = nil) -> String {
        "\(number) " + (number == 1 ? noun : plural ?? noun + "s")
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
