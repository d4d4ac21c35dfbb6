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

    public static let none = GuideChanges(fromVersion: "", toVersion: "", addedStepIds: [], removedStepIds: [])

    public init(fromVersion: String, toVersion: String, addedStepIds: [String], removedStepIds: [String], restoredStepIds: [String] = []) {
        self.fromVersion = fromVersion
        self.toVersion = toVersion
        self.addedStepIds = addedStepIds
        self.removedStepIds = removedStepIds
        self.restoredStepIds = restoredStepIds
    }

    /// True when the member should be told something.
    public var isEmpty: Bool { addedStepIds.isEmpty && removedStepIds.isEmpty && restoredStepIds.isEmpty }

    /// Sentences for the member, naming steps by title where the guide still has them.
    public func explanation(in guide: Guide) -> [String] {
        guard !isEmpty else { return [] }
        var lines = ["The guide changed since your progress was saved (version \(fromVersion) → \(toVersion))."]
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
        return lines
    }
}
