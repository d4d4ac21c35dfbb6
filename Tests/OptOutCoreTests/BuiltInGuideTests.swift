import Foundation
import Testing

@testable import OptOutCore

@Suite("Built-in LinkedIn guide")
struct BuiltInGuideTests {
    let guide = Guide.linkedInAITraining

    static let expectedStepIDs = [
        "about", "platform", "region", "sign-in", "open-data-privacy", "open-genai-setting",
        "turn-off-genai", "understand-limits", "objection-form", "related-settings", "finish",
    ]

    static let genAIPageURL = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
    static let objectionFormURL = "https://www.linkedin.com/help/linkedin/ask/TS-DPRO"
    static let settingLabel = "Data for Generative AI Improvement"
    static let toggleLabel = "Use my data for training content creation AI models"

    /// The shared facts file, read at test time. Missing or unreadable fails the test.
    static func factsText() throws -> String {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // OptOutCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
        let url = packageRoot
            .appendingPathComponent("../shared/facts/linkedin-ai-training.md")
            .standardizedFileURL
        let data = try #require(
            FileManager.default.contents(atPath: url.path),
            "facts file not found at \(url.path)"
        )
        let text = try #require(String(data: data, encoding: .utf8), "facts file is not UTF-8")
        try #require(!text.isEmpty, "facts file is empty")
        return text
    }

    /// The facts with every run of whitespace turned into one space: the file wraps its
    /// lines, so a label may be split across two of them.
    static func factsFlowed() throws -> String {
        try factsText()
            .split(whereSeparator: { $0.isWhitespace })
            .joined(separator: " ")
    }

    /// Every piece of text the guide shows, joined, for "does the guide say X" checks.
    func allText() -> String {
        var parts: [String] = [guide.title, guide.purpose] + guide.caveats
        for step in guide.steps {
            parts.append(step.title)
            parts += step.body
            for platform in Platform.allCases {
                parts += step.instructions?.value(for: platform) ?? []
                parts += step.menuPath?.value(for: platform) ?? []
            }
            if let link = step.link { parts += [link.label, link.url] }
            if let expected = step.expected { parts.append(expected) }
            parts += step.regionNotes.map(\.text)
            if let choice = step.choice {
                parts.append(choice.prompt)
                for option in choice.options { parts += [option.label, option.detail ?? ""] }
            }
            parts += step.unverified
        }
        return parts.joined(separator: "\n")
    }

    func links() -> [GuideLink] {
        guide.steps.compactMap(\.link)
    }

    // MARK: Identity

    @Test func identity() {
        #expect(guide.id == "linkedin-ai-training")
        #expect(guide.title == "Opt out of LinkedIn's AI training")
        #expect(guide.version == "1.0.0")
        #expect(guide.lastVerified == "2026-11-29")
        #expect(!guide.purpose.isEmpty)
    }

    @Test func lastVerifiedIsAValidDate() throws {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.isLenient = false
        let date = try #require(formatter.date(from: guide.lastVerified))
        // Strict: formatting back gives the same string (rejects 2026-13-01, 2026-2-3, ...).
        #expect(formatter.string(from: date) == guide.lastVerified)
        #expect(guide.lastVerified.count == 10)
    }

    // MARK: Steps

    @Test func stepIDsAreExactlyTheElevenInOrder() {
        let ids = guide.steps.map(\.id)
        #expect(ids == Self.expectedStepIDs)
        #expect(Set(ids).count == ids.count, "step ids must be unique")
    }

    @Test func stepKinds() {
        let kinds = Dictionary(uniqueKeysWithValues: guide.steps.map { ($0.id, $0.kind) })
        #expect(kinds["about"] == .info)
        #expect(kinds["platform"] == .choice)
        #expect(kinds["region"] == .choice)
        #expect(kinds["understand-limits"] == .info)
        #expect(kinds["finish"] == .finish)
        for id in ["sign-in", "open-data-privacy", "open-genai-setting", "turn-off-genai",
                   "objection-form", "related-settings"] {
            #expect(kinds[id] == .action, "\(id) should be an action step")
        }
        #expect(guide.steps.last?.kind == .finish)
        #expect(guide.steps.filter { $0.kind == .finish }.count == 1)
    }

    @Test func everyStepHasTitleAndBody() {
        for step in guide.steps {
            #expect(!step.title.trimmingCharacters(in: .whitespaces).isEmpty, "\(step.id) has no title")
            #expect(!step.body.isEmpty, "\(step.id) has no body")
            #expect(step.body.allSatisfy { !$0.trimmingCharacters(in: .whitespaces).isEmpty },
                    "\(step.id) has an empty paragraph")
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
                #expect(list.allSatisfy { !$0.trimmingCharacters(in: .whitespaces).isEmpty },
                        "\(step.id) has an empty instruction for \(platform)")
            }
            let expected = step.expected ?? ""
            #expect(!expected.isEmpty, "\(step.id) has no expected result")
        }
    }

    @Test func menuPathsResolveForBothPlatforms() {
        for step in guide.steps {
            guard let menuPath = step.menuPath else { continue }
            for platform in Platform.allCases {
                #expect(!(menuPath.value(for: platform) ?? []).isEmpty,
                        "\(step.id) has a menu path but none for \(platform)")
            }
        }
        #expect(guide.step("open-data-privacy")?.menuPath?.value(for: .web)
                == ["Me", "Settings & Privacy", "Data privacy"])
        #expect(guide.step("open-data-privacy")?.menuPath?.value(for: .app)
                == ["Profile picture", "Settings", "Data privacy"])
        #expect(guide.step("open-genai-setting")?.menuPath?.value(for: .web)?.last == Self.settingLabel)
        #expect(guide.step("open-genai-setting")?.menuPath?.value(for: .app)?.last == Self.settingLabel)
    }

    @Test func onlyRelatedSettingsIsOptional() {
        let optional = guide.steps.filter(\.optional).map(\.id)
        #expect(optional == ["related-settings"])
    }

    // MARK: Choices

    @Test func choiceStepsHaveUniqueOptionIDs() throws {
        let choices = guide.steps.filter { $0.kind == .choice }
        #expect(choices.map(\.id) == ["platform", "region"])
        for step in choices {
            let choice = try #require(step.choice, "\(step.id) is a choice step without a choice")
            let ids = choice.options.map(\.id)
            #expect(ids.count >= 2, "\(step.id) offers fewer than two options")
            #expect(Set(ids).count == ids.count, "\(step.id) has duplicate option ids")
            #expect(choice.options.allSatisfy { !$0.label.isEmpty }, "\(step.id) has an unlabelled option")
            #expect(!choice.prompt.isEmpty)
        }
        for step in guide.steps where step.kind != .choice {
            #expect(step.choice == nil, "\(step.id) is not a choice step but has a choice")
        }
    }

    @Test func platformOptionsMatchPlatformCases() throws {
        let choice = try #require(guide.step("platform")?.choice)
        #expect(choice.answerKey == "platform")
        #expect(choice.options.map(\.id) == Platform.allCases.map(\.rawValue))
        #expect(choice.options.allSatisfy { Platform(rawValue: $0.id) != nil })
        #expect(choice.option(matching: "web")?.label == "Desktop web browser")
        #expect(choice.option(matching: "app")?.label == "LinkedIn mobile app")
    }

    @Test func regionOptionsMatchRegionCases() throws {
        let choice = try #require(guide.step("region")?.choice)
        #expect(choice.answerKey == "region")
        #expect(choice.options.map(\.id) == Region.allCases.map(\.rawValue))
        #expect(choice.options.map(\.id) == ["eu-eea", "switzerland", "uk", "canada", "hong-kong", "elsewhere"])
    }

    @Test func regionStepHasNotesForEveryRegion() throws {
        let step = try #require(guide.step("region"))
        for region in Region.allCases where region != .elsewhere {
            #expect(!step.notes(for: region).isEmpty, "region step has no note for \(region.rawValue)")
        }
        // Every region that changed on 2025-11-03 says so.
        for region in [Region.euEEA, .switzerland, .uk, .canada, .hongKong] {
            #expect(step.notes(for: region).contains { $0.contains("2025-11-03") },
                    "region note for \(region.rawValue) does not mention 2025-11-03")
        }
        #expect(step.notes(for: .euEEA).contains { $0.contains("Article 21 GDPR") })
        #expect(step.notes(for: .uk).contains { $0.contains("UK GDPR") })
        #expect(step.notes(for: nil).isEmpty)
    }

    @Test func regionNotesAreNotEmpty() {
        for step in guide.steps {
            for note in step.regionNotes {
                #expect(!note.regions.isEmpty, "\(step.id) has a region note for no region")
                #expect(!note.text.isEmpty, "\(step.id) has an empty region note")
            }
        }
    }

    // MARK: Links and sources

    @Test func everyLinkIsHTTPSOnLinkedIn() throws {
        #expect(links().count >= 3)
        for link in links() {
            let url = try #require(URL(string: link.url), "link does not parse: \(link.url)")
            #expect(url.scheme == "https", "not https: \(link.url)")
            #expect(url.host == "www.linkedin.com", "not www.linkedin.com: \(link.url)")
            #expect(!link.label.isEmpty)
        }
    }

    @Test func everySourceIDExists() {
        let ids = guide.sources.map(\.id)
        #expect(Set(ids).count == ids.count, "source ids must be unique")
        for step in guide.steps {
            for sourceID in step.sourceIds {
                #expect(ids.contains(sourceID), "\(step.id) cites unknown source \(sourceID)")
            }
        }
        for required in ["help-a6278444", "help-92055", "erpn", "helpnet-2025-09-18", "ico-2024-09-20",
                         "garante-2025-10-28", "help-a1397243"] {
            #expect(ids.contains(required), "missing source \(required)")
        }
    }

    @Test func sourceURLsAreHTTPSAndComeFromTheFacts() throws {
        let facts = try Self.factsFlowed()
        for source in guide.sources {
            #expect(!source.title.isEmpty, "source \(source.id) has no title")
            guard let string = source.url else { continue }
            let url = try #require(URL(string: string), "source \(source.id) url does not parse")
            #expect(url.scheme == "https", "source \(source.id) url is not https")
            #expect(facts.contains(string), "source \(source.id) url is not in the facts file")
        }
    }

    @Test func everyLinkURLIsInTheFacts() throws {
        let facts = try Self.factsFlowed()
        for link in links() {
            #expect(facts.contains(link.url), "link \(link.url) is not in the facts file")
        }
    }

    // MARK: Agreement with the facts file

    @Test func genAISettingAgreesWithTheFacts() throws {
        let facts = try Self.factsFlowed()
        #expect(facts.contains(Self.genAIPageURL))
        #expect(facts.contains(Self.settingLabel))
        #expect(facts.contains(Self.toggleLabel))

        let open = try #require(guide.step("open-genai-setting"))
        let openLink = try #require(open.link)
        #expect(openLink.url == Self.genAIPageURL)
        #expect(openLink.label == Self.settingLabel)

        let turnOff = try #require(guide.step("turn-off-genai"))
        let turnOffLink = try #require(turnOff.link)
        #expect(turnOffLink.url == Self.genAIPageURL)
        #expect(turnOff.instructions?.value(for: .web)?.contains { $0.contains(Self.toggleLabel) } == true)
        #expect(turnOff.instructions?.value(for: .app)?.contains { $0.contains(Self.toggleLabel) } == true)
        #expect(turnOff.expected?.contains(Self.toggleLabel) == true)
        #expect(turnOff.expected?.contains("Off") == true)

        let text = allText()
        #expect(text.contains(Self.settingLabel))
        #expect(text.contains(Self.toggleLabel))
    }

    @Test func objectionFormAgreesWithTheFacts() throws {
        let facts = try Self.factsFlowed()
        #expect(facts.contains(Self.objectionFormURL))
        let link = try #require(guide.step("objection-form")?.link)
        #expect(link.url == Self.objectionFormURL)
        #expect(link.label == "Data Processing Objection Form")
        #expect(facts.contains("Data Processing Objection Form"))
    }

    @Test func directPageURLInTheFactsIsTheOneTheGuideUses() throws {
        // Read the URL out of the facts, rather than trusting the constant above.
        let facts = try Self.factsText()
        let line = try #require(
            facts.split(separator: "\n").first { $0.contains("Direct page:") },
            "facts file has no 'Direct page:' line"
        )
        let urlText = try #require(
            line.split(separator: " ").first { $0.hasPrefix("https://") }
        )
        #expect(guide.step("open-genai-setting")?.link?.url == String(urlText))

        let formLine = try #require(
            facts.split(separator: "\n").first { $0.contains("URL:") && $0.contains("TS-DPRO") },
            "facts file has no objection form URL line"
        )
        let formURL = try #require(formLine.split(separator: " ").first { $0.hasPrefix("https://") })
        #expect(guide.step("objection-form")?.link?.url == String(formURL))
    }

    @Test func menuLabelsAgreeWithTheFacts() throws {
        let facts = try Self.factsFlowed()
        for label in ["Settings & Privacy", "Data privacy", "How LinkedIn uses your data",
                      "Data for Generative AI Improvement",
                      "Use my data for training content creation AI models",
                      "Social, economic and workplace research", "Save resumes and application data",
                      "Data sharing", "Ads outside of LinkedIn"] {
            #expect(facts.contains(label), "facts file no longer says \"\(label)\"")
            #expect(allText().contains(label), "guide does not say \"\(label)\"")
        }
    }

    @Test func unverifiedPointsFromTheFactsAreListed() throws {
        let dataPrivacy = try #require(guide.step("open-data-privacy"))
        #expect(!dataPrivacy.unverified.isEmpty)
        #expect(dataPrivacy.unverified.contains { $0.contains("iOS") && $0.contains("Android") })

        let form = try #require(guide.step("objection-form"))
        #expect(form.unverified.count >= 3)
        #expect(form.unverified.contains { $0.localizedCaseInsensitiveContains("respon") })

        let related = try #require(guide.step("related-settings"))
        #expect(related.unverified.contains { $0.contains("Microsoft") })
    }

    @Test func caveatsCoverTheEssentials() {
        let caveats = guide.caveats.joined(separator: "\n")
        #expect(guide.caveats.count >= 4)
        #expect(caveats.contains("does not undo"))
        #expect(caveats.contains("Data Processing Objection Form"))
        #expect(caveats.contains("2025-11-03"))
        #expect(caveats.contains(guide.lastVerified), "a caveat must name the last-verified date")
    }

    @Test func aboutStepSaysWhatOptoutDoesNotDo() throws {
        let about = try #require(guide.step("about")).body.joined(separator: " ")
        #expect(about.contains("not log in"))
        #expect(about.contains("network"))
        #expect(about.contains("local file"))
        #expect(!about.contains("/"), "the about step must not name a path")
    }

    // MARK: Encoding

    @Test func roundTripsThroughJSON() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(guide)
        let decoded = try JSONDecoder().decode(Guide.self, from: data)
        #expect(decoded == guide)
        // And encoding again gives the same bytes.
        #expect(try encoder.encode(decoded) == data)
    }
}
