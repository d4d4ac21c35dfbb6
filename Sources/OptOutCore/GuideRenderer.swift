/// Output formats of the printed guide.
public enum GuideFormat: String, CaseIterable, Sendable {
    case text, markdown
}

extension Region {
    /// The region's name for people.
    public var displayName: String {
        switch self {
        case .euEEA: "EU/EEA"
        case .switzerland: "Switzerland"
        case .uk: "United Kingdom"
        case .canada: "Canada"
        case .hongKong: "Hong Kong"
        case .elsewhere: "elsewhere"
        }
    }
}

/// The whole walkthrough printed, for reading or printing: every step, both platforms, every region's note.
public enum GuideRenderer {
    public static func render(_ guide: Guide, format: GuideFormat) -> String {
        switch format {
        case .text: text(guide)
        case .markdown: markdown(guide)
        }
    }

    private static func regionsText(_ regions: [Region]) -> String {
        regions.map(\.displayName).joined(separator: ", ")
    }

    static func text(_ guide: Guide) -> String {
        let s: (String) -> String = { TerminalSafeText.sanitize($0) }
        var out = [s(guide.title), "Guide \(s(guide.id)) \(s(guide.version)), last verified \(s(guide.lastVerified))", ""]
        out += TextWrap.wrap(s(guide.purpose), width: 78)
        for index in guide.steps.indices {
            let step = guide.steps[index]
            let content = StepContent(guide: guide, index: index, platform: nil, region: nil)
            out += ["", "\(content.position): \(s(step.title))\(step.optional ? " (optional)" : "")"]
            out.append(String(repeating: "-", count: min(78, (out.last ?? "").count)))
            for paragraph in step.body { out += TextWrap.wrap(s(paragraph), width: 78) + [""] }
            if let choice = step.choice {
                out.append(s(choice.prompt))
                for (n, option) in choice.options.enumerated() {
                    out += TextWrap.wrap("\(n + 1). \(s(option.label))" + (option.detail.map { ": \(s($0))" } ?? ""), width: 78, indent: "  ", hangingIndent: "     ")
                }
                out.append("")
            }
            for crumb in content.breadcrumbs {
                out += TextWrap.wrap("Menu path\(crumb.heading.map { " (\($0.lowercased()))" } ?? ""): " + crumb.lines.map(s).joined(separator: " → "), width: 78)
            }
            for section in content.instructions {
                if let heading = section.heading { out.append(heading + ":") }
                for (n, line) in section.lines.enumerated() {
                    out += TextWrap.wrap("\(n + 1). \(s(line))", width: 78, indent: "  ", hangingIndent: "     ")
                }
            }
            if let link = step.link { out.append("Link: \(s(link.label)): \(s(link.url))") }
            if let expected = step.expected { out += TextWrap.wrap("When it is done: \(s(expected))", width: 78) }
            for note in step.regionNotes {
                out += TextWrap.wrap("If you live in \(regionsText(note.regions)): \(s(note.text))", width: 78)
            }
            for line in step.unverified { out += TextWrap.wrap("Not verified: \(s(line))", width: 78) }
            while out.last == "" { out.removeLast() }
        }
        out += ["", "Keep in mind"]
        for caveat in guide.caveats { out += TextWrap.wrap("- \(s(caveat))", width: 78, indent: "", hangingIndent: "  ") }
        out += ["", "Sources"]
        for source in guide.sources {
            out += TextWrap.wrap("- \(s(source.title))" + (source.url.map { ": \(s($0))" } ?? ""), width: 78, indent: "", hangingIndent: "  ")
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func markdown(_ guide: Guide) -> String {
        let md = SummaryRenderer.md
        var out = ["# \(md(guide.title))", "", "Guide `\(TerminalSafeText.sanitize(guide.id))` \(md(guide.version)), last verified \(md(guide.lastVerified)).", "", md(guide.purpose)]
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
            if let link = step.link { out += ["Link: [\(md(link.label))](\(TerminalSafeText.sanitize(link.url)))", ""] }
            if let expected = step.expected { out += ["When it is done: \(md(expected))", ""] }
            for note in step.regionNotes { out += ["> If you live in \(regionsText(note.regions)): \(md(note.text))", ""] }
            for line in step.unverified { out += ["*Not verified:* \(md(line))", ""] }
            while out.last == "" { out.removeLast() }
        }
        out += ["", "## Keep in mind", ""] + guide.caveats.map { "- \(md($0))" }
        out += ["", "## Sources", ""]
        out += guide.sources.map { "- \(md($0.title))" + ($0.url.map { ": <\(TerminalSafeText.sanitize($0))>" } ?? "") }
        return out.joined(separator: "\n") + "\n"
    }
}

/// Word wrapping for plain text output. Widths count characters; the full screen measures cells itself.
public enum TextWrap {
    /// Wraps `text` into lines of at most `width` characters (a longer word stands alone on its line).
    public static func wrap(_ text: String, width: Int, indent: String = "", hangingIndent: String? = nil) -> [String] {
        let hanging = hangingIndent ?? indent
        var lines: [String] = []
        var current = indent
        var currentHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if currentHasWord, current.count + 1 + word.count > width {
                lines.append(current)
                current = hanging
                currentHasWord = false
            }
            current += (currentHasWord ? " " : "") + word
            currentHasWord = true
        }
        if currentHasWord || lines.isEmpty { lines.append(currentHasWord ? current : "") }
        return lines
    }
}
