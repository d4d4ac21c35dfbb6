import OptOutCore

/// What the view needs besides the walkthrough and the screen model.
public struct ScreenContext: Sendable {
    /// The progress file, named on the help and resume screens.
    public var statePath: String
    public var glyphs: Glyphs
    /// Paragraphs shown above the content, such as the stale-guide warning on the first screen.
    public var notes: [String]
    /// True when the terminal shows colours (and NO_COLOR is not set); reverse video stands in otherwise.
    public var colour: Bool
    /// The member's time zone, for the times shown on a step.
    public var zone: LocalZone
    /// The last change could not be saved (the header says so until a save works).
    public var unsaved = false

    public init(statePath: String, glyphs: Glyphs = .unicode, colour: Bool = true, notes: [String] = [], zone: LocalZone = .utc) {
        self.statePath = statePath
        self.zone = zone
        self.glyphs = glyphs
        self.colour = colour
        self.notes = notes
    }
}

/// One rendered screen: the cells, where the hardware cursor belongs, and what the layout found
/// out that keys and paging depend on.
public struct ScreenFrame: Equatable, Sendable {
    public var grid: CellGrid
    /// Where the focused element is (the selected answer, the text field's cursor, the step title).
    public var cursor: ScreenPosition?
    public var facts: ScreenFacts
    /// The content scroll actually shown (the model's, kept within range).
    public var scroll: Int
    /// The help scroll actually shown.
    public var helpScroll: Int
    /// Rows of the scrolling area.
    public var pageSize: Int
}

/// Renders the walkthrough and the screen model into a grid of cells. Pure: no terminal, no I/O.
///
/// This is where the frame (`Frame.swift`: header, rules, footer, message line, checklist) and the
/// pages (`StepPage`, `ResumePage`, `HelpPage`, `FormFieldsPage`, `PhoneCodePage`) are put together:
/// it decides which page shows, how many rows each part gets, how far the page scrolls, and where
/// the cursor goes. The parts draw themselves with the layout toolkit (`TextLayout`).
public enum ScreenView {
    /// Below this the screen only asks for more room.
    public static let minimumSize = ScreenSize(columns: 40, rows: 12)
    /// From this width on, the checklist stands beside the content.
    public static let checklistColumns = 100

    public static func render(state: WalkthroughState, model: ScreenModel, context: ScreenContext, size: ScreenSize) -> ScreenFrame {
        // On an ASCII screen every cell is measured and drawn as ASCII (ä as ae), the layout included.
        TerminalWidth.$asciiOnly.withValue(context.glyphs == .ascii) {
            var layout = Layout(state: state, model: model, context: context, size: size)
            return layout.render()
        }
    }

    /// True when the screen is below `minimumSize`: it then shows only what it needs.
    public static func isTooSmall(_ size: ScreenSize) -> Bool {
        size.columns < minimumSize.columns || size.rows < minimumSize.rows
    }

    /// The mode a screen is in (which decides the keys that work), without drawing it. A screen too
    /// small for anything is `.tooSmall`, except with a text field open: the field keeps its keys,
    /// so nothing typed while the window is small is lost.
    public static func mode(state: WalkthroughState, model: ScreenModel, size: ScreenSize) -> ScreenMode {
        if isTooSmall(size) {
            if case let .field(form, _) = model.overlay { return .field(form.prompt.completion.fieldKind) }
            return .tooSmall
        }
        switch model.overlay {
        case .help: return .help
        case let .field(form, _): return .field(form.prompt.completion.fieldKind)
        case let .list(form, _):
            if case .pickMany = form.prompt.input { return .toggleList }
            return .smallChoice
        case .phoneCode: return .phoneCode
        case .none: return state.phase == .offeringResume ? .resume : .step
        }
    }
}

/// One frame being put together.
private struct Layout {
    let state: WalkthroughState
    let model: ScreenModel
    let context: ScreenContext
    let size: ScreenSize
    var grid: CellGrid
    /// The current step's content, resolved once for the frame (the header, the menu path and the
    /// page all show parts of it, and resolving its labels is not cheap).
    let content: StepContent?
    var g: Glyphs { context.glyphs }

    init(state: WalkthroughState, model: ScreenModel, context: ScreenContext, size: ScreenSize) {
        self.state = state
        self.model = model
        self.context = context
        self.size = size
        self.grid = CellGrid(size: size)
        self.content = StepContent(state: state)
    }

