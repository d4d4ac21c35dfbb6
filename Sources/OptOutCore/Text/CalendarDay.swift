#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A calendar day as people write it: `YYYY-MM-DD`, with a four-digit year.
public enum CalendarDay {
    /// The day normalised to `YYYY-MM-DD` (`2026-1-5` gives `2026-01-05`), or nil when it is not a real
    /// date with a four-digit year from 1000 (`0226` is a typo, not a year).
    public static func parse(_ text: String) -> String? {
        let parts = text.trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let y = Int(parts[0]), y >= 1000, let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        guard let date = TimeText.date(year: y, month: m, day: d) else { return nil }
        return string(date)
    }

    /// The UTC day of a moment, as `YYYY-MM-DD`.
    public static func string(_ date: Date) -> String {
        String(TimeText.utc(date).prefix(10))
    }
}
