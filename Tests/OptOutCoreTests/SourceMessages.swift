import Foundation

/// The messages the sources mark: every `tr("…")` and `trn("…", "…", …)` call in Sources/, with its
/// `context:`. Read apart from po/extract.py (and more simply: single-line literals only, which is
/// all the sources use), so the catalogue tests check the extractor as well as the template.
enum SourceMessages {
    struct Message: Hashable, CustomStringConvertible {
        var context: String?
        var msgid: String
        var msgidPlural: String?
        var description: String { "\(context.map { "[\($0)] " } ?? "")\(msgid)" }
    }

    /// The messages, and the places (file:line) of calls this reader could not take apart.
    static func read(root: String) throws -> (messages: Set<Message>, unreadable: [String]) {
        var messages = Set<Message>()
        var unreadable: [String] = []
        let sources = root + "/Sources"
        for path in FileManager.default.subpaths(atPath: sources) ?? [] where path.hasSuffix(".swift") && !path.hasSuffix("+Generated.swift") {
            let text = Array(try String(contentsOfFile: sources + "/" + path, encoding: .utf8).unicodeScalars)
            var index = 0
            while let call = nextCall(in: text, from: index) {
                index = call.after
                if let message = message(in: text, call: call) {
                    messages.insert(message)
                } else {
                    let line = text[..<call.start].filter { $0 == "\n" }.count + 1
                    unreadable.append("Sources/\(path):\(line)")
                }
            }
        }
        return (messages, unreadable)
    }

    /// The next `tr(` or `trn(` at or after `from` that is a call (not `.tr(`, `func tr(`, or part of a
    /// longer name), outside comments and strings.
    private static func nextCall(in text: [Unicode.Scalar], from: Int) -> (start: Int, plural: Bool, after: Int)? {
        var i = from
        while i < text.count {
            let c = text[i]
            if c == "/", i + 1 < text.count, text[i + 1] == "/" {
                while i < text.count, text[i] != "\n" { i += 1 }
                continue
            }
            if c == "\"" {
                i = skipString(in: text, from: i)
                continue
            }
            for (name, plural) in [("trn(", true), ("tr(", false)] where matches(text, at: i, name) {
                let before = i > 0 ? text[i - 1] : " "
                let isPartOfName = before.properties.isAlphabetic || ("0"..."9").contains(before) || before == "_" || before == "."
                let isDefinition = String(String.UnicodeScalarView(text[max(0, i - 5)..<i])) == "func "
                if !isPartOfName, !isDefinition { return (i, plural, i + name.unicodeScalars.count) }
            }
            i += 1
        }
        return nil
    }

    private static func matches(_ text: [Unicode.Scalar], at i: Int, _ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        return i + scalars.count <= text.count && Array(text[i..<(i + scalars.count)]) == scalars
    }

    /// The index after the string literal that starts at `from`.
    private static func skipString(in text: [Unicode.Scalar], from: Int) -> Int {
        var i = from + 1
        while i < text.count, text[i] != "\"" {
            i += text[i] == "\\" ? 2 : 1
        }
        return i + 1
    }

    /// The literal starting at or after `from` (after white space), and the index after it; nil when
    /// something else comes first.
    private static func literal(in text: [Unicode.Scalar], from: Int) -> (String, Int)? {
        var i = from
        while i < text.count, text[i].properties.isWhitespace { i += 1 }
        guard i < text.count, text[i] == "\"", !matches(text, at: i, "\"\"\"") else { return nil }
        var out = ""
        i += 1
        while i < text.count, text[i] != "\"" {
            if text[i] == "\\" {
                i += 1
                switch text[i] {
                case "n": out += "\n"
                case "t": out += "\t"
                case "0": out += "\0"
                case "(": return nil  // interpolation: not a message the catalogue can hold
                case "u":
                    let close = text[i...].firstIndex(of: "}")!
                    let hex = String(String.UnicodeScalarView(text[(i + 2)..<close]))
                    out.unicodeScalars.append(Unicode.Scalar(UInt32(hex, radix: 16)!)!)
                    i = close
                default: out.unicodeScalars.append(text[i])
                }
            } else {
                out.unicodeScalars.append(text[i])
            }
            i += 1
        }
        return (out, i + 1)
    }

    private static func message(in text: [Unicode.Scalar], call: (start: Int, plural: Bool, after: Int)) -> Message? {
        guard let (msgid, start) = literal(in: text, from: call.after) else { return nil }
        var i = start
        var plural: String?
        if call.plural {
            while i < text.count, text[i].properties.isWhitespace { i += 1 }
            guard i < text.count, text[i] == ",", let (second, next) = literal(in: text, from: i + 1) else { return nil }
            plural = second
            i = next
        }
        // The rest of the call, to its closing parenthesis, for `context: "…"`.
        var depth = 0
        var context: String?
        while i < text.count {
            let c = text[i]
            if c == "\"" {
                i = skipString(in: text, from: i)
                continue
            }
            if c == "(" || c == "[" { depth += 1 }
            if c == ")" || c == "]" {
                if depth == 0 { break }
                depth -= 1
            }
            if depth == 0, matches(text, at: i, "context:") {
                guard let (value, next) = literal(in: text, from: i + "context:".count) else { return nil }
                context = value
                i = next
                continue
            }
            i += 1
        }
        return Message(context: context, msgid: msgid, msgidPlural: plural)
    }
}
