import ArgumentParser
import OptOutCore

/// How often re-checks are due.
struct RecheckOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Days between re-checks.", valueName: "days"))
    var recheckDays: Int = RecheckSchedule.defaultDays

    func validate() throws {
        guard (1...3650).contains(recheckDays) else {
            throw ValidationError(tr("--recheck-days takes a number of days from 1 to 3650."))
        }
    }

    var schedule: RecheckSchedule { RecheckSchedule(intervalDays: recheckDays) }
}
