import Foundation
import OptOutTestSupport
import Testing

@testable import OptOutCore

/// The guide's prose in the member's language: `Guide.localized(to:)` (the guide file's translations,
/// else the catalogue's, else English), the language question listing the interface language first,
/// and the checks `guide validate` makes on a file's translations.
@Suite("Guide translations")
struct GuideTranslationTests {
    static let builtIn = Guide.linkedInAITraining

    static func languageStep(_ guide: Guide) throws -> GuideStep {
        try #require(guide.step("linkedin-language"))
    }

    @Test func englishIsTheGuideAsWritten() {
        #expect(Self.builtIn.localized(to: .english) == Self.builtIn)
    }

    @Test func theLanguageQuestionIsInGermanWithItsLabelReferenceKept() throws {
        let step = try Self.languageStep(Self.builtIn.localized(to: .language(.de)))
        #expect(step.title == "In welcher Sprache nutzen Sie LinkedIn?")
        #expect(step.body[0].hasSuffix("Zum Beispiel: {data-privacy}."))
        #expect(step.choice?.prompt == "Welche Sprache zeigt LinkedIn Ihnen an?")
        // Every step's text is German; ids, links and LinkedIn's labels never change.
        let german = Self.builtIn.localized(to: .language(.de))
        #expect(german.steps.map(\.id) == Self.builtIn.steps.map(\.id))
        #expect(german.step("turn-off-genai")?.title == "Die Einstellung ausschalten")
        for (step, english) in zip(german.steps, Self.builtIn.steps) {
            #expect(step.title != english.title, "\(step.id) has an English title")
        }
        #expect(german.step("open-genai-setting")?.link == Self.builtIn.step("open-genai-setting")?.link)
        #expect(german.labels == Self.builtIn.labels)
    }

