import Foundation
import OptOutTestSupport
import Testing

@testable import OptOutCore

/// Which language optout speaks, and how a message becomes that language: the environment and
/// `--language`, language tags, plural rules read from a catalogue's header, placeholders, the
/// pseudo-locale, and the task-local language tests render in.
@Suite("Localization")
struct LocalizationTests {
    // MARK: Choosing the language

    struct Case: CustomTestStringConvertible, Sendable {
        var environment: [String: String]
        var expected: InterfaceLanguage
        var testDescription: String { "\(environment.sorted { $0.key < $1.key }) → \(expected.code)" }
    }

    static let environments: [Case] = [
        Case(environment: [:], expected: .english),
        Case(environment: ["LANG": "de_DE.UTF-8"], expected: .language(.de)),
        Case(environment: ["LANG": "pt_BR.UTF-8"], expected: .language(.pt)),
        Case(environment: ["LANG": "pt_PT"], expected: .language(.pt)),
        Case(environment: ["LANG": "de_AT"], expected: .language(.de)),
        Case(environment: ["LANG": "fr_CA.ISO-8859-1"], expected: .language(.fr)),
        Case(environment: ["LANG": "de_DE@euro"], expected: .language(.de)),
        Case(environment: ["LANG": "nl_BE.UTF-8@euro"], expected: .language(.nl)),
        Case(environment: ["LANG": "C"], expected: .english),
        Case(environment: ["LANG": "POSIX"], expected: .english),
        Case(environment: ["LANG": "C.UTF-8"], expected: .english),
        Case(environment: ["LANG": "ja_JP.UTF-8"], expected: .english),
        Case(environment: ["LANG": "en_GB.UTF-8"], expected: .english),
        // LC_ALL over LC_MESSAGES over LANG; an empty one does not count.
        Case(environment: ["LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"], expected: .language(.fr)),
        Case(environment: ["LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8", "LC_ALL": "it_IT.UTF-8"], expected: .language(.it)),
        Case(environment: ["LANG": "de_DE.UTF-8", "LC_ALL": ""], expected: .language(.de)),
        Case(environment: ["LANG": "de_DE.UTF-8", "LC_ALL": "C"], expected: .english),
        Case(environment: ["LANG": "es_ES.UTF-8", "LC_ALL": "ja_JP.UTF-8"], expected: .english),
        // LANGUAGE first, its first entry optout speaks wins...
        Case(environment: ["LANG": "de_DE.UTF-8", "LANGUAGE": "fr"], expected: .language(.fr)),
        Case(environment: ["LANG": "de_DE.UTF-8", "LANGUAGE": "ja:sv:nl_NL:fr"], expected: .language(.nl)),
        Case(environment: ["LANG": "de_DE.UTF-8", "LANGUAGE": "en:de"], expected: .english),
        Case(environment: ["LANG": "de_DE.UTF-8", "LANGUAGE": "ja:sv"], expected: .language(.de)),
        Case(environment: ["LANG": "de_DE.UTF-8", "LANGUAGE": ""], expected: .language(.de)),
        Case(environment: ["LANG": "C.UTF-8", "LANGUAGE": "pt_BR"], expected: .language(.pt)),
        // ...except in the C locale, named or unset, as GNU gettext has it.
        Case(environment: ["LANG": "C", "LANGUAGE": "de"], expected: .english),
        Case(environment: ["LC_ALL": "POSIX", "LANG": "fr_FR.UTF-8", "LANGUAGE": "de"], expected: .english),
        Case(environment: ["LANGUAGE": "de"], expected: .english),
    ]

    @Test(arguments: environments)
    func theEnvironmentChoosesTheLanguage(_ test: Case) {
        #expect(InterfaceLanguage.preferred(by: test.environment) == test.expected)
    }

