/// A use of personal data the member can object to on the Data Processing Objection Form.
public enum ObjectionUse: String, Codable, Sendable, CaseIterable {
    case personalization
    case moderation = "moderation-classification"
    case otherMachineLearning = "other-machine-learning"

    /// The choice as the member sees it.
    public var label: String {
        switch self {
        case .personalization: "Personalization (feed, recommendations, ads)"
        case .moderation: "Content moderation and classification"
        case .otherMachineLearning: "Other machine learning that does not create content"
        }
    }

    /// The line the draft carries for this use.
    var sentence: String {
        switch self {
        case .personalization:
            "personalization, such as ranking my feed and choosing recommendations and ads for me"
        case .moderation:
            "content moderation and the classification of content I post or that is about me"
        case .otherMachineLearning:
            "any other machine learning that does not generate content, including security and trust models trained on my data"
        }
    }
}

/// The member's objection text for the form: the choices it is built from, their name and email if they
/// gave them, and their own edited text once they edit it. Saved with the progress.
public struct ObjectionDraft: Codable, Sendable, Equatable {
    public var uses: [ObjectionUse]
    public var name: String?
    public var email: String?
    /// The member's own version of the whole text; when set, it is the draft as it stands.
    public var editedText: String?

    public init(uses: [ObjectionUse] = ObjectionUse.allCases, name: String? = nil, email: String? = nil, editedText: String? = nil) {
        self.uses = uses
        self.name = name
        self.email = email
        self.editedText = editedText
    }

    /// The text to copy into the form: the member's edit if there is one, else the composed draft.
    public func text(region: Region?) -> String {
        editedText ?? ObjectionDraftComposer.compose(uses: uses, name: name, email: email, region: region)
    }
}
