import OptOutCore

/// What plain mode prints for the step the member is on, as lines: the step in words, the answers it
/// takes, and the help. The same content the full screen draws (`StepContent`, `StepRecord.facts`),
/// with no box drawing or colour.
enum PlainStepText {
    private static func safe(_ text: String) -> String { LinePrompt.safe(text) }
    /// The step, after a blank line: its position and title, menu path, text, region notes,
    /// instructions, link, what the member should see, what is not verified, the choice, the draft's
    /// state, and what the member recorded (times in `zone`), wrapped at `width`. Empty when the member is
    /// on no step.
    static func step(_ state: WalkthroughState, zone: LocalZone, width: Int = TextWidth.page) -> [String] {
        func wrapped(_ text: String, indent: String = "  ", hanging: String? = nil) -> [String] {
            LinePrompt.wrapped(text, width: width, indent: indent, hanging: hanging)
        }
        guard let content = StepContent(state: state), let step = state.currentStep, let record = state.currentRecord else { return [] }
        var lines = ["", "\(content.position): \(safe(content.title))\(content.optional ? " (optional)" : "")"]
        for crumb in content.breadcrumbs {
            let label = crumb.heading.map { "Menu path (\($0.lowercased()))" } ?? "Menu path"
            // Continuation lines are indented, so a wrapped "> " is never taken for the prompt.
            lines += wrapped("\(label): " + crumb.lines.joined(separator: " > "), indent: "", hanging: "  ")
        }
        for paragraph in content.body { lines += wrapped(paragraph) }
        for note in content.regionNotes { lines += wrapped("For your region: \(note)") }
        for section in content.instructions {
            if let heading = section.heading { lines.append("  \(heading):") }
            for (n, line) in section.lines.enumerated() { lines += wrapped("\(n + 1). \(line)", indent: "  ", hanging: "     ") }
        }
        if let link = content.link { lines += wrapped("Link to \(link.label): \(link.url)") }
        if let expected = content.expected { lines += wrapped("When it is done: \(expected)") }
        for line in content.unverified { lines += wrapped("Not verified: \(line)") }
        if let choice = content.choice {
            lines += wrapped(choice.prompt)
            let chosen = state.progress.answers[choice.answerKey]
            for (n, option) in choice.options.enumerated() {
                let mark = option.id == chosen ? " (your answer)" : ""
                lines += wrapped("\(n + 1). \(option.label)\(mark)" + (option.detail.map { ": \($0)" } ?? ""), indent: "  ", hanging: "     ")
            }
        }
        if step.objectionDraft {
            lines += wrapped(state.progress.draft == nil
                ? "optout can draft the objection text for you: answer t."
                : "Your objection text is saved: answer t to change the choices, e to edit the text.")
        }
        for fact in record.facts(in: zone) { lines += wrapped("\(fact.label) \(fact.text)", indent: "  ", hanging: "    ") }
        return lines
    }

    /// The answers the step takes, on lines of at most `width` columns, broken only between answers.
    static func answers(_ state: WalkthroughState, width: Int = TextWidth.page) -> [String] {
        var lines: [String] = []
        var line = "Answer:"
        for (n, part) in answerParts(state).enumerated() {
            let piece = (n == 0 ? " " : ", ") + part
            if n > 0, line.count + piece.count + 1 > width {
                lines.append(line + ",")
                line = "  " + part
            } else {
                line += piece
            }
        }
        return lines + [line]
    }

    private static func answerParts(_ state: WalkthroughState) -> [String] {
        guard let step = state.currentStep else { return [] }
        var parts: [String] = []
        if let choice = step.choice {
            parts.append("1-\(choice.options.count) to choose")
            if state.progress.answers[choice.answerKey] != nil { parts.append("d keep your answer") }
        } else {
            parts.append(step.kind == .finish ? "d finish" : "d done")
        }
        if step.kind != .finish { parts.append(step.optional ? "s not needed" : "s skip") }
        if step.confirmation != nil { parts.append("w waiting") }
        if step.objectionDraft { parts += ["t draft", "e edit draft"] }
        if step.confirmation != nil { parts += ["sent", "r received"] }
        if step.link != nil { parts.append("p QR code") }
        parts += ["x screen differs", "b back", "n note", "q quit", "? help"]
        return parts
    }

    /// Every answer a step takes, with what it does.
    static func help(for step: GuideStep, statePath: String) -> [String] {
        var lines = ["Answers at a step:"]
        if let choice = step.choice {
            lines.append("  1-\(choice.options.count), or an option's id: choose that answer and go on")
        }
        if step.objectionDraft {
            lines.append("  t, draft: build the objection text from your choices, region, name and email")
            lines.append("  e, edit: edit the text (in $VISUAL or $EDITOR when set, else on one line)")
        }
        if step.confirmation != nil {
            lines.append("  sent: record the day you sent the form; the step then waits for the confirmation")
            lines.append("  r, received: the confirmation came (\"r reference\" in one go); the step is done")
        }
        lines.append("  d, done: the step is done; go on")
        lines.append("  s, skip: skip this step for now (\"s reason\" records why); an optional step is marked not needed")
        if step.confirmation != nil {
            lines.append("  w, wait: the form is sent but its confirmation has not come yet")
        }
        if step.link != nil {
            lines.append("  p, phone: print the step's link as a QR code, to scan with your phone")
        }
        lines += [
            "  b, back: go to the previous step",
            "  n, note: type a note on the next line (\"n text\" in one go); an empty note removes it",
            "  x: your screen does not match this step; say what you see (\"x text\" in one go)",
            "  q, quit: save and stop; run optout again to resume here",
            "  ?, help: this list",
            "Progress is saved to \(safe(statePath)) after every answer.",
        ]
        return lines
    }
}
