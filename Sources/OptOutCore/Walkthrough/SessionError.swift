/// Why a session could not carry out an event.
public enum SessionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The walkthrough refused the event; nothing changed.
    case refused(WalkthroughError)
    /// The event was applied but saving failed; the progress is kept in memory and saved again on the next event.
    case saveFailed(ProgressStoreError)
    /// The saved progress could not be kept aside before starting over; nothing changed.
    case keepAsideFailed(ProgressStoreError)

    public var description: String {
        switch self {
        case let .refused(error): error.description
        case let .saveFailed(error): Messages.saveFailed(error, in: nil)
        case let .keepAsideFailed(error): Messages.startOverRefused(error)
        }
    }
}
