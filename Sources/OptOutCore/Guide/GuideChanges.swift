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
        var lines = ["The guide changed since your progress was saved (version \(fromVersion) → \(toVersion))."]
        // The newest version's lines; earlier versions the member has not seen are named, so the notice stays short.
        let unseen = guide.revisions(since: fromVersion)
        if let newest = unseen.last { lines += newest.lines(for: region) }
        if unseen.count > 1 {
            let earlier = unseen.dropLast().map(\.version)
            let named = earlier.count == 1 ? "Version \(earlier[0])"
                : "Versions " + earlier.dropLast().joined(separator: ", ") + " and " + earlier[earlier.count - 1]
            lines.append("\(named) changed things too: optout guide lists what each version changed.")
        }
        if !addedStepIds.isEmpty {
            let titles = addedStepIds.map { guide.step($0)?.title ?? $0 }
            lines.append("\(titles.count == 1 ? "A new step" : "New steps"), marked still to do: "
                + Words.endingSentence(titles.joined(separator: "; ")) + " What you recorded on the other steps is kept.")
        }
        if !restoredStepIds.isEmpty {
            let titles = restoredStepIds.map { guide.step($0)?.title ?? $0 }
            lines.append("\(titles.count == 1 ? "A step is" : "Steps are") back in the guide, with what you recorded on "
                + "\(titles.count == 1 ? "it" : "them"): " + Words.endingSentence(titles.joined(separator: "; ")))
        }
        if !removedStepIds.isEmpty {
            let which = removedStepIds.count == 1
                ? "A step no longer in the guide (what you recorded on it is kept, and listed in the summary)"
                : "Steps no longer in the guide (what you recorded on them is kept, and listed in the summary)"
            lines.append("\(which): \(removedStepIds.joined(separator: ", ")).")
        }
        if addedStepIds.isEmpty, removedStepIds.isEmpty {
            lines.append("No step was added or removed: what you recorded is kept.")
        }
        return lines
    }
}
