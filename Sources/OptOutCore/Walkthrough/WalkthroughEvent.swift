/// Something the member does. Front ends turn keys and typed answers into these.
public enum WalkthroughEvent: Equatable, Sendable {
    /// Resume the saved progress (from `offeringResume`).
    case resume
    /// Throw the saved progress away and begin again (from `offeringResume`).
    case startOver
    /// The current step is done.
    case markDone
    /// Answer the current choice step with an option id; the step is then done.
    case choose(String)
    /// Put the current step off (a required step) or leave it out (an optional one), with an optional reason.
    case skip(reason: String?)
    /// The current step is waiting for something, e.g. a confirmation email.
    case markWaiting
    /// Set the current step's note; nil or blank text removes it.
    case setNote(String?)
    /// Go to the previous step.
    case back
    /// Save the member's objection draft (on a step that offers one).
    case setDraft(ObjectionDraft)
    /// The member sent the form on this day (`YYYY-MM-DD`), with the reference if they have one; the step then waits.
    case recordSent(on: String, reference: String?)
    /// The confirmation came (with its reference, if not given before); the step is done. `sentOn`
    /// records the day the form was sent when none was recorded before.
    case confirmReceived(reference: String?, sentOn: String? = nil)
    /// The member's screen does not match the step; `text` says what they see (blank removes the mark).
    case reportScreenDiffers(String)
    /// A re-check's answers (`optout recheck`, from `offeringResume` or `finished`): recorded, and steps
    /// whose answer was no are reopened where the guide says so.
    case recordRecheck([RecheckAnswer])
    /// The member was shown what changed in the guide since the progress was saved, with the summary of
    /// a complete checklist (at `finished`); the progress, reconciled with the guide, is saved so the
    /// notice is not repeated.
    case guideChangesShown
    /// Keep what the member had typed into a form that was open when optout was stopped (on the current
    /// step), without recording anything as done.
    case keepUnfinished(UnfinishedForm)
    /// Forget a kept unfinished form of the current step (the member discarded it).
    case discardUnfinished
    /// Save and stop (from `offeringResume` or a step); the walkthrough can be resumed later.
    case quit
}

extension WalkthroughEvent {
    /// A short name for messages ("{event} does not apply to this step."), in the interface language.
    public var name: String {
        // Translators: the names of what a member does, used in messages such as "{event} does not apply to this step."
        switch self {
        case .resume: tr("Resume", context: "event")
        case .startOver: tr("Start over", context: "event")
        case .markDone: tr("Done", context: "event")
        case .choose: tr("Choose", context: "event")
        case .skip: tr("Skip", context: "event")
        case .markWaiting: tr("Waiting", context: "event")
        case .setNote: tr("Note", context: "event")
        case .back: tr("Back", context: "event")
        case .quit: tr("Quit", context: "event")
        case .setDraft: tr("Draft", context: "event")
        case .recordSent: tr("Sent", context: "event")
        case .confirmReceived: tr("Received", context: "event")
        case .reportScreenDiffers: tr("Screen differs", context: "event")
        case .recordRecheck: tr("Re-check", context: "event")
        case .guideChangesShown: tr("Guide changes shown", context: "event")
        case .keepUnfinished: tr("Keep unfinished", context: "event")
        case .discardUnfinished: tr("Discard unfinished", context: "event")
        }
    }
}
