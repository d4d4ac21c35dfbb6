#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A calendar day as people write it: `YYYY-MM-DD`, with a four-digit year.
public enum CalendarDay {
    /// The first day a form to LinkedIn can have been sent: LinkedIn went online on 2003-05-05. An
    /// earlier day is a typo in the year (`1026` for `2026`).
    public static let earliestSentDay = "2003-05-05"

    /// The day normalised to `YYYY-MM-DD` (`2026-1-5` gives `2026-01-05`), or nil when it is not a real
    /// date with a four-digit year. Whether a year is plausible is for the caller to say
    /// (`earliestSentDay`).
    public static func parse(_ text: String) -> String? {
        let parts = text.trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let y = Int(parts[0]), y >= 1, let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        guard let date = TimeText.date(year: y, month: m, day: d) else { return nil }
        return string(date)
    }

    /// The UTC day of a moment, as `YYYY-MM-DD`.
    public static func string(_ date: Date) -> String {
        String(TimeText.utc(date).prefix(10))
    }

    /// The day `days` after a `YYYY-MM-DD` day (before it, for a negative count).
    public static func adding(_ days: Int, to day: String) -> String {
        guard let date = parseDate(day) else { return day }
        return string(date.addingTimeInterval(Double(days) * 86_400))
    }

    /// Whole days from one `YYYY-MM-DD` day to another (negative when `to` comes first).
    public static func days(from: String, to: String) -> Int {
        guard let a = parseDate(from), let b = parseDate(to) else { return 0 }
        return Int(((b.timeIntervalSince1970 - a.timeIntervalSince1970) / 86_400).rounded())
    }

    /// Midnight UTC of a `YYYY-MM-DD` day, for arithmetic on days.
    public static func parseDate(_ day: String) -> Date? {
        let parts = day.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return TimeText.date(year: y, month: m, day: d)
    }
}
