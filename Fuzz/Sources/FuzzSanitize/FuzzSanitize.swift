// Fuzz target: TerminalSafeText.sanitize and the JSON escaping of reports.
// For any text: the sanitized form holds no scalar that needsReplacing (a newline only when asked to keep
// them), sanitizing again changes nothing, and JSON output holds no such scalar either (newline aside)
// yet decodes back to the very same text.
import Foundation
import OptOutCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSanitize(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    // Arbitrary bytes, read as a member's terminal or a damaged file would give them (invalid UTF-8 repaired).
    let text = String(decoding: bytes, as: UTF8.self)
    for keepNewlines in [false, true] {
        let safe = TerminalSafeText.sanitize(text, keepNewlines: keepNewlines)
        for scalar in safe.unicodeScalars where TerminalSafeText.needsReplacing(scalar) {
            if keepNewlines, scalar == "\n" { continue }
            fatalError("sanitize left U+\(String(scalar.value, radix: 16)) (keepNewlines: \(keepNewlines))")
        }
        if TerminalSafeText.sanitize(safe, keepNewlines: keepNewlines) != safe {
            fatalError("sanitize is not idempotent (keepNewlines: \(keepNewlines))")
        }
        if !text.unicodeScalars.contains(where: TerminalSafeText.needsReplacing), safe != text {
            fatalError("sanitize changed text that needed nothing replaced")
        }
    }
    let json = JSONText.encode(["note": text])
    for scalar in json.unicodeScalars where scalar != "\n" && TerminalSafeText.needsReplacing(scalar) {
        fatalError("JSON output holds U+\(String(scalar.value, radix: 16))")
    }
    guard let back = try? JSONDecoder().decode([String: String].self, from: Data(json.utf8)) else {
        fatalError("JSON output does not decode")
    }
    if back["note"] != text { fatalError("JSON output does not decode to the same text") }
    return 0
}
