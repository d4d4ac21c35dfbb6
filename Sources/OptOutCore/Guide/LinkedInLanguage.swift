/// The language a member's LinkedIn is shown in. LinkedIn names its menus and settings in that
/// language, so the guide shows each label as LinkedIn shows it there, with the English beside it.
/// Stored in the progress as `answers.linkedInLanguage`, a BCP 47 code.
public enum LinkedInLanguage: String, Codable, Sendable, CaseIterable {
    case en, de, fr, nl, es, it, pt

    /// The answer key the language is stored under in the progress.
    public static let answerKey = "linkedInLanguage"

    /// The language's English name: "German".
    public var englishName: String {
        switch self {
        case .en: "English"
        case .de: "German"
        case .fr: "French"
        case .nl: "Dutch"
        case .es: "Spanish"
        case .it: "Italian"
        case .pt: "Portuguese"
        }
    }

    /// The language's name in itself: "Deutsch".
    public var nativeName: String {
        switch self {
        case .en: "English"
        case .de: "Deutsch"
        case .fr: "Français"
        case .nl: "Nederlands"
        case .es: "Español"
        case .it: "Italiano"
        case .pt: "Português"
        }
    }

    /// "Deutsch (German)", or "English".
    public var displayName: String {
        self == .en ? englishName : "\(nativeName) (\(englishName))"
    }

    /// Every code with its name in the interface language, for messages: "en (English), de (German), …".
    public static var codeList: String {
        allCases.map { "\($0.rawValue) (\($0.localizedName))" }.joined(separator: ", ")
    }
}
