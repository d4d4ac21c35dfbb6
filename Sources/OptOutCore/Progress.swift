import Foundation

/// Where a step stands. Stored in the progress file as its raw value.
public enum StepStatus: String, Codable, Sendable, CaseIterable {
    case pending
    case done
    /// Put off by the member, with an optional reason; still to do.
    case skipped
    /// Done on LinkedIn's side but waiting for something (e.g. the objection form's confirmation email).
    case waiting
    /// An optional step the member left out.
    case notNeeded = "not-needed"

    /// True when nothing is left to do for the step.
    public var isResolved: Bool { self == .done || self == .notNeeded }

    /// Words for people ("not needed").
    public var words: String {
        switch self {
        case .pending: "pending"
        case .done: "done"
        case .skipped: "skipped"
        case .waiting: "waiting"
        case .notNeeded: "not needed"
        }
    }
}

/// What the member has recorded for one step.
public struct StepRecord: Codable, Sendable, Equatable {
    public var id: String
    public var status: StepStatus
    /// Why the step was skipped or left out, when the member said.
    public var reason: String?
    /// The member's own note (e.g. the form's confirmation reference).
    public var note: String?
    /// When the status, reason or note last changed (UTC).
    public var updatedAt: Date?

    public init(id: String, status: StepStatus = .pending, reason: String? = nil, note: String? = nil, updatedAt: Date? = nil) {
        self.id = id
        self.status = status
        self.reason = reason
        self.note = note
        self.updatedAt = updatedAt
    }
}

/// Everything `optout` keeps about one member's walkthrough: the content of the progress file.
public struct WalkthroughProgress: Codable, Sendable, Equatable {
    /// The file format's version. Files with a newer version are refused, never rewritten.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var guideId: String
    public var guideVersion: String
    public var createdAt: Date
    public var updatedAt: Date
    /// Answers to the guide's choices, by answer key (`platform`, `region`).
    public var answers: [String: String]
    /// The step the member is on; nil once every step is resolved.
    public var currentStepId: String?
    /// When the member reached the end of the walkthrough, if they have.
    public var finishedAt: Date?
    /// One record per guide step, in the guide's order.
    public var steps: [StepRecord]
    /// Records of steps a later guide version no longer has, kept so nothing the member wrote is lost.
    public var retiredSteps: [StepRecord]?

    public init(
        schemaVersion: Int = WalkthroughProgress.currentSchemaVersion, guideId: String, guideVersion: String,
        createdAt: Date, updatedAt: Date, answers: [String: String] = [:], currentStepId: String?,
        finishedAt: Date? = nil, steps: [StepRecord], retiredSteps: [StepRecord]? = nil
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

    /// True when every step is done or not needed.
    public var isComplete: Bool { steps.allSatisfy { $0.status.isResolved } }

    /// How many steps are done.
    public var doneCount: Int { steps.filter { $0.status == .done }.count }

    /// Steps still to do, in order: pending, skipped or waiting.
    public var unresolved: [StepRecord] { steps.filter { !$0.status.isResolved } }
}

extension Date {
    /// The date with its fraction of a second dropped, so it survives the file's ISO-8601 form exactly.
    public var wholeSeconds: Date {
        Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down))
    }
}
