#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Something that keeps progress: the progress file (in the system target), or a test double.
public protocol ProgressSaving {
    func save(_ progress: WalkthroughProgress) throws(ProgressStoreError)
    /// Keeps what is saved now as a dated backup beside it (before starting over); returns the
    /// backup's path, or nil when nothing was saved to keep.
    func keepAside(at now: Date) throws(ProgressStoreError) -> String?
}

extension ProgressSaving {
    /// A keeper with no file of its own (a test double) has nothing to keep aside.
    public func keepAside(at now: Date) throws(ProgressStoreError) -> String? { nil }
}

/// Why a session could not carry out an event.
public enum SessionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The walkthrough refused the event; nothing changed.
    case refused(WalkthroughError)
    /// The saved progress could not be kept aside before starting over; nothing changed.
    case keepAsideFailed(ProgressStoreError)

    public var description: String {
        switch self {
        case let .refused(error): error.description
        case let .keepAsideFailed(error): Messages.startOverRefused(error)
        }
    }
}

/// What the member should hear after an event: the save's trouble when it failed, or that the file
/// could not be flushed, or else the confirmation the front end asked for. "Saved" is never said of a
/// change that did not reach the file.
public struct SessionReply: Equatable, Sendable {
    /// The effects the front end carries out (`showSummary`, `exit`).
    public var effects: [WalkthroughEffect]
    /// The sentence to show, if any.
    public var message: String?
    /// True when `message` tells of a problem (the save failed, or was not flushed).
    public var isProblem: Bool
}

/// Drives the walkthrough for every front end (the full screen, plain mode, `optout recheck`): applies
/// events with the injected clock, carries out `save` and `keepSavedProgressAside` effects, and owns
/// the save policy, once: a failed save keeps the change in memory and each later change tries again;
/// the end of a run tries a failed save once more and says plainly whether the last change was saved;
/// what was typed into an open form is kept, never dropped; and the exit status follows from all that
/// (`RunEnd`). Front ends only show what it says.
public final class WalkthroughSession {
    public private(set) var state: WalkthroughState
    private let saver: any ProgressSaving
    private let clock: () -> Date
    /// The member's time zone: their day (for "today" in forms) and the times they read.
    public let zone: LocalZone
    /// Which front end shows this session, for the words that name its keys.
    public let frontEnd: FrontEndKind
    private let observer: ((WalkthroughEvent) -> Void)?
    /// The progress as last written; a save of the same progress is not written again.
    private var lastSaved: WalkthroughProgress?
    /// Why the last save failed, while the file is behind the state in memory; nil otherwise.
    public private(set) var unsaved: ProgressStoreError?
    /// Where the progress was kept when the member last started over, if it was kept.
    public private(set) var lastBackupPath: String?

    /// True while the progress in memory is ahead of the file (the last save failed).
    public var hasUnsavedChanges: Bool { unsaved != nil }

    /// `observer` hears every event the walkthrough accepted, in order (tests compare front ends with it).
    public init(
        state: WalkthroughState, saver: any ProgressSaving, clock: @escaping () -> Date, zone: LocalZone,
        frontEnd: FrontEndKind, observer: ((WalkthroughEvent) -> Void)? = nil
    ) {
        self.state = state
        self.saver = saver
        self.clock = clock
        self.zone = zone
        self.frontEnd = frontEnd
        self.observer = observer
    }

    /// The session's clock.
    public func now() -> Date { clock() }

    /// The member's local day now, as `YYYY-MM-DD` (the day a form sent "today" was sent).
    public var today: String { zone.day(clock()) }

    // MARK: Events

    /// Applies an event and saves when the walkthrough asks. A failed save is not an error here: the
    /// change stays in memory (`unsaved`) and the reply says so, in place of `confirmation`. Throws
    /// only when the event was refused, or the old file could not be kept aside; nothing changed then.
    @discardableResult
    public func send(_ event: WalkthroughEvent, confirmation: String? = nil) throws(SessionError) -> SessionReply {
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
        var outcome = SaveOutcome.saved
        for effect in transition.effects {
            switch effect {
            case let .save(progress): outcome = write(progress)
            case .keepSavedProgressAside: break
            case .showSummary, .exit: rest.append(effect)
            }
        }
        switch outcome {
        case .saved:
            return SessionReply(effects: rest, message: confirmation, isProblem: false)
        case let .savedNotFlushed(error):
            return SessionReply(effects: rest, message: error.description, isProblem: true)
        case let .failed(error):
            return SessionReply(effects: rest, message: Messages.saveFailed(error, in: frontEnd), isProblem: true)
        }
    }

    /// Saves the progress as it is in memory (when it differs from what was last saved); the reply says
    /// when that failed or was not flushed.
    @discardableResult
    public func save() -> SessionReply {
        switch write(state.progress) {
        case .saved: SessionReply(effects: [], message: nil, isProblem: false)
        case let .savedNotFlushed(error): SessionReply(effects: [], message: error.description, isProblem: true)
        case let .failed(error): SessionReply(effects: [], message: Messages.saveFailed(error, in: frontEnd), isProblem: true)
        }
    }

