#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The JSON optout writes: pretty, sorted keys, ISO-8601 dates. Reports and guide files also have C1
/// controls and bidi overrides escaped as `\uXXXX`, so the JSON is safe to print on a terminal (JSON
/// escapes C0 itself).
public enum JSONText {
    /// The encoder for every JSON optout writes: the progress file, reports and guide files.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// A report or a guide file as JSON text, safe on a terminal, ending in a line break.
    public static func encode<T: Encodable>(_ value: T) -> String {
        guard let data = try? encoder().encode(value) else { return "{}\n" }
        let text = String(decoding: data, as: UTF8.self)
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x7F, TerminalSafeText.needsReplacing(scalar) {
                let hex = String(scalar.value, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out) + "\n"
    }
}
