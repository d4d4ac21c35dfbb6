import ArgumentParser
import OptOutCore

extension SummaryFormat: ExpressibleByArgument {}

/// `optout summary`: the completion summary, in text, Markdown or JSON.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the completion summary: every step with its status, time and note, what is left, and what to keep in mind.",
        discussion: """
            Examples:
              optout summary
              optout summary --format markdown > optout-summary.md
              optout summary --format json
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "text, markdown or json.")
    var format: SummaryFormat = .text

    @OptionGroup var recheck: RecheckOptions
    @OptionGroup var stale: StaleOptions

    func run() throws {
        // JSON's values stay as written, whatever the language.
        let written = try global.loadGuideAsWritten()
        let guide = format == .json ? written : written.localized()
        let store = try global.store
        let saved = try global.loadSaved(store, guide: guide)
        var report = ProgressReport(guide: guide, saved: saved, schedule: recheck.schedule)
        report.guideAge = stale.age(of: guide)
        writeOut(SummaryRenderer.render(report, format: format))
    }
}