    /// Saves the progress in memory again after a failed save. True when the file now holds it (or
    /// nothing was unsaved).
    @discardableResult
    public func retrySave() -> Bool {
        guard unsaved != nil else { return true }
        if case .failed = write(state.progress) { return false }
        return true
    }

    private enum SaveOutcome {
        case saved
        case savedNotFlushed(ProgressStoreError)
        case failed(ProgressStoreError)
    }

    private func write(_ progress: WalkthroughProgress) -> SaveOutcome {
        if unsaved == nil, progress == lastSaved { return .saved }
        do throws(ProgressStoreError) {
            try saver.save(progress)
            lastSaved = progress
            unsaved = nil
            return .saved
        } catch {
            // Only the folder flush failed: the file holds this progress, so it is not a failed save.
            if error.progressIsSaved {
                lastSaved = progress
                unsaved = nil
                return .savedNotFlushed(error)
            }
            unsaved = error
            return .failed(error)
        }
    }

    /// Finished progress opened again, after its summary was shown: records that the guide's changes
    /// were seen (so the notice is not repeated), trying a failed save once more. The run has nothing
    /// else to save, so a save that still fails ends it as not saved (exit 3), with a sentence saying
    /// what it means; nil is complete.
    public func acknowledgeGuideChangesOnFinishedProgress() -> (outcome: RunOutcome, message: String?) {
        guard (try? send(.guideChangesShown)) != nil else { return (.complete, nil) }
        guard let error = unsaved, !retrySave() else { return (.complete, nil) }
        // Translators: {reason} says why the progress file could not be written.
        return (.notSaved, tr("NOT saved: that you have seen what changed in the guide ({reason}); the notice will be shown again next time. Your checklist itself is as it was.",
                              ["reason": (unsaved ?? error).shortReason]))
    }

    // MARK: The end of a run

    /// Ends the run for `cause`. Whatever was typed into an open form (`open`) is recorded first (a
    /// note as it stands, anything else as an unfinished form); the progress is saved, a failed save is
    /// tried once more, and the member is told what became of it, with the summary when the end was
    /// reached. Returns nil only for `.quit` while saving still fails: the run goes on, and
    /// `stillUnsavedMessage` says what the member can do.
    public func end(_ cause: RunEndCause, context: RunContext, open: OpenForm? = nil) -> RunEnd? {
        var kept: WalkthroughEvent?
        if let open, case .onStep = state.phase, let event = open.form.keeping(open.typed, at: clock()) {
            kept = (try? send(event)) == nil ? nil : event
        }
        var notices: [RunEndLine] = []
        switch cause {
        case .reachedEnd:
            guard retrySave() else { return notSaved() }
            let report = context.report(state.progress, guide: state.guide)
            var lines: [RunEndLine] = [.summary(report), .blank]
            lines.append(.sentence(report.isComplete ? Messages.allDone : Messages.endReachedWithStepsLeft))
            if let hint = CorrectionReport.hint(guide: state.guide, progress: state.progress) { lines.append(.sentence(hint)) }
            return RunEnd(outcome: report.isComplete ? .complete : .unfinished, lines: lines)
        case .recorded:
            guard retrySave() else { return notSaved() }
            return RunEnd(outcome: state.progress.isComplete ? .complete : .unfinished, lines: [])
        case .quit, .inputEnded, .signal:
            if case .onStep = state.phase, let reply = try? send(.quit), reply.isProblem, !hasUnsavedChanges,
                let notice = reply.message
            {
                notices.append(.sentence(notice))  // saved, but not flushed
            }
            guard retrySave() else { return cause == .quit ? nil : notSaved() }
            if let kept { notices.append(.sentence(Messages.keptWhatWasTyped(kept))) }
            let outcome: RunOutcome = if case let .signal(number) = cause {
                .interrupted(signal: number)
            } else {
                state.progress.isComplete ? .complete : .unfinished
            }
            return RunEnd(outcome: outcome, lines: notices + [.sentence(Messages.progressSaved(to: context.statePath))])
        }
    }

    /// What `q` says while saving still fails: the run goes on.
    public var stillUnsavedMessage: String? {
        unsaved.map { Messages.stillNotSaved($0, in: frontEnd) }
    }

    /// The end of a run whose last change could not be saved, even on a second try.
    private func notSaved() -> RunEnd {
        // Translators: the reason a save failed, when none is known.
        let error = unsaved ?? .io(path: "", action: .saveProgressTo, reason: tr("unknown", context: "reason"))
        return RunEnd(outcome: .notSaved, lines: [.sentence(Messages.lastChangeNotSaved(error))])
    }
}

/// A form that was open when the run ended, with what the member had typed or ticked at its question.
public struct OpenForm: Equatable, Sendable {
    public var form: StepForm
    public var typed: FormAnswer

    public init(form: StepForm, typed: FormAnswer) {
        self.form = form
        self.typed = typed
    }
}