    @Test func languageOnTheCommandLineWinsOverTheEnvironment() {
        let german = ["LANG": "de_DE.UTF-8", "LANGUAGE": "de"]
        #expect(InterfaceLanguage.forRun(option: "fr", environment: german) == .language(.fr))
        #expect(InterfaceLanguage.forRun(option: "pt-BR", environment: german) == .language(.pt))
        #expect(InterfaceLanguage.forRun(option: "EN", environment: german) == .english)
        #expect(InterfaceLanguage.forRun(option: "x-pseudo", environment: german) == .pseudo)
        #expect(InterfaceLanguage.forRun(option: nil, environment: german) == .language(.de))
        #expect(InterfaceLanguage.forRun(option: "klingon", environment: german) == nil)
        #expect(InterfaceLanguage.forRun(option: "", environment: german) == nil)
        #expect(InterfaceLanguage.forRun(option: "C", environment: german) == nil)
    }

    @Test func languageTagsInEveryFormNameTheirLanguage() {
        let forms: [(String, LinkedInLanguage?)] = [
            ("de", .de), ("DE", .de), ("de-AT", .de), ("de_CH.UTF-8", .de), ("de_DE@euro", .de), ("pt-BR", .pt),
            ("pt_BR.UTF-8", .pt), ("fr_CA", .fr), (" it ", .it), ("es-419", .es), ("nl_NL.ISO-8859-15@euro", .nl),
            ("en_US", .en), ("C", nil), ("POSIX", nil), ("", nil), ("deu", nil), ("german", nil), ("x-pseudo", nil),
        ]
        for (tag, language) in forms { #expect(LinkedInLanguage(tag: tag) == language, "\(tag)") }
    }

    @Test func theUnknownCodeMessageListsTheCodesInTheLanguageOfTheRun() {
        #expect(
            InterfaceLanguage.unknownCodeMessage("xx")
                == "\"xx\" is not a language optout speaks. --language takes one of: en (English), de (German), "
                + "fr (French), nl (Dutch), es (Spanish), it (Italian), pt (Portuguese).")
        let german = InterfaceLanguage.$current.withValue(.language(.de)) { InterfaceLanguage.unknownCodeMessage("xx") }
        #expect(german.hasPrefix("\"xx\" ist keine Sprache, die optout spricht."))
        #expect(german.contains("de (Deutsch), fr (Französisch)"))
    }

    // MARK: Plural rules

