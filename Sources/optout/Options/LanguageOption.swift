import ArgumentParser
import OptOutCore

/// `--language CODE`: the language optout speaks in, over the environment's (LANGUAGE, LC_ALL,
/// LC_MESSAGES, LANG). `main` reads it before the parser runs (`CommandLineArguments.languageOption`),
/// so every message of the run, the parser's checks included, is in that language; here it is an
/// option every command takes, checked again and listed in the help.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("language"),
        help: ArgumentHelp(
            "The language optout speaks in (the help stays English): "
                + LinkedInLanguage.allCases.map(\.rawValue).joined(separator: ", ")
                + ". Default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG, else English.",
            valueName: "code"))
    var code: String?

    func validate() throws {
        guard let code, InterfaceLanguage(code: code) == nil else { return }
        throw ValidationError(InterfaceLanguage.unknownCodeMessage(code))
    }
}
