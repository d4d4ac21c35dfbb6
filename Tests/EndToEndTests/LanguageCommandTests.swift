import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

/// The language of the whole program, run as a program: LANG and the other variables, `--language`
/// on every command (before or after the command's name), its errors, JSON that does not change with
/// the language, and the static release binary, which carries its catalogues.
@Suite("optout in other languages, run as a program")
struct LanguageCommandTests {
    static let german = ["LANG": "de_DE.UTF-8"]

    @Test(arguments: BuildUnderTest.allCases)
    func langChoosesTheLanguageOfMessages(build: BuildUnderTest) throws {
        let cli = try Runner("lang", binary: build)
        defer { cli.cleanUp() }
        let expected = [
            ("de_DE.UTF-8", "ist noch kein Fortschritt gespeichert. Starten Sie mit `optout`."),
            ("fr_CA.UTF-8", "Aucune progression enregistrée pour l'instant dans"),
            ("nl_BE", "Nog geen voortgang opgeslagen in"),
            ("es_ES.UTF-8", "Todavía no hay progreso guardado en"),
            ("it_IT@euro", "Nessun progresso ancora salvato in"),
            ("pt_BR.UTF-8", "Nenhum progresso salvo ainda em"),
            ("C", "No progress saved yet at"),
            ("ja_JP.UTF-8", "No progress saved yet at"),
        ]
        for (lang, sentence) in expected {
            let result = try cli.run(["status"], extraEnvironment: ["LANG": lang])
            #expect(result.status == 2)
            #expect(result.stdout.contains(sentence), "LANG=\(lang): \(result.stdout)")
        }
        // LANGUAGE comes first; LC_ALL over LANG.
        #expect(try cli.run(["status"], extraEnvironment: ["LANG": "de_DE.UTF-8", "LANGUAGE": "sv:it"]).stdout.contains("Nessun progresso"))
        #expect(try cli.run(["status"], extraEnvironment: ["LANG": "de_DE.UTF-8", "LC_ALL": "C"]).stdout.contains("No progress saved yet"))
    }

    @Test func languageOnEveryCommandOverridesTheEnvironment() throws {
        let cli = Runner("lang")
        defer { cli.cleanUp() }
        for arguments in [["--language", "fr", "status"], ["status", "--language", "fr"], ["status", "--language=fr_FR.UTF-8"],
                          ["--language", "fr", "summary"], ["recheck", "--language", "fr"], ["--language", "fr", "report"]] {
            let result = try cli.run(arguments, extraEnvironment: Self.german)
            #expect(result.status == 2, "\(arguments)")
            #expect((result.stdout + result.stderr).contains("Aucune progression enregistrée"), "\(arguments): \(result.stdout)\(result.stderr)")
        }
        // The walkthrough, piped: the resume offer is in the language asked for.
        try cli.run(["--plain"], input: "d\nq\n")
        let resumed = try cli.run(["--language", "nl", "--plain"], input: "q\n", extraEnvironment: Self.german)
        #expect(resumed.flatStdout.contains("1. Verdergaan waar je gebleven was"), "\(resumed.stdout)")
        #expect(resumed.flatStdout.contains("3. Stoppen"))
        // Its status line counts in Dutch, with Dutch plurals.
        let status = try cli.run(["status", "--language", "nl"])
        #expect(status.stdout.hasPrefix("Niet voltooid: 1 van \(BuiltInSteps.count) stappen klaar; nog \(BuiltInSteps.count - 1) te gaan."), "\(status.stdout)")
        // guide and guide validate take it too.
        let guide = try cli.run(["guide", "--language", "pt"])
        #expect(guide.stdout.contains("Em que idioma você usa o LinkedIn?"))
        let file = cli.folder + "/guide.json"
        #expect(try cli.run(["guide", "export", "--output", file]).status == 0)
        #expect(try cli.run(["guide", "validate", file, "--language", "de"]).status == 0)
        #expect(try cli.run(["--language", "de", "guide", "validate", file]).status == 0)
    }

