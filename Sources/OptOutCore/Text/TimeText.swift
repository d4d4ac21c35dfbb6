#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Times as people read them in reports: `2026-11-29 17:30 UTC`. Plain arithmetic on the proleptic
/// Gregorian calendar in UTC, so no calendar or time-zone data has to be loaded.
public enum TimeText {
    /// Year, month, day, hour, minute and second of a moment, in UTC.
    public struct Parts: Equatable, Sendable {
        public var year, month, day, hour, minute, second: Int
    }

    public static func parts(_ date: Date) -> Parts {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return Parts(
            year: year, month: month, day: day, hour: secondOfDay / 3600, minute: secondOfDay % 3600 / 60,
            second: secondOfDay % 60)
    }

    /// The moment a UTC civil date and time stand for; nil when the date does not exist.
    public static func date(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) -> Date? {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        let date = Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3600 + minute * 60 + second))
        let check = parts(date)
        return check.year == year && check.month == month && check.day == day ? date : nil
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// A year with at least four digits (`0999`), as ISO 8601 writes it.
    static func four(_ year: Int) -> String {
        let digits = String(abs(year))
        return (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    public static func utc(_ date: Date) -> String {
        let p = parts(date)
        return "\(four(p.year))-\(two(p.month))-\(two(p.day)) \(two(p.hour)):\(two(p.minute)) UTC"
    }

    /// `20261129T173000Z`: the basic ISO-8601 form of iCalendar times and backup file names.
    public static func compact(_ date: Date) -> String {
        let p = parts(date)
        return "\(four(p.year))\(two(p.month))\(two(p.day))T\(two(p.hour))\(two(p.minute))\(two(p.second))Z"
    }

    /// `20261129`: an iCalendar DATE value.
    public static func compactDay(_ date: Date) -> String {
        let p = parts(date)
        return "\(four(p.year))\(two(p.month))\(two(p.day))"
    }
}

/// The member's time zone: how far their local time is from UTC at each moment (the zone's rules,
/// summer time included). The system target reads it from the system (`TZ`, else /etc/localtime); tests
/// give a fixed one. Receipts show local times with their offset, and the days a member reads (the day
/// a form was sent, when a re-check is due) are local days.
public struct LocalZone: Sendable {
    private let offsetAt: @Sendable (Date) -> Int

    /// `offsetAt` gives the seconds east of UTC at a moment.
    public init(offsetAt: @escaping @Sendable (Date) -> Int) {
        self.offsetAt = offsetAt
    }

    /// UTC itself.
    public static let utc = LocalZone { _ in 0 }

    /// A zone always this many seconds east of UTC.
    public static func fixed(seconds: Int) -> LocalZone { LocalZone { _ in seconds } }

    /// Seconds east of UTC at a moment.
    public func offset(at date: Date) -> Int { offsetAt(date) }

    /// The local day of a moment, as `YYYY-MM-DD`.
    public func day(_ date: Date) -> String {
        CalendarDay.string(date.addingTimeInterval(Double(offset(at: date))))
    }

    /// A moment in local time with its offset: `2026-12-07 22:09 UTC+01:00`, or `2026-12-07 21:09 UTC`
    /// where local time is UTC.
    public func time(_ date: Date) -> String {
        let offset = offset(at: date)
        let p = TimeText.parts(date.addingTimeInterval(Double(offset)))
        let clock = "\(TimeText.four(p.year))-\(TimeText.two(p.month))-\(TimeText.two(p.day)) \(TimeText.two(p.hour)):\(TimeText.two(p.minute))"
        guard offset != 0 else { return clock + " UTC" }
        let minutes = abs(offset) / 60
        return clock + " UTC\(offset < 0 ? "-" : "+")\(TimeText.two(minutes / 60)):\(TimeText.two(minutes % 60))"
    }
}
