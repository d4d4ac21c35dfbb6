import Foundation

/// A gettext PO file as the catalogue tests read it: the header's fields and the messages (obsolete
/// entries, `#~`, left out). Written apart from po/pofile.py, so the two check each other.
struct POFile {
    struct Entry: Equatable {
        var context: String?
        var msgid: String?
        var msgidPlural: String?
        var translations: [String] = []
        var flags: [String] = []
        var fuzzy: Bool { flags.contains("fuzzy") }
    }

    var header: [String: String] = [:]
    var entries: [Entry] = []

    init(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var current = Entry()
        var field = ""
        func finish() {
            defer { current = Entry() }
            guard let msgid = current.msgid else { return }
            if msgid.isEmpty, current.context == nil {
                for line in (current.translations.first ?? "").split(separator: "\n") {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    header[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                }
            } else {
                entries.append(current)
            }
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                finish()
            } else if line.hasPrefix("#~") {
                continue
            } else if line.hasPrefix("#") {
                if current.msgid != nil { finish() }
                if line.hasPrefix("#,") {
                    current.flags += line.dropFirst(2).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                }
            } else if line.hasPrefix("\"") {
                let value = try Self.unquote(line)
                switch field {
                case "msgctxt": current.context? += value
                case "msgid": current.msgid? += value
                case "msgid_plural": current.msgidPlural? += value
                default: current.translations[current.translations.count - 1] += value
                }
            } else {
                guard let space = line.firstIndex(of: " ") else { throw POError(line: line) }
                let keyword = String(line[..<space])
                let value = try Self.unquote(line[line.index(after: space)...].trimmingCharacters(in: .whitespaces))
                if (keyword == "msgctxt" || keyword == "msgid"), current.msgid != nil { finish() }
                switch keyword {
                case "msgctxt": current.context = value
                case "msgid": current.msgid = value
                case "msgid_plural": current.msgidPlural = value
                default:
                    guard keyword.hasPrefix("msgstr") else { throw POError(line: line) }
                    current.translations.append(value)
                }
                field = keyword
            }
        }
        finish()
    }

    struct POError: Error, CustomStringConvertible {
        var line: String
        var description: String { "cannot read the PO line \(line)" }
    }

    static func unquote(_ quoted: String) throws -> String {
        guard quoted.count >= 2, quoted.hasPrefix("\""), quoted.hasSuffix("\"") else { throw POError(line: quoted) }
        var out = ""
        var escaped = false
        for character in quoted.dropFirst().dropLast() {
            if escaped {
                switch character {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                default: out.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}
