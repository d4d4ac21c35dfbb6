/// What the locale variables' names say, read from the names alone (the C library reads the locale's
/// files, which a static binary's system may not have): the character type's name, and whether it is
/// UTF-8.
public enum LocaleName {
    /// The character type's locale: the first of LC_ALL, LC_CTYPE and LANG that is set and not empty;
    /// `C` when none is.
    public static func characterType(_ environment: [String: String]) -> String {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment[name], !value.isEmpty { return value }
        }
        return "C"
    }

    /// True when the character type's name says UTF-8 (`de_DE.UTF-8`, `C.utf8`).
    public static func characterTypeIsUTF8(_ environment: [String: String]) -> Bool {
        // Bytes, ASCII letters folded: String.contains(String) would build a substring searcher (and
        // look up its types at run time), costing the full screen's start more than the rest of this.
        let name = Array(characterType(environment).utf8).map { (0x61...0x7A).contains($0) ? $0 - 0x20 : $0 }
        for pattern in [Array("UTF-8".utf8), Array("UTF8".utf8)] where name.count >= pattern.count {
            for start in 0...(name.count - pattern.count) where name[start..<(start + pattern.count)].elementsEqual(pattern) {
                return true
            }
        }
        return false
    }
}