    mutating func render() -> ScreenFrame {
        let mode = ScreenView.mode(state: state, model: model, size: size)
        if ScreenView.isTooSmall(size) {
            var field: TextField?
            if case let .field(_, open) = model.overlay { field = open }
            let cursor = TooSmallNotice.draw(into: &grid, glyphs: g, field: field)
            return ScreenFrame(grid: grid, cursor: cursor, facts: ScreenFacts(mode: mode), scroll: model.scroll,
                               helpScroll: model.helpScroll, pageSize: model.pageSize)
        }
        if case let .phoneCode(link, code) = model.overlay {
            let page = PhoneCodePage(state: state, context: context, size: size, link: link, code: code)
            return page.render(facts: ScreenFacts(mode: mode, state: state))
        }

        var facts = ScreenFacts(mode: mode, state: state)
        let wide = size.columns >= ScreenView.checklistColumns && mode != .help
        let checklistWidth = wide ? min(40, max(32, size.columns / 3)) : 0
        let contentLeft = 1
        let contentWidth = (wide ? size.columns - checklistWidth - 1 : size.columns) - 2

        FrameHeader(state: state, content: content, mode: mode, glyphs: g, unsaved: context.unsaved).draw(into: &grid)
        var top = 1
        // On taller screens the menu path stays in view above the page; on short ones, or when it
        // takes more than three lines, it scrolls with the page, under the step's title.
        var menuPathInView = false
        if size.rows >= 20, mode != .help, mode != .resume, let content {
            let menuPath = StepPage.menuPathLines(content, width: contentWidth, glyphs: g)
            menuPathInView = menuPath.count <= 3
            for line in menuPath where menuPathInView {
                grid.put(line, row: top, column: contentLeft, limit: contentLeft + contentWidth)
                top += 1
            }
        }
        let topRuleRow = top
        top += 1

        var page = currentPage(mode: mode, menuPathInView: menuPathInView, width: contentWidth)
        let message = MessageLine.lines(model.message, width: contentWidth, glyphs: g)
        var lower = FormFieldsPage(overlay: model.overlay, listSelection: model.listSelection, glyphs: g)
            .layout(message: message, width: contentWidth)
        var footer: [StyledLine] = []
        var bottomRuleRow = 0
        var height = 0
        // The footer lists scrolling only when there is something to scroll, which depends on the
        // room the footer leaves; two passes settle it.
        for _ in 0..<2 {
            footer = Footer(facts: facts, screenRows: size.rows).lines(width: size.columns - 2)
            bottomRuleRow = size.rows - footer.count - 1
            // On a short screen the lower area keeps at least one row of content above it; the
            // message lines at its top give way first.
            let excess = lower.lines.count - (bottomRuleRow - top - 1)
            if excess > 0 { lower = lower.dropping(excess) }
            height = max(1, bottomRuleRow - lower.lines.count - top)
            let scrollable = page.lines.count > height
            if scrollable == facts.canScroll { break }
            facts.canScroll = scrollable
        }
        // The resume offer that does not fit puts its choices first (the same lines, in another
        // order), so they are in view without scrolling.
        if mode != .help, state.phase == .offeringResume, page.lines.count > height {
            page = resumePage(width: contentWidth, choicesFirst: true)
        }

        // Scroll within range, following the selection when it moved.
        let isHelp = mode == .help
        let maxScroll = max(0, page.lines.count - height)
        var scroll = min(max(0, isHelp ? model.helpScroll : model.scroll), maxScroll)
        if !isHelp, let anchor = model.reveal, let line = page.anchors[anchor] {
            scroll = min(maxScroll, max(0, line - 1))
        }
        if !isHelp, model.followSelection, let focus = page.selection {
            if focus.lowerBound < scroll { scroll = focus.lowerBound }
            if focus.upperBound > scroll + height { scroll = min(maxScroll, focus.upperBound - height) }
        }
        for (offset, line) in page.lines.dropFirst(scroll).prefix(height).enumerated() {
            grid.put(line, row: top + offset, column: contentLeft, limit: contentLeft + contentWidth)
        }

        // Rules, with the scroll marks and (narrow) the compact progress on them.
        grid.putRule(row: topRuleRow, from: 0, to: wide ? size.columns - checklistWidth - 1 : size.columns, glyphs: g)
        grid.putRule(row: bottomRuleRow, from: 0, to: size.columns, glyphs: g)
        // Translators: set into the rule above or below the page when more of it is scrolled out of view
        // there; {arrow} is ↑ or ↓. Keep it short.
        func moreMark(_ arrow: String) -> String { tr("{arrow} more", ["arrow": arrow], context: "scroll mark") }
        var markStart = contentLeft + contentWidth
        if scroll > 0 {
            grid.putOnRule(moreMark(g.moreAbove), row: topRuleRow, end: contentLeft + contentWidth, style: CellStyle(.bold))
        }
        if scroll + height < page.lines.count {
            markStart = grid.putOnRule(moreMark(g.moreBelow), row: bottomRuleRow, end: contentLeft + contentWidth,
                                       style: CellStyle(.bold))
        }
        if !wide, mode != .help {
            // The count stands at the rule's left; it gives way to the scroll mark where both do not fit.
            let count = " \(Checklist.progressCount(state)) "
            if 2 + TerminalWidth.columns(of: count) <= markStart {
                grid.put(count, row: bottomRuleRow, column: 2, style: CellStyle(role: .muted))
            }
        }

        // The lower area: the message, and the open form's field or list.
        let lowerTop = bottomRuleRow - lower.lines.count
        for (offset, line) in lower.lines.enumerated() {
            grid.put(line, row: lowerTop + offset, column: contentLeft, limit: contentLeft + contentWidth)
        }
        if let field = lower.field {
            grid.fill(row: lowerTop + field.row, from: contentLeft + field.column, to: contentLeft + contentWidth,
                      style: CellStyle(.underline))
            grid.put(field.text, row: lowerTop + field.row, column: contentLeft + field.column,
                     style: CellStyle(.underline), limit: contentLeft + contentWidth)
        }

        for (offset, line) in footer.enumerated() {
            grid.put(line, row: bottomRuleRow + 1 + offset, column: 1, limit: size.columns - 1)
        }

        if wide {
            Checklist(state: state, glyphs: g)
                .draw(into: &grid, fromRow: 1, toRow: bottomRuleRow, left: size.columns - checklistWidth, width: checklistWidth)
        }

        // The hardware cursor goes to the focused element.
        var cursor = ScreenPosition(row: top, column: contentLeft)
        if let field = lower.field {
            cursor = ScreenPosition(row: lowerTop + field.row, column: contentLeft + field.column + field.cursorColumn)
        } else if let focus = lower.focus {
            cursor = ScreenPosition(row: lowerTop + focus, column: contentLeft)
        } else if let focus = page.selection ?? page.focusLine.map({ $0..<($0 + 1) }) {
            let row = top + focus.lowerBound - scroll
            if row >= top, row < top + height { cursor = ScreenPosition(row: row, column: contentLeft) }
        }

        return ScreenFrame(
            grid: grid, cursor: cursor, facts: facts, scroll: isHelp ? model.scroll : scroll,
            helpScroll: isHelp ? scroll : model.helpScroll, pageSize: height)
    }

