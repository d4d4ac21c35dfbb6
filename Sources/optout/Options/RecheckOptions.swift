import ArgumentParser
import OptOutCore

/// How often re-checks are due (`--recheck-days`). The days given are kept in the progress file by the
/// commands that write it (`start`, `recheck`, `remind`), so every due day agrees until others are
/// given; without the option, the days kept apply, else 90.
struct RecheckOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Days between re-checks (default: the days last given, which the progress file keeps; else \(RecheckSchedule.defaultDays)).",
        valueName: "days"))
    var recheckDays: Int?

    func validate() throws {
        guard let recheckDays, !WalkthroughProgress.recheckDaysAllowed.contains(recheckDays) else { return }
        let allowed = WalkthroughProgress.recheckDaysAllowed
        throw ValidationError(tr(
            "--recheck-days takes a number of days from {low} to {high}.",
            ["low": String(allowed.lowerBound), "high": String(allowed.upperBound)]))
    }

    /// When re-checks are due for `progress`: every `--recheck-days` days when given, else as the
    /// progress keeps it.
    func schedule(for progress: WalkthroughProgress?) -> RecheckSchedule {
        recheckDays.map { RecheckSchedule(intervalDays: $0) } ?? progress?.recheckSchedule ?? RecheckSchedule()
    }
}
