import ArgumentParser
import OptOutCore

/// The language LinkedIn is shown in, for its labels (`--linkedin-language`).
struct LinkedInLanguageOption: ParsableArguments {
    @Option(
        name: .customLong("linkedin-language"),
        help: ArgumentHelp(
            "The language your LinkedIn is in, so its labels are shown as LinkedIn shows them (with the English): "
                + LinkedInLanguage.allCases.map(\.rawValue).joined(separator: ", ") + ".",
            valueName: "code"),
        completion: .list(LinkedInLanguage.allCases.map(\.rawValue)))
    var code: String?

    func validate() throws {
        guard let code, LinkedInLanguage(tag: code) == nil else { return }
        throw ValidationError(
            tr(
                "\"{code}\" is not a language optout knows. --linkedin-language takes one of: {codes}.",
                ["code": TerminalSafeText.sanitize(code), "codes": LinkedInLanguage.codeList]))
    }

    /// The language named, in any form `LinkedInLanguage(tag:)` reads: `de`, `pt-BR`, `de_DE.UTF-8`.
    var language: LinkedInLanguage? { code.flatMap { LinkedInLanguage(tag: $0) } }
}
