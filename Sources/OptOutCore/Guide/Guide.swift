#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where the member carries out the steps. Instructions and menu paths differ between them.
public enum Platform: String, Codable, Sendable, CaseIterable {
    /// LinkedIn in a desktop web browser.
    case web
    /// The LinkedIn mobile app (iOS or Android).
    case app
}

/// The member's region. It changes the explanation a step gives, never the path through the settings.
public enum Region: String, Codable, Sendable, CaseIterable {
    case euEEA = "eu-eea"
    case switzerland
    case uk
    case canada
    case hongKong = "hong-kong"
    case elsewhere
}

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

    public init(
        id: String, title: String, version: String, lastVerified: String, purpose: String,
        steps: [GuideStep], caveats: [String], sources: [GuideSource],
        labels: [String: [String: LabelWording]] = [:], reportTo: String? = nil
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
    }

    enum CodingKeys: String, CodingKey {
        case id, title, version, lastVerified, purpose, steps, caveats, sources, labels, reportTo
    }

    /// Decodes a guide; a guide file without labels or a report address has none.
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

/// A value that may differ by platform: `any` applies wherever no platform-specific value is given.
public struct PerPlatform<Value: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    public var any: Value?
    public var web: Value?
    public var app: Value?

    public init(any: Value? = nil, web: Value? = nil, app: Value? = nil) {
        self.any = any
        self.web = web
        self.app = app
    }

    /// The value for a platform, falling back to `any`.
    public func value(for platform: Platform) -> Value? {
        switch platform {
        case .web: web ?? any
        case .app: app ?? any
        }
    }

    /// True when web and app have different values, so a front end that does not know the
    /// platform should show both.
    public var differsByPlatform: Bool {
        value(for: .web) != value(for: .app)
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

/// One answer a choice step offers.
public struct ChoiceOption: Codable, Sendable, Equatable {
    /// Stored in the progress file's `answers` (e.g. `web`, `eu-eea`).
    public var id: String
    public var label: String
    public var detail: String?
    public init(id: String, label: String, detail: String? = nil) {
        self.id = id
        self.label = label
        self.detail = detail
    }
}

/// A question whose answer is kept in the progress (`platform`, `region`).
public struct StepChoice: Codable, Sendable, Equatable {
    /// The key the answer is stored under.
    public var answerKey: String
    public var prompt: String
    public var options: [ChoiceOption]
    public init(answerKey: String, prompt: String, options: [ChoiceOption]) {
        self.answerKey = answerKey
        self.prompt = prompt
        self.options = options
    }

    /// The option with this id, or the option with this 1-based number.
    public func option(matching answer: String) -> ChoiceOption? {
        let trimmed = answer.trimmed.lowercased()
        if let number = Int(trimmed), options.indices.contains(number - 1) {
            return options[number - 1]
        }
        return options.first { $0.id.lowercased() == trimmed }
    }
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

/// Marks a step where the member sends something and waits for a confirmation (the objection form).
public struct ConfirmationTracking: Codable, Sendable, Equatable {
    /// What the member records as proof, e.g. "the confirmation email's subject or reference".
    public var reference: String
    public init(reference: String) { self.reference = reference }
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
