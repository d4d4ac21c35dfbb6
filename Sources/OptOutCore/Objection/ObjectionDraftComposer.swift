/// Builds the objection text from the member's choices. Copy-ready: paragraphs separated by blank
/// lines, no wrapping, no borders. Each paragraph is one message of the catalogue, so a translation
/// carries the same legal sense and names the law as its language does ("Art. 21 Abs. 1 DSGVO").
public enum ObjectionDraftComposer {
    public static var namePlaceholder: String { tr("[your name]") }
    public static var emailPlaceholder: String { tr("[the email address of your LinkedIn account]") }
    /// An objection under Article 21(1) needs grounds of the member's own; the draft leaves room for them.
    public static var situationPlaceholder: String {
        tr("[your particular situation: in your own words, why this processing affects you]")
    }

    /// The text in `language`; nil writes it in the interface language.
    public static func compose(
        uses: [ObjectionUse], name: String?, email: String?, region: Region?, language: LinkedInLanguage? = nil
    ) -> String {
        guard let language else { return composeInInterfaceLanguage(uses: uses, name: name, email: email, region: region) }
        return InterfaceLanguage.$current.withValue(.language(language)) {
            composeInInterfaceLanguage(uses: uses, name: name, email: email, region: region)
        }
    }

    private static func composeInInterfaceLanguage(uses: [ObjectionUse], name: String?, email: String?, region: Region?) -> String {
        let chosen = ObjectionUse.allCases.filter { uses.contains($0) }
        let objected = chosen.isEmpty ? ObjectionUse.allCases : chosen
        var paragraphs: [String] = []
        // Translators: the objection's title. The objection is sent to LinkedIn: keep its legal sense exactly.
        paragraphs.append(tr("Objection to the processing of my personal data for machine learning"))
        paragraphs.append(
            // Translators: the objection's first paragraph; a list of purposes follows it, one a line.
            tr("I object to LinkedIn processing my personal data, including my profile, posts, comments and activity, to train or improve machine learning models for the following purposes:")
                + "\n" + objected.map { "- \(sentence($0, region: region))" }.joined(separator: "\n"))
        let situation: KeyValuePairs<String, String> = ["situation": situationPlaceholder]
        switch region {
        case .euEEA?:
            // Translators: the objection under Article 21(1) of the GDPR. Name the article and the law as your
            // language does in legal texts (de: "Art. 21 Abs. 1 DSGVO").
            // {situation} is the bracketed room for the member's own grounds. Keep the legal sense exactly.
            paragraphs.append(tr(
                "LinkedIn names its legitimate interests as the legal basis for this processing. I object to it under Article 21(1) of the General Data Protection Regulation (GDPR), on grounds relating to my particular situation: {situation} Please stop this processing of my data unless you can demonstrate compelling legitimate grounds that override my interests, rights and freedoms.",
                situation))
            if objected.contains(.personalization) {
                // Translators: the objection to direct marketing under Article 21(2) and (3) of the GDPR. Name the
                // articles and the law as your language does (de: "Art. 21 Abs. 2 und 3 DSGVO"). Keep the legal sense exactly.
                paragraphs.append(tr(
                    "As far as my data is used for direct marketing, including choosing ads for me, I object under Article 21(2) and (3) of the GDPR. This objection needs no grounds: my data must no longer be processed for that purpose."))
            }
        case .uk?:
            // Translators: the objection under Article 21(1) of the UK GDPR ("UK GDPR" stays as it is). Name the
            // article as your language does in legal texts. {situation} is the bracketed room for the member's own
            // grounds. Keep the legal sense exactly.
            paragraphs.append(tr(
                "LinkedIn names its legitimate interests as the legal basis for this processing. I object to it under Article 21(1) of the UK GDPR, on grounds relating to my particular situation: {situation} Please stop this processing of my data unless you can demonstrate compelling legitimate grounds that override my interests, rights and freedoms.",
                situation))
            if objected.contains(.personalization) {
                // Translators: the objection to direct marketing under Article 21(2) and (3) of the UK GDPR ("UK GDPR"
                // stays as it is). Name the articles as your language does. Keep the legal sense exactly.
                paragraphs.append(tr(
                    "As far as my data is used for direct marketing, including choosing ads for me, I object under Article 21(2) and (3) of the UK GDPR. This objection needs no grounds: my data must no longer be processed for that purpose."))
            }
        case .switzerland?:
            // Translators: the objection for members in Switzerland. "European Regional Privacy Notice" is the name of
            // LinkedIn's notice: use the name LinkedIn gives it in your language, if it gives one. Keep the legal sense exactly.
            paragraphs.append(tr(
                "LinkedIn names its legitimate interests as the legal basis for this processing, and its European Regional Privacy Notice, which covers members in Switzerland, says members can object at any time. I object to this processing of my data and ask you to stop it."))
        default:
            // Translators: the objection for members outside the EU, the EEA, Switzerland and the UK.
            paragraphs.append(tr(
                "I do not want my data used for these purposes. Please stop this processing of my data and keep it out of these models from now on."))
        }
        paragraphs.append(tr("Please confirm by email when my objection has been applied."))
        // Translators: the objection's last lines: {name} is the member's name, or a placeholder in brackets.
        let nameLine = tr("Name: {name}", ["name": clean(name) ?? namePlaceholder])
        // Translators: the objection's last line: {email} is the member's address, or a placeholder in brackets.
        let emailLine = tr("Email address of my LinkedIn account: {email}", ["email": clean(email) ?? emailPlaceholder])
        paragraphs.append(nameLine + "\n" + emailLine)
        return paragraphs.joined(separator: "\n\n") + "\n"
    }

    /// A use's line; in the UK, training AI that creates content includes LinkedIn's sharing of data
    /// with Microsoft for Microsoft's own AI training, which the same setting turns off.
    static func sentence(_ use: ObjectionUse, region: Region?) -> String {
        guard use == .contentGeneratingAI, region == .uk else { return use.sentence }
        // Translators: a purpose in the objection's list, for members in the UK. Legal text: keep its sense exactly.
        return tr("generative AI: the training of models that generate content, by LinkedIn and its affiliates, and the sharing of my data with Microsoft for its own AI training")
    }

    private static func clean(_ text: String?) -> String? {
        guard let text = text?.trimmed, !text.isEmpty else { return nil }
        return text
    }
}
