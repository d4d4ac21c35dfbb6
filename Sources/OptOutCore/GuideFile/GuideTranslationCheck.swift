/// What `guide validate` checks in a guide's `translations`. Problems (the file is refused): a
/// language code that is not one of LinkedIn's other six (`en` included: the guide's own text is the
/// English), an empty translation, and a translation whose placeholders (`{data-privacy}`) differ from
/// its English's, which would lose or invent a label. Warnings (the file is used): a translation of
/// a text the guide does not have (the English changed since), and, per language, how many texts
/// have no translation, neither in the file nor in optout's catalogue, and so show in English, with
/// the first ten of them.
enum GuideTranslationCheck {
    static func problems(in guide: Guide) -> [GuideProblem] {
        var problems: [GuideProblem] = []
        let known = LinkedInLanguage.allCases.filter { $0 != .en }.map(\.rawValue)
        for (code, table) in guide.translations.sorted(by: { $0.key < $1.key }) {
            let path = "$.translations.\(TerminalSafeText.sanitize(code))"
            guard known.contains(code) else {
                problems.append(
                    GuideProblem(
                        path: path,
                        // Translators: {code} is the code found; {codes} lists the codes translations may have.
                        message: tr("unknown language \"{code}\" (translations are for {codes}; the guide's own text is the English)",
                                    ["code": TerminalSafeText.sanitize(code), "codes": known.joined(separator: ", ")])))
                continue
            }
            for (english, translation) in table.sorted(by: { $0.key < $1.key }) {
                let at = "\(path)[\(quoted(english))]"
                if translation.trimmed.isEmpty {
                    problems.append(GuideProblem(path: at, message: tr("missing text")))
                } else if Placeholders.names(in: translation).sorted() != Placeholders.names(in: english).sorted() {
                    let names = Placeholders.names(in: english).map { "{\($0)}" }
                    problems.append(
                        GuideProblem(
                            path: at,
                            // Translators: {placeholders} lists the English's placeholders, such as {data-privacy}, or says none.
                            message: tr("a translation keeps the placeholders of its English, no more and no fewer: {placeholders}",
                                        ["placeholders": names.isEmpty ? tr("none", context: "placeholders") : names.joined(separator: " ")])))
                }
            }
        }
        return problems
    }

    static func warnings(in guide: Guide) -> [GuideProblem] {
        var warnings: [GuideProblem] = []
        let texts = guide.translatableTexts
        let english = Set(texts.map(\.text))
        for (code, table) in guide.translations.sorted(by: { $0.key < $1.key }) {
            for text in table.keys.sorted() where !english.contains(text) {
                warnings.append(
                    GuideProblem(
                        path: "$.translations.\(TerminalSafeText.sanitize(code))[\(quoted(text))]",
                        message: tr("translates a text the guide does not have (was its English changed?)")))
            }
        }
        for language in LinkedInLanguage.allCases where language != .en {
            let table = guide.translations[language.rawValue] ?? [:]
            let missing = texts.filter {
                table[$0.text] == nil
                    && Catalogue.translation(of: $0.text, context: Catalogue.guideContext, in: language) == nil
            }
            guard !missing.isEmpty else { continue }
            // The first few, so a guide without translations does not fill the screen.
            let shown = missing.prefix(10).map(\.path).joined(separator: ", ")
            // Translators: {paths} lists the first ten places in the file; {count} more follow.
            let paths = missing.count > 10
                ? trn("{paths} and {count} more", "{paths} and {count} more", count: missing.count - 10, ["paths": shown]) : shown
            warnings.append(
                GuideProblem(
                    path: "$.translations.\(language.rawValue)",
                    // Translators: {count} texts of the guide's {total} have no translation into {language} (a language's
                    // name, such as German); {paths} lists where they are.
                    message: trn("{count} of {total} texts have no {language} translation and show in English: {paths}",
                                 "{count} of {total} texts have no {language} translation and show in English: {paths}",
                                 count: missing.count,
                                 ["total": String(texts.count), "language": language.localizedName, "paths": paths])))
        }
        return warnings
    }

    /// An English text as a path names it: in quotes, the first 40 characters.
    private static func quoted(_ text: String) -> String {
        let short = text.count > 40 ? text.prefix(40) + "…" : text
        return "\"" + TerminalSafeText.sanitize(short) + "\""
    }
}
