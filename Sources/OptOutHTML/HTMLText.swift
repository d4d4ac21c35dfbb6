import OptOutCore
import QRCode

/// Text from a guide file, a progress file or the member, made safe in HTML: it can only ever be text.
///
/// Control characters and bidirectional overrides become visible forms first (as on a terminal, see
/// `TerminalSafeText`), so the page shows what the file holds; noncharacters, which HTML counts as
/// errors, become U+FFFD; then `& < > "` become character references, so nothing can open or close
/// an element or leave an attribute's double quotes (the only quotes the pages put values in).
public enum HTMLText {
    /// The text, safe as element content and inside a double-quoted attribute value.
    public static func escape(_ text: String) -> String {
        var printable = String.UnicodeScalarView()
        for scalar in TerminalSafeText.sanitize(text).unicodeScalars {
            printable.append(isNoncharacter(scalar) ? "\u{FFFD}" : scalar)
        }
        return QRSVGDrawing.escaped(String(printable))
    }

    /// U+FDD0 to U+FDEF, and the last two code points of every plane.
    static func isNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
        (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
    }

    /// The address when it may become a link: `https://`, a host of letters, digits, dots and hyphens
    /// (and a port), then only the printable ASCII characters an address is made of. Anything else
    /// (another scheme, `javascript:`, spaces, quotes, angle brackets, backslashes, characters that
    /// are not ASCII) gives nil, and the page writes the address out as text without linking it.
    public static func linkableHTTPS(_ url: String) -> String? {
        let prefix = "https://"
        guard url.hasPrefix(prefix) else { return nil }
        let rest = url.unicodeScalars.dropFirst(prefix.unicodeScalars.count)
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostAndPort = authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let host = hostAndPort.first, !host.isEmpty,
            host.allSatisfy({ isLetterOrDigit($0) || $0 == "." || $0 == "-" }),
            host.first != ".", host.first != "-"
        else { return nil }
        if hostAndPort.count == 2 {
            let port = hostAndPort[1]
            guard !port.isEmpty, port.count <= 5, port.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        }
        // RFC 3986's unreserved and reserved characters, and % for escapes.
        let allowed = "-._~:/?#[]@!$&()*+,;=%"
        guard rest.dropFirst(authority.count).allSatisfy({ isLetterOrDigit($0) || allowed.unicodeScalars.contains($0) })
        else { return nil }
        return url
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
