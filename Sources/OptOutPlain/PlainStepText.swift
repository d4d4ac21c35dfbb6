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
        // Translators: after a step's title when the step may be left out.
        let optional = content.optional ? " " + tr("(optional)", context: "step") : ""
        var lines = ["", "\(content.position): \(safe(content.title))\(optional)"]
        for crumb in content.breadcrumbs {
            // Continuation lines are indented, so a wrapped "> " is never taken for the prompt.
            lines += wrapped(menuPathLabel(platform: crumb.heading) + " " + crumb.lines.joined(separator: " > "), indent: "", hanging: "  ")
        }
        for paragraph in content.body { lines += wrapped(paragraph) }
        // Translators: a label before a note that applies to the member's region (the EU/EEA, the UK...).
        for note in content.regionNotes { lines += wrapped(tr("For your region:", context: "label") + " " + note) }
        for section in content.instructions {
            // Translators: a heading over the instructions for one platform; {heading} is its name ("On the
            // website"). Only the punctuation is yours (French puts a space before the colon).
            if let heading = section.heading { lines.append("  " + tr("{heading}:", ["heading": heading], context: "label")) }
            for (n, line) in section.lines.enumerated() { lines += wrapped("\(n + 1). \(line)", indent: "  ", hanging: "     ") }
        }
        if let link = content.link {
            // Translators: before a step's link; {label} names where it goes ("Link to Data privacy:").
            lines += wrapped(tr("Link to {label}:", ["label": link.label], context: "label") + " " + link.url)
        }
        // Translators: a label before what the member should see once the step is done.
        if let expected = content.expected { lines += wrapped(tr("When it is done:", context: "label") + " " + expected) }
        // Translators: a label before what the guide's sources do not confirm.
        for line in content.unverified { lines += wrapped(tr("Not verified:", context: "label") + " " + line) }
        if let choice = content.choice {
            lines += wrapped(choice.prompt)
            let chosen = state.progress.answers[choice.answerKey]
            for (n, option) in choice.options.enumerated() {
                // Translators: after the answer the member chose earlier, on a question's list of answers.
                let mark = option.id == chosen ? " " + tr("(your answer)") : ""
                lines += wrapped("\(n + 1). \(option.label)\(mark)" + (option.detail.map { ": \($0)" } ?? ""), indent: "  ", hanging: "     ")
            }
        }
        if step.objectionDraft {
            // Translators: plain mode, on the form step; {draft} and {edit} are the letters typed (t, e), which stay.
            lines += wrapped(state.progress.draft == nil
                ? tr("optout can draft the objection text for you: answer {draft}.", ["draft": "t"])
                : tr("Your objection text is saved: answer {draft} to change the choices, {edit} to edit the text.",
                     ["draft": "t", "edit": "e"]))
        }
        for fact in record.facts(in: zone) { lines += wrapped("\(fact.label) \(fact.text)", indent: "  ", hanging: "    ") }
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
        case .web?: return tr("Menu path (on the website):", context: "label")
        case .app?: return tr("Menu path (in the mobile app):", context: "label")
        // Translators: a label before the menus to open; {heading} is where (a platform's name).
        case nil: return tr("Menu path ({heading}):", ["heading": heading], context: "label")
        }
    }

    /// The answers the step takes, on lines of at most `width` columns, broken only between answers.
    static func answers(_ state: WalkthroughState, width: Int = TextWidth.page) -> [String] {
        var lines: [String] = []
        // Translators: plain mode: before the answers a prompt takes ("Answer: d done, s skip, ...").
        var line = tr("Answer:", context: "plain prompt")
        for (n, part) in answerParts(state).enumerated() {
            let piece = (n == 0 ? " " : ", ") + part
            if n > 0, (line + piece).count + 1 > width {
                lines.append(line + ",")
                line = "  " + part
            } else {
                line += piece
            }
        }
        return lines + [line]
    }

    /// An answer as the answers line names it: the letter typed, the same in every language, and what
    /// it does in the interface language ("d done", "d erledigt").
    private static func hint(_ letter: String, _ words: String) -> String { letter.isEmpty ? words : letter + " " + words }

    private static func answerParts(_ state: WalkthroughState) -> [String] {
        guard let step = state.currentStep else { return [] }
        var parts: [String] = []
        // Translators: plain mode's answers line names each answer by the letter typed and what it does, in a
        // word or two ("d done", "s skip"); the letters stay as they are.
        if let choice = step.choice {
            // Translators: {range} is the numbers to type ("1-3").
            parts.append(tr("{range} to choose", ["range": "1-\(choice.options.count)"], context: "answers line"))
            if state.progress.answers[choice.answerKey] != nil { parts.append(hint("d", tr("keep your answer", context: "answers line"))) }
        } else {
            parts.append(hint("d", step.kind == .finish ? tr("finish", context: "answers line") : tr("done", context: "answers line")))
        }
        if step.kind != .finish {
            parts.append(hint("s", step.optional ? tr("not needed", context: "answers line") : tr("skip", context: "answers line")))
        }
        if step.confirmation != nil { parts.append(hint("w", tr("waiting", context: "answers line"))) }
        if step.objectionDraft {
            parts += [hint("t", tr("draft", context: "answers line")), hint("e", tr("edit draft", context: "answers line"))]
        }
        if step.confirmation != nil {
            // Translators: the answer typed as a whole word: keep "sent" itself, it is what is typed.
            parts += [tr("sent", context: "answers line"), hint("r", tr("received", context: "answers line"))]
        }
        if step.link != nil { parts.append(hint("p", tr("QR code", context: "answers line"))) }
        parts += [
            hint("x", tr("screen differs", context: "answers line")), hint("b", tr("back", context: "answers line")),
            hint("n", tr("note", context: "answers line")), hint("q", tr("quit", context: "answers line")),
            hint("?", tr("help", context: "answers line")),
        ]
        return parts
    }

    /// Every answer a step takes, with what it does: its letter and its word in the interface language.
    static func help(for step: GuideStep, statePath: String) -> [String] {
        func keys(_ word: AnswerWord) -> String {
            ([word.english.first ?? ""] + [word.translated]).filter { !$0.isEmpty }.joined(separator: ", ")
        }
        func line(_ keys: String, _ explanation: String) -> String { "  " + keys + ": " + explanation }
        // Translators: plain mode's help: the heading over every answer a step takes.
        var lines = [tr("Answers at a step:")]
        if let choice = step.choice {
            // Translators: {range} is the numbers to type ("1-3"); an option's id is a word such as "web".
            lines.append("  " + tr("{range}, or an option's id: choose that answer and go on", ["range": "1-\(choice.options.count)"]))
        }
        if step.objectionDraft {
            lines.append(line(keys(.draft), tr("build the objection text from your choices, region, name and email")))
            lines.append(line(keys(.edit), tr("edit the text (in $VISUAL or $EDITOR when set, else on one line)")))
        }
        if step.confirmation != nil {
            lines.append(line(AnswerWord.sent.spellings.joined(separator: ", "),
                              tr("record the day you sent the form; the step then waits for the confirmation")))
            // Translators: "r reference" shows the letter r typed with the reference after it; r stays.
            lines.append(line(keys(.received), tr("the confirmation came (\"r reference\" in one go); the step is done")))
        }
        lines.append(line(keys(.done), tr("the step is done; go on")))
        // Translators: "s reason" shows the letter s typed with a reason after it; s stays.
        lines.append(line(keys(.skip), tr("skip this step for now (\"s reason\" records why); an optional step is marked not needed")))
        if step.confirmation != nil {
            lines.append(line(keys(.wait), tr("the form is sent but its confirmation has not come yet")))
        }
        if step.link != nil {
            lines.append(line(keys(.phone), tr("print the step's link as a QR code, to scan with your phone")))
        }
        lines += [
            line(keys(.back), tr("go to the previous step")),
            // Translators: "n text" shows the letter n typed with the note after it; n stays.
            line(keys(.note), tr("type a note on the next line (\"n text\" in one go); an empty note removes it")),
            // Translators: "x text" shows the letter x typed with what the member sees after it; x stays.
            line(keys(.differs), tr("your screen does not match this step; say what you see (\"x text\" in one go)")),
            line(keys(.quit), tr("save and stop; run optout again to resume here")),
            line(keys(.help), tr("this list", context: "plain help")),
            tr("Progress is saved to {path} after every answer.", ["path": safe(statePath)]),
        ]
        return lines
    }
}
