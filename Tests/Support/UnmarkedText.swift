import Foundation

/// Finds words that did not go through the catalogue in pseudo-locale text: a word with a plain ASCII
/// vowel (the pseudo-locale accents every vowel of a message) that is not data (LinkedIn's labels, key
/// caps, links, paths, commands in backquotes, what the member typed: `allowed`, as `normalized`
/// gives them). A word cut short by an ellipsis passes when it begins an allowed word.
public enum UnmarkedText {
    public static func words(in text: String, allowed: Set<String>) -> [String] {
        var found: [String] = []
        var inCommand = false
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) {
            let ticks = token.filter { $0 == "`" }.count
            defer { if ticks % 2 == 1 { inCommand.toggle() } }
            if inCommand || ticks > 0 || token.contains("/") || token.contains("@") { continue }
            let word = normalized(token)
            guard word.count > 1, word.unicodeScalars.contains(where: { "aeiouAEIOU".unicodeScalars.contains($0) }) else { continue }
            let cut = token.hasSuffix("…") || token.hasSuffix("...")
            if !allowed.contains(word), !(cut && allowed.contains { $0.hasPrefix(word) }) { found.append(word) }
        }
        return found
    }

    /// A word as compared: lower case, without the punctuation around it.
    public static func normalized(_ token: String) -> String {
        token.lowercased().trimmingCharacters(in: CharacterSet.alphanumerics.inverted)
    }

    /// The words of these texts, as `words(in:allowed:)` compares them.
    public static func allowing(_ texts: [String]) -> Set<String> {
        Set(texts.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { normalized(String($0)) } })
    }
}
