#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore

extension LocalZone {
    /// The system's time zone (`TZ`, else /etc/localtime), read with `localtime_r` at each moment asked
    /// about, so summer time is right for each date.
    public static let system = LocalZone { date in
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return 0 }
        return Int(parts.tm_gmtoff)
    }
}
