#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A walkthrough's content: data, not code. The built-in LinkedIn guide is one value of this type.
public struct Guide: Codable, Sendable, Equatable {
    /// Stable identifier, stored in the progress file (e.g. `linkedin-ai-training`).
    public var id: String
    public var title: String
    /// The content's version; progress remembers which version it was made with.
    public var version: String
    /// The day the content was last checked against its sources, as `YYYY-MM-DD`.
    public var lastVerified: String
    /// One or two sentences on what the walkthrough achieves.
    public var purpose: String
    public var steps: [GuideStep]
    /// What the member should keep in mind after finishing (shown in the summary).
    public var caveats: [String]
    /// Where the facts come from.
    public var sources: [GuideSource]
    /// LinkedIn's labels, by label key and language code (`en` always among them): the words text
    /// refers to as `{key}` (see `LabelResolver`).
    public var labels: [String: [String: LabelWording]]
    /// Where a member sends a report of screens that differ from the guide (`optout report`).
    public var reportTo: String?
    /// What changed in each version, oldest first: told to a member whose progress was saved with an
    /// older version.
    public var changelog: [GuideRevision]
    /// The guide's texts in other languages: by language code (`de`), the English text and its
    /// translation. A text without one shows in English (see `localized(to:)`).
    public var translations: [String: [String: String]]

    public init(
        id: String, title: String, version: String, lastVerified: String, purpose: String,
        steps: [GuideStep], caveats: [String], sources: [GuideSource],
        labels: [String: [String: LabelWording]] = [:], reportTo: String? = nil, changelog: [GuideRevision] = [],
        translations: [String: [String: String]] = [:]
    ) {
        self.id = id
        self.title = title
        self.version = version
        self.lastVerified = lastVerified
        self.purpose = purpose
        self.steps = steps
        self.caveats = caveats
        self.sources = sources
        self.labels = labels
        self.reportTo = reportTo
        self.changelog = changelog
        self.translations = translations
    }

    enum CodingKeys: String, CodingKey {
        case id, title, version, lastVerified, purpose, steps, caveats, sources, labels, reportTo, changelog, translations
    }

    /// Decodes a guide; a guide file without labels, a report address, a changelog or translations has none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        version = try c.decode(String.self, forKey: .version)
        lastVerified = try c.decode(String.self, forKey: .lastVerified)
        purpose = try c.decode(String.self, forKey: .purpose)
        steps = try c.decode([GuideStep].self, forKey: .steps)
        caveats = try c.decode([String].self, forKey: .caveats)
        sources = try c.decode([GuideSource].self, forKey: .sources)
        labels = try c.decodeIfPresent([String: [String: LabelWording]].self, forKey: .labels) ?? [:]
        reportTo = try c.decodeIfPresent(String.self, forKey: .reportTo)
        changelog = try c.decodeIfPresent([GuideRevision].self, forKey: .changelog) ?? []
        translations = try c.decodeIfPresent([String: [String: String]].self, forKey: .translations) ?? [:]
    }

    /// Encodes a guide; a guide without translations is written without the field.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(version, forKey: .version)
        try c.encode(lastVerified, forKey: .lastVerified)
        try c.encode(purpose, forKey: .purpose)
        try c.encode(steps, forKey: .steps)
        try c.encode(caveats, forKey: .caveats)
        try c.encode(sources, forKey: .sources)
        try c.encode(labels, forKey: .labels)
        try c.encodeIfPresent(reportTo, forKey: .reportTo)
        try c.encode(changelog, forKey: .changelog)
        if !translations.isEmpty { try c.encode(translations, forKey: .translations) }
    }

    /// The hosts the steps' links go to other than `www.linkedin.com`, in the order met: a guide file
    /// whose links leave LinkedIn says so (first screen, `guide validate`) before a link is opened.
    public var foreignLinkHosts: [String] {
        var hosts: [String] = []
        for step in steps {
            guard let url = step.link?.url, let host = URL(string: url)?.host?.lowercased(), host != "www.linkedin.com",
                !hosts.contains(host)
            else { continue }
            hosts.append(host)
        }
        return hosts
    }

    /// The warning a guide whose links leave `www.linkedin.com` gives, naming each host; nil otherwise.
    public var foreignLinkWarning: String? {
        let hosts = foreignLinkHosts
        guard !hosts.isEmpty else { return nil }
        // Translators: {hosts} lists the sites, such as example.org.
        return trn(
            "This guide's links go to a site other than www.linkedin.com: {hosts}. Check where a link goes before you open it.",
            "This guide's links go to sites other than www.linkedin.com: {hosts}. Check where a link goes before you open it.",
            count: hosts.count, ["hosts": hosts.joined(separator: ", ")])
    }

    /// The index of the step with this id, if the guide has one.
    public func index(ofStep id: String) -> Int? {
        steps.firstIndex { $0.id == id }
    }

    /// The step with this id, if the guide has one.
    public func step(_ id: String) -> GuideStep? {
        index(ofStep: id).map { steps[$0] }
    }
}

/// A source the guide's facts rest on: who published it, what it is, where, and when it was read.
public struct GuideSource: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var url: String?
    /// Who published it: "LinkedIn", "SRF", "LfD Niedersachsen".
    public var publisher: String?
    /// The day it was read, as `YYYY-MM-DD`.
    public var dateRead: String?
    public init(id: String, publisher: String? = nil, title: String, url: String? = nil, dateRead: String? = nil) {
        self.id = id
        self.publisher = publisher
        self.title = title
        self.url = url
        self.dateRead = dateRead
    }
}
