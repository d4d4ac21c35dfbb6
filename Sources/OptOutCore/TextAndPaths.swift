#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// Small helpers that keep the program on FoundationEssentials alone: the full Foundation, with its
// calendar and locale data, costs start-up time and memory in every run.

extension String {
    /// The text without leading and trailing white space (spaces, tabs, line breaks).
    public var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}

/// Path arithmetic on strings, as the shell does it.
public enum PathText {
    /// The folder part: `/a/b/c.json` → `/a/b`; `c.json` → ``; `/c` → `/`.
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// The last part: `/a/b/c.json` → `c.json`.
    public static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// `folder` and `name` joined with one slash.
    public static func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The member's home folder: `$HOME`, else the password database's entry.
    public static func home(environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        if let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir { return String(cString: dir) }
        return "/"
    }

    /// `~` and `~/…` expanded with the home folder.
    public static func expandingTilde(_ path: String, environment: [String: String]) -> String {
        if path == "~" { return home(environment: environment) }
        if path.hasPrefix("~/") { return join(home(environment: environment), String(path.dropFirst(2))) }
        return path
    }

    /// The folder for temporary files: `$TMPDIR`, else `/tmp`.
    public static func temporaryFolder(environment: [String: String]) -> String {
        let tmp = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return tmp.hasSuffix("/") ? String(tmp.dropLast()) : tmp
    }
}
