/// A use of personal data the member can object to on the Data Processing Objection Form. The raw
/// values are stored in the progress file; a new use is added at the end, so the numbers members
/// type for the others stay the same.
public enum ObjectionUse: String, Codable, Sendable, CaseIterable {
    case personalization
    case moderation = "moderation-classification"
    case otherMachineLearning = "other-machine-learning"
    /// Training AI that creates content: what the setting covers, and a choice the form also offers.
    case contentGeneratingAI = "content-generating-ai"

    /// The choice as the member sees it.
    public var label: String {
        switch self {
        case .personalization: "Personalization (feed, recommendations, ads)"
        case .moderation: "Content moderation and classification"
        case .otherMachineLearning: "Other machine learning that does not create content"
        case .contentGeneratingAI: "Training AI that creates content (the setting covers it too)"
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
        case .contentGeneratingAI:
            "generative AI: the training of models that generate content, by LinkedIn and its affiliates"
        }
    }

    /// The uses ticked when a member starts a draft. Training AI that creates content is left out once
    /// the member has turned the setting off (the setting covers it); otherwise it is ticked, as the
    /// form is then the member's only recorded objection to it.
    public static func suggested(settingTurnedOff: Bool) -> [ObjectionUse] {
        settingTurnedOff ? allCases.filter { $0 != .contentGeneratingAI } : allCases
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

    enum CodingKeys: String, CodingKey { case uses, laterUses, name, email, editedText }

    /// The uses every optout that saves drafts knows, kept under `uses` in the file; the others are kept
    /// under `laterUses`, which an older optout passes over, so it still reads the file.
    static let firstUses: [ObjectionUse] = [.personalization, .moderation, .otherMachineLearning]

    /// Reads a saved draft: `uses`, and `laterUses` where a newer optout wrote one.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        uses = try c.decode([ObjectionUse].self, forKey: .uses) + (c.decodeIfPresent([ObjectionUse].self, forKey: .laterUses) ?? [])
        name = try c.decodeIfPresent(String.self, forKey: .name)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        editedText = try c.decodeIfPresent(String.self, forKey: .editedText)
    }

    /// Writes the draft: the first uses under `uses`, any added since under `laterUses` (left out when
    /// there are none), and what is absent left out.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(uses.filter(Self.firstUses.contains), forKey: .uses)
        let later = uses.filter { !Self.firstUses.contains($0) }
        if !later.isEmpty { try c.encode(later, forKey: .laterUses) }
        try c.encodeIfPresent(name, forKey: .name)
        try c.encodeIfPresent(email, forKey: .email)
        try c.encodeIfPresent(editedText, forKey: .editedText)
    }

    /// The text to copy into the form: the member's edit if there is one, else the composed draft.
    public func text(region: Region?) -> String {
        editedText ?? ObjectionDraftComposer.compose(uses: uses, name: name, email: email, region: region)
    }

    /// The id of the built-in guide's step where the member turns the setting off; done, it leaves
    /// training AI that creates content out of a new draft.
    public static let settingStepId = "turn-off-genai"

    /// The draft a member starts from when none is saved: every use ticked, but training AI that creates
    /// content only while the member has not recorded turning the setting off.
    public static func suggested(for progress: WalkthroughProgress?) -> ObjectionDraft {
        let turnedOff = progress?.record(settingStepId)?.status == .done
        return ObjectionDraft(uses: ObjectionUse.suggested(settingTurnedOff: turnedOff))
    }

    /// The member's saved draft, or the suggested one when there is none.
    public static func current(in progress: WalkthroughProgress?) -> ObjectionDraft {
        progress?.draft ?? suggested(for: progress)
    }
}
