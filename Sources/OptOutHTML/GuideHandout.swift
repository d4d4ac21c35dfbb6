import OptOutCore
import QRCode

/// The whole walkthrough as one self-contained HTML page to print or send (`optout guide --format
/// html`): every step with a box to tick on paper, its menu path, instructions, what you should see,
/// the region notes and what is not verified, each link as a link with its QR code and its address
/// written out, what to keep in mind, and the sources. LinkedIn's labels are in the member's LinkedIn
/// language, as in the other printed forms (`GuideRenderer.Printed`).
public enum GuideHandout {
    /// The page for a guide: LinkedIn's labels in `language` (English when nil), a warning when `age`
    /// says the guide may be stale, only `region`'s notes when one is given.
    public static func render(
        _ guide: Guide, language: LinkedInLanguage? = nil, age: GuideAge? = nil, region: Region? = nil,
        words: HandoutWords = .current
    ) -> String {
        render(GuideRenderer.Printed(guide: guide, language: language ?? .en, warning: age?.warning, region: region), words: words)
    }

    /// The page for a guide prepared for printing.
    public static func render(_ printed: GuideRenderer.Printed, words: HandoutWords = .current) -> String {
        let guide = printed.guide
        let sources = printed.sources
        var body = ["<h1>\(esc(guide.title))</h1>"]
        body.append("<p class=\"meta\">" + words.html(words.guideLine, [
            "id": guide.id, "version": guide.version, "date": guide.lastVerified,
        ]) + "</p>")
        if !printed.source.labels.isEmpty {
            let sentence = printed.language == .en
                ? words.html(words.labelsInEnglish)
                : words.html(words.labelsInLanguage, ["language": printed.language.localizedName])
            body.append("<p class=\"meta\">\(sentence)</p>")
        }
        if guide.steps.contains(where: { !$0.regionNotes.isEmpty }) {
            let sentence = printed.region.map { words.html(words.regionShown, ["region": regionName($0, in: guide)]) }
            body.append("<p class=\"meta\">\(sentence ?? words.html(words.everyRegionShown))</p>")
        }
        if let warning = printed.warning {
            body.append("<p class=\"warning\"><strong>\(words.html(words.warningLabel)):</strong> \(esc(warning))</p>")
        }
        body.append("<p class=\"purpose\">\(esc(guide.purpose))</p>")
        body.append("<p class=\"howto\">\(words.html(words.howToUse))</p>")
        for index in guide.steps.indices {
            body += step(index, printed: printed, sources: sources, words: words)
        }
        if !guide.caveats.isEmpty {
            body.append("<h2>\(words.html(words.caveatsHeading))</h2>")
            body.append("<ul class=\"caveats\">")
            body += guide.caveats.map { "<li>\(esc($0))</li>" }
            body.append("</ul>")
        }
        if !sources.isEmpty {
            body.append("<h2>\(words.html(words.sourcesHeading))</h2>")
            body.append("<ol class=\"sources\">")
            for (number, source) in sources.enumerated() {
                var parts = ["<span class=\"label\">\(esc(source.id))</span>:"]
                if let publisher = source.publisher { parts.append(esc(publisher) + ",") }
                parts.append("<cite>\(esc(source.title))</cite>.")
                if let url = source.url { parts.append("<span class=\"url\">\(esc(url))</span>") }
                if let day = source.dateRead { parts.append("(" + words.html(words.sourceRead, ["date": day]) + ")") }
                body.append("<li id=\"source-\(number + 1)\">\(parts.joined(separator: " "))</li>")
            }
            body.append("</ol>")
        }
        return HTMLDocument(language: words.language, title: esc(guide.title), body: body).html
    }

