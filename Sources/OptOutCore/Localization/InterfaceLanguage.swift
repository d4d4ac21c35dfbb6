/// The language optout speaks in: its own sentences, the guide's prose and its errors. One of the
/// seven languages LinkedIn's labels come in (`LinkedInLanguage`), or the pseudo-locale tests use.
///
/// The language of a run is `InterfaceLanguage.current`, a task-local value: `main` binds it once
/// from `--language` or the environment (`preferred(by:)`), and a test binds the language it checks
/// around its own code, so tests running side by side can render different languages.
public enum InterfaceLanguage: Hashable, Sendable {
    case language(LinkedInLanguage)
    /// `x-pseudo`: every message wrapped in markers and made about 40% longer (`PseudoLocale`), for
    /// finding text that does not go through the catalogue and layouts that break with longer words.
    /// For developers; not a language a member chooses.
    case pseudo

    public static let english = InterfaceLanguage.language(.en)

    /// The pseudo-locale's code for `--language`.
    public static let pseudoCode = "x-pseudo"

    /// The language of the code running now: English unless a caller bound another.
    @TaskLocal public static var current: InterfaceLanguage = .english

    /// The language a `--language` value names: a code in any of the forms `LinkedInLanguage(tag:)`
    /// takes (`de`, `pt-BR`, `de_DE.UTF-8`), or `x-pseudo`; nil for anything else.
    public init?(code: String) {
        if code.trimmed.lowercased() == Self.pseudoCode {
            self = .pseudo
        } else if let language = LinkedInLanguage(tag: code) {
            self = .language(language)
        } else {
            return nil
        }
    }

    /// `de`, or `x-pseudo`.
    public var code: String {
        switch self {
        case let .language(language): language.rawValue
        case .pseudo: Self.pseudoCode
        }
    }

    /// The LinkedIn language of the same name; nil for the pseudo-locale.
    public var linkedInLanguage: LinkedInLanguage? {
        if case let .language(language) = self { return language }
        return nil
    }
}
