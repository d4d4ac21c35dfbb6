import ArgumentParser

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore
import OptOutPlain
import OptOutSystem

/// `optout recheck`: the verification questions again, later, recorded as one re-check.
struct Recheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check again, later, that the opt-out still holds: is the setting still Off? Did the confirmation come?",
        discussion: """
            Asks only the verification questions and records the answers. A setting found On again is \
            marked to do, and `optout` takes you back to it.

            Examples:
              optout recheck
              printf 'y\\ny\\n' | optout recheck
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var recheck: RecheckOptions

    func run() throws {
        let guide = try global.loadGuide()
        let store = try global.store
        // Nothing saved: nothing to lock, and no folder or lock file to create.
        _ = try global.loadSaved(store, guide: guide)
        let lock = try global.lock(store)
        var saved = try global.loadSaved(store, guide: guide)
        let now = Date()
        // Re-check days given on the command line are kept at once, also when no question is answered.
        if let days = recheck.recheckDays, saved.choose(recheckDays: days, at: now) { try global.save(saved, to: store) }
        // The questions name LinkedIn's labels in the member's language.
        let shown = guide.resolvingLabels(for: saved.linkedInLanguage)
        let session = WalkthroughSession(
            state: .begin(guide: shown, saved: saved, now: now), saver: store, clock: Date.init, zone: .system, frontEnd: .plain)
        let context = RunContext(
            statePath: PathBytes.display(store.path), schedule: saved.recheckSchedule, startedAt: now, zone: .system,
            lineWidth: { StandardOutputWidth.lineWidth })
        TerminalSignals.install()
        let outcome = PlainRecheck(session: session, input: StandardInputLines(), context: context, write: writeOut).run()
        TerminalSignals.restore()
        lock.release()
        if outcome != RunOutcome.complete { throw ExitCode(outcome.exitStatus) }
    }
}
