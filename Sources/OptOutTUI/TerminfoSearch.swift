import OptOutSystem

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
        // Plain concatenation: this runs before the first frame, where generic collection code
        // costs the runtime a type lookup the first time it is used.
        let list = given ?? ""
        var result = list
        for folder in standardFolders where strstr(":" + list + ":", ":" + folder + ":") == nil {
            if !result.isEmpty { result += ":" }
            result += folder
        }
        return result
    }

    /// Sets `TERMINFO_DIRS` for this process (and the programs it starts) as `folders(given:)` says.
    public static func prepare() {
        let given = getenv("TERMINFO_DIRS").map { String(cString: $0) }
        let wanted = folders(given: given)
        if wanted != given { setenv("TERMINFO_DIRS", wanted, 1) }
    }
}
