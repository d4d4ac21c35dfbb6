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
