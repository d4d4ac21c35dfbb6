import OptOutCore

// The frame around a page: the header line, the rules above and below the page, the footer of
// keys, the message line, the checklist beside the page on wide screens, and the one line a
// screen too small for anything else shows. `ScreenView` places them; each draws itself.

/// The top line: the guide's title on the left; on the right, where the member is (the step, the
/// resume offer, or the keys) and a bar of how many steps are resolved.
struct FrameHeader {
    let state: WalkthroughState
    /// The current step's content, when there is a current step.
    let content: StepContent?
    let mode: ScreenMode
    let glyphs: Glyphs
    /// The last change is not in the progress file: said before the title until a save works.
    var unsaved = false

    func draw(into grid: inout CellGrid) {
        let columns = grid.size.columns
        let position: String
        var showBar = true
        switch mode {
        case .help:
            // Translators: the header's right side while the key help (the ? screen) is shown.
            position = tr("Keys", context: "header")
            showBar = false
        case .resume:
            position = Self.resumeHeading
        default:
            // A question asked from the resume screen (starting over) stays under its heading.
            if state.phase == .offeringResume {
                position = Self.resumeHeading
                break
            }
            // Translators: the header's right side once the walkthrough is finished.
            position = content?.position ?? tr("Finished", context: "header")
        }
        let barWidth = columns >= 100 ? 20 : columns >= 60 ? 10 : 6
        // The right side keeps to the line: the bar gives way first, then the end of the words.
        let room = max(0, columns - 2)
        if TerminalWidth.columns(of: position) + 1 + barWidth > room { showBar = false }
        var right = [StyledSpan(TextLayout.truncate(position, width: room, ellipsis: glyphs.ellipsis), CellStyle(.bold))]
        if showBar {
            let total = max(1, state.guide.steps.count)
            let resolved = state.progress.resolvedCount
            let filled = Int((Double(barWidth) * Double(resolved) / Double(total)).rounded())
            right.append(StyledSpan(" "))
            right.append(StyledSpan(String(repeating: glyphs.barFilled, count: filled), CellStyle(role: .success)))
            right.append(StyledSpan(String(repeating: glyphs.barEmpty, count: barWidth - filled), CellStyle(role: .muted)))
        }
        let rightLine = StyledLine(right)
        let rightStart = columns - 1 - rightLine.columns
        let titleRoom = rightStart - 2
        var titleColumn = 1
        if unsaved {
            // Translators: before the guide's title in the header while the last change could not be
            // saved; capitals, as a warning.
            let mark = TextLayout.truncate(tr("NOT SAVED", context: "header"), width: titleRoom, ellipsis: glyphs.ellipsis)
            titleColumn = grid.put(mark, row: 0, column: 1, style: CellStyle([.bold, .reverse], role: .error)) + 1
        }
        let title = TextLayout.truncate(
            TerminalSafeText.sanitize(state.guide.title), width: titleRoom - (titleColumn - 1), ellipsis: glyphs.ellipsis)
        grid.put(title, row: 0, column: titleColumn, style: CellStyle(.bold, role: .header))
        grid.put(rightLine, row: 0, column: rightStart)
    }

    /// The header's right side on the offer to resume (and the questions asked from it).
    static var resumeHeading: String {
        // Translators: the header's right side on the offer to resume, when earlier progress was found.
        tr("Unfinished progress", context: "header")
    }
}

extension CellGrid {
    /// A horizontal rule on a row, from column `start` up to `end` (exclusive).
    mutating func putRule(row: Int, from start: Int, to end: Int, glyphs: Glyphs) {
        let from = max(0, start)
        guard row >= 0, row < size.rows, from < end else { return }
        // One put for the whole rule (the rule character takes one column).
        put(String(repeating: glyphs.horizontalRule, count: end - from), row: row, column: from, style: CellStyle(role: .muted))
    }

    /// Text set into a rule with a space either side, ending one column before `end`: the scroll
    /// marks ("↓ more"). Returns the column it starts at.
    @discardableResult
    mutating func putOnRule(_ text: String, row: Int, end: Int, style: CellStyle) -> Int {
        let padded = " \(text) "
        let start = max(0, end - TerminalWidth.columns(of: padded) - 1)
        put(padded, row: row, column: start, style: style)
        return start
    }
}

/// The keys that work on the screen, from the key table, under the bottom rule.
struct Footer {
    let facts: ScreenFacts
    /// The screen's height: a short screen (under 16 rows) gets two lines of keys, others three.
    let screenRows: Int

