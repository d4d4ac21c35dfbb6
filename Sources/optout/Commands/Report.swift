import ArgumentParser
import OptOutCore

/// `optout report`: the screens that differed from the guide, as Markdown, to send to the people
/// who keep the guide: what the member typed about screens and skips, and nothing else they typed.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a report of the screens that differed from the guide, to send to the people who keep it.",
        discussion: """
            The report (Markdown) holds optout's version, the guide's id, version and last-verified \
            date, your platform and LinkedIn language, each step you marked "screen differs" (what you \
            saw, and when) and the steps you skipped with a reason. What you typed about screens and \
            skips is in it word for word: read it before you send it. Nothing else you typed is in it \
            (not your notes, the objection text with your name and email, or the confirmation \
            reference). It ends with where to send it, as the guide names it (reportTo). Exit status 2 \
            when nothing is saved.

            Examples:
              optout report
              optout report --output optout-report.md
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Write to this file instead of standard output (- for standard output).", valueName: "file"), completion: .file())
    var output: String?

    func run() throws {
        let destination = OutputDestination(path: output, option: "--output")
        try destination.validate()
        let guide = try global.loadGuide()
        let store = try global.store
        let saved = try global.loadSaved(store, guide: guide)
        let text = CorrectionReport.markdown(guide: guide, progress: saved)
        if destination.isStandardOutput { return writeOut(text) }
        try destination.write(text, environment: global.environment)
        // Translators: {path} is the report file just written.
        writeOut(tr("Wrote {path}.", ["path": TerminalSafeText.sanitize(PathBytes.display(output ?? ""))]) + "\n")
    }
}
