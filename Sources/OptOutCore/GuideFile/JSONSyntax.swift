#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads JSON text strictly, as RFC 8259 and most other tools do, and says where it stops being valid,
/// so a file's author can go to the line: no trailing commas, and no field given twice in one object
/// (other tools would read the last one where optout's decoder reads the first, so a reviewer and
/// optout would see different files).
enum JSONSyntax {
    /// "line 3, column 12: expected a value", or nil when the text is valid JSON.
    static func firstError(in data: Data) -> String? {
        problem(in: data).map {
            // Translators: where a file stops being valid JSON, and why ({problem}, such as "expected a value").
            tr("line {line}, column {column}: {problem}", ["line": String($0.line), "column": String($0.column), "problem": $0.message])
        }
    }

    /// Where the text stops being valid JSON: its JSON path (`$.steps[2].id`), line and column, and why.
    static func problem(in data: Data) -> (path: String, line: Int, column: Int, message: String)? {
        var scanner = Scanner(bytes: [UInt8](data))
        // A byte-order mark before the text is allowed, as JSON decoders allow it.
        if scanner.bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            scanner.index = 3
            scanner.lineStart = 3
        }
        do throws(Scanner.Failure) {
            scanner.skipSpace()
            try scanner.value(depth: 0)
            scanner.skipSpace()
            if scanner.index < scanner.bytes.count { throw Scanner.Failure(message: tr("unexpected text after the end")) }
            return nil
        } catch {
            return (scanner.path.joined(), error.line ?? scanner.line, error.column ?? scanner.column, error.message)
        }
    }

    struct Scanner {
        struct Failure: Error {
            var message: String
            /// Where the failure is, when not where the scanner stands (the first of two fields).
            var line: Int?
            var column: Int?
            init(message: String, line: Int? = nil, column: Int? = nil) {
                self.message = message
                self.line = line
                self.column = column
            }
        }
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var lineStart = 0
        /// The JSON path to the value being read, as parts: `$`, `.steps`, `[2]`.
        var path = ["$"]
        /// Columns count characters, not bytes.
        var column: Int { String(decoding: bytes[lineStart..<min(index, bytes.count)], as: UTF8.self).count + 1 }

        init(bytes: [UInt8]) { self.bytes = bytes }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func advance() {
            if current == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }

        mutating func skipSpace() {
            while let c = current, c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { advance() }
        }

        /// Reads `c`, or fails with `message` (made only then: this runs for every comma of a file).
        mutating func expect(_ c: UInt8, _ message: @autoclosure () -> String) throws(Failure) {
            guard current == c else { throw Failure(message: message()) }
            advance()
        }

        mutating func value(depth: Int) throws(Failure) {
            // Translators: why a file is not valid JSON, after "line 3, column 12:".
            guard depth < 512 else { throw Failure(message: tr("nested too deeply")) }
            guard let c = current else { throw Failure(message: tr("expected a value, found the end of the file")) }
            switch c {
            case UInt8(ascii: "{"):
                advance()
                skipSpace()
                if current == UInt8(ascii: "}") { return advance() }
                // Each field's name with where it was first given.
                var seen: [String: (line: Int, column: Int)] = [:]
                while true {
                    skipSpace()
                    guard current == UInt8(ascii: "\"") else {
                        throw Failure(message: current == UInt8(ascii: "}")
                            ? tr("a comma before the closing brace (JSON has no trailing commas)")
                            : tr("expected a field name in double quotes"))
                    }
                    let (keyLine, keyColumn) = (line, column)
                    let start = index + 1
                    try string()
                    let name = String(decoding: bytes[start..<(index - 1)], as: UTF8.self)
                    if let first = seen[name] {
                        throw Failure(
                            message: tr("the field \"{name}\" is given twice in one object (first at line {line}, column {column}); give it once",
                                        ["name": name, "line": String(first.line), "column": String(first.column)]),
                            line: keyLine, column: keyColumn)
                    }
                    seen[name] = (keyLine, keyColumn)
                    skipSpace()
                    try expect(UInt8(ascii: ":"), tr("expected a colon after the field name"))
                    skipSpace()
                    path.append("." + name)
                    try value(depth: depth + 1)
                    path.removeLast()
                    skipSpace()
                    if current == UInt8(ascii: ",") { advance(); continue }
                    try expect(UInt8(ascii: "}"), tr("expected a comma or a closing brace"))
                    return
                }
            case UInt8(ascii: "["):
                advance()
                skipSpace()
                if current == UInt8(ascii: "]") { return advance() }
                var position = 0
                while true {
                    skipSpace()
                    if current == UInt8(ascii: "]") {
                        throw Failure(message: tr("a comma before the closing bracket (JSON has no trailing commas)"))
                    }
                    path.append("[\(position)]")
                    try value(depth: depth + 1)
                    path.removeLast()
                    position += 1
                    skipSpace()
                    if current == UInt8(ascii: ",") { advance(); continue }
                    try expect(UInt8(ascii: "]"), tr("expected a comma or a closing bracket"))
                    return
                }
            case UInt8(ascii: "\""):
                try string()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                var digits = 0
                while let d = current, d == UInt8(ascii: "-") || d == UInt8(ascii: "+") || d == UInt8(ascii: ".")
                    || d == UInt8(ascii: "e") || d == UInt8(ascii: "E") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(d)
                {
                    if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(d) { digits += 1 }
                    advance()
                }
                if digits == 0 { throw Failure(message: tr("expected a number")) }
            default:
                for word in ["true", "false", "null"] where bytes[index...].starts(with: word.utf8) {
                    for _ in word.utf8 { advance() }
                    return
                }
                // Translators: true, false and null are JSON's own words: keep them as they are.
                throw Failure(message: tr("expected a value (text in double quotes, a number, true, false, null, a list or an object)"))
            }
        }

        mutating func string() throws(Failure) {
            advance()
            while let c = current {
                switch c {
                case UInt8(ascii: "\""):
                    return advance()
                case UInt8(ascii: "\\"):
                    advance()
                    guard current != nil else { break }
                    advance()
                case 0x00..<0x20:
                    // Translators: \n is how a line break is written in JSON: keep it as it is.
                    throw Failure(message: tr("a line break or control character inside text in double quotes (write \\n)"))
                default:
                    advance()
                }
            }
            throw Failure(message: tr("text in double quotes is not closed"))
        }
    }
}
