/// Output formats of the printed guide.
public enum GuideFormat: String, CaseIterable, Sendable {
    case text, markdown
}

/// The whole walkthrough printed, for reading or printing: every step, both platforms, every
/// region's note (or one region's), LinkedIn's labels in the chosen language, what changed in each version, and
/// the sources.
public enum GuideRenderer {
    /// The guide for `language` (English when nil); `age` adds a warning when the guide may be stale;
    /// with a `region`, only the notes for that region are shown. Text is wrapped between words at
    /// `width` (`TextWidth`); Markdown is not wrapped.
    public static func render(
        _ guide: Guide, format: GuideFormat, language: LinkedInLanguage? = nil, age: GuideAge? = nil, region: Region? = nil,
        width: Int = TextWidth.page
    ) -> String {
        let printed = Printed(guide: guide, language: language ?? .en, warning: age?.warning, region: region)
        switch format {
        case .text: return text(printed, width: width)
        case .markdown: return markdown(printed)
        }
    }

    /// What every printed form of the guide shows (these two, and the HTML handout): the guide resolved
    /// for the language, the region notes shown, and the sources it cites.
    public struct Printed: Sendable {
        /// The guide as given, with its label references.
        public let source: Guide
        /// The guide with LinkedIn's labels in `language`.
        public let guide: Guide
        public let language: LinkedInLanguage
        /// Why the guide may be out of date, when it may be.
        public let warning: String?
        /// The region whose notes are shown; nil for every region's.
        public let region: Region?

        public init(guide: Guide, language: LinkedInLanguage, warning: String?, region: Region? = nil) {
            source = guide
            self.guide = guide.resolvingLabels(for: language)
            self.language = language
            self.warning = warning
            self.region = region
        }

        /// The notes of a step that are shown: all, or those for the region.
        public func regionNotes(ofStep index: Int) -> [RegionNote] {
            let notes = guide.steps[index].regionNotes
            guard let region else { return notes }
            return notes.filter { $0.regions.contains(region) }
        }

        /// The labels line: which language LinkedIn's labels are shown in, and how.
        var labelsLine: String? {
            guard !source.labels.isEmpty else { return nil }
            if language == .en { return tr("LinkedIn's labels are shown in English (--linkedin-language CODE shows another language).") }
            // Translators: {language} is the name of LinkedIn's language, such as German. "not verified" is the note
            // shown after such a wording: write it as you translated that note.
            return tr("LinkedIn's labels are shown in {language}, each followed by the English in brackets; \"not verified\" marks a wording only one source gives or sources disagree on.",
                      ["language": language.localizedName])
        }

        /// The sources a step cites: its own, its shown notes' and link's, and those of the labels it shows.
        public func sourceIds(ofStep index: Int) -> [String] {
            let step = source.steps[index]
            var ids = step.sourceIds + (step.link?.sourceIds ?? []) + regionNotes(ofStep: index).flatMap(\.sourceIds)
            for key in Guide.labelKeys(in: step.textsWithLabels) {
                let set = source.labels[key]
                ids += (set?["en"]?.sourceIds ?? []) + (language == .en ? [] : set?[language.rawValue]?.sourceIds ?? [])
            }
            var seen = Set<String>()
            return ids.filter { seen.insert($0).inserted }
        }

        /// Every source the printed guide cites, in the guide's order, and sources nothing cites.
        public var sources: [GuideSource] {
            var cited = Set(source.steps.indices.flatMap(sourceIds(ofStep:)))
            for key in Guide.labelKeys(in: [source.purpose] + source.caveats) {
                cited.formUnion(source.labels[key]?["en"]?.sourceIds ?? [])
                cited.formUnion(source.labels[key]?[language.rawValue]?.sourceIds ?? [])
            }
            let anyLabel = Set(source.labels.values.flatMap { $0.values.flatMap(\.sourceIds) })
            return source.sources.filter { cited.contains($0.id) || !anyLabel.contains($0.id) }
        }
    }

    static func sourceLine(_ source: GuideSource, safe: (String) -> String) -> String {
        var parts = [safe(source.id) + ":"]
        if let publisher = source.publisher { parts.append(safe(publisher) + ",") }
        parts.append(safe(source.title) + ".")
        if let url = source.url { parts.append(safe(url)) }
        // Translators: after a source: the day it was read.
        if let day = source.dateRead { parts.append(tr("(read {day})", ["day": safe(day)])) }
        return parts.joined(separator: " ")
    }

