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
        let guide = try global.loadGuide()
        let store = try global.store
        let saved = try global.loadSaved(store, guide: guide)
        // The days given here are for this summary only: it reads, and keeps nothing.
        var report = ProgressReport(guide: guide, saved: saved, schedule: recheck.schedule(for: saved))
        report.guideAge = stale.age(of: guide)
        writeOut(SummaryRenderer.render(report, format: format, width: StandardOutputWidth.lineWidth))
    }
}
