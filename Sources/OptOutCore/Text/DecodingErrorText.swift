#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A JSON decoding error in words, for the progress file and guide files: where in the file, and what is
/// wrong there ("steps[2].status should be text").
enum DecodingErrorText {
    /// The error in words. `json` is true when the text was decoded as any JSON (the first, shape-only
    /// decoding): then an error at the top level means the text is not JSON at all.
    static func explain(_ error: any Error, json: Bool) -> String {
        func place(_ path: [any CodingKey]) -> String {
            var text = ""
            for key in path {
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
            }
            // Translators: where in a JSON file, when it is the whole file ("the top level is missing").
            return text.isEmpty ? tr("the top level") : text
        }
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case let .dataCorrupted(context):
            // JSONDecoder checks the inside of strings (NUL bytes, invalid UTF-8) only when it decodes them,
            // so invalid JSON can first show up in the second, full decoding.
            var detail = context.debugDescription
            while detail.hasSuffix(".") { detail.removeLast() }
            if context.codingPath.isEmpty, json || detail == "The given data was not valid JSON" {
                return tr("it is not valid JSON")
            }
            if context.codingPath.isEmpty { return detail.prefix(1).lowercased() + detail.dropFirst() }
            return "\(place(context.codingPath)): \(detail)"
        case let .keyNotFound(key, context):
            // Translators: {place} is where in the file, such as steps[2].status.
            return tr("{place} is missing", ["place": place(context.codingPath + [key])])
        case let .typeMismatch(type, context):
            // Translators: {place} is where in the file; {type} what the value should be ("text", "a number", "a list").
            return tr("{place} should be {type}", ["place": place(context.codingPath), "type": describe(type)])
        case let .valueNotFound(type, context):
            // Translators: {place} is where in the file; {type} what the value should be ("text", "a number", "a list").
            return tr("{place} should be {type}, not null", ["place": place(context.codingPath), "type": describe(type)])
        @unknown default:
            return "\(error)"
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        // Translators: what a value in a JSON file should be, after "should be".
        switch type {
        case is String.Type: tr("text", context: "JSON value")
        case is Int.Type, is Double.Type: tr("a number", context: "JSON value")
        case is Bool.Type: tr("true or false", context: "JSON value")
        case is Date.Type: tr("a date", context: "JSON value")
        default:
            "\(type)".hasPrefix("Array") ? tr("a list", context: "JSON value")
                : ("\(type)".hasPrefix("Dictionary") ? tr("an object", context: "JSON value") : "\(type)")
        }
    }
}
