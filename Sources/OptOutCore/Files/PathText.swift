#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Path arithmetic on strings, as the shell does it. It works on Unicode scalars, not characters, so a
/// combining mark after a slash (or a byte that is not UTF-8, see `PathBytes`) never hides the slash.
public enum PathText {
    /// The folder part: `/a/b/c.json` → `/a/b`; `c.json` → ``; `/c` → `/`.
    public static func folder(of path: String) -> String {
        let scalars = path.unicodeScalars
        guard let slash = scalars.lastIndex(of: "/") else { return "" }
        if slash == scalars.startIndex { return "/" }
        return String(scalars[..<slash])
    }

    /// The last part: `/a/b/c.json` → `c.json`.
    public static func name(of path: String) -> String {
        let scalars = path.unicodeScalars
        guard let slash = scalars.lastIndex(of: "/") else { return path }
        return String(scalars[scalars.index(after: slash)...])
    }

    /// `folder` and `name` joined with one slash.
    public static func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty { return name }
        return folder.unicodeScalars.last == "/" ? folder + name : folder + "/" + name
    }

    /// The member's home folder: `$HOME` when it is set and not empty, else nil. The password database is
    /// not asked: a static binary may have none, and a guessed folder is worse than a clear question.
    public static func home(environment: [String: String]) -> String? {
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home
    }

    /// `~` and `~/…` expanded with the home folder; nil when the path needs HOME and it is not set.
    public static func expandingTilde(_ path: String, environment: [String: String]) -> String? {
        let scalars = path.unicodeScalars
        guard scalars.first == "~", scalars.count == 1 || scalars.dropFirst().first == "/" else { return path }
        guard let home = home(environment: environment) else { return nil }
        return scalars.count == 1 ? home : join(home, String(scalars.dropFirst(2)))
    }

    /// The folder for temporary files: `$TMPDIR`, else `/tmp`.
    public static func temporaryFolder(environment: [String: String]) -> String {
        let tmp = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return tmp.hasSuffix("/") ? String(tmp.dropLast()) : tmp
    }
}
