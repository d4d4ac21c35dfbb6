extension InterfaceLanguage {
    /// The language the environment asks for, in the order POSIX and GNU gettext read it:
    /// 1. `LANGUAGE`, a list separated by colons (`de_AT:de:en`): the first entry optout speaks wins.
    ///    As GNU gettext does, the list is ignored when the locale is `C` or `POSIX` (named so, or not
    ///    set at all): that locale's output is fixed by POSIX, and scripts that set `LC_ALL=C` rely on
    ///    it. `C.UTF-8` is not `C` here (nor for gettext), so `LANGUAGE` applies with it.
    /// 2. The locale's language: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not
    ///    empty, in any form `LinkedInLanguage(tag:)` reads (`de_DE.UTF-8`, `pt_BR`, `fr_CA@euro`).
    /// Anything optout does not speak (`C`, `POSIX`, `ja_JP.UTF-8`) is English. Unlike the C library,
    /// optout reads the names only: `de_DE.UTF-8` means German even where that locale's files are not
    /// installed.
    public static func preferred(by environment: [String: String]) -> InterfaceLanguage {
        let locale = messagesLocale(in: environment)
        if let locale, locale != "C", locale != "POSIX", let list = environment["LANGUAGE"] {
            for entry in list.split(separator: ":") {
                if let language = LinkedInLanguage(tag: String(entry)) { return .language(language) }
            }
        }
        return locale.flatMap { LinkedInLanguage(tag: $0) }.map { .language($0) } ?? .english
    }

    /// The language of a run: `--language` when given (nil when its value names no language optout
    /// speaks: the caller says so and stops), else the environment's.
    public static func forRun(option: String?, environment: [String: String]) -> InterfaceLanguage? {
        guard let option else { return preferred(by: environment) }
        return InterfaceLanguage(code: option)
    }

    /// The locale messages are in: the first of LC_ALL, LC_MESSAGES and LANG that is set and not empty.
    static func messagesLocale(in environment: [String: String]) -> String? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty { return value }
        }
        return nil
    }

    /// The message for a `--language` value optout does not speak, in the language of the run.
    public static func unknownCodeMessage(_ code: String) -> String {
        tr(
            "\"{code}\" is not a language optout speaks. --language takes one of: {codes}.",
            ["code": TerminalSafeText.sanitize(code), "codes": LinkedInLanguage.codeList])
    }
}
