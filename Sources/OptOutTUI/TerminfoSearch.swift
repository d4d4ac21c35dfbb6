#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the full screen looks for the terminal's terminfo entry.
///
/// The release binary carries its own copy of ncurses, whose built-in search list is the one of
/// the system it was built on. So that the same file finds terminfo on any distribution, the
/// folders distributions use are added to `TERMINFO_DIRS` before curses reads it. ncurses still
/// searches `TERMINFO` first, then `~/.terminfo`, then `TERMINFO_DIRS` in order (a member's own
/// value first, untouched), then its built-in list.
public enum TerminfoSearch {
    /// The folders terminfo entries live in across Linux distributions and other Unix systems,
    /// local ones first.
    public static let standardFolders = ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo"]

    /// The value `TERMINFO_DIRS` should have: the member's value (nil when unset) followed by the
    /// standard folders it does not name yet.
    public static func folders(given: String?) -> String {
        let named = (given ?? "").split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let missing = standardFolders.filter { !named.contains($0) }
        guard let given, !given.isEmpty else { return missing.joined(separator: ":") }
        return ([given] + missing).joined(separator: ":")
    }

    /// Sets `TERMINFO_DIRS` for this process (and the programs it starts) as `folders(given:)` says.
    public static func prepare() {
        let given = getenv("TERMINFO_DIRS").map { String(cString: $0) }
        let wanted = folders(given: given)
        if wanted != given { setenv("TERMINFO_DIRS", wanted, 1) }
    }
}
