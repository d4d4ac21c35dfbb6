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
            return text.isEmpty ? "the top level" : text
        }
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case let .dataCorrupted(context):
            // JSONDecoder checks the inside of strings (NUL bytes, invalid UTF-8) only when it decodes them,
            // so invalid JSON can first show up in the second, full decoding.
            var detail = context.debugDescription
            while detail.hasSuffix(".") { detail.removeLast() }
            if context.codingPath.isEmpty, json || detail == "The given data was not valid JSON" {
                return "it is not valid JSON"
            }
            if context.codingPath.isEmpty { return detail.prefix(1).lowercased() + detail.dropFirst() }
            return "\(place(context.codingPath)): \(detail)"
        case let .keyNotFound(key, context):
            return "\(place(context.codingPath + [key])) is missing"
        case let .typeMismatch(type, context):
            return "\(place(context.codingPath)) should be \(describe(type))"
        case let .valueNotFound(type, context):
            return "\(place(context.codingPath)) should be \(describe(type)), not null"
        @unknown default:
            return "\(error)"
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is Date.Type: "a date"
        default:
            "\(type)".hasPrefix("Array") ? "a list" : ("\(type)".hasPrefix("Dictionary") ? "an object" : "\(type)")
        }
    }
}
