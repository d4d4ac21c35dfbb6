/// A QR code drawn as an SVG element, for inline use in an HTML page: black modules on a white square,
/// so the code stays dark on light whatever colours the page around it takes (a dark theme, a
/// printer's settings).
///
/// Each row's runs of dark modules become one path, in module units (`viewBox` is the symbol with its
/// quiet zone); `shape-rendering="crispEdges"` keeps the edges sharp at any size. The element has no
/// `xmlns`, which HTML does not need; the page's CSS gives its size.
///
/// ```swift
/// let svg = QRSVGDrawing(code: try QRCode(text: "https://www.linkedin.com/")).element(accessibleName: "QR code")
/// ```
public struct QRSVGDrawing: Equatable, Sendable {
    /// Light modules around the code: the four the standard asks for.
    public static let standardQuietZone = 4

    public let code: QRCode
    public let quietZone: Int

    public init(code: QRCode, quietZone: Int = QRSVGDrawing.standardQuietZone) {
        self.code = code
        self.quietZone = max(0, quietZone)
    }

    /// Modules on a side, quiet zone included: the `viewBox`'s width and height.
    public var modulesAcross: Int { code.size + 2 * quietZone }

    /// The path data of the dark modules: for each run of dark modules in a row, a rectangle one
    /// module high (`M x y h n v1 h-n z`), in module units with the quiet zone's offset.
    public var pathData: String {
        var data = ""
        for row in 0..<code.size {
            var column = 0
            while column < code.size {
                guard code[row: row, column: column] else {
                    column += 1
                    continue
                }
                let start = column
                while column < code.size, code[row: row, column: column] { column += 1 }
                let run = column - start
                data += "M\(start + quietZone) \(row + quietZone)h\(run)v1h-\(run)z"
            }
        }
        return data
    }

    /// The `<svg>` element. With an accessible name it is an image with that name (`role="img"`,
    /// `aria-label`); without one it is hidden from assistive technology (`aria-hidden="true"`), for
    /// a code whose link is named beside it. `className` goes into a `class` attribute. Both are
    /// escaped (``escaped(_:)``).
    public func element(accessibleName: String?, className: String? = nil) -> String {
        let across = modulesAcross
        var svg = "<svg viewBox=\"0 0 \(across) \(across)\""
        if let className { svg += " class=\"\(Self.escaped(className))\"" }
        if let accessibleName {
            svg += " role=\"img\" aria-label=\"\(Self.escaped(accessibleName))\""
        } else {
            svg += " aria-hidden=\"true\""
        }
        svg += " shape-rendering=\"crispEdges\">"
        svg += "<rect width=\"\(across)\" height=\"\(across)\" fill=\"#fff\"/>"
        svg += "<path fill=\"#000\" d=\"\(pathData)\"/>"
        svg += "</svg>"
        return svg
    }

    /// Text made safe as element content or a double-quoted attribute value of HTML or XML: `& < > "`
    /// become character references (an apostrophe can end no value, as every value is in double
    /// quotes). The HTML pages escape all their text with it, after making it printable.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
