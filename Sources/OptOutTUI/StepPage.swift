import OptOutCore

/// A step: its title, menu path, text, instructions, link, what the member should see when it is
/// done, what is not verified, a choice's answers, the objection text on the form step, and what
/// the member recorded on it.
struct StepPage {
    let state: WalkthroughState
    /// The step's content, resolved once for the frame; nil once the walkthrough is finished.
    let content: StepContent?
    /// The selected answer on a choice step.
    let selection: Int?
    let glyphs: Glyphs
    /// The member's time zone, for the times they recorded.
    let zone: LocalZone
    /// False when the frame shows the menu path above the page, where it stays in view.
    let includesMenuPath: Bool

    func layout(width: Int) -> Page {
        var page = Page()
        guard let content else {
            page.add(TextLayout.wrap(tr("The walkthrough is finished."), width: width, style: CellStyle(.bold)))
            return page
        }
        let record = state.currentRecord
        page.focusLine = 0
        var title = [StyledSpan(safe(content.title), CellStyle(.bold, role: .heading))]
        // Translators: after a step's title when the step may be left out.
        if content.optional { title.append(StyledSpan(" " + tr("(optional)", context: "step"), CellStyle(role: .muted))) }
        page.add(TextLayout.wrap(title, width: width))
        if includesMenuPath { page.add(Self.menuPathLines(content, width: width, glyphs: glyphs)) }
        page.blank()
        for paragraph in content.body {
            page.blank()
            page.add(TextLayout.wrap(safe(paragraph), width: width))
        }
        if !content.regionNotes.isEmpty { page.blank() }
        for note in content.regionNotes {
            // Translators: a label before a note that applies to the member's region (the EU/EEA, the UK...).
            page.add(TextLayout.labelled(tr("For your region:", context: "label"), note, width: width))
        }
        for section in content.instructions {
            page.blank()
            if let heading = section.heading { page.add(TextLayout.wrap(Self.headingLabel(heading), width: width, style: CellStyle(.bold))) }
            for (n, line) in section.lines.enumerated() {
                let number = "\(n + 1). "
                page.add(TextLayout.wrap([StyledSpan(number, CellStyle(.bold)), StyledSpan(safe(line))], width: width,
                                         hangingIndent: String(repeating: " ", count: number.count)))
            }
        }
        if let link = content.link {
            page.blank()
            page.add(TextLayout.wrap([
                // Translators: before a step's link; {label} names where it goes ("Link to Data privacy:").
                StyledSpan(tr("Link to {label}:", ["label": safe(link.label)], context: "label"), CellStyle(.bold)),
                StyledSpan(" " + safe(link.url), CellStyle(.underline, role: .link)),
            ], width: width))
        }
        if let expected = content.expected {
            page.blank()
            // Translators: a label before what the member should see once the step is done.
            page.add(TextLayout.labelled(tr("When it is done:", context: "label"), expected, width: width))
        }
        if !content.unverified.isEmpty { page.blank() }
        for line in content.unverified {
            // Translators: a label before what the guide's sources do not confirm.
            page.add(TextLayout.labelled(tr("Not verified:", context: "label"), line, labelStyle: CellStyle(.bold, role: .caution),
                                         width: width))
        }
        if let choice = content.choice {
            page.blank()
            page.add(TextLayout.wrap(safe(choice.prompt), width: width, style: CellStyle(.bold)))
            let chosen = state.progress.answers[choice.answerKey]
            for (n, option) in choice.options.enumerated() {
                let selected = selection.map { n == min($0, choice.options.count - 1) } ?? false
                let start = page.lines.count
                let pointer = selected ? glyphs.pointer + " " : "  "
                let pointerWidth = TerminalWidth.columns(of: pointer)
                var spans = [
                    StyledSpan("\(n + 1). \(safe(option.label))", selected ? CellStyle([.reverse, .bold]) : .plain),
                ]
                if option.id == chosen {
                    // Translators: after the answer the member chose earlier, on a question's list of answers.
                    spans.append(StyledSpan(" " + tr("(your answer)"), CellStyle(role: .success)))
                }
                let hanging = String(repeating: " ", count: pointerWidth + "\(n + 1). ".count)
                page.add(TextLayout.wrap(spans, width: width, indent: pointer, indentStyle: CellStyle(.bold),
                                         hangingIndent: hanging))
                if let detail = option.detail {
                    page.add(TextLayout.wrap(safe(detail), width: width, style: CellStyle(role: .muted),
                                             indent: hanging))
                }
                if selected { page.selection = start..<page.lines.count }
            }
        }
        if let step = state.currentStep, step.objectionDraft {
            // The keys the text names, as the key table has them on this step.
            let facts = ScreenFacts(mode: .step, state: state)
            page.blank()
            page.anchors[.draft] = page.lines.count
            if let draft = state.progress.draft {
                let keys = (KeyMap.key(for: .startDraft, on: facts), KeyMap.key(for: .editDraft, on: facts),
                            KeyMap.key(for: .copyDraft, on: facts))
                // Translators: on the form step once the text is drafted; {draft}, {edit} and {copy} are keys
                // (t, e, c), which stay as they are.
                page.add(TextLayout.wrap(
                    tr("Your objection text is saved: a template to adapt, not legal advice. {draft} changes the choices, {edit} edits the text, {copy} copies it.",
                       ["draft": keys.0, "edit": keys.1, "copy": keys.2]),
                    width: width))
                page.blank()
                for line in TerminalSafeText.sanitize(draft.text(region: state.progress.region), keepNewlines: true)
                    .split(separator: "\n", omittingEmptySubsequences: false)
                {
                    page.add(line.isEmpty ? [.empty] : TextLayout.wrap(String(line), width: width, indent: "  "))
                }
                while page.lines.last?.text.isEmpty == true { page.lines.removeLast() }
            } else {
                // Translators: on the form step before a text is drafted; {key} is a key (t), which stays as it is.
                page.add(TextLayout.wrap(
                    tr("optout can draft the objection text for you: press {key}.", ["key": KeyMap.key(for: .startDraft, on: facts)]),
                    width: width))
            }
        }
        if let record {
            let lines = record.facts(in: zone).map { fact -> [StyledLine] in
                let style: CellStyle = switch fact.kind {
                case .sent: .plain
                case .screenDiffers: CellStyle(.bold, role: .caution)
                default: .bold
                }
                return TextLayout.labelled(fact.label, fact.text, labelStyle: style, width: width)
            }
            if !lines.isEmpty { page.blank() }
            page.anchors[.record] = page.lines.count
            for group in lines { page.add(group) }
        }
        return page
    }

