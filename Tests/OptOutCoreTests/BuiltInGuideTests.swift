import Foundation
import OptOutTestSupport
import Testing

@testable import OptOutCore

@Suite("Built-in LinkedIn guide")
struct BuiltInGuideTests {
    let guide = Guide.linkedInAITraining
    /// The guide as an English-speaking member reads it, label references resolved.
    var english: Guide { guide.resolvingLabels(for: .en) }

    static let expectedStepIDs = [
        "about", "platform", "linkedin-language", "region", "sign-in", "open-data-privacy", "open-genai-setting",
        "turn-off-genai", "understand-limits", "objection-form", "related-settings", "finish",
    ]

    static let genAIPageURL = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
    static let objectionFormURL = "https://www.linkedin.com/help/linkedin/ask/TS-DPRO"
    static let settingLabel = "Data for Generative AI Improvement"
    static let toggleLabel = "Use my data for training content creation AI models"

    /// Every piece of text a guide shows, joined, for "does the guide say X" checks.
    static func allText(_ guide: Guide) -> String {
        var parts: [String] = [guide.title, guide.purpose] + guide.caveats + [guide.reportTo ?? ""]
        for step in guide.steps {
            parts.append(step.title)
            parts += step.textsWithLabels
            if let link = step.link { parts.append(link.url) }
            if let choice = step.choice { parts += [choice.prompt] + choice.options.map(\.label) }
        }
        return parts.joined(separator: "\n")
    }

    // MARK: Identity

    @Test func identity() {
        #expect(guide.id == "linkedin-ai-training")
        #expect(guide.title == "Opt out of LinkedIn's AI training")
        #expect(guide.version == "1.2.0")
        // The facts and the labels' judgements were read again on 2026-12-07.
        #expect(guide.lastVerified == "2026-12-07")
        #expect(guide.changelog.last?.version == guide.version, "the changelog describes the guide's own version")
        #expect(guide.changelog.last?.date == guide.lastVerified)
        #expect(!guide.purpose.isEmpty)
    }

    @Test func lastVerifiedIsAValidDate() {
        #expect(CalendarDay.parse(guide.lastVerified) == guide.lastVerified)
    }

    @Test func theLastVerifiedDateIsWrittenOnceAndDerivedEverywhere() {
        // The day is data; the text refers to it, so it cannot drift from `lastVerified`.
        #expect(!Self.allText(guide).contains(guide.lastVerified))
        #expect(Self.allText(guide).contains("{lastVerified}"))
        let about = english.step("about")?.body.joined(separator: " ") ?? ""
        #expect(about.contains("last verified on \(guide.lastVerified)"))
        #expect(english.caveats.contains { $0.contains(guide.lastVerified) })
    }

    // MARK: Steps

    @Test func stepIDsAreExactlyTheTwelveInOrder() {
        let ids = guide.steps.map(\.id)
        #expect(ids == Self.expectedStepIDs)
        #expect(Set(ids).count == ids.count, "step ids must be unique")
    }

    @Test func stepKinds() {
        let kinds = Dictionary(uniqueKeysWithValues: guide.steps.map { ($0.id, $0.kind) })
        #expect(kinds["about"] == .info)
        #expect(kinds["platform"] == .choice)
        #expect(kinds["linkedin-language"] == .choice)
        #expect(kinds["region"] == .choice)
        #expect(kinds["understand-limits"] == .info)
        #expect(kinds["finish"] == .finish)
        for id in ["sign-in", "open-data-privacy", "open-genai-setting", "turn-off-genai", "objection-form", "related-settings"] {
            #expect(kinds[id] == .action, "\(id) should be an action step")
        }
        #expect(guide.steps.last?.kind == .finish)
        #expect(guide.steps.filter { $0.kind == .finish }.count == 1)
    }

    @Test func everyStepHasTitleAndBody() {
        for step in guide.steps {
            #expect(!step.title.trimmingCharacters(in: .whitespaces).isEmpty, "\(step.id) has no title")
            #expect(!step.body.isEmpty, "\(step.id) has no body")
            #expect(step.body.allSatisfy { !$0.trimmingCharacters(in: .whitespaces).isEmpty }, "\(step.id) has an empty paragraph")
        }
    }

    @Test func everyActionStepHasInstructionsForBothPlatformsAndAnExpectation() throws {
        let actions = guide.steps.filter { $0.kind == .action }
        #expect(!actions.isEmpty)
        for step in actions {
            let instructions = try #require(step.instructions, "\(step.id) has no instructions")
            for platform in Platform.allCases {
                let list = instructions.value(for: platform) ?? []
                #expect(!list.isEmpty, "\(step.id) has no instructions for \(platform)")
            }
            #expect(!(step.expected ?? "").isEmpty, "\(step.id) has no expected result")
        }
    }

