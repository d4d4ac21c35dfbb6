import Foundation
import Testing

/// Golden files: expected output kept beside the tests. `OPTOUT_UPDATE_GOLDENS=1` rewrites them
/// instead of comparing, except in CI, where the variable is refused so a golden can never pass by
/// being rewritten.
public enum Golden {
    /// True when goldens are to be rewritten (never in CI).
    public static var updating: Bool {
        ProcessInfo.processInfo.environment["OPTOUT_UPDATE_GOLDENS"] == "1" && !inCI
    }

    /// Compares `actual` with the golden file at `path`. Returns nil when they agree (or the golden
    /// was rewritten), else a message with the differing lines.
    public static func mismatch(_ actual: String, path: String) -> String? {
        if ProcessInfo.processInfo.environment["OPTOUT_UPDATE_GOLDENS"] == "1", inCI {
            return "OPTOUT_UPDATE_GOLDENS is set in CI (CI is set): goldens are compared, never rewritten there."
        }
        if updating {
            try? FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            do {
                try actual.write(toFile: path, atomically: true, encoding: .utf8)
                return nil
            } catch {
                return "Could not write the golden \(path): \(error)"
            }
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return "The golden \(path) is missing; run the tests with OPTOUT_UPDATE_GOLDENS=1 to create it."
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return nil }
        return "\((path as NSString).lastPathComponent) differs from its golden (OPTOUT_UPDATE_GOLDENS=1 rewrites it):\n"
            + diff(expected: expected, actual: actual)
    }

    /// Records a test issue when `actual` differs from the golden file at `path`.
    public static func check(_ actual: String, path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if let problem = mismatch(actual, path: path) {
            Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
        }
    }

    /// The differing lines, numbered, with the expected and the actual text one above the other.
    public static func diff(expected: String, actual: String) -> String {
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        var out: [String] = []
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? old[index] : "(no line)"
            let b = index < new.count ? new[index] : "(no line)"
            if a != b {
                out.append("line \(index + 1):")
                out.append("  expected |\(a)|")
                out.append("  actual   |\(b)|")
            }
        }
        return out.joined(separator: "\n")
    }
}
