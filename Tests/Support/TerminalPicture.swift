import Foundation

/// The default colours of a terminal's theme, as grey levels (0 black, 255 white).
public struct TerminalTheme: Sendable, CustomStringConvertible {
    public var name: String
    public var foreground: UInt8
    public var background: UInt8

    /// Light text on a near-black background.
    public static let dark = TerminalTheme(name: "dark theme", foreground: 0xD0, background: 0x1E)
    /// Dark text on white.
    public static let light = TerminalTheme(name: "light theme", foreground: 0x20, background: 0xFF)
    public static let both = [dark, light]

    public var description: String { name }
}

/// A picture of terminal cells as a screen shows them: each cell a character drawn in an ink
/// colour on a paper colour. It becomes a greyscale image (PGM) for `zbarimg`.
public struct TerminalPicture: Sendable {
    public struct Cell: Sendable {
        public var character: Character
        public var ink: UInt8
        public var paper: UInt8
        public init(_ character: Character, ink: UInt8, paper: UInt8) {
            self.character = character
            self.ink = ink
            self.paper = paper
        }
    }

    public var rows: [[Cell]]
    /// The colour around the cells (the terminal's background).
    public var surround: UInt8

    public init(rows: [[Cell]], surround: UInt8) {
        self.rows = rows
        self.surround = surround
    }

