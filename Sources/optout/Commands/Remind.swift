import ArgumentParser

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore
import OptOutSystem

/// `optout remind --ics FILE`: a calendar event for the next re-check.
struct Remind: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a calendar event (RFC 5545 .ics) for the next re-check, so no background process is needed.",
        discussion: """
            --recheck-days is kept in the progress file, so the summary and the walkthrough give the \
            same day; without it, the days kept apply (90 unless others were given).

            Examples:
              optout remind --ics optout-recheck.ics
              optout remind --ics - --recheck-days 30
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var recheck: RecheckOptions

    @Option(help: ArgumentHelp("The .ics file to write (- for standard output).", valueName: "file"), completion: .file())
    var ics: String

    func run() throws {
        let destination = OutputDestination(path: ics, option: "--ics")
        try destination.validate()
        let guide = try global.loadGuide()
        let store = try global.store
        var saved = try global.loadSaved(store, guide: guide)
        if let days = recheck.recheckDays, days != saved.recheckDays {
            // Kept in the progress file, so the summary and the walkthrough agree with the calendar:
            // under the lock, on the file as it is now.
            let lock = try global.lock(store)
            saved = try global.loadSaved(store, guide: guide)
            if saved.choose(recheckDays: days, at: Date()) { try global.save(saved, to: store) }
            lock.release()
        }
        let now = Date()
        let zone = LocalZone.system
        let standing = saved.recheckSchedule.standing(saved, guide: guide, now: now, zone: zone)
        let day: String
        // What the file holds, said once it is written: {path} is the file, {day} an ISO date.
        let wrote: (String) -> String
        switch standing {
        case .nothingToRecheck where saved.finishedAt == nil:
            throw failure(tr("There is no re-check to plan yet: finish the walkthrough first (run `optout`)."), ExitStatus.unfinished)
        case .nothingToRecheck:
            throw failure(
                tr("There is nothing to re-check: no step a re-check confirms is done (the setting turned Off, the form sent). Run `optout` to do them first."),
                ExitStatus.unfinished)
        case let .dueOn(due):
            day = due
            // Translators: {path} is the calendar file written, {day} the re-check's date (2026-02-01).
            wrote = { tr("Wrote {path}: a reminder on {day} to run `optout recheck`.", ["path": $0, "day": due]) }
        case let .dueToday(today):
            day = today
            // Translators: {path} is the calendar file written, {day} today's date (2026-02-01).
            wrote = { tr("Wrote {path}: a reminder for today, {day}: the re-check is due. Or run `optout recheck` now.", ["path": $0, "day": today]) }
        case let .overdue(since, _):
            // A reminder in the past would never ring: it is for today, and says the re-check is overdue.
            let today = zone.day(now)
            day = today
            // Translators: {path} is the calendar file written, {day} today's date, {since} the day the re-check was due.
            wrote = {
                tr("Wrote {path}: a reminder for today, {day}: the re-check is overdue (it was due {since}). Or run `optout recheck` now.",
                   ["path": $0, "day": today, "since": since])
            }
        }
        let uid = "optout-recheck-\(day.filter { $0 != "-" })-\(guide.id)@optout.invalid"
        let text = RecheckCalendar.ics(day: day, now: now, guide: guide, uid: uid)
        if destination.isStandardOutput { return writeOut(text) }
        try destination.write(text, environment: global.environment)
        writeOut(wrote(TerminalSafeText.sanitize(PathBytes.display(ics))) + "\n")
    }
}
