/// One version of a guide as its changelog records it: what changed for members, in one line, lines
/// for members in some regions, and the sources the changes rest on. A member whose progress was
/// saved with an older version is told these lines when the guide they run is newer.
public struct GuideRevision: Codable, Sendable, Equatable {
    /// The guide version this entry describes (the guide's `version` once it was made).
    public var version: String
    /// The day the version's content was checked against its sources, as `YYYY-MM-DD`.
    public var date: String?
    /// What changed, in one line a member can read.
    public var summary: String
    /// What changed for members in some regions only.
    public var regionNotes: [RegionNote]
    /// Ids of `Guide.sources` the changes rest on.
    public var sourceIds: [String]

    public init(version: String, date: String? = nil, summary: String, regionNotes: [RegionNote] = [], sourceIds: [String] = []) {
        self.version = version
        self.date = date
        self.summary = summary
        self.regionNotes = regionNotes
        self.sourceIds = sourceIds
    }

    enum CodingKeys: String, CodingKey { case version, date, summary, regionNotes, sourceIds }

    /// Decodes an entry; the lists a guide file leaves out are empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decode(String.self, forKey: .version)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        summary = try c.decode(String.self, forKey: .summary)
        regionNotes = try c.decodeIfPresent([RegionNote].self, forKey: .regionNotes) ?? []
        sourceIds = try c.decodeIfPresent([String].self, forKey: .sourceIds) ?? []
    }

    /// The lines a member in `region` reads: the summary, then the notes for their region.
    public func lines(for region: Region?) -> [String] {
        let notes = region.map { region in regionNotes.filter { $0.regions.contains(region) }.map(\.text) } ?? []
        // Translators: what a version of the guide changed: {summary} is the guide's own words.
        return [tr("Version {version}: {summary}", ["version": version, "summary": summary])] + notes
    }

    /// Orders versions written as numbers separated by dots ("1.10.0" after "1.9.2"); nil when either
    /// is not of that form, so no order is made up.
    public static func isOlder(_ version: String, than other: String) -> Bool? {
        func numbers(_ text: String) -> [Int]? {
            let parts = text.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
            guard !parts.isEmpty, parts.allSatisfy({ $0 != nil && $0! >= 0 }) else { return nil }
            return parts.compactMap { $0 }
        }
        guard let a = numbers(version), let b = numbers(other) else { return nil }
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? a[index] : 0
            let right = index < b.count ? b[index] : 0
            if left != right { return left < right }
        }
        return false
    }
}

extension Guide {
    /// The changelog entries a member who saved progress with `savedVersion` has not seen, oldest
    /// first: those after it, up to the guide's own version. When the versions cannot be ordered,
    /// the entry of the guide's own version, if there is one.
    public func revisions(since savedVersion: String) -> [GuideRevision] {
        guard savedVersion != version else { return [] }
        let ordered = changelog.filter { entry in
            guard let afterSaved = GuideRevision.isOlder(savedVersion, than: entry.version),
                let older = GuideRevision.isOlder(entry.version, than: version)
            else { return false }
            return afterSaved && (older || entry.version == version)
        }
        if !ordered.isEmpty {
            return ordered.sorted { GuideRevision.isOlder($0.version, than: $1.version) ?? false }
        }
        if GuideRevision.isOlder(savedVersion, than: version) == nil {
            return changelog.filter { $0.version == version }
        }
        return []
    }
}