    /// The footer's lines. When not everything fits, entries are left out from the end, but help
    /// and quit always stay; the help lists every key.
    func lines(width: Int) -> [StyledLine] {
        let most = screenRows < 16 ? 2 : 3
        let entries = KeyMap.footerEntries(for: facts)
        let essential = entries.filter { $0.priority == .essential }.map(\.text)
        var shown = entries.filter { $0.priority != .essential }
        while true {
            let lines = TextLayout.pack(shown.map(\.text) + essential, width: width)
            if lines.count <= most || shown.isEmpty { return Array(lines.prefix(most)) }
            // Keys only this step has (the form's t, m, r...) give way after the keys every step has.
            if let general = shown.lastIndex(where: { $0.priority == .general }) {
                shown.remove(at: general)
            } else {
                shown.removeLast()
            }
        }
    }
}

/// The line under the page that says what just happened, or (in bold, as an error) why something
/// could not be done.
enum MessageLine {
    /// The message wrapped, three lines at most (six for an error, which says the way out at its end,
    /// such as a failed save's Ctrl-C, and must show it on a 40-column screen); none without a message.
    static func lines(_ message: ScreenMessage?, width: Int, glyphs: Glyphs) -> [StyledLine] {
        guard let message else { return [] }
        let style = message.kind == .error ? CellStyle(.bold, role: .error) : CellStyle(role: .success)
        return TextLayout.limit(TextLayout.wrap(TerminalSafeText.sanitize(message.text), width: width, style: style),
                                to: message.kind == .error ? 6 : 3, width: width, ellipsis: glyphs.ellipsis, style: style)
    }
}

/// Every step with its mark, beside the page on wide screens.
struct Checklist {
    let state: WalkthroughState
    let glyphs: Glyphs

    /// How many steps are done ("3/12 done"): the checklist's heading, and on narrow screens the
    /// bottom rule's.
    static func progressCount(_ state: WalkthroughState) -> String {
        // Translators: how many of the guide's steps are done, as a fraction: "3/12 done". On the
        // checklist's heading, and on narrow screens on the rule under the page; keep it short.
        trn("{count}/{total} done", "{count}/{total} done", count: state.progress.doneCount,
            ["total": String(state.guide.steps.count)])
    }

    /// Draws the checklist from row `top` up to `bottom` (exclusive), in the columns from `left`,
    /// behind a vertical rule. Only the rows that fit are built, around the current step, so a long
    /// guide costs no more to draw than a short one.
    func draw(into grid: inout CellGrid, fromRow top: Int, toRow bottom: Int, left: Int, width: Int) {
        for row in top..<bottom { grid.put(glyphs.verticalRule, row: row, column: left - 1, style: CellStyle(role: .muted)) }
        let inner = width - 2
        let steps = state.guide.steps
        let records = state.progress.steps
        let currentIndex: Int? = {
            if case let .onStep(index) = state.phase { return index }
            return (state.progress.currentStepId ?? state.progress.unresolved.first?.id).flatMap(state.guide.index(ofStep:))
        }()
        func status(_ index: Int) -> StepStatus {
            // Progress records follow the guide's order once reconciled; look up by id only if not.
            if index < records.count, records[index].id == steps[index].id { return records[index].status }
            return state.progress.record(steps[index].id)?.status ?? .pending
        }
        func key(_ status: StepStatus) -> String { "\(SummaryRenderer.mark(status)) \(status.words)" }
        // Translators: the heading of the checklist beside the page on wide screens; {progress} is how
        // many steps are done, "3/12 done".
        let heading = tr("Checklist: {progress}", ["progress": Self.progressCount(state)])
        let header = [StyledLine(TextLayout.truncate(heading, width: inner, ellipsis: glyphs.ellipsis), CellStyle(.bold, role: .heading)),
                      StyledLine.empty]
        // Two marks a line, where they fit side by side.
        let legend = [[key(.done), key(.pending)], [key(.skipped), key(.waiting)], [key(.notNeeded)]]
            .flatMap { pair in
                let line = pair.joined(separator: "  ")
                return TerminalWidth.columns(of: line) <= inner ? [line] : pair
            }
            .map { StyledLine($0, CellStyle(role: .muted)) }
        let rows = bottom - top
        let total = header.count + steps.count
        let showLegend = total + 1 + legend.count <= rows
        // The window of step rows to build: all of them when they fit, else centred on the current one.
        var first = 0
        if total > rows, let currentIndex {
            first = min(max(0, header.count + currentIndex - rows / 2), total - rows)
        }
        var lines: [StyledLine] = []
        for line in first..<min(total, first + rows) {
            if line < header.count {
                lines.append(header[line])
                continue
            }
            let index = line - header.count
            let stepStatus = status(index)
            let isCurrent = index == currentIndex
            let pointer = isCurrent ? glyphs.pointer + " " : "  "
            let title = TerminalSafeText.sanitize(steps[index].title)
            let text = TextLayout.truncate("\(SummaryRenderer.mark(stepStatus)) \(index + 1). \(title)",
                                           width: inner - 2, ellipsis: glyphs.ellipsis)
            lines.append(StyledLine([
                StyledSpan(pointer, CellStyle(.bold)),
                StyledSpan(text, isCurrent ? CellStyle(.bold) : (stepStatus.isResolved ? CellStyle(role: .muted) : .plain)),
            ]))
        }
        if showLegend {
            lines.append(.empty)
            lines += legend
        }
        for (offset, line) in lines.prefix(rows).enumerated() {
            grid.put(line, row: top + offset, column: left + 1, limit: left + 1 + inner)
        }
    }
}

