import ArgumentParser
import OptOutCore

/// `optout draft`: the objection text for the Data Processing Objection Form.
struct Draft: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the objection text for the Data Processing Objection Form, ready to copy.",
        discussion: """
            The text is built from your answers in the walkthrough (region, the uses you object to, your \
            name and email if you gave them) or is your own edit of it. Until you choose the uses, it \
            objects to all of them, training AI that creates content included unless the walkthrough \
            records the setting as turned off; without saved progress it has placeholders. It is a \
            template to adapt, not legal advice: replace what is in [brackets], such as your particular \
            situation for an objection under Article 21 GDPR.

            Examples:
              optout draft
              optout draft --output objection.txt
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Write to this file (mode 0600 when new) instead of standard output (- for standard output).", valueName: "file"), completion: .file())
    var output: String?

    func run() throws {
        let destination = OutputDestination(path: output, option: "--output")
        try destination.validate()
        let guide = try global.loadGuide()
        // Without a place for progress (no HOME), nothing is saved: the general draft.
        let saved = try global.optionalStore.flatMap { try global.load($0, guide: guide) }
        var text = ObjectionDraft.current(in: saved).text(region: saved?.region)
        // A text edited on one line has no final line break; the output ends with one all the same.
        if !text.hasSuffix("\n") { text += "\n" }
        if destination.isStandardOutput { return writeOut(TerminalSafeText.sanitize(text, keepNewlines: true)) }
        try destination.write(text, environment: global.environment)
    }
}
