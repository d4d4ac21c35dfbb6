import Foundation
import OptOutTestSupport
import Testing

@testable import OptOutCore

/// The statements of the built-in guide that were corrected on 2026-12-07 (docs/guide-changes.md): each is
/// said to the regions it applies to, and not to the others, and cites a source that says it.
@Suite("The built-in guide's corrected statements")
struct GuideCorrectionTests {
    let guide = Guide.linkedInAITraining
    var english: Guide { guide.resolvingLabels(for: .en) }

    /// The region notes of a step that contain `text`, for one region.
    func notes(_ stepId: String, _ region: Region, containing text: String, in guide: Guide? = nil) -> [RegionNote] {
        ((guide ?? self.guide).step(stepId)?.regionNotes ?? []).filter { $0.regions.contains(region) && $0.text.contains(text) }
    }

    /// Expects exactly the regions in `said` to be told `text` on the step, each time citing `source`.
    func expectSaid(
        _ text: String, on stepId: String, to said: [Region], citing source: String, in guide: Guide? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for region in Region.allCases {
            let found = notes(stepId, region, containing: text, in: guide)
            if said.contains(region) {
                #expect(!found.isEmpty, "\(stepId) does not tell \(region.rawValue): \(text)", sourceLocation: sourceLocation)
                #expect(found.allSatisfy { $0.sourceIds.contains(source) }, "\(stepId): \(text) does not cite \(source)",
                        sourceLocation: sourceLocation)
            } else {
                #expect(found.isEmpty, "\(stepId) tells \(region.rawValue): \(text)", sourceLocation: sourceLocation)
            }
        }
    }

    var allText: String { BuiltInGuideTests.allText(guide) }

    // MARK: The setting

    @Test func turningTheSettingOffPromisesOnlyWhatLinkedInSaysForEachRegion() throws {
        let step = try #require(guide.step("turn-off-genai"))
        #expect(!step.body.joined().contains("from now on"), "the step no longer promises more than LinkedIn does")
        #expect(step.body.contains { $0.contains("does not undo training") })
        expectSaid("does not cover information and content given", on: "turn-off-genai",
                   to: [.euEEA, .switzerland, .uk, .canada, .hongKong], citing: "security-nl-2025-11-03")
        expectSaid("whether that holds where you live is not verified", on: "turn-off-genai",
                   to: [.canada, .hongKong], citing: "security-nl-2025-11-03")
        expectSaid("going forward", on: "turn-off-genai", to: [.elsewhere], citing: "help-a6278444")
        expectSaid("covers only content published afterwards", on: "turn-off-genai", to: [.euEEA], citing: "garante-2025-10-28")
        #expect(step.unverified.contains { $0.contains("Canada and Hong Kong") })
        #expect(guide.caveats.contains { $0.contains("may not cover what you gave LinkedIn before") })
    }

    @Test func ukMembersAreToldOfTheSharingWithMicrosoftForItsOwnAITraining() {
        let text = "Microsoft's own AI training"
        expectSaid(text, on: "region", to: [.uk], citing: "erpn")
        expectSaid(text, on: "turn-off-genai", to: [.uk], citing: "erpn")
        expectSaid(text, on: "understand-limits", to: [.uk], citing: "erpn")
        let region = notes("region", .uk, containing: text).map(\.text).joined()
        for data in ["posts, comments, articles", "LinkedIn Learning videos and transcripts", "job postings", "The same setting turns this off"] {
            #expect(region.contains(data), "\(data)")
        }
    }

    @Test func theDataUsedFollowsThePrivacyNoticeInEuropeAndTheFAQElsewhere() throws {
        expectSaid("European Regional Privacy Notice lists for training AI that creates content", on: "understand-limits",
                   to: [.euEEA, .switzerland, .uk], citing: "erpn")
        expectSaid("Feedback you give on AI output is listed under improving LinkedIn's services generally",
                   on: "understand-limits", to: [.euEEA, .switzerland, .uk], citing: "erpn")
        expectSaid("feedback you give on AI output", on: "understand-limits", to: [.canada, .hongKong, .elsewhere],
                   citing: "linkedin-faq-2025-09")
        let body = try #require(guide.step("understand-limits")).body.joined(separator: " ")
        #expect(!body.contains("feedback"), "the list of data used is given per region, not to everyone")
    }

    // MARK: Regions and dates

    @Test func theUKNoteSaysSuspendedAndCarriesTheICOsUpdate() throws {
        expectSaid("suspended that training pending further engagement", on: "region", to: [.uk], citing: "ico-2024-09-20")
        expectSaid("updated its statement on 2025-09-23", on: "region", to: [.uk], citing: "ico-2024-09-20")
        // LinkedIn's own statement is the source for the setting not being shown.
        expectSaid("nor show the setting in the UK", on: "region", to: [.uk], citing: "staffingindustry-2024-09")
        let uk = guide.step("region")?.notes(for: .uk).joined(separator: " ") ?? ""
        #expect(!uk.contains("stopped"))
    }

    @Test func legitimateInterestsIsTheBasisForBothKindsOfTraining() {
        expectSaid("both for training AI that creates content and for its other machine learning", on: "region",
                   to: [.euEEA, .switzerland, .uk], citing: "erpn")
        expectSaid("for training AI that creates content and for its other machine learning", on: "objection-form",
                   to: [.euEEA, .switzerland, .uk], citing: "erpn")
        #expect(!allText.contains("training that is not about creating content"))
    }

    @Test func article21IsCitedToSourcesThatNameIt() {
        expectSaid("Article 21 GDPR", on: "region", to: [.euEEA], citing: "cnpd-2025-10")
        expectSaid("Article 21 of the UK GDPR", on: "region", to: [.uk], citing: "ico-right-to-object")
        expectSaid("Article 21 GDPR", on: "objection-form", to: [.euEEA], citing: "cnpd-2025-10")
        expectSaid("Article 21 of the UK GDPR", on: "objection-form", to: [.uk], citing: "ico-right-to-object")
        for note in guide.steps.flatMap(\.regionNotes) where note.text.contains("Article 21") {
            #expect(!note.sourceIds.contains("erpn"), "the privacy notice never names Article 21: \(note.text)")
        }
    }

    @Test func theIrishDPCsStatementIsContextForTheEU() {
        expectSaid("Data Protection Commission (DPC), LinkedIn's lead authority in the EU", on: "region", to: [.euEEA],
                   citing: "irishlegal-2025-11")
        let dpc = notes("region", .euEEA, containing: "Data Protection Commission").map(\.text).joined()
        for point in ["less personal data", "shorter period", "trade union", "under 18", "five months", "2003"] {
            #expect(dpc.contains(point), "\(point)")
        }
        expectSaid("The Garante is working with other European authorities", on: "region", to: [.euEEA],
                   citing: "garante-2025-10-28")
    }

    // MARK: The objection form

    @Test func theFormAlsoCoversAIThatCreatesContentAndIsTheOnlyWayForNonMembers() throws {
        let form = try #require(english.step("objection-form"))
        let body = form.body.joined(separator: " ")
        #expect(body.contains("choice for objecting to the training of AI that creates content"))
        #expect(body.contains("people who are not members but are named in LinkedIn content can object only through the form"))
        for id in ["legalclarity-2026", "dutchcowboys-2025-09-19", "particle-2025-10"] { #expect(form.sourceIds.contains(id)) }
        #expect(form.instructions?.any?.contains { $0.contains("one is for the training of AI that creates content") } == true)
        #expect(english.caveats.contains { $0.contains("people who are not members can object only through it") })
        #expect(english.step("about")?.body.contains { $0.contains("has a choice for AI that creates content too") } == true)
        #expect(form.unverified.contains { $0.contains("The English words of the form's choice") })
        expectSaid("not members but are named in LinkedIn content have the right to object", on: "objection-form",
                   to: [.euEEA], citing: "garante-2025-10-28")
    }

    @Test func anArticle21ObjectionNeedsGroundsAndNoUnsourcedClaimSaysOtherwise() {
        #expect(!allText.contains("do not need to give a reason"))
        expectSaid("needs grounds relating to your particular situation", on: "objection-form", to: [.euEEA],
                   citing: "cnpd-droit-opposition")
        expectSaid("The draft asks for your particular situation", on: "objection-form", to: [.uk], citing: "ico-right-to-object")
        let draft = ObjectionDraftComposer.compose(uses: ObjectionUse.allCases, name: nil, email: nil, region: .euEEA)
        #expect(draft.contains(ObjectionDraftComposer.situationPlaceholder))
    }

    @Test func theFormStepSaysRepliesAreReportedMissingAndWhatToKeep() throws {
        let form = try #require(guide.step("objection-form"))
        let body = form.body.joined(separator: " ")
        #expect(body.contains("reports that LinkedIn does not answer the form"))
        #expect(body.contains("Keep the day you sent it and a screenshot of the page confirming it was sent"))
        #expect(form.sourceIds.contains("testachats-2025"))
        #expect(form.instructions?.any?.contains { $0.contains("take a screenshot") } == true)
        #expect(form.recheck?.ifNo.contains("screenshot") == true)
        #expect(guide.step("finish")?.body.contains { $0.contains("screenshot") } == true)
    }

    // MARK: Related settings and links

    @Test func dataSharingAndAdsOutsideOfLinkedInAreTwoSettings() throws {
        let related = try #require(guide.step("related-settings"))
        #expect(!BuiltInGuideTests.allText(guide).contains("reach it through"))
        #expect(related.body.contains { $0.contains("are two settings") && $0.contains("also turns {data-sharing} off") })
        #expect(related.sourceIds.contains("help-a1397243"))
        expectSaid("Whether it applies in the UK is not verified", on: "related-settings", to: [.uk], citing: "help-a1397243")
        expectSaid("outside your region", on: "related-settings", to: [.euEEA, .switzerland], citing: "help-a1397243")
        #expect(related.link?.sourceIds == ["erpn"], "the ads settings' address is the one the privacy notice links")
        #expect(!related.unverified.contains { $0.contains("job-seeking-preferences") }, "its place is known")
        #expect(related.instructions?.any?.contains { $0.contains("In {data-privacy}, under {job-seeking-preferences}") } == true)
    }

    @Test func theDataPrivacyStepHasTheDirectLinkThePrivacyNoticeGives() throws {
        let link = try #require(guide.step("open-data-privacy")?.link)
        #expect(link.url == "https://www.linkedin.com/mypreferences/d/categories/privacy")
        #expect(link.sourceIds == ["erpn"])
        #expect(guide.source("linkedin-faq-2025-09")?.url == "https://www.linkedin.com/help/linkedin/answer/a5538339")
    }

    // MARK: Members who saved progress with the previous version

    @Test func progressSavedWithTheBuiltInGuidesPreviousVersionIsMatchedAndTold() throws {
        var saved = try run([.markDone, .choose("web"), .choose("en"), .choose("uk")], from: .begin(guide: guide, saved: nil, now: t0)).progress
        saved.guideVersion = "1.1.0"
        let state = WalkthroughState.begin(guide: guide, saved: saved, now: t0)
        #expect(state.progress.steps.map(\.id) == guide.steps.map(\.id))
        #expect(state.progress.record("region")?.status == .done)
        let told = state.guideChanges.explanation(in: guide)
        #expect(told.first == "The guide changed since your progress was saved (version 1.1.0 → \(guide.version)).")
        #expect(told.contains("Version 1.2.0: " + (guide.changelog.last?.summary ?? "")))
        #expect(told.contains { $0.contains("Microsoft's own AI training") }, "a UK member is told what changed for the UK")
        #expect(told.last == "No step was added or removed: what you recorded is kept.")
    }

    // MARK: Sources and labels

    @Test func everySourceHasAnAddressAndThePrivacyNoticeIsTheOneInForce() {
        for source in guide.sources { #expect(source.url?.hasPrefix("https://") == true, "\(source.id)") }
        for gone in ["reports-2024-09-18", "third-party-guides"] { #expect(guide.source(gone) == nil) }
        #expect(guide.source("erpn")?.title.contains("effective 2026-08-21") == true)
    }

    @Test func labelJudgementsFollowTheFactCheck() {
        #expect(guide.labels["objection-form"]?["de"] == .notFound, "a description, not LinkedIn's title")
        #expect(guide.labels["on"]?["es"] == .notFound, "a translation of an English source")
        #expect(guide.labels["genai-toggle"]?["de"]?.judgement == .single)
        #expect(guide.labels["app-settings"]?["it"] == .notFound)
        for key in ["how-linkedin-uses-your-data", "job-seeking-preferences"] {
            #expect(guide.labels[key]?["en"]?.judgement == .official, "\(key)")
            #expect(guide.labels[key]?["en"]?.sourceIds.contains("help-92055") == true, "\(key)")
        }
        for key in ["settings-privacy", "data-privacy", "how-linkedin-uses-your-data", "genai-setting"] {
            #expect(guide.labels[key]?["de"]?.sourceIds.contains("de-hbdi") == true, "\(key)")
        }
        for key in ["settings-privacy", "data-privacy", "genai-setting"] {
            #expect(guide.labels[key]?["fr"]?.sourceIds.contains("fr-apd-be") == true, "\(key)")
        }
        #expect(guide.labels["research"] == nil, "no source with an address gives its English name")
    }
}

extension Guide {
    /// The source with this id, if the guide lists it.
    func source(_ id: String) -> GuideSource? { sources.first { $0.id == id } }
}