    /// The step's menu paths ("Menu path: Settings → Data privacy"), whole entries packed on a line.
    static func menuPathLines(_ content: StepContent, width: Int, glyphs: Glyphs) -> [StyledLine] {
        var lines: [StyledLine] = []
        for crumb in content.breadcrumbs {
            let label = Self.menuPathLabel(platform: crumb.heading)
            var items = [StyledSpan(label, CellStyle(role: .muted))]
            for (index, name) in crumb.lines.enumerated() {
                let separator = index == 0 ? " " : glyphs.breadcrumbSeparator
                items.append(StyledSpan(separator + TerminalSafeText.sanitize(name), CellStyle(.bold)))
            }
            // Pack whole menu entries on a line; an entry wider than a line is word-wrapped.
            var line = StyledLine()
            for item in items {
                if !line.spans.isEmpty, line.columns + TerminalWidth.columns(of: item.text) > width {
                    lines.append(line)
                    var rest = item
                    rest.text = String(rest.text.drop(while: { $0 == " " }))
                    line = StyledLine([rest])
                } else {
                    line.spans.append(item)
                }
                if line.columns > width {
                    let wrapped = TextLayout.wrap(line.spans, width: width)
                    lines += wrapped.dropLast()
                    line = wrapped.last ?? StyledLine()
                }
            }
            if !line.spans.isEmpty { lines.append(line) }
        }
        return lines
    }

    /// The label before a menu path: "Menu path:", or with both platforms shown, which one it is for
    /// ("Menu path (on the website):"). `platform` is the heading the step's content gives the path.
    static func menuPathLabel(platform heading: String?) -> String {
        guard let heading else {
            // Translators: a label before the menus to open, in order ("Menu path: Me → Settings & Privacy").
            return tr("Menu path:", context: "label")
        }
        switch Platform.allCases.first(where: { $0.displayName == heading }) {
        // Translators: a label before the menus to open on LinkedIn's website, when the step shows both
        // the website's and the app's.
        case .web?: return tr("Menu path (on the website):", context: "label")
        // Translators: a label before the menus to open in LinkedIn's mobile app, when the step shows both.
        case .app?: return tr("Menu path (in the mobile app):", context: "label")
        // Translators: a label before the menus to open; {heading} is where (a platform's name).
        case nil: return tr("Menu path ({heading}):", ["heading": heading], context: "label")
        }
    }

    /// A heading over a part of the instructions ("On the website:").
    static func headingLabel(_ heading: String) -> String {
        // Translators: a heading over the instructions for one platform; {heading} is its name ("On the
        // website"). Only the punctuation is yours (French puts a space before the colon).
        tr("{heading}:", ["heading": TerminalSafeText.sanitize(heading)], context: "label")
    }

    private func safe(_ text: String) -> String { TerminalSafeText.sanitize(text) }
}
