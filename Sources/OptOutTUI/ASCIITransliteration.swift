/// Text for a screen that can show only ASCII (no UTF-8 locale): letters outside ASCII written the
/// way people write them without the key for them (ä as ae, ß as ss, é as e, Æ as AE, ł as l) and
/// typographic punctuation as its ASCII form (“ ” as ", – as -, … as ...), so a German or French
/// sentence stays readable instead of showing question marks. `TerminalWidth` applies it to every
/// cell while the screen is ASCII, so layout measures what is drawn. Characters with no such form
/// (CJK, emoji) are left to the backend's stand-in.
public enum ASCIITransliteration {
    /// The ASCII for one scalar outside ASCII: "" for a combining mark (the letter before it stands
    /// alone), nil when there is none.
    public static func replacement(for scalar: Unicode.Scalar) -> String? {
        if let special = special(scalar.value) { return special }
        let category = scalar.properties.generalCategory
        if category == .nonspacingMark || category == .enclosingMark { return "" }
        if category == .spaceSeparator { return " " }
        return latinBase(scalar)
    }

    /// Text as an ASCII-only screen shows it; characters with no ASCII form are kept.
    public static func transliterate(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                out.unicodeScalars.append(scalar)
            } else if let replacement = replacement(for: scalar) {
                out += replacement
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Letters written with two letters, and punctuation and symbols with an ASCII form.
    private static func special(_ value: UInt32) -> String? {
        switch value {
        case 0xC4: "Ae"
        case 0xD6: "Oe"
        case 0xDC: "Ue"
        case 0xE4: "ae"
        case 0xF6: "oe"
        case 0xFC: "ue"
        case 0xDF: "ss"
        case 0x1E9E: "SS"
        case 0xC6: "AE"
        case 0xE6: "ae"
        case 0x152: "OE"
        case 0x153: "oe"
        case 0xD8: "O"
        case 0xF8: "o"
        case 0xDE: "Th"
        case 0xFE: "th"
        case 0xD0: "D"
        case 0xF0: "d"
        case 0x110: "D"
        case 0x111: "d"
        case 0x141: "L"
        case 0x142: "l"
        case 0x131: "i"
        case 0x132: "IJ"
        case 0x133: "ij"
        // Quotation marks and apostrophes.
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0xAB, 0xBB: "\""
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2039, 0x203A, 0xB4: "'"
        // Dashes and hyphens.
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: "-"
        case 0x2026: "..."
        case 0x2022, 0x2023, 0x2043: "*"
        case 0xB7: "."
        case 0x2192: "->"
        case 0x2190: "<-"
        case 0x2194: "<->"
        case 0xD7: "x"
        case 0xF7: "/"
        case 0x20AC: "EUR"
        case 0xA3: "GBP"
        case 0xA9: "(c)"
        case 0xAE: "(R)"
        case 0x2122: "(TM)"
        case 0xB0: " degrees"
        case 0xA7: "S."
        case 0xBF: "?"
        case 0xA1: "!"
        case 0xAA: "a"
        case 0xBA: "o"
        // The pseudo-locale's markers.
        case 0x27E6: "[["
        case 0x27E7: "]]"
        // Invisible: soft hyphen, zero-width space and joiners, byte-order mark.
        case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: ""
        default: nil
        }
    }

    /// A Latin letter with marks (é, Ç, ñ, ő, ȩ, ẞ aside): its letter, from the character's Unicode
    /// name ("LATIN SMALL LETTER E WITH ACUTE" is e).
    private static func latinBase(_ scalar: Unicode.Scalar) -> String? {
        guard scalar.properties.isAlphabetic, let name = scalar.properties.name else { return nil }
        for (prefix, capital) in [("LATIN SMALL LETTER ", false), ("LATIN CAPITAL LETTER ", true)] where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            let letter = rest.prefix { $0 != " " }
            // "E WITH ACUTE", "N WITH TILDE": one letter and its marks. Other names ("SCHWA") have no ASCII form.
            guard letter.count == 1, let first = letter.first, first.isASCII, first.isLetter,
                rest.count == 1 || rest.dropFirst().hasPrefix(" WITH ")
            else { return nil }
            return capital ? String(first) : first.lowercased()
        }
        return nil
    }
}
