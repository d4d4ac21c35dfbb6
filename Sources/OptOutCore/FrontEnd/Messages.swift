/// The sentences both front ends say, in one place, so the plain mode and the full screen say the
/// same thing. Text from the member or a guide file in them still has to be made terminal-safe by
/// whoever prints it.
public enum Messages {
    // MARK: Resuming

    /// "You have an unfinished checklist: 4 of 11 steps done; 7 left. Next is step 5, …"
    public static func resumeOffer(_ report: ProgressReport) -> String {
        var line = "You have an unfinished checklist: \(SummaryRenderer.counts(report))."
        if let id = report.currentStepId, let step = report.steps.first(where: { $0.id == id }) {
            line += " Next is step \(step.number), " + Words.endingSentence(step.title)
        }
        return line
    }

    /// The choices at the resume offer, in order; the first is what Enter does.
    public static var resumeChoices: [(label: String, choice: ResumeChoice)] {
        [
            (tr("Resume where you stopped"), .resume),
            (tr("Start over (asks first; your progress file is kept as a dated backup)"), .startOver),
            // Translators: the third choice at the offer to resume: leave optout.
            (tr("Quit", context: "resume offer"), .quit),
        ]
    }

    /// Where starting over from the resume offer kept the old progress, as `start --start-over` says it.
    public static func startedOver(backup: String?) -> String {
        guard let backup else { return "Starting over." }
        return "Starting over. Your earlier progress file is kept as \(backup)."
    }

    /// The member did not confirm starting over.
    public static let startOverCancelled = "Nothing was changed: your progress is as it was."

    /// Starting over was refused because the old file could not be kept.
    public static func startOverRefused(_ error: ProgressStoreError) -> String {
        "\(error) Nothing was changed: your progress is as it was, and starting over needs the old file kept first."
    }

    /// A form was asked for where it does not apply.
    public static let formDoesNotApply = "That does not apply to this step."

    // MARK: The end

    /// After the summary, when every step is resolved; it ends with `helpSomeoneElse`.
    public static let allDone = "All done. This summary is also available later with `optout summary`. " + helpSomeoneElse

    /// Where a member who is done finds the handout for someone else (said once, at the end).
    public static let helpSomeoneElse = "To help someone else, `optout guide --format html` makes a page to print or "
        + "send, with each step and a QR code for each link."

    /// After the summary, when the end was reached with steps left.
    public static let endReachedWithStepsLeft = "You reached the end with steps left; run `optout` again to go back to them."

    /// After quitting with the progress saved.
    public static func progressSaved(to path: String) -> String {
        "Progress saved to \(path). Run `optout` to resume."
    }

    /// When standard input ends (plain mode) or the terminal goes away (full screen).
    public static let inputEnded = "Input ended."

    // MARK: Notes and marks

    public static let noteSaved = "Note saved."
    public static let noteRemoved = "Note removed."
    public static let markRemoved = "Mark removed."

    /// After the member says their screen differs.
    public static func screenDiffersNoted(guideVersion: String) -> String {
        "Noted. The summary lists it with the guide's version (\(guideVersion)), so you can report it. "
            + "Carry on as best you can."
    }

    // MARK: The objection text

    public static let draftSaved = "Objection text saved; it is shown on this step."
    public static let draftUnchanged = "The objection text is unchanged."
    public static let editorFailed = "The editor did not finish cleanly; the objection text is unchanged."
    public static let editorLeftItEmpty = "The edited text was empty; the objection text is unchanged."

    // MARK: Saving

    /// A save failed and the run goes on: short enough for the full screen's message lines, and saying
    /// what is kept and what `q` and Ctrl-C do (the file is named on the help screen and in plain mode).
    public static func saveFailed(_ error: ProgressStoreError, in frontEnd: FrontEndKind) -> String {
        let reason = frontEnd == .plain ? error.description : error.shortReason + "."
        return "NOT saved: \(reason) Your change is kept in memory, and each change tries again; "
            + "q quits once it saves. Ctrl-C tries once more, then quits."
    }

    /// `q` while saving still fails: the run goes on.
    public static func stillNotSaved(_ error: ProgressStoreError, in frontEnd: FrontEndKind) -> String {
        let reason = frontEnd == .plain ? error.description : error.shortReason + "."
        return "Still NOT saved: \(reason) Fix it (free some space, or check the folder's permissions), then press q "
            + "again; Ctrl-C tries once more, then quits without it."
    }

    /// When a run ended with a form open: what was kept of what the member typed.
    public static func keptWhatWasTyped(_ event: WalkthroughEvent) -> String {
        switch event {
        case .setNote: "Your note is saved as you typed it."
        case .reportScreenDiffers: "What you typed about your screen is saved."
        case let .keepUnfinished(form):
            "What you were typing is kept, not yet recorded (\(form.words)); open the same form on that step to finish it."
        default: "What you were typing is kept."
        }
    }

    /// optout ends while the last change could not be saved, even after trying again.
    public static func lastChangeNotSaved(_ error: ProgressStoreError) -> String {
        "\(error) Tried again, and failed again: your last change was NOT saved. The progress file still "
            + "holds what was saved before it; fix the problem and run `optout` to do the rest again."
    }
}
