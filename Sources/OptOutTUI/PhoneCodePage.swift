import OptOutCore
import QRCode

/// The step's link as a QR code, as large as the screen allows, with the URL written under it,
/// for opening the link on a phone. Where the code cannot be drawn, one line says why (the size it
/// needs, or what the terminal lacks) and the link is shown instead.
struct PhoneCodePage {
    let state: WalkthroughState
    let context: ScreenContext
    let size: ScreenSize
    let link: GuideLink
    let code: QRCode?

    var g: Glyphs { context.glyphs }
    var glyphs: QRTextDrawing.Glyphs { g == .unicode ? .halfBlocks : .twoColumns }
    var contrast: QRContrast { context.colour ? .blackOnWhite : .reverseVideo }

    /// The style of a drawn code's cell: black on white with colour, reverse video without.
    func style(for character: Character) -> CellStyle {
        guard context.colour else { return CellStyle(.reverse) }
        return CellStyle(role: character == QRTextDrawing.twoColumnDark ? .qrDarkModule : .qrCode)
    }

    func render(facts: ScreenFacts) -> ScreenFrame {
        var grid = CellGrid(size: size)
        let width = size.columns - 2
        drawHeader(&grid)
        let footer = footerLine(facts: facts, width: width)
        grid.put(footer, row: size.rows - 1, column: 1, limit: size.columns - 1)

        let url = TerminalSafeText.sanitize(link.url)
        let urlLines = TextLayout.wrap(url, width: width, style: CellStyle(.underline, role: .link))
        let room = size.rows - 2 - urlLines.count
        var cursor = ScreenPosition(row: size.rows - 1, column: 1)
        if let drawing = fittingDrawing(rows: room) {
            let top = 1 + (room - drawing.rows) / 2
            let left = (size.columns - drawing.columns) / 2
            for (offset, line) in drawing.lines.enumerated() {
                var column = left
                for character in line {
                    column = grid.put(String(character), row: top + offset, column: column, style: style(for: character))
                }
            }
            let urlTop = top + drawing.rows
            for (offset, line) in urlLines.enumerated() {
                let column = urlLines.count == 1 ? max(1, (size.columns - line.columns) / 2) : 1
                grid.put(line, row: urlTop + offset, column: column, limit: size.columns - 1)
            }
            cursor = ScreenPosition(row: urlTop + urlLines.count - 1, column: 1)
        } else {
            var lines = TextLayout.wrap(reasonForNoCode(), width: width, style: CellStyle(.bold, role: .caution))
            lines.append(.empty)
            lines += TextLayout.wrap([StyledSpan(TerminalSafeText.sanitize(link.label) + ":", CellStyle(.bold))], width: width)
            lines += urlLines
            for (offset, line) in lines.prefix(max(0, size.rows - 2)).enumerated() {
                grid.put(line, row: 1 + offset, column: 1, limit: size.columns - 1)
            }
            cursor = ScreenPosition(row: 1, column: 1)
        }
        return ScreenFrame(grid: grid, cursor: cursor, facts: facts, scroll: 0, helpScroll: 0, pageSize: max(1, room))
    }

    /// The largest drawing that fits in the rows left for it, or nil when none does or this
    /// terminal cannot show one that scans.
    func fittingDrawing(rows: Int) -> QRTextDrawing? {
        guard let code, QRTextDrawing.isScannable(glyphs: glyphs, contrast: contrast) else { return nil }
        return QRTextDrawing.largest(code: code, glyphs: glyphs, fittingColumns: size.columns, rows: rows)
    }

    /// Said instead of a code where the terminal cannot show one that scans.
    static var cannotShow: String {
        // Translators: said instead of a QR code; C.UTF-8 is a locale's name and stays as it is.
        tr("This terminal cannot show a QR code: it needs UTF-8 (a locale such as C.UTF-8) or colours.")
    }

    /// The one line said instead of a code.
    func reasonForNoCode() -> String {
        guard let code else {
            // Encoding failed when p was pressed; doing it again (it fails at once) gives the reason.
            do { _ = try QRCode(text: link.url) } catch { return error.description }
            return ""
        }
        guard QRTextDrawing.isScannable(glyphs: glyphs, contrast: contrast) else { return Self.cannotShow }
        let drawing = QRTextDrawing(code: code, glyphs: glyphs)
        let urlRows = TextLayout.wrap(link.url, width: max(1, drawing.columns - 2)).count
        let need = "\(drawing.columns)\(g.times)\(drawing.rows + 2 + urlRows)"
        let now = "\(size.columns)\(g.times)\(size.rows)"
        // Translators: said instead of the QR code when the terminal is too small for it: the longest that
        // fits is shown, so each is shorter than the one before. {need} and {now} are sizes (columns × rows).
        let candidates = [
            tr("The QR code needs {need}; this terminal is {now}. Make it larger, or the font smaller.", ["need": need, "now": now]),
            tr("The QR code needs {need} (now {now}).", ["need": need, "now": now]),
            tr("QR code needs {need}", ["need": need]),
            tr("needs {need}", ["need": need]),
            need,
        ]
        return candidates.first { TerminalWidth.columns(of: $0) <= size.columns - 2 } ?? candidates[candidates.count - 1]
    }

    func drawHeader(_ grid: inout CellGrid) {
        let position = StepContent(state: state)?.position ?? ""
        let right = TerminalWidth.columns(of: position)
        let room = max(0, size.columns - right - 4)
        // Translators: the header of the QR code page; {label} names where the link goes.
        let full = tr("Scan with your phone: {label}", ["label": TerminalSafeText.sanitize(link.label)])
        // Translators: the header of the QR code page when the longer one does not fit.
        let short = tr("Scan with your phone")
        let title = TerminalWidth.columns(of: full) <= room ? full : TextLayout.truncate(short, width: room, ellipsis: g.ellipsis)
        grid.put(title, row: 0, column: 1, style: CellStyle(.bold, role: .header))
        grid.put(position, row: 0, column: max(1, size.columns - 1 - right), style: CellStyle(.bold))
    }

    /// The keys of this page from the key table, on one line.
    func footerLine(facts: ScreenFacts, width: Int) -> StyledLine {
        TextLayout.pack(KeyMap.footer(for: facts), width: width).first ?? StyledLine()
    }
}
