import Foundation
import OptOutCore
import OptOutTestSupport
import QRCode
import Testing

@testable import OptOutHTML

/// The tags and attributes of a page optout wrote. Every attribute value optout writes is escaped, so
/// a `>` never stands inside a tag and a simple scan finds them all.
struct Markup {
    var tags: [(name: String, attributes: [(name: String, value: String)])] = []

    init(_ html: String) {
        let tag = try! Regex(#"<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>"#)
        let attribute = try! Regex(#"([^\s=/]+)(?:="([^"]*)")?"#)
        for match in html.matches(of: tag) {
            let name = String(html[match.output[1].range!]).lowercased()
            let rest = String(html[match.output[2].range!])
            let attributes = rest.matches(of: attribute).map { found in
                (String(rest[found.output[1].range!]).lowercased(), found.output[2].range.map { String(rest[$0]) } ?? "")
            }
            tags.append((name, attributes))
        }
    }

    var tagNames: Set<String> { Set(tags.map(\.name)) }
    var attributeNames: Set<String> { Set(tags.flatMap { $0.attributes.map(\.name) }) }
    func values(of attribute: String) -> [String] { tags.flatMap { $0.attributes.filter { $0.name == attribute }.map(\.value) } }

    /// Every element and attribute the pages may hold; anything else came from somewhere it should not.
    static let allowedTags: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "h3", "p", "ol", "ul", "li",
        "section", "div", "span", "strong", "cite", "a", "svg", "rect", "path",
    ]
    static let allowedAttributes: Set<String> = [
        "lang", "charset", "http-equiv", "content", "name", "class", "id", "href", "aria-hidden", "aria-label",
        "role", "viewbox", "shape-rendering", "width", "height", "fill", "d",
    ]
}

/// The receipt's progress: a finished walkthrough with a draft that holds a name and an email address,
/// and a note with markup in it.
func receiptProgress() throws -> WalkthroughProgress {
    let path = (#filePath as NSString).deletingLastPathComponent + "/Fixtures/progress-receipt.json"
    return try ProgressFileFormat.decode(try Data(contentsOf: URL(fileURLWithPath: path)), path: path)
}

func goldenPath(_ name: String) -> String { (#filePath as NSString).deletingLastPathComponent + "/Goldens/" + name }

@Suite("HTML text")
struct HTMLTextTests {
    @Test func markupCharactersBecomeCharacterReferences() {
        #expect(HTMLText.escape(#"<a href="x">Tom & Jerry's</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry's&lt;/a&gt;")
        #expect(HTMLText.escape("Datenschutz (\"Data privacy\") → Ü") == "Datenschutz (&quot;Data privacy&quot;) → Ü")
    }

    @Test func controlCharactersAndNoncharactersAreShownNotPassedOn() {
        let nonchar = { (value: UInt32) in String(Character(Unicode.Scalar(value)!)) }
        let escaped = HTMLText.escape("a\u{1B}[31mb\u{7}c\u{202E}d" + nonchar(0xFFFE) + "e" + nonchar(0xFDD0) + "f" + nonchar(0x10FFFF) + "g")
        #expect(!escaped.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(escaped == "a␛[31mb␇c<U+202E>d\u{FFFD}e\u{FFFD}f\u{FFFD}g".replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;"))
    }

    @Test(arguments: [
        ("https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement", true),
        ("https://www.linkedin.com/help/linkedin/ask/TS-DPRO", true),
        ("https://example.org:8443/a?b=c&d=e#f", true),
        ("http://www.linkedin.com/", false),
        ("HTTPS://www.linkedin.com/", false),
        ("javascript:alert(1)", false),
        ("data:text/html,<script>alert(1)</script>", false),
        ("https://www.linkedin.com/\" onmouseover=\"alert(1)", false),
        ("https://www.linkedin.com/<script>", false),
        ("https://www.linkedin.com/a b", false),
        ("https://www.linkedin.com/\\evil", false),
        ("https://www.linkedin.com/ü", false),
        ("https://", false),
        ("https:///path", false),
        ("https://.evil/", false),
        ("https://host:99999999/", false),
        ("https://user@host/", false),
        (" https://www.linkedin.com/", false),
    ])
    func onlyPlainHTTPSAddressesBecomeLinks(url: String, linkable: Bool) {
        #expect((HTMLText.linkableHTTPS(url) != nil) == linkable, "\(url)")
    }
}

@Suite("SHA-256 for the page's Content-Security-Policy")
struct SHA256Tests {
    func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    @Test func knownDigests() {
        #expect(hex(SHA256.digest([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex(SHA256.digest(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex(SHA256.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.base64Digest("abc") == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
    }

    @Test func agreesWithSha256sumAtEveryLengthAroundABlock() throws {
        var generator = SeededGenerator(seed: 20)
        let folder = makeTemporaryFolder("sha256")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for length in [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 4099] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let file = folder + "/\(length)"
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            let result = try Runner.execute(["/usr/bin/env", "sha256sum", file], input: Data(), environment: ["PATH": "/usr/bin:/bin"],
                                            folder: folder)
            #expect(result.stdout.hasPrefix(hex(SHA256.digest(bytes)) + " "), "\(length) bytes")
        }
    }

    @Test func base64MatchesFoundation() {
        for length in 0..<40 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            #expect(Base64.encode(bytes) == Data(bytes).base64EncodedString(), "\(length) bytes")
        }
    }
}

@Suite("The handout")
struct GuideHandoutTests {
    static let links = Guide.linkedInAITraining.steps.compactMap { $0.link?.url }

    @Test func thePageAllowsNothingButItsOwnStylesheet() throws {
        let html = GuideHandout.render(.linkedInAITraining)
        let style = try #require(html.firstMatch(of: try Regex(#"<style>([\s\S]*?)</style>"#)))
        let css = String(html[style.output[1].range!])
        let csp = try #require(Markup(html).tags.first { $0.attributes.contains { $0.value == "Content-Security-Policy" } })
        let policy = try #require(csp.attributes.first { $0.name == "content" }?.value)
        #expect(policy.hasPrefix("default-src 'none'; "))
        #expect(policy.contains("style-src 'sha256-\(SHA256.base64Digest(css))'"))
        #expect(policy.contains("base-uri 'none'") && policy.contains("form-action 'none'"))
        // The policy comes before the stylesheet, so it governs it.
        #expect(html.range(of: "Content-Security-Policy")!.lowerBound < html.range(of: "<style>")!.lowerBound)
        #expect(!css.contains("url(") && !css.contains("@import") && !css.contains("@font-face"))
    }

    @Test func everyLinkIsALinkWithItsCodeAndItsAddressWrittenOut() throws {
        let html = GuideHandout.render(.linkedInAITraining)
        let markup = Markup(html)
        #expect(markup.tagNames.isSubset(of: Markup.allowedTags), "\(markup.tagNames.subtracting(Markup.allowedTags))")
        let external = markup.values(of: "href").filter { !$0.hasPrefix("#") }
        #expect(external == Self.links)
        #expect(markup.values(of: "aria-label") == Self.links.map { "QR code for \($0)" })
        for url in Self.links { #expect(html.contains("<p class=\"url\">\(url)</p>")) }
        // Every step has a box to tick, and the page's title is the guide's.
        #expect(html.components(separatedBy: "<span class=\"tick\" aria-hidden=\"true\"></span>").count - 1
            == Guide.linkedInAITraining.steps.count)
        #expect(html.contains("<title>Opt out of LinkedIn's AI training</title>"))
        #expect(html.contains("<html lang=\"en\">"))
    }

    @Test func eachCodeHoldsExactlyItsLinksModules() throws {
        let html = GuideHandout.render(.linkedInAITraining)
        let paths = Markup(html).tags.filter { $0.name == "path" }.compactMap { $0.attributes.first { $0.name == "d" }?.value }
        #expect(paths.count == Self.links.count)
        for (url, path) in zip(Self.links, paths) {
            let code = try QRCode(text: url)
            #expect(path == QRSVGDrawing(code: code).pathData, "\(url)")
        }
    }

    @Test func theLabelsAreInTheMembersLinkedInLanguage() {
        let html = GuideHandout.render(.linkedInAITraining, language: .de)
        #expect(html.contains("<li>Datenschutz (&quot;Data privacy&quot;)</li>"))
        #expect(html.contains("LinkedIn's labels are shown in German, each followed by the English in brackets"))
        #expect(html.contains("<html lang=\"en\">"), "the prose is in the interface language (English here) whatever LinkedIn's language")
    }

    @Test func aStaleGuideSaysSo() throws {
        let guide = Guide.linkedInAITraining
        let later = try #require(TimeText.date(year: 2030, month: 1, day: 1))
        let html = GuideHandout.render(guide, age: GuideAge(guide: guide, now: later, staleDays: 180))
        #expect(html.contains("<p class=\"warning\"><strong>Note:</strong> This guide was last verified on \(guide.lastVerified)"))
        #expect(!GuideHandout.render(guide, age: GuideAge(guide: guide, now: later, staleDays: 36_500)).contains("class=\"warning\""))
    }

    @Test(arguments: Region.allCases)
    func withARegionOnlyItsNotesAreShown(region: Region) {
        let guide = Guide.linkedInAITraining
        let html = GuideHandout.render(guide, region: region)
        let text = GuideRenderer.render(guide, format: .text, region: region)
        let markdown = GuideRenderer.render(guide, format: .markdown, region: region)
        for note in guide.resolvingLabels(for: nil).steps.flatMap(\.regionNotes) {
            let shown = note.regions.contains(region)
            let condition = Region.condition(note.regions)
            let opening = String(note.text.prefix(30))
            #expect(html.contains(HTMLText.escape("\(condition):") + "</span> " + HTMLText.escape(opening)) == shown, "\(region): \(opening)")
            #expect(text.replacingOccurrences(of: "\n", with: " ").contains("\(condition): \(opening)") == shown, "text, \(region): \(opening)")
            #expect(markdown.contains("> \(condition): \(MarkdownText_escape(opening))") == shown, "markdown, \(region): \(opening)")
        }
        #expect(html.contains("Only the notes for one region are shown: "))
        #expect(GuideHandout.render(guide).contains("The notes for every region are shown."))
    }

    /// A step cites the sources of the notes it shows; the list at the end keeps every source of the
    /// guide's facts, as the other printed forms do.
    @Test func aStepCitesTheSourcesOfTheNotesShown() throws {
        let guide = Guide(
            id: "g", title: "G", version: "1", lastVerified: "2026-11-29", purpose: "P.",
            steps: [GuideStep(id: "s", title: "S", kind: .info, regionNotes: [
                RegionNote(regions: [.euEEA], text: "For the EU.", sourceIds: ["eu-source"]),
                RegionNote(regions: [.uk], text: "For the UK.", sourceIds: ["uk-source"]),
            ])],
            caveats: [], sources: [GuideSource(id: "eu-source", title: "EU"), GuideSource(id: "uk-source", title: "UK")])
        #expect(GuideRenderer.Printed(guide: guide, language: .en, warning: nil).sourceIds(ofStep: 0) == ["eu-source", "uk-source"])
        let uk = GuideRenderer.Printed(guide: guide, language: .en, warning: nil, region: .uk)
        #expect(uk.sourceIds(ofStep: 0) == ["uk-source"])
        #expect(uk.sources.map(\.id) == ["eu-source", "uk-source"])
        let html = GuideHandout.render(uk)
        #expect(html.contains("<p class=\"cites\">Sources: <a href=\"#source-2\">uk-source</a></p>"))
        #expect(!html.contains("For the EU.") && html.contains("For the UK."))
    }

    @Test(arguments: [LinkedInLanguage.en, .de])
    func golden(language: LinkedInLanguage) {
        Golden.check(GuideHandout.render(.linkedInAITraining, language: language), path: goldenPath("handout-\(language.rawValue).html"))
    }
}

/// Markdown's escaping as the core does it (the core's helper is internal).
func MarkdownText_escape(_ text: String) -> String {
    var out = ""
    for ch in TerminalSafeText.sanitize(text) {
        if "\\`*_[]<>|".contains(ch) { out.append("\\") }
        out.append(ch)
    }
    return out
}

@Suite("A hostile guide")
struct HostileGuideTests {
    static let payloads = [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(2)>", "' onmouseover='alert(3)", "</title><iframe src=https://evil.example/>",
        "<style>body{background:url(https://evil.example/)}</style>", "<!-- x --><a href=javascript:alert(4)>x</a>", "&amp;&lt;",
        "\u{1B}]52;c;aGk=\u{7}", "<svg onload=alert(5)>", "<![CDATA[ x ]]>", "<base href=https://evil.example/>",
    ]

    /// A guide whose every text is one of the payloads, and whose links are not what they should be.
    static func guide() -> Guide {
        var n = 0
        func hostile() -> String {
            n += 1
            return payloads[n % payloads.count] + " #\(n)"
        }
        let links = [
            "javascript:alert(6)", "data:text/html,<script>alert(7)</script>", "https://www.linkedin.com/\" onclick=\"alert(8)",
            "https://evil.example/ok", "http://www.linkedin.com/", "https://www.linkedin.com/<svg/onload=alert(9)>",
        ]
        let steps = links.enumerated().map { index, url in
            GuideStep(
                id: "step-\(index)", title: hostile(), kind: index == 0 ? .choice : .action, optional: index == 2, body: [hostile(), hostile()],
                instructions: index % 2 == 0 ? PerPlatform(any: [hostile()]) : PerPlatform(web: [hostile()], app: [hostile()]),
                menuPath: PerPlatform(web: [hostile(), hostile()], app: [hostile()]), link: GuideLink(label: hostile(), url: url),
                expected: hostile(), regionNotes: [RegionNote(regions: [.uk], text: hostile())],
                choice: index == 0
                    ? StepChoice(answerKey: "region", prompt: hostile(), options: [ChoiceOption(id: "uk", label: hostile(), detail: hostile())]) : nil,
                unverified: [hostile()], sourceIds: ["s\"1", "missing<id>"])
        }
        return Guide(
            id: hostile(), title: hostile(), version: hostile(), lastVerified: hostile(), purpose: hostile(), steps: steps,
            caveats: [hostile(), hostile()],
            sources: [GuideSource(id: "s\"1", publisher: hostile(), title: hostile(), url: "javascript:alert(10)", dateRead: hostile())])
    }

    @Test(arguments: [nil, Region.uk])
    func itsTextStaysText(region: Region?) throws {
        let html = GuideHandout.render(Self.guide(), region: region)
        let markup = Markup(html)
        #expect(markup.tagNames.isSubset(of: Markup.allowedTags), "\(markup.tagNames.subtracting(Markup.allowedTags))")
        #expect(markup.attributeNames.isSubset(of: Markup.allowedAttributes), "\(markup.attributeNames.subtracting(Markup.allowedAttributes))")
        #expect(markup.tags.filter { $0.name == "style" }.count == 1 && markup.tags.filter { $0.name == "title" }.count == 1)
        for href in markup.values(of: "href") {
            #expect(href.hasPrefix("#source-") || HTMLText.linkableHTTPS(href.replacingOccurrences(of: "&amp;", with: "&")) != nil, "\(href)")
        }
        // Only the one plain https address became a link (with its code); the others are written out.
        #expect(markup.values(of: "href").filter { !$0.hasPrefix("#") } == ["https://evil.example/ok"])
        #expect(markup.values(of: "aria-label") == ["QR code for https://evil.example/ok"])
        #expect(html.components(separatedBy: "(not an https address, so it is not a link)").count - 1 == 5)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("\u{1B}") && !html.contains("\u{7}"))
        #expect(!html.contains("<script") && !html.contains("<iframe") && !html.contains("<img") && !html.contains("<base"))
    }

    @Test func theReceiptsTextStaysText() throws {
        var guide = Guide.linkedInAITraining
        guide.title = Self.payloads[0]
        guide.caveats = Self.payloads
        let report = ProgressReport(guide: guide, saved: try receiptProgress(), zone: .utc, now: nil)
        let html = SummaryReceipt.render(report)
        let markup = Markup(html)
        #expect(markup.tagNames.isSubset(of: Markup.allowedTags), "\(markup.tagNames.subtracting(Markup.allowedTags))")
        #expect(markup.attributeNames.isSubset(of: Markup.allowedAttributes))
        #expect(markup.values(of: "href").isEmpty)
        #expect(html.contains("Read it with &lt;b&gt;care&lt;/b&gt; &amp; &quot;quotes&quot;; &lt;script&gt;alert(1)&lt;/script&gt;"))
    }
}

@Suite("The receipt")
struct SummaryReceiptTests {
    @Test func itHoldsTheRecordAndTheStepsButNoNameOrEmail() throws {
        let report = ProgressReport(guide: .linkedInAITraining, saved: try receiptProgress(), zone: .utc, now: nil)
        let html = SummaryReceipt.render(report)
        #expect(!html.contains("Sam Taylor") && !html.contains("sam.taylor@example.org") && !html.contains("I object"))
        for line in report.recordLines { #expect(html.contains(HTMLText.escape(line)), "\(line)") }
        #expect(html.contains("<p class=\"status-line\">Complete: 11 of 12 steps done, 1 not needed.</p>"))
        #expect(html.contains("case 12345"), "the confirmation's reference is the member's receipt")
        #expect(html.contains("<li><span class=\"tick\" aria-hidden=\"true\">✓</span><div><p>8. Turn the setting off: done, 2026-11-18 10:07 UTC</p>"
            + "<p class=\"detail\">Note: Shows Off</p></div></li>"))
        #expect(html.contains("11. Related settings: not needed, 2026-11-18 10:10 UTC (reason: not wanted)"))
        #expect(html.contains("Platform: Desktop web browser · LinkedIn language: English · Region: United Kingdom"))
        #expect(html.contains("<h2>Keep in mind</h2>"))
        #expect(html.contains("<title>Opt out of LinkedIn's AI training: summary</title>"))
    }

    @Test func golden() throws {
        let report = ProgressReport(guide: .linkedInAITraining, saved: try receiptProgress(), zone: .utc, now: nil)
        Golden.check(SummaryReceipt.render(report), path: goldenPath("receipt.html"))
    }
}

@Suite("The pages' own words")
struct HandoutWordsTests {
    /// Words that are none of the English ones: each field its own name in brackets, the values kept.
    static var fields: [WritableKeyPath<HandoutWords, String>] {
        [
            \.guideLine, \.labelsInEnglish, \.labelsInLanguage, \.regionShown, \.everyRegionShown, \.howToUse, \.warningLabel,
            \.optional, \.menuPath, \.directLink, \.qrCodeName, \.notALink, \.whatYouShouldSee, \.notVerified, \.stepSources,
            \.caveatsHeading, \.sourcesHeading, \.sourceRead, \.receiptTitle, \.receiptTimes, \.platform, \.linkedInLanguage,
            \.region, \.recordHeading, \.stepsHeading, \.note, \.reason, \.screenDiffered, \.stillToDoHeading, \.skippedHeading,
            \.screensDifferedHeading, \.screensDifferedNote,
        ]
    }