    @Test func menuPathsResolveForBothPlatformsAndEveryLanguage() throws {
        for step in guide.steps {
            guard let menuPath = step.menuPath else { continue }
            for platform in Platform.allCases {
                #expect(!(menuPath.value(for: platform) ?? []).isEmpty, "\(step.id) has a menu path but none for \(platform)")
            }
        }
        #expect(english.step("open-data-privacy")?.menuPath?.value(for: .web) == ["Me", "Settings & Privacy", "Data privacy"])
        // One account gives the app's "Settings": shown as not verified.
        #expect(english.step("open-data-privacy")?.menuPath?.value(for: .app) == ["Profile picture", "Settings (not verified)", "Data privacy"])
        #expect(english.step("open-genai-setting")?.menuPath?.value(for: .web)?.last == Self.settingLabel)
        let german = guide.resolvingLabels(for: .de)
        #expect(german.step("open-data-privacy")?.menuPath?.value(for: .web) == [
            "Sie (\"Me\"; not verified)", "Einstellungen & Datenschutz (\"Settings & Privacy\")", "Datenschutz (\"Data privacy\")",
        ])
        #expect(german.step("open-genai-setting")?.menuPath?.value(for: .app)?.last
            == "Daten zur Verbesserung generativer KI (\"Data for Generative AI Improvement\")")
    }

    @Test func onlyRelatedSettingsIsOptional() {
        #expect(guide.steps.filter(\.optional).map(\.id) == ["related-settings"])
    }

    // MARK: Choices

    @Test func choiceStepsHaveUniqueOptionIDs() throws {
        let choices = guide.steps.filter { $0.kind == .choice }
        #expect(choices.map(\.id) == ["platform", "linkedin-language", "region"])
        for step in choices {
            let choice = try #require(step.choice, "\(step.id) is a choice step without a choice")
            let ids = choice.options.map(\.id)
            #expect(ids.count >= 2, "\(step.id) offers fewer than two options")
            #expect(Set(ids).count == ids.count, "\(step.id) has duplicate option ids")
            #expect(!choice.prompt.isEmpty)
        }
        for step in guide.steps where step.kind != .choice {
            #expect(step.choice == nil, "\(step.id) is not a choice step but has a choice")
        }
    }

    @Test func theLanguageStepComesRightAfterThePlatformWithEnglishFirst() throws {
        let index = try #require(guide.index(ofStep: "linkedin-language"))
        #expect(guide.steps[index - 1].id == "platform")
        let choice = try #require(guide.steps[index].choice)
        #expect(choice.answerKey == "linkedInLanguage")
        #expect(choice.options.map(\.id) == ["en", "de", "fr", "nl", "es", "it", "pt"])
        #expect(choice.options.first?.label == "English")
        #expect(choice.option(matching: "de")?.label == "Deutsch (German)")
    }

    @Test func platformAndRegionOptionsMatchTheirCases() throws {
        #expect(guide.step("platform")?.choice?.options.map(\.id) == Platform.allCases.map(\.rawValue))
        #expect(guide.step("region")?.choice?.options.map(\.id) == Region.allCases.map(\.rawValue))
    }

    @Test func regionStepHasNotesForEveryRegion() throws {
        let step = try #require(guide.step("region"))
        for region in Region.allCases {
            #expect(!step.notes(for: region).isEmpty, "region step has no note for \(region.rawValue)")
        }
        for region in [Region.euEEA, .switzerland, .uk, .canada, .hongKong] {
            #expect(step.notes(for: region).contains { $0.contains("2025-11-03") }, "\(region.rawValue) lacks 2025-11-03")
        }
        #expect(step.notes(for: .euEEA).contains { $0.contains("Article 21 GDPR") })
        #expect(step.notes(for: .uk).contains { $0.contains("UK GDPR") })
        #expect(step.notes(for: nil).isEmpty)
    }

    // MARK: What the guide says, read against its sources

    @Test func theObjectionFormSaysWhatIsKnownInEveryRegion() throws {
        let form = try #require(guide.step("objection-form"))
        for region in [Region.canada, .hongKong, .elsewhere] {
            let notes = form.notes(for: region).joined(separator: " ")
            #expect(notes.contains("do not say whether LinkedIn acts on objections"), "\(region.rawValue)")
        }
        #expect(form.unverified.contains { $0.contains("acts on objections from members outside") })
        #expect(!form.optional, "the form stays on every member's checklist")
        #expect(form.instructions?.any?.contains("Fill in the email address of your LinkedIn account.") == true)
    }

    @Test func theFinishStepSaysWhatToKeepWithoutMarkup() throws {
        let body = try #require(guide.step("finish")).body
        let text = body.joined(separator: " ")
        #expect(!text.contains("`"), "no raw backticks on the screen")
        #expect(text.contains("optout summary --format markdown"), "the record to keep is the Markdown summary")
        #expect(text.contains("working state"))
        #expect(text.contains("writes a calendar file") && text.contains("Import it"))
        #expect(!text.contains("adds a reminder"))
        #expect(!text.contains("the note with its date"), "the date and reference are recorded by sent and received")
        #expect(body.allSatisfy { $0.count < 200 }, "one topic per paragraph")
    }

    @Test func theDirectLinkIsOfferedForABrowserNotForEveryDevice() {
        let text = Self.allText(guide)
        #expect(!text.contains("any device"))
        #expect(text.contains("web browser where you are signed in to LinkedIn"))
    }

    @Test func datesThatHavePassedAreNotInTheFuture() throws {
        let garante = try #require(guide.step("region")?.notes(for: .euEEA).first { $0.contains("Garante") })
        #expect(garante.contains("That date has passed"))
        #expect(garante.contains("covers only your content from now on"))
        for note in guide.steps.flatMap(\.regionNotes).map(\.text) {
            #expect(!note.contains("From 2025-11-03"), "2025-11-03 has passed: \(note)")
        }
    }

    @Test func theUKNoteNamesItsSourceOnce() throws {
        let uk = try #require(guide.step("region")?.notes(for: .uk).first { $0.contains("2024-09-20") })
        #expect(uk.components(separatedBy: "Information Commissioner's Office").count == 2)
        #expect(!uk.contains("according to"))
    }

    @Test func microsoftDataSharingHasRegionNotes() throws {
        let related = try #require(guide.step("related-settings"))
        #expect(related.notes(for: .elsewhere).contains { $0.contains("applies where you live") })
        #expect(related.notes(for: .canada).contains { $0.contains("applies where you live") })
        #expect(related.notes(for: .euEEA).contains { $0.contains("outside your region") })
        #expect(related.unverified.contains { $0.contains("Microsoft") })
    }

    @Test func smallPoints() {
        #expect(guide.caveats.contains { $0.contains("The steps concerned list them under \"Not verified\"") })
        let elsewhere = guide.step("region")?.notes(for: .elsewhere).joined() ?? ""
        #expect(elsewhere.hasPrefix("Outside the EU/EEA, Switzerland, the UK, Canada and Hong Kong"))
    }

    // MARK: Labels

    @Test func everyLabelHasEveryLanguageAndAKnownEnglishWording() {
        #expect(!guide.labels.isEmpty)
        for (key, languages) in guide.labels {
            #expect(Set(languages.keys) == Set(LinkedInLanguage.allCases.map(\.rawValue)), "\(key)")
            let english = languages["en"]
            #expect(english?.judgement != .notFound && english?.wording.count == 1, "\(key) needs one English wording")
            for (code, wording) in languages {
                #expect((wording.judgement == .notFound) == wording.wording.isEmpty, "\(key).\(code)")
                if wording.judgement != .notFound { #expect(!wording.sourceIds.isEmpty, "\(key).\(code) names no source") }
                if wording.judgement == .official || wording.judgement == .agreed { #expect(wording.wording.count == 1) }
            }
        }
    }

    @Test func everyLabelTheTextNamesExistsAndEveryLabelIsUsed() {
        let used = Set(Guide.labelKeys(in: guide.steps.flatMap(\.textsWithLabels) + guide.caveats + [guide.purpose]))
        #expect(used == Set(guide.labels.keys))
    }

    @Test func linkedInsLabelsAreNamedByReferenceSoTheyCanBeTranslated() {
        // A label written out in English would stay English for a member whose LinkedIn is in German.
        let raw = Self.allText(guide)
        for (key, languages) in guide.labels {
            guard let words = languages["en"]?.wording.first, words.count > 5 else { continue }
            #expect(!raw.contains("\"\(words)\""), "\"\(words)\" is written out; use {\(key)}")
        }
        for step in guide.steps {
            #expect(LabelResolver.references(in: step.title).isEmpty, "titles are the guide's own words: \(step.id)")
        }
    }

    @Test(arguments: LinkedInLanguage.allCases)
    func everyReferenceResolvesInEveryLanguage(language: LinkedInLanguage) {
        let resolved = Self.allText(guide.resolvingLabels(for: language))
        #expect(!resolved.contains("{"), "an unresolved reference in \(language.rawValue)")
    }

    @Test func germanLabelsComeWithTheEnglishInBrackets() {
        let german = Self.allText(guide.resolvingLabels(for: .de))
        #expect(german.contains("\"Daten zur Verbesserung generativer KI\" (\"Data for Generative AI Improvement\")"))
        #expect(german.contains("\"Aus\" (\"Off\")"))
        #expect(german.contains("\"Sie\" (\"Me\"; not verified)"))
        #expect(german.contains("\"Ads outside of LinkedIn\" (German wording not known)"))
    }

    @Test func frenchVariantsAreAllShownAndUnknownWordingsSaySo() {
        let french = Self.allText(guide.resolvingLabels(for: .fr))
        #expect(french.contains(
            "\"Utiliser mes données pour entraîner les modèles d’IA de création de contenu\" or "
                + "\"Utiliser mes données pour entraîner des modèles d’IA de création de contenu\" "
                + "(\"Use my data for training content creation AI models\"; not verified)"))
        #expect(french.contains("\"Off\" (French wording not known)"))
        #expect(french.contains("\"Confidentialité des données\" (\"Data privacy\")"))
    }

    // MARK: Links and sources

    @Test func everyLinkIsHTTPSOnLinkedInAndCitesASource() throws {
        let links = guide.steps.compactMap(\.link)
        #expect(links.count >= 3)
        for link in links {
            let url = try #require(URL(string: link.url), "link does not parse: \(link.url)")
            #expect(url.scheme == "https" && url.host == "www.linkedin.com", "\(link.url)")
            #expect(!link.sourceIds.isEmpty, "\(link.url) cites no source")
        }
        #expect(guide.step("open-genai-setting")?.link?.url == Self.genAIPageURL)
        #expect(guide.step("turn-off-genai")?.link?.url == Self.genAIPageURL)
        #expect(guide.step("objection-form")?.link?.url == Self.objectionFormURL)
    }

    @Test func everyCitedSourceExistsAndEveryFactCitesOne() {
        let ids = guide.sources.map(\.id)
        #expect(Set(ids).count == ids.count, "source ids must be unique")
        var cited: [String] = []
        for step in guide.steps {
            cited += step.sourceIds + (step.link?.sourceIds ?? []) + step.regionNotes.flatMap(\.sourceIds)
            for note in step.regionNotes { #expect(!note.sourceIds.isEmpty, "\(step.id): a region note cites nothing") }
            if !step.unverified.isEmpty || !step.regionNotes.isEmpty { #expect(!step.sourceIds.isEmpty, "\(step.id)") }
        }
        cited += guide.labels.values.flatMap { $0.values.flatMap(\.sourceIds) }
        cited += guide.changelog.flatMap { $0.sourceIds + $0.regionNotes.flatMap(\.sourceIds) }
        for id in cited { #expect(ids.contains(id), "unknown source \(id)") }
        #expect(Set(cited) == Set(ids), "every source is cited by something")
        for source in guide.sources {
            #expect(source.publisher?.isEmpty == false && CalendarDay.parse(source.dateRead ?? "") != nil, "\(source.id)")
            let url = source.url.flatMap { URL(string: $0) }
            #expect(url?.scheme == "https" && url?.host?.isEmpty == false, "\(source.id) has no https address")
        }
    }

    @Test func theGenerativeAISettingAndTheToggleAreNamedAsLinkedInNamesThem() throws {
        let open = try #require(english.step("open-genai-setting"))
        #expect(open.link?.label == Self.settingLabel)
        let turnOff = try #require(english.step("turn-off-genai"))
        #expect(turnOff.instructions?.value(for: .web)?.contains { $0.contains(Self.toggleLabel) } == true)
        #expect(turnOff.expected == "The toggle \"\(Self.toggleLabel)\" shows \"Off\".")
        #expect(english.step("objection-form")?.link?.label == "Data Processing Objection Form")
    }

    @Test func caveatsCoverTheEssentials() {
        let caveats = english.caveats.joined(separator: "\n")
        #expect(caveats.contains("does not undo"))
        #expect(caveats.contains("Data Processing Objection Form"))
        #expect(caveats.contains("2025-11-03"))
        #expect(caveats.contains(guide.lastVerified))
    }

    @Test func aboutStepSaysWhatOptoutDoesNotDo() throws {
        let about = try #require(guide.step("about")).body.joined(separator: " ")
        #expect(about.contains("not log in"))
        #expect(about.contains("network"))
        #expect(about.contains("local file"))
        #expect(!about.contains("/"), "the about step must not name a path")
    }

    @Test func reportsGoSomewhere() {
        #expect(guide.reportTo?.contains("optout") == true)
    }

    // MARK: Encoding

    @Test func roundTripsThroughJSON() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(guide)
        let decoded = try JSONDecoder().decode(Guide.self, from: data)
        #expect(decoded == guide)
        #expect(try encoder.encode(decoded) == data)
    }
}