    /// Plain text in the theme's own colours (or, for a document a capture was pasted into, dark on white).
    public init(text: String, theme: TerminalTheme) {
        rows = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.map { Cell($0, ink: theme.foreground, paper: theme.background) }
        }
        surround = theme.background
    }

    /// Text with ANSI (ECMA-48) attributes as a terminal with this theme shows it: default
    /// colours, the eight and sixteen basic colours, 256-colour greys and colours, and reverse video.
    public init(ansi: String, theme: TerminalTheme) {
        var rows: [[Cell]] = [[]]
        var foreground: UInt8? = nil, background: UInt8? = nil
        var reverse = false
        var scalars = Array(ansi.unicodeScalars)[...]
        var text = ""
        func flush() {
            var ink = foreground ?? theme.foreground, paper = background ?? theme.background
            if reverse { swap(&ink, &paper) }
            for character in text {
                if character == "\n" { rows.append([]) } else { rows[rows.count - 1].append(Cell(character, ink: ink, paper: paper)) }
            }
            text = ""
        }
        while let scalar = scalars.popFirst() {
            guard scalar == "\u{1B}" else {
                if scalar != "\r" { text.unicodeScalars.append(scalar) }
                continue
            }
            flush()
            guard scalars.first == "[" else { continue }
            scalars.removeFirst()
            var parameters = ""
            while let next = scalars.popFirst(), !(0x40...0x7E).contains(next.value) { parameters.unicodeScalars.append(next) }
            let codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
            var index = 0
            while index < codes.count {
                let code = codes[index]
                switch code {
                case 0: foreground = nil; background = nil; reverse = false
                case 7: reverse = true
                case 27: reverse = false
                case 30...37: foreground = Self.basic[code - 30]
                case 90...97: foreground = Self.basic[code - 90 + 8]
                case 39: foreground = nil
                case 40...47: background = Self.basic[code - 40]
                case 100...107: background = Self.basic[code - 100 + 8]
                case 49: background = nil
                case 38, 48:
                    var grey: UInt8?
                    if index + 2 < codes.count, codes[index + 1] == 5 {
                        grey = Self.palette256(codes[index + 2])
                        index += 2
                    } else if index + 4 < codes.count, codes[index + 1] == 2 {
                        grey = Self.luminance(red: codes[index + 2], green: codes[index + 3], blue: codes[index + 4])
                        index += 4
                    }
                    if code == 38 { foreground = grey } else { background = grey }
                default: break
                }
                index += 1
            }
        }
        flush()
        if rows.last?.isEmpty == true { rows.removeLast() }
        self.rows = rows
        surround = theme.background
    }

    /// xterm's sixteen colours as grey levels.
    static let basic: [UInt8] = [0x00, 0x4C, 0x8A, 0xB3, 0x45, 0x6E, 0x8F, 0xE5, 0x7F, 0x9B, 0xC6, 0xF5, 0x84, 0xB0, 0xD4, 0xFF]

    static func luminance(red: Int, green: Int, blue: Int) -> UInt8 {
        let sum: Int = red * 30 + green * 59 + blue * 11
        return UInt8(clamping: sum / 100)
    }

    static func palette256(_ index: Int) -> UInt8 {
        switch index {
        case 0..<16: return basic[index]
        case 16..<232:
            let n = index - 16
            let levels = [0, 95, 135, 175, 215, 255]
            return luminance(red: levels[n / 36], green: levels[n / 6 % 6], blue: levels[n % 6])
        default: return UInt8(8 + 10 * (index - 232))
        }
    }

    /// The picture as a binary greyscale PGM, as a camera held at reading distance sees it: each
    /// cell is drawn at 6 × 12 pixels (a terminal cell is about twice as tall as wide) and then
    /// averaged down to 2 × 4, so a glyph's strokes blend into the shade they give their cell.
    /// `margin` cells of surround go around it.
    public func pgm(margin: Int = 3) -> Data {
        let cellWidth = 6, cellHeight = 12, blend = 3
        let columns = (rows.map(\.count).max() ?? 0) + 2 * margin
        let width = columns * cellWidth / blend, height = (rows.count + 2 * margin) * cellHeight / blend
        var pixels = [UInt8](repeating: surround, count: width * height)
        for (r, row) in rows.enumerated() {
            for (c, cell) in row.enumerated() {
                for y in 0..<(cellHeight / blend) {
                    for x in 0..<(cellWidth / blend) {
                        var sum = 0
                        for dy in 0..<blend {
                            for dx in 0..<blend {
                                let inked = Self.inked(cell.character, x: x * blend + dx, y: y * blend + dy, width: cellWidth,
                                                       height: cellHeight)
                                sum += Int(inked ? cell.ink : cell.paper)
                            }
                        }
                        let px = (c + margin) * cellWidth / blend + x, py = (r + margin) * cellHeight / blend + y
                        pixels[py * width + px] = UInt8(sum / (blend * blend))
                    }
                }
            }
        }
        return Data("P5\n\(width) \(height)\n255\n".utf8) + Data(pixels)
    }

    /// Which pixels of a cell a character inks. Block elements fill their part exactly; `#` is
    /// two strokes across and two down; any other character is a loose speckle, as text looks
    /// from a distance.
    static func inked(_ character: Character, x: Int, y: Int, width: Int, height: Int) -> Bool {
        switch character {
        case " ": return false
        case "█": return true
        case "▀": return y < height / 2
        case "▄": return y >= height / 2
        case "#":
            let across = (y == height / 3 || y == 2 * height / 3) && x > 0
            let down = (x == width / 3 || x == 2 * width / 3 + 1) && y > 1 && y < height - 2
            return across || down
        default:
            return x > 0 && x < width - 1 && y > height / 4 && y < height - 2 && (x + y) % 2 == 0
        }
    }
}

/// zbar's `zbarimg`, the decoder that reads QR codes back from pictures.
public enum ZBar {
    public static let path = which("zbarimg")

    /// The texts of the QR codes zbarimg finds in a picture (none when it finds none). With
    /// `inverted`, it also tries the picture with light and dark swapped.
    public static func decode(_ picture: TerminalPicture, inverted: Bool = false) throws -> [String] {
        let folder = makeTemporaryFolder("zbar")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let image = folder + "/picture.pgm"
        try picture.pgm().write(to: URL(fileURLWithPath: image))
        var command = [path ?? "/usr/bin/zbarimg", "--nodbus", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable"]
        if inverted { command.append("-Stest-inverted") }
        command.append(image)
        let result = try Runner.execute(command, input: Data(), environment: ["PATH": "/usr/bin:/bin"], folder: folder)
        // zbarimg exits with 4 when it finds no code.
        guard result.status == 0 || result.status == 4 else {
            throw Runner.ShellError(script: command.joined(separator: " "), status: result.status, stderr: result.stderr)
        }
        return result.stdout.split(separator: "\n").map(String.init)
    }
}
