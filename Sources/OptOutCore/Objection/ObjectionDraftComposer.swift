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
                + objected.map { "- \(sentence($0, region: region))" }.joined(separator: "\n"))
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

    /// A use's line; in the UK, training AI that creates content includes LinkedIn's sharing of data
    /// with Microsoft for Microsoft's own AI training, which the same setting turns off.
    static func sentence(_ use: ObjectionUse, region: Region?) -> String {
        guard use == .contentGeneratingAI, region == .uk else { return use.sentence }
        return use.sentence + ", and the sharing of my data with Microsoft for its own AI training"
    }

    private static func clean(_ text: String?) -> String? {
        guard let text = text?.trimmed, !text.isEmpty else { return nil }
        return text
    }
}
