import ArgumentParser

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore
import OptOutSystem
import OptOutHTML

/// What `summary --format` takes: the core's text, Markdown and JSON, and the HTML receipt.
enum SummaryPrintFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, json, html
}

/// `optout summary`: the completion summary, in text, Markdown, JSON or HTML.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the completion summary: every step with its status, time and note, what is left, and what to keep in mind.",
        discussion: """
            Examples:
              optout summary
              optout summary --format markdown > optout-summary.md
              optout summary --format json
              optout summary --format html --output optout-receipt.html
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "text, markdown, json or html (a page to print and keep).")
    var format: SummaryPrintFormat = .text

    @Option(help: ArgumentHelp("Write to this file instead of standard output (- for standard output).", valueName: "file"))
    var output: String?

    @OptionGroup var recheck: RecheckOptions
    @OptionGroup var stale: StaleOptions

    func run() throws {
        let destination = OutputDestination(path: output, option: "--output")
        try destination.validate()
        // JSON's values stay as written, whatever the language.
        let written = try global.loadGuideAsWritten()
        let guide = format == .json ? written : written.localized()
        let store = try global.store
        let saved = try global.loadSaved(store, guide: guide)
        // The days given here are for this summary only: it reads, and keeps nothing.
        var report = ProgressReport(guide: guide, saved: saved, schedule: recheck.schedule(for: saved), zone: .system, now: Date())
        report.guideAge = stale.age(of: guide)
        let text = switch format {
        case .text:
            SummaryRenderer.render(report, format: .text, width: destination.isStandardOutput ? StandardOutputWidth.lineWidth : TextWidth.page)
        case .markdown: SummaryRenderer.render(report, format: .markdown)
        case .json: SummaryRenderer.render(report, format: .json)
        case .html: SummaryReceipt.render(report)
        }
        if destination.isStandardOutput { return writeOut(text) }
        try destination.write(text, environment: global.environment)
    }
}