    /// One step: its heading with a box to tick, and what it says.
    static func step(_ index: Int, printed: GuideRenderer.Printed, sources: [GuideSource], words: HandoutWords) -> [String] {
        let guide = printed.guide
        let step = guide.steps[index]
        let content = StepContent(guide: guide, index: index, platform: nil, region: nil)
        var out = ["<section class=\"step\">"]
        let optional = step.optional ? " <span class=\"optional\">(\(words.html(words.optional)))</span>" : ""
        out.append("<h2><span class=\"tick\" aria-hidden=\"true\"></span><span><span class=\"position\">"
            + "\(esc(content.position))</span> \(esc(step.title))\(optional)</span></h2>")
        out += step.body.map { "<p>\(esc($0))</p>" }
        if let choice = step.choice {
            out.append("<p>\(esc(choice.prompt))</p>")
            out.append(choice.options.count > 4 ? "<ol class=\"choices many\">" : "<ol class=\"choices\">")
            for option in choice.options {
                out.append("<li><span class=\"label\">\(esc(option.label))</span>" + (option.detail.map { ": \(esc($0))" } ?? "") + "</li>")
            }
            out.append("</ol>")
        }
        out += platformSections(content, words: words)
        if let link = step.link { out += linkBlock(link, words: words) }
        if let expected = step.expected {
            out.append("<p><span class=\"label\">\(words.html(words.whatYouShouldSee)):</span> \(esc(expected))</p>")
        }
        let notes = printed.regionNotes(ofStep: index)
        if !notes.isEmpty {
            out.append("<div class=\"notes\">")
            out += notes.map { "<p><span class=\"label\">\(esc(Region.condition($0.regions))):</span> \(esc($0.text))</p>" }
            out.append("</div>")
        }
        out += step.unverified.map { "<p class=\"unverified\"><span class=\"label\">\(words.html(words.notVerified)):</span> \(esc($0))</p>" }
        let ids = printed.sourceIds(ofStep: index)
        if !ids.isEmpty {
            let cited = ids.map { id in
                sources.firstIndex { $0.id == id }.map { "<a href=\"#source-\($0 + 1)\">\(esc(id))</a>" } ?? esc(id)
            }
            out.append("<p class=\"cites\">\(words.html(words.stepSources)): \(cited.joined(separator: ", "))</p>")
        }
        out.append("</section>")
        return out
    }

    /// The menu paths and instructions. What differs by platform goes in a column per platform (side
    /// by side where the page is wide enough), what does not after them.
    static func platformSections(_ content: StepContent, words: HandoutWords) -> [String] {
        func path(_ lines: [String]) -> String { "<ol class=\"path\">" + lines.map { "<li>\(esc($0))</li>" }.joined() + "</ol>" }
        func list(_ lines: [String]) -> [String] { ["<ol>"] + lines.map { "<li>\(esc($0))</li>" } + ["</ol>"] }
        var out: [String] = []
        let headings = (content.breadcrumbs + content.instructions).compactMap(\.heading)
        let platforms = headings.enumerated().filter { !headings[..<$0.offset].contains($0.element) }.map(\.element)
        for crumb in content.breadcrumbs where crumb.heading == nil {
            out += ["<p class=\"label\">\(words.html(words.menuPath))</p>", path(crumb.lines)]
        }
        if !platforms.isEmpty {
            out.append("<div class=\"platforms\">")
            for platform in platforms {
                out.append("<div class=\"platform\">")
                out.append("<h3>\(esc(platform))</h3>")
                for crumb in content.breadcrumbs where crumb.heading == platform {
                    out += ["<p class=\"label\">\(words.html(words.menuPath))</p>", path(crumb.lines)]
                }
                for section in content.instructions where section.heading == platform { out += list(section.lines) }
                out.append("</div>")
            }
            out.append("</div>")
        }
        for section in content.instructions where section.heading == nil { out += list(section.lines) }
        return out
    }

    /// A link: its QR code, its name as a link, and its address written out. An address that is not
    /// a plain https address is written out only, with neither a link nor a code.
    static func linkBlock(_ link: GuideLink, words: HandoutWords) -> [String] {
        var out = ["<div class=\"link\">"]
        guard let address = HTMLText.linkableHTTPS(link.url) else {
            out.append("<div class=\"link-text\"><p class=\"label\">\(words.html(words.directLink))</p><p>\(esc(link.label))</p>"
                + "<p class=\"url\">\(esc(link.url)) \(words.html(words.notALink))</p></div>")
            return out + ["</div>"]
        }
        if let code = try? QRCode(text: address) {
            let name = HandoutWords.fill(words.qrCodeName, ["url": address])
            out.append(QRSVGDrawing(code: code).element(accessibleName: name, className: "qr"))
        }
        out.append("<div class=\"link-text\"><p class=\"label\">\(words.html(words.directLink))</p>"
            + "<p><a href=\"\(esc(address))\">\(esc(link.label))</a></p><p class=\"url\">\(esc(address))</p></div>")
        return out + ["</div>"]
    }

    /// A region's name as the guide's region question words it ("European Union / EEA"), else its code.
    static func regionName(_ region: Region, in guide: Guide) -> String {
        let question = guide.steps.compactMap(\.choice).first { $0.answerKey == "region" }
        return question?.options.first { $0.id == region.rawValue }?.label ?? region.rawValue
    }

    static func esc(_ text: String) -> String { HTMLText.escape(text) }
}
