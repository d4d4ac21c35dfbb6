import OptOutCore

/// Splits a command line into words the way a POSIX shell does, without running one: blanks separate
/// words; single quotes keep everything inside; double quotes keep everything but `\` before
/// `$`, `` ` ``, `"`, `\` or a newline; a backslash outside quotes keeps the next character; a `~` or
/// `~/` that starts an unquoted word is the home folder. Nothing else is expanded ($VAR, globs), and a
/// quote left open runs to the end.
public enum ShellWords {
    public static func split(_ text: String, home: String? = nil) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var wordStartsUnquoted = true
        var characters = Array(text)[...]
        func finish() {
            if inWord {
                if wordStartsUnquoted, let home, !home.isEmpty, word == "~" || word.hasPrefix("~/") {
                    word = home + word.dropFirst()
                }
                words.append(word)
            }
            word = ""
            inWord = false
            wordStartsUnquoted = true
        }
        while let character = characters.popFirst() {
            switch character {
            case " ", "\t", "\n":
                finish()
            case "'":
                if !inWord { wordStartsUnquoted = false }
                inWord = true
                while let next = characters.popFirst(), next != "'" { word.append(next) }
            case "\"":
                if !inWord { wordStartsUnquoted = false }
                inWord = true
                while let next = characters.popFirst(), next != "\"" {
                    if next == "\\", let escaped = characters.first, "$`\"\\\n".contains(escaped) {
                        characters.removeFirst()
                        if escaped != "\n" { word.append(escaped) }
                    } else {
                        word.append(next)
                    }
                }
            case "\\":
                if !inWord { wordStartsUnquoted = false }
                inWord = true
                if let escaped = characters.popFirst(), escaped != "\n" { word.append(escaped) }
            default:
                inWord = true
                word.append(character)
            }
        }
        finish()
        return words
    }
}
