import OptOutCore
import OptOutTestSupport
import QRCode
import Testing

/// The SVG drawing: its path, read back module by module, is the code; the quiet zone is light; the
/// element names its link or hides itself. (The browser tests read the drawings with zbarimg.)
@Suite("QR codes drawn in SVG")
struct SVGDrawingTests {
    /// The dark modules a path draws: each `M x y h n v1 h-n z` is a run of n modules in row y.
    static func modules(of path: String, across: Int) throws -> [[Bool]] {
        var grid = Array(repeating: Array(repeating: false, count: across), count: across)
        let run = try Regex(#"M(\d+) (\d+)h(\d+)v1h-(\d+)z"#)
        var covered = 0
        for match in path.matches(of: run) {
            let numbers = (1...4).map { Int(path[match.output[$0].range!])! }
            let (x, y, length) = (numbers[0], numbers[1], numbers[2])
            try #require(numbers[3] == length)
            for column in x..<(x + length) {
                try #require(!grid[y][column], "a module drawn twice")
                grid[y][column] = true
            }
            covered += path[match.range].count
        }
        try #require(covered == path.count, "the path holds something that is not a run")
        return grid
    }

    static let texts: [String] = {
        var generator = SeededGenerator(seed: 18004)
        let random = (0..<40).map { _ in
            String((0..<Int.random(in: 1...300, using: &generator)).map { _ in Character(UnicodeScalar(UInt8.random(in: 32...126, using: &generator))) })
        }
        return Guide.linkedInAITraining.steps.compactMap { $0.link?.url } + ["", "x"] + random
    }()

    @Test func thePathIsTheCodeAndTheQuietZoneIsLight() throws {
        for text in Self.texts {
            for level in QRCode.ErrorCorrection.allCases {
                let code = try QRCode(text: text, errorCorrection: level)
                for quiet in [0, 2, 4] {
                    let drawing = QRSVGDrawing(code: code, quietZone: quiet)
                    #expect(drawing.modulesAcross == code.size + 2 * quiet)
                    let grid = try Self.modules(of: drawing.pathData, across: drawing.modulesAcross)
                    for row in 0..<drawing.modulesAcross {
                        for column in 0..<drawing.modulesAcross {
                            #expect(grid[row][column] == code[row: row - quiet, column: column - quiet],
                                    "\(text.prefix(30)) \(level) quiet \(quiet): module \(row), \(column)")
                        }
                    }
                }
            }
        }
    }

    @Test func theElementIsBlackOnAWhiteSquareAndNamesItsLink() throws {
        let url = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
        let drawing = QRSVGDrawing(code: try QRCode(text: url))
        #expect(drawing.quietZone == 4)
        let across = drawing.modulesAcross
        let named = drawing.element(accessibleName: "QR code for \(url)", className: "qr")
        #expect(named == "<svg viewBox=\"0 0 \(across) \(across)\" class=\"qr\" role=\"img\" aria-label=\"QR code for \(url)\""
            + " shape-rendering=\"crispEdges\"><rect width=\"\(across)\" height=\"\(across)\" fill=\"#fff\"/>"
            + "<path fill=\"#000\" d=\"\(drawing.pathData)\"/></svg>")
        #expect(drawing.element(accessibleName: nil).contains(" aria-hidden=\"true\" "))
        #expect(!drawing.element(accessibleName: nil).contains("role="))
        #expect(drawing.element(accessibleName: "a\"b<c>&'", className: "x\"y").contains(
            "class=\"x&quot;y\" role=\"img\" aria-label=\"a&quot;b&lt;c&gt;&amp;'\""))
    }
}
