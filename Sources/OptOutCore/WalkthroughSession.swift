#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Something that keeps progress: the progress file, or a test double.
public protocol ProgressSaving {
    func save(_ progress: WalkthroughProgress) throws(ProgressStoreError)
}

extension ProgressStore: ProgressSaving {}

/// Why a session could not carry out an event.
public enum SessionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The walkthrough refused the event; nothing changed.
    case refused(WalkthroughError)
    /// The event was applied but saving failed; the progress is kept in memory and saved again on the next event.
    case saveFailed(ProgressStoreError)

    public var description: String {
        switch self {
        case let .refused(error): error.description
        case let .saveFailed(error): "\(error) Your progress is kept in memory; the next step tries to save again, or quit and check the file."
        }
    }
}

/// Drives the walkthrough for a front end: applies events with the injected clock, carries out
/// `save` effects, and hands the other effects back. Front ends hold no walkthrough logic of their own.
public final class WalkthroughSession {
    public private(set) var state: WalkthroughState
    private let saver: any ProgressSaving
    private let clock: () -> Date
    /// True when the last save failed and the file is behind the state in memory.
    public private(set) var hasUnsavedChanges = false

    public init(state: WalkthroughState, saver: any ProgressSaving, clock: @escaping () -> Date = Date.init) {
        self.state = state
        self.saver = saver
        self.clock = clock
    }

    /// Applies an event and saves when the walkthrough asks. Returns the effects left for the front end
    /// (`showSummary`, `exit`).
    @discardableResult
    public func send(_ event: WalkthroughEvent) throws(SessionError) -> [WalkthroughEffect] {
        let transition: (state: WalkthroughState, effects: [WalkthroughEffect])
        do {
            transition = try Walkthrough.reduce(state, event, now: clock())
        } catch {
            throw .refused(error)
        }
        state = transition.state
        var rest: [WalkthroughEffect] = []
        var saveError: ProgressStoreError?
        for effect in transition.effects {
            if case let .save(progress) = effect {
                do {
                    try saver.save(progress)
                    hasUnsavedChanges = false
                } catch {
                    hasUnsavedChanges = true
                    saveError = error
                }
            } else {
                rest.append(effect)
            }
        }
        if let saveError { throw .saveFailed(saveError) }
        return rest
    }
}
