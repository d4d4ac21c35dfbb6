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
            if language == .en { return "LinkedIn's labels are shown in English (--linkedin-language CODE shows another language)." }
            return "LinkedIn's labels are shown in \(language.englishName), each followed by the English in brackets; "
                + "\"not verified\" marks a wording only one source gives or sources disagree on."
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
        if let day = source.dateRead { parts.append("(read \(safe(day)))") }
        return parts.joined(separator: " ")
    }

    static func text(_ printed: Printed, width: Int = TextWidth.page) -> String {
        let guide = printed.guide
        let s: (String) -> String = { TerminalSafeText.sanitize($0) }
        var out = TextWrap.wrap(s(guide.title), width: width)
            + TextWrap.wrap("Guide \(s(guide.id)) \(s(guide.version)), last verified \(s(guide.lastVerified))", width: width)
        if let labels = printed.labelsLine { out += TextWrap.wrap(labels, width: width) }
        if let warning = printed.warning { out += [""] + TextWrap.wrap("Note: " + warning, width: width) }
        out.append("")
        out += TextWrap.wrap(s(guide.purpose), width: width)
        for index in guide.steps.indices {
            let step = guide.steps[index]
            let content = StepContent(guide: guide, index: index, platform: nil, region: nil)
            out.append("")
            out += TextWrap.wrap("\(content.position): \(s(step.title))\(step.optional ? " (optional)" : "")", width: width)
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
                out += TextWrap.wrap("Menu path\(crumb.heading.map { " (\($0.lowercased()))" } ?? ""): " + crumb.lines.map(s).joined(separator: " → "), width: width)
            }
            for section in content.instructions {
                if let heading = section.heading { out += TextWrap.wrap(heading + ":", width: width) }
                for (n, line) in section.lines.enumerated() {
                    out += TextWrap.wrap("\(n + 1). \(s(line))", width: width, indent: "  ", hangingIndent: "     ")
                }
            }
            if let link = step.link { out += TextWrap.wrap("Link to \(s(link.label)): \(s(link.url))", width: width) }
            if let expected = step.expected { out += TextWrap.wrap("When it is done: \(s(expected))", width: width) }
            for note in printed.regionNotes(ofStep: index) {
                out += TextWrap.wrap("\(Region.condition(note.regions)): \(s(note.text))", width: width)
            }
            for line in step.unverified { out += TextWrap.wrap("Not verified: \(s(line))", width: width) }
            let ids = printed.sourceIds(ofStep: index)
            if !ids.isEmpty { out += TextWrap.wrap("Sources: " + ids.map(s).joined(separator: ", "), width: width) }
            while out.last == "" { out.removeLast() }
        }
        out += ["", "Keep in mind"]
        for caveat in guide.caveats { out += TextWrap.wrap("- \(s(caveat))", width: width, indent: "", hangingIndent: "  ") }
        if !guide.changelog.isEmpty {
            out += [""] + TextWrap.wrap("What changed in each version", width: width, indent: "")
            for entry in guide.changelog.reversed() {
                out += TextWrap.wrap("- \(s(entry.version))\(entry.date.map { " (\(s($0)))" } ?? ""): \(s(entry.summary))",
                                     width: width, indent: "", hangingIndent: "  ")
                for note in entry.regionNotes {
                    out += TextWrap.wrap("\(Region.condition(note.regions)): \(s(note.text))", width: width, indent: "  ", hangingIndent: "  ")
                }
            }
        }
        out += ["", "Sources"]
        for source in printed.sources {
            out += TextWrap.wrap("- " + sourceLine(source, safe: s), width: width, indent: "", hangingIndent: "  ")
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func markdown(_ printed: Printed) -> String {
        let guide = printed.guide
        let md = MarkdownText.escape
        var out = ["# \(md(guide.title))", "", "Guide `\(TerminalSafeText.sanitize(guide.id))` \(md(guide.version)), last verified \(md(guide.lastVerified))."]
        if let labels = printed.labelsLine { out += ["", md(labels)] }
        if let warning = printed.warning { out += ["", "> **Note:** \(md(warning))"] }
        out += ["", md(guide.purpose)]
        for index in guide.steps.indices {
            let step = guide.steps[index]
            let content = StepContent(guide: guide, index: index, platform: nil, region: nil)
            out += ["", "## \(content.position): \(md(step.title))\(step.optional ? " (optional)" : "")", ""]
            for paragraph in step.body { out += [md(paragraph), ""] }
            if let choice = step.choice {
                out += [md(choice.prompt), ""]
                for (n, option) in choice.options.enumerated() {
                    out.append("\(n + 1). **\(md(option.label))**" + (option.detail.map { ": \(md($0))" } ?? ""))
                }
                out.append("")
            }
            for crumb in content.breadcrumbs {
                out += ["Menu path\(crumb.heading.map { " (\($0.lowercased()))" } ?? ""): " + crumb.lines.map(md).joined(separator: " → "), ""]
            }
            for section in content.instructions {
                if let heading = section.heading { out += ["**\(heading):**", ""] }
                out += section.lines.enumerated().map { "\($0.offset + 1). \(md($0.element))" } + [""]
            }
            if let link = step.link { out += ["Link: [\(md(link.label))](\(MarkdownText.linkTarget(link.url)))", ""] }
            if let expected = step.expected { out += ["When it is done: \(md(expected))", ""] }
            for note in printed.regionNotes(ofStep: index) { out += ["> \(Region.condition(note.regions)): \(md(note.text))", ""] }
            for line in step.unverified { out += ["*Not verified:* \(md(line))", ""] }
            let ids = printed.sourceIds(ofStep: index)
            if !ids.isEmpty { out += ["Sources: " + ids.map { "`\(TerminalSafeText.sanitize($0))`" }.joined(separator: ", "), ""] }
            while out.last == "" { out.removeLast() }
        }
        out += ["", "## Keep in mind", ""] + guide.caveats.map { "- \(md($0))" }
        if !guide.changelog.isEmpty {
            out += ["", "## What changed in each version", ""]
            for entry in guide.changelog.reversed() {
                out.append("- **\(md(entry.version))**\(entry.date.map { " (\(md($0)))" } ?? ""): \(md(entry.summary))")
                out += entry.regionNotes.map { "  - \(Region.condition($0.regions)): \(md($0.text))" }
            }
        }
        out += ["", "## Sources", ""]
        out += printed.sources.map { source in
            var line = "- `\(TerminalSafeText.sanitize(source.id))`: "
            if let publisher = source.publisher { line += md(publisher) + ", " }
            line += md(source.title) + "."
            if let url = source.url { line += " <\(MarkdownText.linkTarget(url))>" }
            if let day = source.dateRead { line += " (read \(md(day)))" }
            return line
        }
        return out.joined(separator: "\n") + "\n"
    }
}
