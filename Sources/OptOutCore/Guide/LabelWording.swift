/// One label's wording in one language, how sure it is, and where it was seen.
public struct LabelWording: Codable, Sendable, Equatable {
    public var judgement: LabelJudgement
    /// The words as LinkedIn shows them; more than one where sources disagree; none when not found.
    public var wording: [String]
    /// Ids of `Guide.sources` that show the wording.
    public var sourceIds: [String]

    public init(_ judgement: LabelJudgement, _ wording: [String], sources: [String]) {
        self.judgement = judgement
        self.wording = wording
        self.sourceIds = sources
    }

    /// A wording that is not known in a language.
    public static let notFound = LabelWording(.notFound, [], sources: [])
}

/// How sure the sources make a label's wording in one language.
public enum LabelJudgement: String, Codable, Sendable, CaseIterable {
    /// LinkedIn's own page in that language shows it.
    case official
    /// Two or more independent reputable sources give the same words.
    case agreed
    /// One source only, or sources disagree (the wordings are the variants): shown as not verified.
    case single
    /// No source: the English label is shown, with a note that the wording is not known.
    case notFound = "not-found"
}