/// All a screen below `ScreenView.minimumSize` shows: what size it needs, in as many words as fit
/// (wrapped, never cut in a word), and with a text field open, the field, which still takes what is
/// typed.
enum TooSmallNotice {
    /// The notice, from the fullest to the shortest; the first that fits is shown.
    static func candidates(glyphs: Glyphs, size: ScreenSize) -> [String] {
        let need = "\(ScreenView.minimumSize.columns)\(glyphs.times)\(ScreenView.minimumSize.rows)"
        let now = "\(size.columns)\(glyphs.times)\(size.rows)"
        // Translators: the only line the full screen shows on a terminal smaller than 40×12: the
        // longest of these that fits is shown, so each is shorter than the one before. {need} and {now}
        // are sizes in columns × rows, such as 40×12.
        return [
            tr("Please make the terminal at least {need} (it is {now}).", ["need": need, "now": now]),
            tr("Too small ({now}): needs {need}", ["need": need, "now": now]),
            tr("Too small: needs {need}", ["need": need]),
            tr("Too small: {need}", ["need": need]),
            tr("Needs {need}", ["need": need]),
            need,
        ]
    }

    /// What is said above an open field, when there is room for it.
    static var fieldNote: String {
        // Translators: on a terminal too small for the screen, above a text field that is still open.
        tr("What you type still goes into the field:")
    }

    /// Draws the notice from the top row (and the open field under it); returns where the cursor
    /// goes (after the notice, or in the field), or nil on a screen with no rows.
    static func draw(into grid: inout CellGrid, glyphs: Glyphs, field: TextField?) -> ScreenPosition? {
        let size = grid.size
        guard size.rows > 0, size.columns > 0 else { return nil }
        // A field needs a row of its own, under the notice; on a one-row screen the notice wins.
        let fieldRows = field != nil && size.rows > 1 ? 1 : 0
        let room = size.rows - fieldRows
        let candidates = candidates(glyphs: glyphs, size: size)
        var lines = fitting(candidates, columns: size.columns, rows: room) ?? []
        if fieldRows > 0, let note = fitting([fieldNote], columns: size.columns, rows: room - lines.count) {
            lines += note
        }
        var end = 0
        for (row, line) in lines.enumerated() {
            end = grid.put(line, row: row, column: 0, limit: size.columns)
        }
        var cursor = ScreenPosition(row: max(0, lines.count - 1), column: min(end, size.columns - 1))
        if let field, fieldRows > 0 {
            let row = lines.count
            let prompt = "> "
            let promptEnd = grid.put(prompt, row: row, column: 0, style: CellStyle(.bold), limit: size.columns)
            let shown = field.visible(width: max(1, size.columns - TerminalWidth.columns(of: prompt)))
            grid.put(shown.text, row: row, column: promptEnd, style: CellStyle(.underline), limit: size.columns)
            cursor = ScreenPosition(row: row, column: min(promptEnd + shown.cursorColumn, size.columns - 1))
        }
        return cursor
    }

    /// The first text whose words all fit the width, wrapped into at most `rows` lines.
    private static func fitting(_ texts: [String], columns: Int, rows: Int) -> [StyledLine]? {
        guard rows > 0 else { return nil }
        for text in texts {
            let words = text.split(separator: " ")
            guard words.allSatisfy({ TerminalWidth.columns(of: String($0)) <= columns }) else { continue }
            let lines = TextLayout.wrap(text, width: columns, style: CellStyle(.bold))
            if lines.count <= rows { return lines }
        }
        return nil
    }
}