    @Test(arguments: LinkedInLanguage.allCases)
    func theInterfaceLanguageComesFirstOnTheLanguageQuestion(language: LinkedInLanguage) throws {
        let options = try #require(try Self.languageStep(Self.builtIn.localized(to: .language(language))).choice?.options)
        #expect(options.first?.id == language.rawValue)
        // The same answers, only the order changes.
        #expect(Set(options.map(\.id)) == Set(LinkedInLanguage.allCases.map(\.rawValue)))
        #expect(options.count == LinkedInLanguage.allCases.count)
        // The other questions keep their order.
        #expect(Self.builtIn.localized(to: .language(language)).step("region")?.choice?.options.map(\.id)
                == Self.builtIn.step("region")?.choice?.options.map(\.id))
    }

    @Test func theGuidesOwnTranslationsComeBeforeTheCatalogues() throws {
        var guide = Self.builtIn
        guide.translations = ["de": ["Which language is your LinkedIn in?": "Welche Sprache hat Ihr LinkedIn?"]]
        let step = try Self.languageStep(guide.localized(to: .language(.de)))
        #expect(step.title == "Welche Sprache hat Ihr LinkedIn?")
        #expect(step.choice?.prompt == "Welche Sprache zeigt LinkedIn Ihnen an?")
    }

    @Test func thePseudoLocaleTransformsEveryTextAndNothingElse() throws {
        let pseudo = Self.builtIn.localized(to: .pseudo)
        let texts = pseudo.translatableTexts
        #expect(texts.count == Self.builtIn.translatableTexts.count)
        for (text, path) in texts {
            #expect(text.hasPrefix(PseudoLocale.start) && text.hasSuffix(PseudoLocale.end), "\(path)")
        }
        // Label references alone (menu path entries) and everything that is not text stay.
        #expect(pseudo.step("open-data-privacy")?.menuPath?.web == Self.builtIn.step("open-data-privacy")?.menuPath?.web)
        #expect(pseudo.step("open-data-privacy")?.menuPath?.app?.first == PseudoLocale.transform("Profile picture"))
        #expect(pseudo.sources == Self.builtIn.sources)
        #expect(pseudo.steps.map { $0.choice?.options.map(\.id) } == Self.builtIn.steps.map { $0.choice?.options.map(\.id) })
        for (text, original) in zip(texts, Self.builtIn.translatableTexts) {
            #expect(Placeholders.names(in: text.text) == Placeholders.names(in: original.text), "\(original.path)")
        }
    }

    @Test func translatableTextsCoverWhatAMemberReadsAndSkipBareLabelReferences() {
        let paths = Set(Self.builtIn.translatableTexts.map(\.path))
        for path in ["$.title", "$.purpose", "$.caveats[0]", "$.steps[0].title", "$.steps[2].choice.prompt", "$.steps[2].choice.options[6].detail"] {
            #expect(paths.contains(path), "\(path)")
        }
        #expect(Self.builtIn.translatableTexts.allSatisfy { Guide.isTranslatable($0.text) })
        #expect(!Guide.isTranslatable("{data-privacy}"))
        #expect(!Guide.isTranslatable(" {a} {b} "))
        #expect(Guide.isTranslatable("Open {data-privacy}."))
    }

    @Test func exportCarriesTheCataloguesTranslationsAndLoadsBackValid() throws {
        let exported = GuideFile.export(Self.builtIn)
        let (loaded, problems) = GuideFile.validate(Data(exported.utf8))
        #expect(problems.isEmpty, "\(problems)")
        let guide = try #require(loaded)
        for language in Catalogue.translatedLanguages {
            #expect(guide.translations[language.rawValue]?["Which language is your LinkedIn in?"]
                    == Catalogue.translation(of: "Which language is your LinkedIn in?", context: "guide", in: language))
        }
        // The file shows the same in German as the built-in guide.
        #expect(guide.localized(to: .language(.de)).translatableTexts.map(\.text)
                == Self.builtIn.localized(to: .language(.de)).translatableTexts.map(\.text))
        // Without the catalogue's help too: the file's own translations are enough.
        #expect(try Self.languageStep(guide.localized(to: .language(.fr))).title == "Dans quelle langue utilisez-vous LinkedIn\u{A0}?")
    }

    @Test func validateRefusesUnknownLanguagesEmptyTranslationsAndChangedPlaceholders() throws {
        var guide = sampleGuide
        guide.translations = [
            "xx": ["Intro": "Intro"],
            "en": ["Intro": "Introduction"],
            "de": ["Hello.": " ", "Which?": "Welche {platform}?"],
        ]
        let (_, problems) = GuideFile.validate(Data(JSONText.encode(guide).utf8))
        let text = problems.map(\.description)
        #expect(text.contains { $0.hasPrefix("$.translations.xx: unknown language \"xx\"") }, "\(text)")
        #expect(text.contains { $0.hasPrefix("$.translations.en: unknown language \"en\"") }, "\(text)")
        #expect(text.contains("$.translations.de[\"Hello.\"]: missing text"), "\(text)")
        #expect(text.contains { $0.hasPrefix("$.translations.de[\"Which?\"]: a translation keeps the placeholders") }, "\(text)")
        #expect(problems.count == 4)
    }

    @Test func validateWarnsOfStaleAndMissingTranslationsWithoutRefusing() throws {
        var guide = sampleGuide
        guide.translations = ["de": ["Intro": "Einführung", "An old title": "Ein alter Titel"]]
        let (loaded, problems) = GuideFile.validate(Data(JSONText.encode(guide).utf8))
        #expect(problems.isEmpty)
        let warnings = GuideFile.translationWarnings(in: try #require(loaded)).map(\.description)
        #expect(warnings.contains { $0.hasPrefix("$.translations.de[\"An old title\"]: translates a text the guide does not have") })
        let german = try #require(warnings.first { $0.hasPrefix("$.translations.de: ") })
        let count = guide.translatableTexts.count
        #expect(german.contains("\(count - 1) of \(count) texts have no German translation"))
        #expect(german.contains("$.steps[1].title") && !german.contains("$.steps[0].title,"))
        // Every other language, with nothing at all, is named too.
        #expect(warnings.contains { $0.hasPrefix("$.translations.fr: \(count) of \(count) texts have no French translation") })
    }

    @Test func aGuideWithoutTranslationsIsWrittenWithoutTheField() {
        #expect(!JSONText.encode(sampleGuide).contains("translations"))
        #expect(JSONText.encode(Self.builtIn.withCatalogueTranslations()).contains("\"translations\""))
    }
}
