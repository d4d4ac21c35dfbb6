/// A use of personal data the member can object to on the Data Processing Objection Form. The raw
/// values are stored in the progress file; a new use is added at the end, so the numbers members
/// type for the others stay the same.
public enum ObjectionUse: String, Codable, Sendable, CaseIterable {
    case personalization
    case moderation = "moderation-classification"
    case otherMachineLearning = "other-machine-learning"
    /// Training AI that creates content: what the setting covers, and a choice the form also offers.
    case contentGeneratingAI = "content-generating-ai"

    /// The choice as the member sees it, in the interface language.
    public var label: String {
        switch self {
        case .personalization: tr("Personalization (feed, recommendations, ads)")
        case .moderation: tr("Content moderation and classification")
        case .otherMachineLearning: tr("Other machine learning that does not create content")
        case .contentGeneratingAI: tr("Training AI that creates content (the setting covers it too)")
        }
    }

    /// The line the draft carries for this use, in the language the draft is composed in.
    var sentence: String {
        switch self {
        case .personalization:
            // Translators: a purpose in the objection's list, after "for the following purposes:". Legal text: keep its sense exactly.
            tr("personalization, such as ranking my feed and choosing recommendations and ads for me")
        case .moderation:
            // Translators: a purpose in the objection's list, after "for the following purposes:". Legal text: keep its sense exactly.
            tr("content moderation and the classification of content I post or that is about me")
        case .otherMachineLearning:
            // Translators: a purpose in the objection's list, after "for the following purposes:". Legal text: keep its sense exactly.
            tr("any other machine learning that does not generate content, including security and trust models trained on my data")
        case .contentGeneratingAI:
            // Translators: a purpose in the objection's list, after "for the following purposes:". Legal text: keep its sense exactly.
            tr("generative AI: the training of models that generate content, by LinkedIn and its affiliates")
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
/// gave them, the language it is written in if they chose one, and their own edited text once they edit
/// it. Saved with the progress.
public struct ObjectionDraft: Codable, Sendable, Equatable {
    public var uses: [ObjectionUse]
    public var name: String?
    public var email: String?
    /// The member's own version of the whole text; when set, it is the draft as it stands.
    public var editedText: String?
    /// The language the composed text is written in, as the member chose it when drafting; nil (files
    /// written before it could be chosen, or no choice offered) writes it in the interface language.
    /// Saved as `language`, a code (`de`); an older optout passes the field over.
    public var language: LinkedInLanguage?

    public init(
        uses: [ObjectionUse] = ObjectionUse.allCases, name: String? = nil, email: String? = nil, editedText: String? = nil,
        language: LinkedInLanguage? = nil
    ) {
        self.uses = uses
        self.name = name
        self.email = email
        self.editedText = editedText
        self.language = language
    }

    enum CodingKeys: String, CodingKey { case uses, laterUses, name, email, editedText, language }

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
        // A language this optout does not speak (a newer one's) is read as no choice: the interface language.
        language = try c.decodeIfPresent(String.self, forKey: .language).flatMap(LinkedInLanguage.init(rawValue:))
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
        try c.encodeIfPresent(language?.rawValue, forKey: .language)
    }

    /// The text to copy into the form: the member's edit if there is one, else the composed draft, in
    /// the language chosen for it (else the interface language).
    public func text(region: Region?) -> String {
        editedText ?? ObjectionDraftComposer.compose(uses: uses, name: name, email: email, region: region, language: language)
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