    /// The page the screen shows: the help, the resume offer, or the step.
    func currentPage(mode: ScreenMode, menuPathInView: Bool, width: Int) -> Page {
        if mode == .help { return HelpPage(statePath: context.statePath).layout(width: width) }
        // The resume screen stays behind a question asked from it (starting over).
        if state.phase == .offeringResume { return resumePage(width: width, choicesFirst: false) }
        let step = StepPage(state: state, content: content, selection: model.selection, glyphs: g, zone: context.zone, includesMenuPath: !menuPathInView)
        return withNotes(step.layout(width: width), width: width)
    }

    /// The resume offer, with the context's notes above it.
    func resumePage(width: Int, choicesFirst: Bool) -> Page {
        let resume = ResumePage(state: state, selection: model.selection, statePath: context.statePath, glyphs: g,
                                choicesFirst: choicesFirst)
        return withNotes(resume.layout(width: width), width: width)
    }

    /// The page with the context's notes above it.
    func withNotes(_ page: Page, width: Int) -> Page {
        guard !context.notes.isEmpty else { return page }
        var notes: [StyledLine] = []
        for note in context.notes {
            notes += TextLayout.labelled(
                tr("Note:", context: "label"), note, labelStyle: CellStyle(.bold, role: .caution), width: width)
        }
        notes.append(.empty)
        return page.prepending(notes)
    }
}
