#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// How old a guide is, measured from its `lastVerified` day to today, and whether it is old enough
/// that LinkedIn may have changed since: more than `staleDays` days.
public struct GuideAge: Sendable, Equatable {
    /// The default number of days after which a guide may be stale (`--stale-days`).
    public static let defaultStaleDays = 180

    /// The guide's last-verified day, as `YYYY-MM-DD`.
    public var lastVerified: String
    /// Whole days from the last-verified day to today (UTC); nil when the day cannot be read.
    public var days: Int?
    public var staleDays: Int

    public init(guide: Guide, now: Date, staleDays: Int = GuideAge.defaultStaleDays) {
        lastVerified = guide.lastVerified
        self.staleDays = staleDays
        let parts = guide.lastVerified.split(separator: "-").compactMap { Int($0) }
        if parts.count == 3, let day = TimeText.date(year: parts[0], month: parts[1], day: parts[2]) {
            days = Int((now.timeIntervalSince1970 - day.timeIntervalSince1970) / 86_400)
        }
    }

    /// True when more than `staleDays` days have passed since the guide was last verified.
    public var isStale: Bool { (days ?? 0) > staleDays }

    /// What to tell the member when the guide may be stale: how old it is, that LinkedIn may have
    /// changed, and what to do. Nil within the interval.
    public var warning: String? {
        guard isStale, let days else { return nil }
        // Translators: {day} is the day the guide's facts were last checked; {count} days have passed since. FILE
        // stands for a file the member gives: keep --guide FILE as it is.
        return trn(
            "This guide was last verified on {day}, {count} day ago, and LinkedIn may have changed its screens or rules since. Look for a newer version of optout, or run a corrected guide file with --guide FILE.",
            "This guide was last verified on {day}, {count} days ago, and LinkedIn may have changed its screens or rules since. Look for a newer version of optout, or run a corrected guide file with --guide FILE.",
            count: days, ["day": lastVerified])
    }
}