    /// Rules from gettext's manual, with what they should say, so the evaluator is tested on more than
    /// the two rules optout's catalogues use.
    static let rules: [(String, @Sendable (Int) -> Int)] = [
        ("nplurals=2; plural=(n != 1);", { $0 != 1 ? 1 : 0 }),
        ("nplurals=2; plural=(n > 1);", { $0 > 1 ? 1 : 0 }),
        ("nplurals=1; plural=0;", { _ in 0 }),
        ("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);", { n in
            n % 10 == 1 && n % 100 != 11 ? 0 : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20) ? 1 : 2
        }),
        ("nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;", { n in n == 1 ? 0 : (n >= 2 && n <= 4) ? 1 : 2 }),
        ("nplurals=4; plural=(n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3);", { n in
            n % 100 == 1 ? 0 : n % 100 == 2 ? 1 : n % 100 == 3 || n % 100 == 4 ? 2 : 3
        }),
        ("nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;", { n in
            n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n % 100 >= 3 && n % 100 <= 10 ? 3 : n % 100 >= 11 ? 4 : 5
        }),
        ("nplurals=2; plural=!(n == 1);", { $0 == 1 ? 0 : 1 }),
        ("nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2;", { n in n % 10 == 1 && n % 100 != 11 ? 0 : n != 0 ? 1 : 2 }),
    ]

    @Test func pluralRulesAreEvaluatedFromTheHeaderExpression() throws {
        for (header, reference) in Self.rules {
            let rule = try #require(PluralRule(pluralForms: header), "\(header)")
            for n in 0...1_000 { #expect(rule.form(for: n) == reference(n), "\(header) for \(n)") }
        }
    }

    @Test func unreadableRulesAreRefused() {
        for header in ["", "nplurals=2;", "plural=(n != 1);", "nplurals=2; plural=(n != );", "nplurals=2; plural=(n != 1;",
                       "nplurals=2; plural=n x 1;", "nplurals=0; plural=0;"] {
            #expect(PluralRule(pluralForms: header) == nil, "\(header)")
        }
    }

    @Test func aFormOutsideTheRangeIsTheFirstAndDivisionByZeroIsZero() throws {
        let rule = try #require(PluralRule(pluralForms: "nplurals=2; plural=n;"))
        #expect(rule.form(for: 1) == 1)
        #expect(rule.form(for: 5) == 0)
        let divide = try #require(PluralRule(pluralForms: "nplurals=2; plural=n/0 + n%0;"))
        #expect(divide.form(for: 7) == 0)
    }

    @Test(arguments: Catalogue.translatedLanguages)
    func eachCataloguesRulePicksItsFormsFromItsHeader(language: LinkedInLanguage) throws {
        let header = try #require(Catalogue.pluralForms(of: language))
        let rule = try #require(PluralRule(pluralForms: header))
        // French and Portuguese count 0 as singular; the others only 1.
        let zeroIsSingular = [LinkedInLanguage.fr, .pt].contains(language)
        #expect(rule.form(for: 0) == (zeroIsSingular ? 0 : 1))
        #expect(rule.form(for: 1) == 0)
        #expect(rule.form(for: 2) == 1)
        #expect(rule.form(for: 12) == 1)
        #expect(Catalogue.table(for: language)?.rule == rule)
    }

    @Test func aPluralMessageTakesTheFormOfItsLanguage() {
        func steps(_ count: Int, _ language: InterfaceLanguage) -> String {
            InterfaceLanguage.$current.withValue(language) {
                trn("{done} of {count} step done", "{done} of {count} steps done", count: count, ["done": "0"])
            }
        }
        #expect(steps(1, .english) == "0 of 1 step done")
        #expect(steps(12, .english) == "0 of 12 steps done")
        #expect(steps(1, .language(.de)) == "0 von 1 Schritt erledigt")
        #expect(steps(12, .language(.de)) == "0 von 12 Schritten erledigt")
        #expect(steps(0, .language(.de)) == "0 von 0 Schritten erledigt")
        #expect(steps(0, .language(.fr)) == "0 sur 0 étape terminée")
        #expect(steps(2, .language(.fr)) == "0 sur 2 étapes terminées")
        #expect(steps(1, .language(.pt)) == "0 de 1 etapa concluída")
        #expect(steps(0, .language(.nl)) == "0 van 0 stappen klaar")
    }

    // MARK: Messages

    @Test func aMessageIsShownInTheLanguageOfTheCodeRunningIt() {
        #expect(tr("Resume where you stopped") == "Resume where you stopped")
        let expected: [(LinkedInLanguage, String)] = [
            (.de, "Dort weitermachen, wo Sie aufgehört haben"), (.fr, "Reprendre là où vous en étiez"),
            (.nl, "Verdergaan waar je gebleven was"), (.es, "Seguir donde lo dejaste"),
            (.it, "Riprendi dal punto in cui hai interrotto"), (.pt, "Continuar de onde você parou"),
        ]
        for (language, text) in expected {
            #expect(InterfaceLanguage.$current.withValue(.language(language)) { tr("Resume where you stopped") } == text)
        }
        // A context tells two messages with the same English apart.
        #expect(InterfaceLanguage.$current.withValue(.language(.de)) { tr("English", context: "language name") } == "Englisch")
        #expect(Catalogue.translation(of: "English", context: "guide", in: .de) == "English (Englisch)")
        // A message the catalogue does not have is shown in English.
        #expect(Catalogue.text("Not in any catalogue", in: .language(.de)) == "Not in any catalogue")
    }

    @Test func languagesBoundSideBySideDoNotMix() async {
        let languages = LinkedInLanguage.allCases
        let results = await withTaskGroup(of: (LinkedInLanguage, [String]).self) { group in
            for language in languages {
                group.addTask {
                    await InterfaceLanguage.$current.withValue(.language(language)) {
                        var seen: [String] = []
                        for _ in 0..<200 {
                            seen.append(tr("Quit", context: "resume offer"))
                            await Task.yield()
                        }
                        return (language, seen)
                    }
                }
            }
            var all: [LinkedInLanguage: [String]] = [:]
            for await (language, seen) in group { all[language] = seen }
            return all
        }
        for language in languages {
            let expected = InterfaceLanguage.$current.withValue(.language(language)) { tr("Quit", context: "resume offer") }
            #expect(Set(results[language] ?? []) == [expected], "\(language)")
        }
        #expect(Set(languages.map { language in InterfaceLanguage.$current.withValue(.language(language)) { tr("Quit", context: "resume offer") } }).count == 7)
    }

    @Test func placeholdersAreFilledByNameAndValuesAreNotReadAgain() {
        #expect(Placeholders.fill("Saved to {path}.", ["path": "/tmp/{count}"]) == "Saved to /tmp/{count}.")
        #expect(Placeholders.fill("{a} and {b} and {a}", ["a": "1", "b": "2"]) == "1 and 2 and 1")
        // Names nobody gave (a guide's label keys) stay; braces that are not a name are text.
        #expect(Placeholders.fill("Click {data-privacy} in {x}", ["x": "y"]) == "Click {data-privacy} in y")
        #expect(Placeholders.fill("{ not a name } {} {a", ["a": "1"]) == "{ not a name } {} {a")
        #expect(Placeholders.names(in: "{a} {b-c} {d_e} {a} {} { x }") == ["a", "b-c", "d_e", "a"])
    }

    // MARK: The pseudo-locale

    @Test func thePseudoLocaleMarksLengthensAndKeepsPlaceholdersAndCommands() {
        let english = "No progress saved yet at {path}. Run `optout` to start."
        let pseudo = PseudoLocale.transform(english)
        #expect(pseudo.hasPrefix(PseudoLocale.start) && pseudo.hasSuffix(PseudoLocale.end))
        #expect(pseudo.contains("{path}") && pseudo.contains("`optout`"))
        #expect(Placeholders.names(in: pseudo) == ["path"])
        #expect(Double(pseudo.count) >= Double(english.count) * 1.4)
        #expect(pseudo != english)
        // Through tr, with the placeholder filled after the transformation.
        let shown = InterfaceLanguage.$current.withValue(.pseudo) {
            tr("No progress saved yet at {path}. Run `optout` to start.", ["path": "/home/a/progress.json"])
        }
        #expect(shown.contains("/home/a/progress.json") && shown.hasPrefix(PseudoLocale.start))
        // Every message of the catalogue grows by 40%, and no padding word is longer than eight characters.
        for message in Catalogue.messages(in: .de) {
            let transformed = PseudoLocale.transform(message.msgid)
            #expect(Double(transformed.count) >= Double(message.msgid.count) * 1.4, "\(message.msgid)")
            #expect(!transformed.contains(String(repeating: "~", count: 8)), "\(transformed)")
        }
    }

    @Test func pseudoIsALanguageForDevelopersOnly() {
        #expect(InterfaceLanguage(code: "x-pseudo") == .pseudo)
        #expect(InterfaceLanguage(code: "X-Pseudo") == .pseudo)
        #expect(InterfaceLanguage.pseudo.code == "x-pseudo")
        #expect(InterfaceLanguage.pseudo.linkedInLanguage == nil)
        #expect(!LinkedInLanguage.codeList.contains("pseudo"))
    }
}
