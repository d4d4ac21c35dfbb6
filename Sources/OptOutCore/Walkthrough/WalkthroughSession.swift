#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Drives the walkthrough for a front end: applies events with the injected clock, carries out
/// `save` and `keepSavedProgressAside` effects, and hands the other effects back. Front ends hold no
/// walkthrough logic of their own.
public final class WalkthroughSession {
    public private(set) var state: WalkthroughState
    private let saver: any ProgressSaving
    private let clock: () -> Date
    private let observer: ((WalkthroughEvent) -> Void)?
    /// The progress as last written; a save of the same progress is not written again.
    private var lastSaved: WalkthroughProgress?
    /// True when the last save failed and the file is behind the state in memory.
    public private(set) var hasUnsavedChanges = false
    /// What the member should hear about the last event's save when it did not fail: the progress reached
    /// the file, but its folder could not be flushed to disk. Nil otherwise.
    public private(set) var saveNotice: String?
    /// Where the progress was kept when the member last started over, if it was kept.
    public private(set) var lastBackupPath: String?

    /// `observer` hears every event the walkthrough accepted, in order (tests compare front ends with it).
    public init(
        state: WalkthroughState, saver: any ProgressSaving, clock: @escaping () -> Date = Date.init,
        observer: ((WalkthroughEvent) -> Void)? = nil
    ) {
        self.state = state
        self.saver = saver
        self.clock = clock
        self.observer = observer
    }

    /// The session's clock, for what a front end asks at a moment (today's date for the day a form
    /// was sent).
    public func now() -> Date { clock() }

    /// Applies an event and saves when the walkthrough asks. Returns the effects left for the front end
    /// (`showSummary`, `exit`).
    @discardableResult
    public func send(_ event: WalkthroughEvent) throws(SessionError) -> [WalkthroughEffect] {
        saveNotice = nil
        let now = clock()
        let transition: (state: WalkthroughState, effects: [WalkthroughEffect])
        do {
            transition = try Walkthrough.reduce(state, event, now: now)
        } catch {
            throw .refused(error)
        }
        // Keeping the old file comes first; if it fails, the member's progress stays as it was.
        if transition.effects.contains(.keepSavedProgressAside) {
            do {
                lastBackupPath = try saver.keepAside(at: now)
                lastSaved = nil
            } catch {
                throw .keepAsideFailed(error)
            }
        }
        state = transition.state
        observer?(event)
        var rest: [WalkthroughEffect] = []
        var saveError: ProgressStoreError?
        for effect in transition.effects {
            switch effect {
            case let .save(progress):
                do throws(ProgressStoreError) {
                    try write(progress)
                } catch {
                    saveError = error
                }
            case .keepSavedProgressAside:
                break
            case .showSummary, .exit:
                rest.append(effect)
            }
        }
        if let saveError { throw .saveFailed(saveError) }
        return rest
    }

    /// Saves the progress in memory again after a failed save. Does nothing when nothing is unsaved.
    public func retrySave() throws(ProgressStoreError) {
        guard hasUnsavedChanges else { return }
        try write(state.progress)
    }

    private func write(_ progress: WalkthroughProgress) throws(ProgressStoreError) {
        if !hasUnsavedChanges, progress == lastSaved { return }
        do throws(ProgressStoreError) {
            try saver.save(progress)
            lastSaved = progress
            hasUnsavedChanges = false
        } catch {
            // Only the folder flush failed: the file holds this progress, so it is not a failed save.
            if error.progressIsSaved {
                lastSaved = progress
                hasUnsavedChanges = false
                saveNotice = error.description
                return
            }
            hasUnsavedChanges = true
            throw error
        }
    }
}
