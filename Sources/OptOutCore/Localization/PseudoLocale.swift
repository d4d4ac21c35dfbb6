/// The pseudo-locale (`--language x-pseudo`): every message wrapped in `⟦` and `⟧`, its vowels
/// accented and doubled (longer words), and padded with `~` words to 40% more characters than the
/// English, as translations often are (German's are). Text on a screen
/// without the markers did not go through the catalogue; a layout that breaks with the longer words
/// would break in German. Placeholders (`{path}`) and commands in backquotes (`optout summary`)
/// stay as they are, as in a real translation.
public enum PseudoLocale {
    public static let start = "⟦"
    public static let end = "⟧"

    /// The message as the pseudo-locale shows it.
    public static func transform(_ text: String) -> String {
        var out = ""
        var inCommand = false
        Placeholders.forEach(in: text) { piece in
            switch piece {
            case let .placeholder(name):
                out += "{\(name)}"
            case let .text(part):
                for character in String(decoding: part, as: UTF8.self) {
                    if character == "`" { inCommand.toggle() }
                    if !inCommand, let vowel = accented(character) {
                        out.append(vowel)
                        out.append(vowel)
                    } else {
                        out.append(character)
                    }
                }
            }
        }
        // Padding in words of at most eight characters, so it wraps as words do.
        let target = (text.count * 14 + 9) / 10
        var padding = ""
        while out.count + padding.count + 2 < target {
            padding += padding.count % 8 == 0 ? " " : "~"
        }
        return start + out + padding + end
    }

    private static func accented(_ character: Character) -> Character? {
        switch character {
        case "a": "á"
        case "e": "é"
        case "i": "í"
        case "o": "ö"
        case "u": "ü"
        case "A": "Á"
        case "E": "É"
        case "I": "Í"
        case "O": "Ö"
        case "U": "Ü"
        default: nil
        }
    }
}
