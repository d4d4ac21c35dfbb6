#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Writes an RFC 5545 calendar with one event: the next re-check. Lines end in CRLF and are folded at
/// 75 octets.
public enum RecheckCalendar {
    /// An all-day event on `day` (`YYYY-MM-DD`, the member's local day the re-check is due, as `optout
    /// summary` gives it), with an alarm at 09:00 of that day in the member's own time, wherever their
    /// calendar is: all-day dates and the alarm's offset from them float with the calendar's time zone.
    /// The event's words are in the interface language (the file's own keys stay as RFC 5545 has them).
    public static func ics(day dayText: String, now: Date, guide: Guide, uid: String) -> String {
        let day = CalendarDay.parseDate(dayText) ?? now
        let description = [
            // Translators: the description of the calendar event that reminds of the re-check.
            tr("Check that your LinkedIn AI-training opt-out still holds."),
            // Translators: in the calendar event: optout recheck is a command, keep it as it is.
            tr("Run: optout recheck"),
        ] + guide.steps.compactMap { step in step.recheck.map { _ in step.link.map { "\(step.title): \($0.url)" } } ?? nil }
        let lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//optout//optout \(OptOutVersion.current)//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:\(uid)",
            "DTSTAMP:\(TimeText.compact(now))",
            "DTSTART;VALUE=DATE:\(TimeText.compactDay(day))",
            "DTEND;VALUE=DATE:\(TimeText.compactDay(day.addingTimeInterval(86_400)))",
            "TRANSP:TRANSPARENT",
            // Translators: the calendar event's title; optout recheck is a command, keep it as it is.
            "SUMMARY:\(escape(tr("Re-check your LinkedIn AI-training opt-out (optout recheck)")))",
            "DESCRIPTION:\(escape(description.joined(separator: "\n")))",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            // Translators: the calendar alarm's text.
            "DESCRIPTION:\(escape(tr("Re-check your LinkedIn AI-training opt-out")))",
            "TRIGGER:PT9H",
            "END:VALARM",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        return lines.map(fold).joined()
    }

    /// TEXT value escaping: backslash, semicolon, comma and newline; other control characters dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default:
                if !TerminalSafeText.needsReplacing(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Folds a content line into chunks of at most 75 octets, never splitting a UTF-8 character, each
    /// ending in CRLF; continuation lines start with a space.
    static func fold(_ line: String) -> String {
        var out = ""
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            if octets + size > 75 {
                out += current + "\r\n"
                current = " "
                octets = 1
            }
            current.append(character)
            octets += size
        }
        return out + current + "\r\n"
    }
}
