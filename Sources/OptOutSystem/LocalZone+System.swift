#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore

extension CalendarDay {
    /// The member's day at a moment: the local date in the system's time zone (`TZ`, else
    /// /etc/localtime), read with `localtime_r` when asked, as `YYYY-MM-DD`.
    public static func local(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return string(date) }
        let local = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down) + Double(parts.tm_gmtoff))
        return string(local)
    }
}