    /// A step's heading: "Step 3 of 12: Title", with " (optional)" for an optional step.
    static func heading(_ position: String, _ title: String, optional: Bool) -> String {
        // Translators: a step's heading in the printed guide: {position} is "Step 3 of 12", {title} the step's title.
        optional ? tr("{position}: {title} (optional)", ["position": position, "title": title])
            : tr("{position}: {title}", ["position": position, "title": title])
    }

    /// "Menu path (on the website): A → B", or without the platform where both platforms share it.
    static func menuPath(_ path: String, on platform: Platform?) -> String {
        switch platform {
        // Translators: {path} is the labels to click, one after another ("Settings → Data privacy").
        case .web?: tr("Menu path (on the website): {path}", ["path": path])
        case .app?: tr("Menu path (in the mobile app): {path}", ["path": path])
        case nil: tr("Menu path: {path}", ["path": path])
        }
    }

    static func text(_ printed: Printed, width: Int = TextWidth.page) -> String {
        let guide = printed.guide
        let s: (String) -> String = { TerminalSafeText.sanitize($0) }
        var out = TextWrap.wrap(s(guide.title), width: width)
            + TextWrap.wrap(SummaryRenderer.guideLine(id: s(guide.id), version: s(guide.version), lastVerified: s(guide.lastVerified)), width: width)
        if let labels = printed.labelsLine { out += TextWrap.wrap(labels, width: width) }
        // Translators: {warning} says the guide may be out of date.
        if let warning = printed.warning { out += [""] + TextWrap.wrap(tr("Note: {warning}", ["warning": warning]), width: width) }
        out.append("")
        out += TextWrap.wrap(s(guide.purpose), width: width)
        for index in guide.steps.indices {
            let step = guide.steps[index]
            let content = StepContent(guide: guide, index: index, platform: nil, region: nil)
            out.append("")
            out += TextWrap.wrap(heading(content.position, s(step.title), optional: step.optional), width: width)
            out.append(String(repeating: "-", count: width))
            for paragraph in step.body { out += TextWrap.wrap(s(paragraph), width: width) + [""] }
            if let choice = step.choice {
                out += TextWrap.wrap(s(choice.prompt), width: width)
                for (n, option) in choice.options.enumerated() {
                    out += TextWrap.wrap("\(n + 1). \(s(option.label))" + (option.detail.map { ": \(s($0))" } ?? ""), width: width, indent: "  ", hangingIndent: "     ")
                }
                out.append("")
            }
            for crumb in content.breadcrumbs {
                out += TextWrap.wrap(menuPath(crumb.lines.map(s).joined(separator: " → "), on: crumb.platform), width: width)
            }
            for section in content.instructions {
                if let heading = section.heading { out += TextWrap.wrap(heading + ":", width: width) }
                for (n, line) in section.lines.enumerated() {
                    out += TextWrap.wrap("\(n + 1). \(s(line))", width: width, indent: "  ", hangingIndent: "     ")
                }
            }
            if let link = step.link {
                // Translators: {label} is what the link leads to (the guide's words); {url} is the link.
                out += TextWrap.wrap(tr("Link to {label}: {url}", ["label": s(link.label), "url": s(link.url)]), width: width)
            }
            // Translators: {expected} is what the member should see once the step is done (the guide's words).
            if let expected = step.expected { out += TextWrap.wrap(tr("When it is done: {expected}", ["expected": s(expected)]), width: width) }
            for note in printed.regionNotes(ofStep: index) {
                out += TextWrap.wrap("\(Region.condition(note.regions)): \(s(note.text))", width: width)
            }
            // Translators: {text} is what the guide's sources do not confirm (the guide's words).
            for line in step.unverified { out += TextWrap.wrap(tr("Not verified: {text}", ["text": s(line)]), width: width) }
            let ids = printed.sourceIds(ofStep: index)
            // Translators: {ids} lists the ids of the sources a step rests on.
            if !ids.isEmpty { out += TextWrap.wrap(tr("Sources: {ids}", ["ids": ids.map(s).joined(separator: ", ")]), width: width) }
            while out.last == "" { out.removeLast() }
        }
        out += ["", tr("Keep in mind", context: "heading")]
        for caveat in guide.caveats { out += TextWrap.wrap("- \(s(caveat))", width: width, indent: "", hangingIndent: "  ") }
        if !guide.changelog.isEmpty {
            out += [""] + TextWrap.wrap(tr("What changed in each version", context: "heading"), width: width, indent: "")
            for entry in guide.changelog.reversed() {
                out += TextWrap.wrap("- \(s(entry.version))\(entry.date.map { " (\(s($0)))" } ?? ""): \(s(entry.summary))",
                                     width: width, indent: "", hangingIndent: "  ")
                for note in entry.regionNotes {
                    out += TextWrap.wrap("\(Region.condition(note.regions)): \(s(note.text))", width: width, indent: "  ", hangingIndent: "  ")
                }
            }
        }
        out += ["", tr("Sources", context: "heading")]
        for source in printed.sources {
            out += TextWrap.wrap("- " + sourceLine(source, safe: s), width: width, indent: "", hangingIndent: "  ")
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func markdown(_ printed: Printed) -> String {
        let guide = printed.guide
        let md = MarkdownText.escape
        let guideLine = SummaryRenderer.guideLine(
            id: "`\(TerminalSafeText.sanitize(guide.id))`", version: md(guide.version), lastVerified: md(guide.lastVerified))
        var out = ["# \(md(guide.title))", "", guideLine + "."]
        if let labels = printed.labelsLine { out += ["", md(labels)] }
        if let warning = printed.warning { out += ["", "> **\(tr("Note:", context: "warning"))** \(md(warning))"] }
        out += ["", md(guide.purpose)]
        for index in guide.steps.indices {
            let step = guide.steps[index]
            let content = StepContent(guide: guide, index: index, platform: nil, region: nil)
            out += ["", "## " + heading(content.position, md(step.title), optional: step.optional), ""]
            for paragraph in step.body { out += [md(paragraph), ""] }
            if let choice = step.choice {
                out += [md(choice.prompt), ""]
                for (n, option) in choice.options.enumerated() {
                    out.append("\(n + 1). **\(md(option.label))**" + (option.detail.map { ": \(md($0))" } ?? ""))
                }
                out.append("")
            }
            for crumb in content.breadcrumbs {
                out += [menuPath(crumb.lines.map(md).joined(separator: " → "), on: crumb.platform), ""]
            }
            for section in content.instructions {
                if let heading = section.heading { out += ["**\(heading):**", ""] }
                out += section.lines.enumerated().map { "\($0.offset + 1). \(md($0.element))" } + [""]
            }
            if let link = step.link {
                // Translators: a label before a link, in a Markdown page.
                out += [tr("Link:", context: "before a link") + " [\(md(link.label))](\(MarkdownText.linkTarget(link.url)))", ""]
            }
            if let expected = step.expected { out += [tr("When it is done: {expected}", ["expected": md(expected)]), ""] }
            for note in printed.regionNotes(ofStep: index) { out += ["> \(Region.condition(note.regions)): \(md(note.text))", ""] }
            // Translators: a label before what the guide's sources do not confirm.
            for line in step.unverified { out += ["*\(tr("Not verified:", context: "label"))* \(md(line))", ""] }
            let ids = printed.sourceIds(ofStep: index)
            if !ids.isEmpty { out += [tr("Sources: {ids}", ["ids": ids.map { "`\(TerminalSafeText.sanitize($0))`" }.joined(separator: ", ")]), ""] }
            while out.last == "" { out.removeLast() }
        }
        out += ["", "## " + tr("Keep in mind", context: "heading"), ""] + guide.caveats.map { "- \(md($0))" }
        if !guide.changelog.isEmpty {
            out += ["", "## " + tr("What changed in each version", context: "heading"), ""]
            for entry in guide.changelog.reversed() {
                out.append("- **\(md(entry.version))**\(entry.date.map { " (\(md($0)))" } ?? ""): \(md(entry.summary))")
                out += entry.regionNotes.map { "  - \(Region.condition($0.regions)): \(md($0.text))" }
            }
        }
        out += ["", "## " + tr("Sources", context: "heading"), ""]
        out += printed.sources.map { source in
            var line = "- `\(TerminalSafeText.sanitize(source.id))`: "
            if let publisher = source.publisher { line += md(publisher) + ", " }
            line += md(source.title) + "."
            if let url = source.url { line += " <\(MarkdownText.linkTarget(url))>" }
            if let day = source.dateRead { line += " " + tr("(read {day})", ["day": md(day)]) }
            return line
        }
        return out.joined(separator: "\n") + "\n"
    }
}
