/// One step of a guide.
public struct GuideStep: Codable, Sendable, Equatable {
    /// Stable identifier; progress is matched to steps by it.
    public var id: String
    public var title: String
    public var kind: StepKind
    /// An optional step may be left out; it is then recorded as not needed.
    public var optional: Bool
    /// Paragraphs shown on every platform.
    public var body: [String]
    /// Numbered instructions, by platform.
    public var instructions: PerPlatform<[String]>?
    /// The menu path as labels, so a front end can draw a breadcrumb.
    public var menuPath: PerPlatform<[String]>?
    public var link: GuideLink?
    /// What the member should see when the step is done.
    public var expected: String?
    /// Explanations that depend on the member's region.
    public var regionNotes: [RegionNote]
    /// Present on choice steps.
    public var choice: StepChoice?
    /// What the sources do not confirm; shown so the member is not misled.
    public var unverified: [String]
    /// Ids of `Guide.sources` behind this step's facts.
    public var sourceIds: [String]
    /// The step offers a draft of the objection text (the Data Processing Objection Form).
    public var objectionDraft: Bool
    /// The step records when something was sent and its confirmation.
    public var confirmation: ConfirmationTracking?
    /// What `optout recheck` asks about this step.
    public var recheck: RecheckQuestion?
    /// How the receipt names this step once done (e.g. "Setting turned Off").
    public var receipt: String?

    public init(
        id: String, title: String, kind: StepKind, optional: Bool = false, body: [String] = [],
        instructions: PerPlatform<[String]>? = nil, menuPath: PerPlatform<[String]>? = nil,
        link: GuideLink? = nil, expected: String? = nil, regionNotes: [RegionNote] = [],
        choice: StepChoice? = nil, unverified: [String] = [], sourceIds: [String] = [],
        objectionDraft: Bool = false, confirmation: ConfirmationTracking? = nil, recheck: RecheckQuestion? = nil,
        receipt: String? = nil
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.optional = optional
        self.body = body
        self.instructions = instructions
        self.menuPath = menuPath
        self.link = link
        self.expected = expected
        self.regionNotes = regionNotes
        self.choice = choice
        self.unverified = unverified
        self.sourceIds = sourceIds
        self.objectionDraft = objectionDraft
        self.confirmation = confirmation
        self.recheck = recheck
        self.receipt = receipt
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, kind, optional, body, instructions, menuPath, link, expected, regionNotes
        case choice, unverified, sourceIds, objectionDraft, confirmation, recheck, receipt
    }

    /// Decodes a step; lists and flags that a guide file leaves out take their empty defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        kind = try c.decode(StepKind.self, forKey: .kind)
        optional = try c.decodeIfPresent(Bool.self, forKey: .optional) ?? false
        body = try c.decodeIfPresent([String].self, forKey: .body) ?? []
        instructions = try c.decodeIfPresent(PerPlatform<[String]>.self, forKey: .instructions)
        menuPath = try c.decodeIfPresent(PerPlatform<[String]>.self, forKey: .menuPath)
        link = try c.decodeIfPresent(GuideLink.self, forKey: .link)
        expected = try c.decodeIfPresent(String.self, forKey: .expected)
        regionNotes = try c.decodeIfPresent([RegionNote].self, forKey: .regionNotes) ?? []
        choice = try c.decodeIfPresent(StepChoice.self, forKey: .choice)
        unverified = try c.decodeIfPresent([String].self, forKey: .unverified) ?? []
        sourceIds = try c.decodeIfPresent([String].self, forKey: .sourceIds) ?? []
        objectionDraft = try c.decodeIfPresent(Bool.self, forKey: .objectionDraft) ?? false
        confirmation = try c.decodeIfPresent(ConfirmationTracking.self, forKey: .confirmation)
        recheck = try c.decodeIfPresent(RecheckQuestion.self, forKey: .recheck)
        receipt = try c.decodeIfPresent(String.self, forKey: .receipt)
    }

    /// Region notes that apply to a region; with no region known, none.
    public func notes(for region: Region?) -> [String] {
        guard let region else { return [] }
        return regionNotes.filter { $0.regions.contains(region) }.map(\.text)
    }
}

/// What kind of thing a step asks of the member.
public enum StepKind: String, Codable, Sendable {
    /// Read and continue.
    case info
    /// Pick one of several answers.
    case choice
    /// Do something on LinkedIn, then confirm what you see.
    case action
    /// The end: the summary.
    case finish
}

/// A labelled link the member can open.
public struct GuideLink: Codable, Sendable, Equatable {
    public var label: String
    public var url: String
    /// Ids of `Guide.sources` that give the link.
    public var sourceIds: [String]
    public init(label: String, url: String, sourceIds: [String] = []) {
        self.label = label
        self.url = url
        self.sourceIds = sourceIds
    }

    enum CodingKeys: String, CodingKey { case label, url, sourceIds }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        label = try c.decode(String.self, forKey: .label)
        url = try c.decode(String.self, forKey: .url)
        sourceIds = try c.decodeIfPresent([String].self, forKey: .sourceIds) ?? []
    }
}

/// Text shown only to members in some regions.
public struct RegionNote: Codable, Sendable, Equatable {
    public var regions: [Region]
    public var text: String
    /// Ids of `Guide.sources` behind the note.
    public var sourceIds: [String]
    public init(regions: [Region], text: String, sourceIds: [String] = []) {
        self.regions = regions
        self.text = text
        self.sourceIds = sourceIds
    }

    enum CodingKeys: String, CodingKey { case regions, text, sourceIds }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        regions = try c.decode([Region].self, forKey: .regions)
        text = try c.decode(String.self, forKey: .text)
        sourceIds = try c.decodeIfPresent([String].self, forKey: .sourceIds) ?? []
    }
}

/// Marks a step where the member sends something and waits for a confirmation (the objection form).
public struct ConfirmationTracking: Codable, Sendable, Equatable {
    /// What the member records as proof, e.g. "the confirmation email's subject or reference".
    public var reference: String
    public init(reference: String) { self.reference = reference }
}

/// A question `optout recheck` asks about a step, later, to see that it still holds.
public struct RecheckQuestion: Codable, Sendable, Equatable {
    /// What happens to the step when the answer is no.
    public enum OnNo: String, Codable, Sendable {
        /// The step is pending again (e.g. the setting is On again): the walkthrough returns to it.
        case reopen
        /// Nothing changes (e.g. a confirmation that has still not come).
        case keep
    }

    /// A yes/no question; yes means all is well.
    public var question: String
    /// What to do when the answer is no.
    public var ifNo: String
    public var onNo: OnNo
    /// Asked only when the step has this status (e.g. only while waiting); nil asks whenever the step was done.
    public var onlyWhen: StepStatus?

    public init(question: String, ifNo: String, onNo: OnNo, onlyWhen: StepStatus? = nil) {
        self.question = question
        self.ifNo = ifNo
        self.onNo = onNo
        self.onlyWhen = onlyWhen
    }
}
