#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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

/// Builds the objection text from the member's choices. Copy-ready: paragraphs separated by blank
/// lines, no wrapping, no borders.
public enum ObjectionDraftComposer {
    public static let namePlaceholder = "[your name]"
    public static let emailPlaceholder = "[the email address of your LinkedIn account]"
    /// An objection under Article 21(1) needs grounds of the member's own; the draft leaves room for them.
    public static let situationPlaceholder =
        "[your particular situation: in your own words, why this processing affects you]"

    public static func compose(uses: [ObjectionUse], name: String?, email: String?, region: Region?) -> String {
        let chosen = ObjectionUse.allCases.filter { uses.contains($0) }
        let objected = chosen.isEmpty ? ObjectionUse.allCases : chosen
        var paragraphs: [String] = []
        paragraphs.append("Objection to the processing of my personal data for machine learning")
        paragraphs.append(
            "I object to LinkedIn processing my personal data, including my profile, posts, comments and activity, "
                + "to train or improve machine learning models for the following purposes:\n"
                + objected.map { "- \($0.sentence)" }.joined(separator: "\n"))
        switch region {
        case .euEEA?, .uk?:
            let law = region == .uk ? "the UK GDPR" : "the General Data Protection Regulation (GDPR)"
            paragraphs.append(
                "LinkedIn names its legitimate interests as the legal basis for this processing. I object to it under "
                    + "Article 21(1) of \(law), on grounds relating to my particular situation: \(situationPlaceholder) "
                    + "Please stop this processing of my data unless you can demonstrate compelling legitimate grounds "
                    + "that override my interests, rights and freedoms.")
            if objected.contains(.personalization) {
                paragraphs.append(
                    "As far as my data is used for direct marketing, including choosing ads for me, I object under "
                        + "Article 21(2) and (3) of \(region == .uk ? "the UK GDPR" : "the GDPR"). This objection needs no "
                        + "grounds: my data must no longer be processed for that purpose.")
            }
        case .switzerland?:
            paragraphs.append(
                "LinkedIn names its legitimate interests as the legal basis for this processing, and its European "
                    + "Regional Privacy Notice, which covers members in Switzerland, says members can object at any "
                    + "time. I object to this processing of my data and ask you to stop it.")
        default:
            paragraphs.append(
                "I do not want my data used for these purposes. Please stop this processing of my data and keep "
                    + "it out of these models from now on.")
        }
        paragraphs.append("Please confirm by email when my objection has been applied.")
        paragraphs.append(
            "Name: \(clean(name) ?? namePlaceholder)\nEmail address of my LinkedIn account: \(clean(email) ?? emailPlaceholder)")
        return paragraphs.joined(separator: "\n\n") + "\n"
    }

    private static func clean(_ text: String?) -> String? {
        guard let text = text?.trimmed, !text.isEmpty else { return nil }
        return text
    }
}
