import ArgumentParser

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore
import OptOutSystem

/// `optout status`: how far the walkthrough is, in one line or as JSON; the exit status says it too.
struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how far the walkthrough is, in one line or as JSON.",
        discussion: """
            Exit status: 0 complete, 1 unfinished, 2 nothing saved yet, 3 the file cannot be read (or no \
            file can be at that path). Needs no lock: works while \
            a walkthrough runs. When the guide was last verified more than --stale-days ago, the line \
            says so, and the JSON has guideStale true (guideLastVerified is always there).

            Examples:
              optout status
              optout status --json | jq .current
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON: complete, done, total, current, steps (id, title, status, updatedAt, note), guideStale, linkedInLanguage and more.")
    var json = false

    @OptionGroup var stale: StaleOptions
    @OptionGroup var recheck: RecheckOptions

    func run() throws {
        // JSON's values stay as written, whatever the language.
        let written = try global.loadGuideAsWritten()
        let guide = json ? written : written.localized()
        let store = try global.store
        let shownPath = PathBytes.display(store.path)
        guard let saved = try global.load(store, guide: guide) else {
            try global.settings.checkPlace(of: store)
            if json {
                let now = Date()
                var report = ProgressReport(guide: guide, saved: WalkthroughProgress(fresh: guide, at: now), zone: .system, now: now)
                report.guideAge = stale.age(of: guide)
                writeOut(StatusRenderer.json(report, stateFile: shownPath, saved: false))
            } else {
                writeOut(TerminalSafeText.sanitize(GlobalSettings.nothingSaved(at: shownPath)) + "\n")
            }
            throw ExitCode(ExitStatus.nothingSaved)
        }
        var report = ProgressReport(guide: guide, saved: saved, schedule: recheck.schedule(for: saved), zone: .system, now: Date())
        report.guideAge = stale.age(of: guide)
        writeOut(json ? StatusRenderer.json(report, stateFile: shownPath, saved: true) : StatusRenderer.line(report) + "\n")
        throw ExitCode(report.isComplete ? ExitStatus.ok : ExitStatus.unfinished)
    }
}