    @Test func anUnknownLanguageExits64ListingTheCodesInTheEnvironmentsLanguage() throws {
        let cli = Runner("lang")
        defer { cli.cleanUp() }
        for arguments in [["--language", "xx"], ["status", "--language", "klingon"], ["--language=", "guide"], ["guide", "validate", "f", "--language", "C"]] {
            let english = try cli.run(arguments)
            #expect(english.status == 64, "\(arguments)")
            #expect(english.stderr.contains("is not a language optout speaks. --language takes one of: en (English), de (German), fr (French), nl (Dutch), es (Spanish), it (Italian), pt (Portuguese)."), "\(english.stderr)")
            #expect(english.stdout.isEmpty)
        }
        let german = try cli.run(["--language", "xx", "status"], extraEnvironment: Self.german)
        #expect(german.status == 64)
        #expect(german.stderr == "optout: \"xx\" ist keine Sprache, die optout spricht. --language erwartet eine von: en (Englisch), de (Deutsch), fr (Französisch), nl (Niederländisch), es (Spanisch), it (Italienisch), pt (Portugiesisch).\n")
        #expect(!FileManager.default.fileExists(atPath: cli.statePath))
    }

    @Test func theLinkedInLanguageTakesTheSameFormsAndItsErrorIsTranslated() throws {
        let cli = Runner("lang")
        defer { cli.cleanUp() }
        for code in ["pt-BR", "pt_BR.UTF-8", "de_DE", "FR", "it_CH@euro"] {
            let result = try cli.run(["guide", "--linkedin-language", code])
            #expect(result.status == 0, "\(code): \(result.stderr)")
        }
        #expect(try cli.run(["guide", "--linkedin-language", "de_AT"]).stdout.contains("Daten zur Verbesserung generativer KI"))
        let refused = try cli.run(["guide", "--linkedin-language", "pl"], extraEnvironment: ["LANG": "es_ES.UTF-8"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("\"pl\" no es un idioma que optout conozca. --linkedin-language acepta uno de: en (inglés), de (alemán)"))
        let days = try cli.run(["summary", "--recheck-days", "0"], extraEnvironment: ["LANG": "it_IT.UTF-8"])
        #expect(days.status == 64)
        #expect(days.stderr.contains("--recheck-days accetta un numero di giorni da 1 a 3650."))
        let command = try cli.run(["statsu"], extraEnvironment: ["LANG": "fr_FR.UTF-8"])
        #expect(command.status == 64)
        #expect(command.stderr.contains("\"statsu\" n'est pas une commande. Les commandes sont\u{A0}: start, status"))
    }

    @Test func jsonAndTheExportedGuideDoNotChangeWithTheLanguage() throws {
        let cli = Runner("lang")
        defer { cli.cleanUp() }
        try cli.run(["--plain"], input: "d\n1\n2\n1\nq\n")
        for arguments in [["status", "--json"], ["summary", "--format", "json"], ["guide", "export"]] {
            let english = try cli.run(arguments)
            for environment in [Self.german, ["LANG": "fr_FR.UTF-8"], ["LANGUAGE": "x-pseudo", "LANG": "C.UTF-8"]] {
                let other = try cli.run(arguments, extraEnvironment: environment)
                #expect(other.stdout == english.stdout, "\(arguments) with \(environment)")
            }
            let pseudo = try cli.run(arguments + ["--language", "x-pseudo"])
            #expect(pseudo.stdout == english.stdout, "\(arguments) in the pseudo-locale")
        }
        // The text forms do change.
        #expect(try cli.run(["summary"], extraEnvironment: Self.german).stdout.contains("Nicht abgeschlossen: 4 von \(BuiltInSteps.count) Schritten erledigt"))
    }

    @Test func thePseudoLocaleMarksWhatGoesThroughTheCatalogue() throws {
        let cli = Runner("lang")
        defer { cli.cleanUp() }
        let result = try cli.run(["status", "--language", "x-pseudo"])
        #expect(result.status == 2)
        #expect(result.stdout.hasPrefix(PseudoLocale.start) && result.stdout.hasSuffix(PseudoLocale.end + "\n"))
        #expect(result.stdout.contains(cli.statePath) && result.stdout.contains("`optout`"))
        let guide = try cli.run(["guide", "--language", "x-pseudo"]).stdout
        #expect(guide.contains(PseudoLocale.transform("Which language is your LinkedIn in?")))
    }
}
