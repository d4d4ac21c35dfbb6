import ArgumentParser

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore

/// When the guide counts as possibly stale (`--stale-days`).
struct StaleOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Say the guide may be out of date when it was last verified more than this many days ago.", valueName: "days"))
    var staleDays: Int = GuideAge.defaultStaleDays

    func validate() throws {
        guard (0...36_500).contains(staleDays) else {
            throw ValidationError(tr("--stale-days takes a number of days from 0 to 36500."))
        }
    }

    func age(of guide: Guide) -> GuideAge { GuideAge(guide: guide, now: Date(), staleDays: staleDays) }
}
