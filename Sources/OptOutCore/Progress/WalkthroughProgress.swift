#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Everything `optout` keeps about one member's walkthrough: the content of the progress file.
public struct WalkthroughProgress: Codable, Sendable, Equatable {
    /// The file format's version. Files with a newer version are refused, never rewritten.
    /// Version 2 added the objection draft, confirmations, "screen differs" notes, completion and re-checks.
    /// Version 3 added each step's `statusChangedAt`; older files take it from `updatedAt`, the best
    /// they knew, when they load. Older files are saved in the current version.
    public static let currentSchemaVersion = 3

    public var schemaVersion: Int
    public var guideId: String
    public var guideVersion: String
    /// When the walkthrough began (or began again, after starting over).
    public var createdAt: Date
    /// When anything in the progress last changed.
    public var updatedAt: Date
    /// Answers to the guide's choices, by answer key (`platform`, `region`, `linkedInLanguage`).
    public var answers: [String: String]
    /// The step the member is on, or goes on with at the next run; nil once every step is resolved.
    public var currentStepId: String?
    /// When the member reached the end of the walkthrough, if they have.
    public var finishedAt: Date?
    /// One record per guide step, in the guide's order.
    public var steps: [StepRecord]
    /// Records of steps a later guide version no longer has, kept so nothing the member wrote is lost.
    public var retiredSteps: [StepRecord]?
    /// The member's objection text and the choices it was built from.
    public var draft: ObjectionDraft?
    /// When every step was first resolved.
    public var completedAt: Date?
    /// Every re-check, oldest first.
    public var rechecks: [RecheckRecord]?
    /// The days between re-checks the member chose (`--recheck-days`), kept so every due day agrees
    /// until they choose again; nil when they never chose (the default applies). Added within version
    /// 3: files without it read as nil.
    public var recheckDays: Int?

    public init(
        schemaVersion: Int = WalkthroughProgress.currentSchemaVersion, guideId: String, guideVersion: String,
        createdAt: Date, updatedAt: Date, answers: [String: String] = [:], currentStepId: String?,
        finishedAt: Date? = nil, steps: [StepRecord], retiredSteps: [StepRecord]? = nil, draft: ObjectionDraft? = nil,
        completedAt: Date? = nil, rechecks: [RecheckRecord]? = nil, recheckDays: Int? = nil
    ) {
        self.schemaVersion = schemaVersion
        self.guideId = guideId
        self.guideVersion = guideVersion
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.answers = answers
        self.currentStepId = currentStepId
        self.finishedAt = finishedAt
        self.steps = steps
        self.retiredSteps = retiredSteps
        self.draft = draft
        self.completedAt = completedAt
        self.rechecks = rechecks
        self.recheckDays = recheckDays
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, guideId, guideVersion, createdAt, updatedAt, answers, currentStepId, finishedAt, steps,
            retiredSteps, draft, completedAt, rechecks, recheckDays
    }

    /// Decodes a progress file of any version this optout reads, bringing older versions up to date:
    /// a version 1 or 2 record whose status was ever set gets its `statusChangedAt` from `updatedAt`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        guideId = try c.decode(String.self, forKey: .guideId)
        guideVersion = try c.decode(String.self, forKey: .guideVersion)
        createdAt = try c.decode(Date.self, forKey: .createdAt)
        updatedAt = try c.decode(Date.self, forKey: .updatedAt)
        answers = try c.decode([String: String].self, forKey: .answers)
        currentStepId = try c.decodeIfPresent(String.self, forKey: .currentStepId)
        finishedAt = try c.decodeIfPresent(Date.self, forKey: .finishedAt)
        steps = try c.decode([StepRecord].self, forKey: .steps)
        retiredSteps = try c.decodeIfPresent([StepRecord].self, forKey: .retiredSteps)
        draft = try c.decodeIfPresent(ObjectionDraft.self, forKey: .draft)
        completedAt = try c.decodeIfPresent(Date.self, forKey: .completedAt)
        rechecks = try c.decodeIfPresent([RecheckRecord].self, forKey: .rechecks)
        recheckDays = try c.decodeIfPresent(Int.self, forKey: .recheckDays)
        if schemaVersion < 3 {
            steps = steps.map(Self.upgradedFromVersion2)
            retiredSteps = retiredSteps?.map(Self.upgradedFromVersion2)
        }
    }

    /// A record from a file older than version 3: the status was last set when the record last changed,
    /// as far as that file knew; a received time on a step that is not done is dropped.
    private static func upgradedFromVersion2(_ record: StepRecord) -> StepRecord {
        var record = record
        if record.status != .pending, record.statusChangedAt == nil { record.statusChangedAt = record.updatedAt }
        // Version 2 kept the received time when the form was sent again; it belonged to the earlier sending.
        if record.status != .done { record.confirmedAt = nil }
        return record
    }

    /// Fresh progress for a guide: every step pending, on the first step.
    public init(fresh guide: Guide, at now: Date) {
        let now = now.wholeSeconds
        self.init(
            guideId: guide.id, guideVersion: guide.version, createdAt: now, updatedAt: now,
            currentStepId: guide.steps.first?.id,
            steps: guide.steps.map { StepRecord(id: $0.id) })
    }

    /// The record for a step id.
    public func record(_ id: String) -> StepRecord? {
        steps.first { $0.id == id }
    }

    /// The member's platform, once answered.
    public var platform: Platform? { answers["platform"].flatMap(Platform.init(rawValue:)) }
    /// The member's region, once answered.
    public var region: Region? { answers["region"].flatMap(Region.init(rawValue:)) }
    /// The language the member's LinkedIn is shown in, once answered.
    public var linkedInLanguage: LinkedInLanguage? {
        answers[LinkedInLanguage.answerKey].flatMap(LinkedInLanguage.init(rawValue:))
    }

    /// True when every step is done or not needed.
    public var isComplete: Bool { steps.allSatisfy { $0.status.isResolved } }

    /// How many steps are done.
    public var doneCount: Int { count { $0 == .done } }

    /// How many steps are done or not needed.
    public var resolvedCount: Int { count { $0.isResolved } }

    /// Counts statuses without building an array or copying records (the full screen counts on
    /// every frame, and a guide can be long).
    private func count(where matches: (StepStatus) -> Bool) -> Int {
        var total = 0
        for index in steps.indices where matches(steps[index].status) { total += 1 }
        return total
    }

    /// Steps still to do, in order: pending, skipped or waiting.
    public var unresolved: [StepRecord] { steps.filter { !$0.status.isResolved } }

    // MARK: The re-check interval

    /// The days between re-checks a member may choose (`--recheck-days`).
    public static let recheckDaysAllowed = 1...3650

    /// When this member's re-checks are due: every `recheckDays` days, as they chose, else the default
    /// interval (also for a value outside `recheckDaysAllowed`, which no one could have chosen).
    public var recheckSchedule: RecheckSchedule {
        guard let days = recheckDays, Self.recheckDaysAllowed.contains(days) else { return RecheckSchedule() }
        return RecheckSchedule(intervalDays: days)
    }

    /// Keeps the days between re-checks the member chose; true when that changed the progress (and its
    /// `updatedAt`).
    @discardableResult
    public mutating func choose(recheckDays days: Int, at now: Date) -> Bool {
        guard days != recheckDays else { return false }
        recheckDays = days
        updatedAt = now.wholeSeconds
        return true
    }
}

extension Date {
    /// The date with its fraction of a second dropped, so it survives the file's ISO-8601 form exactly.
    public var wholeSeconds: Date {
        Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down))
    }
}
