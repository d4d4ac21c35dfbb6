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
        guard let code, LinkedInLanguage(rawValue: code.lowercased()) == nil else { return }
        throw ValidationError(
            "\"\(TerminalSafeText.sanitize(code))\" is not a language optout knows. --linkedin-language takes one of: "
                + LinkedInLanguage.codeList + ".")
    }

    var language: LinkedInLanguage? { code.flatMap { LinkedInLanguage(rawValue: $0.lowercased()) } }
}
