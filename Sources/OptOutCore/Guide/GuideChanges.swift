/// What differs between the guide the progress was saved with and the guide in use now.
public struct GuideChanges: Equatable, Sendable {
    public var fromVersion: String
    public var toVersion: String
    /// Ids of steps the guide has now that the progress did not know.
    public var addedStepIds: [String]
    /// Ids of steps the progress had that the guide no longer has (their records are kept as retired).
    public var removedStepIds: [String]

    public static let none = GuideChanges(fromVersion: "", toVersion: "", addedStepIds: [], removedStepIds: [])

    public init(fromVersion: String, toVersion: String, addedStepIds: [String], removedStepIds: [String]) {
        self.fromVersion = fromVersion
        self.toVersion = toVersion
        self.addedStepIds = addedStepIds
        self.removedStepIds = removedStepIds
    }

    /// True when the member should be told something.
    public var isEmpty: Bool { addedStepIds.isEmpty && removedStepIds.isEmpty }

    /// Sentences for the member, naming steps by title where the guide still has them.
    public func explanation(in guide: Guide) -> [String] {
        guard !isEmpty else { return [] }
        var lines = ["The guide changed since your progress was saved (version \(fromVersion) → \(toVersion))."]
        if !addedStepIds.isEmpty {
            let titles = addedStepIds.map { guide.step($0)?.title ?? $0 }
            lines.append("\(titles.count == 1 ? "A new step" : "New steps"), marked still to do: "
                + Words.endingSentence(titles.joined(separator: "; ")) + " What you recorded on the other steps is kept.")
        }
        if !removedStepIds.isEmpty {
            let which = removedStepIds.count == 1 ? "A step no longer in the guide (your notes on it are kept in the file)"
                : "Steps no longer in the guide (your notes on them are kept in the file)"
            lines.append("\(which): \(removedStepIds.joined(separator: ", ")).")
        }
        return lines
    }
}
