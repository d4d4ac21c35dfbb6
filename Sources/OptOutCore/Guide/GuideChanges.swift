/// What differs between the guide the progress was saved with and the guide in use now.
public struct GuideChanges: Equatable, Sendable {
    public var fromVersion: String
    public var toVersion: String
    /// Ids of steps the guide has now that the progress did not know.
    public var addedStepIds: [String]
    /// Ids of steps the progress had that the guide no longer has (their records are kept as retired).
    public var removedStepIds: [String]
    /// Ids of steps an earlier guide dropped and this one has again: their records are back.
    public var restoredStepIds: [String]
    /// The member's region when the progress was matched, so the notice says what changed for them.
    public var region: Region?

    public static let none = GuideChanges(fromVersion: "", toVersion: "", addedStepIds: [], removedStepIds: [])

    public init(
        fromVersion: String, toVersion: String, addedStepIds: [String], removedStepIds: [String],
        restoredStepIds: [String] = [], region: Region? = nil
    ) {
        self.fromVersion = fromVersion
        self.toVersion = toVersion
        self.addedStepIds = addedStepIds
        self.removedStepIds = removedStepIds
        self.restoredStepIds = restoredStepIds
        self.region = region
    }

    /// True when the member has nothing to be told: the same version and the same steps.
    public var isEmpty: Bool {
        addedStepIds.isEmpty && removedStepIds.isEmpty && restoredStepIds.isEmpty && fromVersion == toVersion
    }

    /// Sentences for the member: the versions, what the guide's changelog says the newest version changed
    /// (with the lines for the member's region) and which earlier versions changed things too, and the
    /// steps added or removed, named by title where the guide still has them.
    public func explanation(in guide: Guide) -> [String] {
        guard !isEmpty else { return [] }
        // Translators: {from} and {to} are the guide's versions, such as 1.1.0 and 1.2.0.
        var lines = [tr("The guide changed since your progress was saved (version {from} → {to}).", ["from": fromVersion, "to": toVersion])]
        // The newest version's lines; earlier versions the member has not seen are named, so the notice stays short.
        let unseen = guide.revisions(since: fromVersion)
        if let newest = unseen.last { lines += newest.lines(for: region) }
        if unseen.count > 1 {
            let earlier = Array(unseen.dropLast().map(\.version))
            // Translators: {versions} names earlier versions of the guide ("1.0.1 and 1.1.0"); optout guide is a command.
            lines.append(trn("Version {versions} changed things too: optout guide lists what each version changed.",
                             "Versions {versions} changed things too: optout guide lists what each version changed.",
                             count: earlier.count, ["versions": Words.and(earlier)]))
        }
        if !addedStepIds.isEmpty {
            // Numbered, so a new step before the one the member stopped at can be found again.
            let titles = addedStepIds.map { id -> String in
                guard let index = guide.index(ofStep: id), let step = guide.step(id) else { return id }
                return "\(index + 1). \(step.title)"
            }
            // Translators: {titles} is the new steps' titles, separated by semicolons and ending with a full stop.
            lines.append(trn("A new step, marked still to do: {titles} What you recorded on the other steps is kept.",
                             "New steps, marked still to do: {titles} What you recorded on the other steps is kept.",
                             count: titles.count, ["titles": Words.endingSentence(titles.joined(separator: "; "))]))
        }
        if !restoredStepIds.isEmpty {
            let titles = restoredStepIds.map { guide.step($0)?.title ?? $0 }
            // Translators: {titles} is the steps' titles, separated by semicolons and ending with a full stop.
            lines.append(trn("A step is back in the guide, with what you recorded on it: {titles}",
                             "Steps are back in the guide, with what you recorded on them: {titles}",
                             count: titles.count, ["titles": Words.endingSentence(titles.joined(separator: "; "))]))
        }
        if !removedStepIds.isEmpty {
            // Translators: {ids} lists the ids of the steps, such as sign-in.
            lines.append(trn("A step no longer in the guide (what you recorded on it is kept, and listed in the summary): {ids}.",
                             "Steps no longer in the guide (what you recorded on them is kept, and listed in the summary): {ids}.",
                             count: removedStepIds.count, ["ids": removedStepIds.joined(separator: ", ")]))
        }
        if addedStepIds.isEmpty, removedStepIds.isEmpty {
            lines.append(tr("No step was added or removed: what you recorded is kept."))
        }
        return lines
    }
}