    static let marked: HandoutWords = {
        var words = HandoutWords.english
        for (index, field) in fields.enumerated() {
            let placeholders = words[keyPath: field].matches(of: try! Regex(#"\{[a-z]+\}"#)).map { String(words[keyPath: field][$0.range]) }
            words[keyPath: field] = "⟦w\(index)⟧" + placeholders.joined(separator: " ")
        }
        words.language = "x-test"
        return words
    }()

    @Test func theListAboveHoldsEveryWord() {
        // Every stored text but `language`.
        #expect(Mirror(reflecting: HandoutWords.english).children.count == Self.fields.count + 1)
    }

    @Test func everyFixedWordComesFromTheWords() throws {
        let guide = Guide.linkedInAITraining
        let later = try #require(TimeText.date(year: 2030, month: 1, day: 1))
        let handout = GuideHandout.render(guide, language: .de, age: GuideAge(guide: guide, now: later), words: Self.marked)
        let handoutInRegion = GuideHandout.render(guide, region: .uk, words: Self.marked)
        let receipt = SummaryReceipt.render(ProgressReport(guide: guide, saved: try receiptProgress(), zone: .utc, now: nil), words: Self.marked)
        for page in [handout, handoutInRegion, receipt] {
            #expect(page.contains("<html lang=\"x-test\">"))
            for english in ["What you should see", "Not verified:", "Direct link", "Keep in mind", "Menu path", "Tick each box",
                            "QR code for", "Sources", "read 2026", "Record</h2>", "Steps</h2>", "Note:", "Started 2026",
                            "Platform:", "Still to do", "LinkedIn's labels are shown", "notes for"]
            {
                #expect(!page.contains(english), "\"\(english)\" does not come from HandoutWords")
            }
        }
        #expect(handout.contains("⟦w13⟧") && receipt.contains("⟦w22⟧"))
    }

    @Test func theWordsComeFromTheCatalogueInTheInterfaceLanguage() throws {
        let pseudo = InterfaceLanguage.$current.withValue(.pseudo) { HandoutWords.current }
        #expect(pseudo.language == "x-pseudo")
        for field in Self.fields {
            let text = pseudo[keyPath: field]
            #expect(text.hasPrefix(PseudoLocale.start) && text.hasSuffix(PseudoLocale.end), "\(text)")
            // The placeholders of the English are kept.
            #expect(Placeholders.names(in: text) == Placeholders.names(in: HandoutWords.english[keyPath: field]), "\(text)")
        }
        #expect(HandoutWords.english.language == "en")
        #expect(HandoutWords.english.stepsHeading == "Steps")
        #expect(InterfaceLanguage.$current.withValue(.pseudo) { HandoutWords.english } == HandoutWords.english)
    }

    @Test func thePagesAreInTheInterfaceLanguageByDefault() throws {
        let guide = Guide.linkedInAITraining
        let report = ProgressReport(guide: guide, saved: try receiptProgress(), zone: .utc, now: nil)
        for language in [InterfaceLanguage.language(.de), .pseudo] {
            let handout = InterfaceLanguage.$current.withValue(language) { GuideHandout.render(guide, language: .fr) }
            let receipt = InterfaceLanguage.$current.withValue(language) { SummaryReceipt.render(report) }
            for page in [handout, receipt] {
                #expect(page.contains("<html lang=\"\(language.code)\">"))
            }
            let words = InterfaceLanguage.$current.withValue(language) { HandoutWords.current }
            #expect(handout.contains(words.html(words.howToUse)) && receipt.contains("<h2>\(words.html(words.stepsHeading))</h2>"))
            // The LinkedIn language is named in the interface language.
            let french = InterfaceLanguage.$current.withValue(language) { LinkedInLanguage.fr.localizedName }
            #expect(handout.contains(HTMLText.escape(french)))
        }
        #expect(GuideHandout.render(guide).contains("<html lang=\"en\">"))
    }

    @Test func templatesFillTheirPlaces() {
        #expect(HandoutWords.fill("Guide {id} {version}", ["id": "a", "version": "1"]) == "Guide a 1")
        #expect(HandoutWords.fill("{unknown} {id}", ["id": "x"]) == "{unknown} x")
        #expect(HandoutWords.english.html("{title}: summary", ["title": "<b>"]) == "&lt;b&gt;: summary")
        #expect(HandoutWords.english.html("a \"quote\" {x}", ["x": "{id}"]) == "a &quot;quote&quot; {id}")
    }
}
