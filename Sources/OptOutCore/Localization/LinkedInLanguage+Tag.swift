extension LinkedInLanguage {
    /// The language a language tag or a locale name names, however it is written: `de`, `DE`, `de-AT`,
    /// `pt-BR`, `pt_BR.UTF-8`, `fr_CA`, `de_DE@euro`. Only the language counts: the region, the
    /// character set and the modifier are ignored. Nil for `C`, `POSIX`, an empty name, and a language
    /// that is not one of the seven.
    public init?(tag: String) {
        var name = Substring(tag.trimmed)
        if let at = name.firstIndex(of: "@") { name = name[..<at] }
        if let dot = name.firstIndex(of: ".") { name = name[..<dot] }
        let primary = name.prefix { $0 != "_" && $0 != "-" }
        self.init(rawValue: primary.lowercased())
    }

    /// The language's name in the interface language, for messages: "German", in German "Deutsch".
    public var localizedName: String {
        switch self {
        case .en: tr("English", context: "language name")
        case .de: tr("German", context: "language name")
        case .fr: tr("French", context: "language name")
        case .nl: tr("Dutch", context: "language name")
        case .es: tr("Spanish", context: "language name")
        case .it: tr("Italian", context: "language name")
        case .pt: tr("Portuguese", context: "language name")
        }
    }

}
