/// The sentences both front ends say, in one place, so the plain mode and the full screen say the
/// same thing. Text from the member or a guide file in them still has to be made terminal-safe by
/// whoever prints it. Each is computed when asked, in the interface language.
public enum Messages {
    // MARK: Resuming

    /// "You have an unfinished checklist: 4 of 11 steps done; 7 left. Next is step 5, …"
    public static func resumeOffer(_ report: ProgressReport) -> String {
        // Translators: {counts} is "4 of 12 steps done; 8 left".
        var line = tr("You have an unfinished checklist: {counts}.", ["counts": SummaryRenderer.counts(report)])
        if let id = report.currentStepId, let step = report.steps.first(where: { $0.id == id }) {
            // Translators: {title} is the step's title, ending with a full stop.
            line += " " + tr("Next is step {number}, {title}", ["number": String(step.number), "title": Words.endingSentence(step.title)])
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
        guard let backup else { return tr("Starting over.") }
        // Translators: {path} is the backup file's path.
        return tr("Starting over. Your earlier progress file is kept as {path}.", ["path": backup])
    }

    /// The member did not confirm starting over.
    public static var startOverCancelled: String { tr("Nothing was changed: your progress is as it was.") }

    /// Starting over was refused because the old file could not be kept.
    public static func startOverRefused(_ error: ProgressStoreError) -> String {
        // Translators: {problem} is a whole sentence saying what went wrong with the progress file.
        tr("{problem} Nothing was changed: your progress is as it was, and starting over needs the old file kept first.",
           ["problem": error.description])
    }

    /// A form was asked for where it does not apply.
    public static var formDoesNotApply: String { tr("That does not apply to this step.") }

    // MARK: The end

    /// After the summary, when every step is resolved; it ends with `helpSomeoneElse`.
    public static var allDone: String {
        tr("All done. This summary is also available later with `optout summary`.") + " " + helpSomeoneElse
    }

    /// Where a member who is done finds the handout for someone else (said once, at the end).
    public static var helpSomeoneElse: String {
        tr("To help someone else, `optout guide --format html` makes a page to print or send, with each step and a QR code for each link.")
    }

    /// After the summary, when the end was reached with steps left.
    public static var endReachedWithStepsLeft: String {
        tr("You reached the end with steps left; run `optout` again to go back to them.")
    }

    /// After quitting with the progress saved.
    public static func progressSaved(to path: String) -> String {
        tr("Progress saved to {path}. Run `optout` to resume.", ["path": path])
    }

    /// When standard input ends (plain mode) or the terminal goes away (full screen).
    public static var inputEnded: String { tr("Input ended.") }

    // MARK: Notes and marks

    public static var noteSaved: String { tr("Note saved.") }
    public static var noteRemoved: String { tr("Note removed.") }
    public static var markRemoved: String { tr("Mark removed.") }

    /// After the member says their screen differs.
    public static func screenDiffersNoted(guideVersion: String) -> String {
        // Translators: {version} is the guide's version, such as 1.2.0.
        tr("Noted. The summary lists it with the guide's version ({version}), so you can report it. Carry on as best you can.",
           ["version": guideVersion])
    }

    // MARK: The objection text

    public static var draftSaved: String { tr("Objection text saved; it is shown on this step.") }
    public static var draftUnchanged: String { tr("The objection text is unchanged.") }
    public static var editorFailed: String { tr("The editor did not finish cleanly; the objection text is unchanged.") }
    public static var editorLeftItEmpty: String { tr("The edited text was empty; the objection text is unchanged.") }

    // MARK: Saving

    /// A save failed and the run goes on: short enough for the full screen's message lines, and saying
    /// what is kept and what `q` and Ctrl-C do (the file is named on the help screen and in plain mode).
    public static func saveFailed(_ error: ProgressStoreError, in frontEnd: FrontEndKind) -> String {
        // Translators: {reason} is a sentence (plain mode) or the system's reason ending in a full stop
        // (the full screen). q and Ctrl-C are keys: keep them as they are.
        tr("NOT saved: {reason} Your change is kept in memory, and each change tries again; q quits once it saves. Ctrl-C tries once more, then quits.",
           ["reason": reason(error, in: frontEnd)])
    }

    /// `q` while saving still fails: the run goes on.
    public static func stillNotSaved(_ error: ProgressStoreError, in frontEnd: FrontEndKind) -> String {
        // Translators: {reason} is a sentence (plain mode) or the system's reason ending in a full stop
        // (the full screen). q and Ctrl-C are keys: keep them as they are.
        tr("Still NOT saved: {reason} Fix it (free some space, or check the folder's permissions), then press q again; Ctrl-C tries once more, then quits without it.",
           ["reason": reason(error, in: frontEnd)])
    }

    /// The whole sentence in plain mode; the system's reason alone on the full screen.
    private static func reason(_ error: ProgressStoreError, in frontEnd: FrontEndKind) -> String {
        frontEnd == .plain ? error.description : error.shortReason + "."
    }

    /// When a run ended with a form open: what was kept of what the member typed.
    public static func keptWhatWasTyped(_ event: WalkthroughEvent) -> String {
        switch event {
        case .setNote: tr("Your note is saved as you typed it.")
        case .reportScreenDiffers: tr("What you typed about your screen is saved.")
        case let .keepUnfinished(form):
            // Translators: {kept} says what was kept, such as: skip reason "later".
            tr("What you were typing is kept, not yet recorded ({kept}); open the same form on that step to finish it.",
               ["kept": form.words])
        default: tr("What you were typing is kept.")
        }
    }

    /// optout ends while the last change could not be saved, even after trying again.
    public static func lastChangeNotSaved(_ error: ProgressStoreError) -> String {
        // Translators: {problem} is a whole sentence saying what went wrong with the progress file.
        tr("{problem} Tried again, and failed again: your last change was NOT saved. The progress file still holds what was saved before it; fix the problem and run `optout` to do the rest again.",
           ["problem": error.description])
    }
}
