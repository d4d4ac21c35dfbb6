/// Text of several lines written on one line and read back: `\n` is a line break, `\\` a backslash, and any
/// other backslash stays as it is (so `C:\Users` needs no doubling).
public enum OneLineText {
    public static func encode(_ text: String) -> String {
        var line = ""
        for character in text {
            switch character {
            case "\n": line += "\\n"
            case "\\": line += "\\\\"
            default: line.append(character)
            }
        }
        return line
    }

    public static func decode(_ line: String) -> String {
        var text = "", characters = line[...]
        while let character = characters.popFirst() {
            guard character == "\\", let escaped = characters.first, escaped == "n" || escaped == "\\" else {
                text.append(character)
                continue
            }
            characters.removeFirst()
            text.append(escaped == "n" ? "\n" : "\\")
        }
        return text
    }
}
