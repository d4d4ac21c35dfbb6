#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What the member has recorded for one step.
public struct StepRecord: Codable, Sendable, Equatable {
    public var id: String
    public var status: StepStatus
    /// Why the step was skipped or left out, when the member said.
    public var reason: String?
    /// The member's own note on the step.
    public var note: String?
    /// When anything recorded on the step last changed (UTC): status, reason, note, sent day,
    /// confirmation or screen-differs mark.
    public var updatedAt: Date?
    /// When the step's status last changed (UTC). A later note or mark does not move it, so it is the
    /// time receipts give for "turned Off" or "done". Nil while the step has never changed status.
    public var statusChangedAt: Date?
    /// On a step that tracks a confirmation: the day the member sent it (`YYYY-MM-DD`, normalised from
    /// what they typed: `2026-1-5` is kept as `2026-01-05`).
    public var sentOn: String?
    /// On a step that tracks a confirmation: its email subject or reference.
    public var confirmation: String?
    /// When the member marked the confirmation received. Present only while the step is done.
    public var confirmedAt: Date?
    /// What the member saw when their screen did not match the step.
    public var screenDiffers: String?

    public init(
        id: String, status: StepStatus = .pending, reason: String? = nil, note: String? = nil, updatedAt: Date? = nil,
        statusChangedAt: Date? = nil, sentOn: String? = nil, confirmation: String? = nil, confirmedAt: Date? = nil,
        screenDiffers: String? = nil
    ) {
        self.id = id
        self.status = status
        self.reason = reason
        self.note = note
        self.updatedAt = updatedAt
        self.statusChangedAt = statusChangedAt
        self.sentOn = sentOn
        self.confirmation = confirmation
        self.confirmedAt = confirmedAt
        self.screenDiffers = screenDiffers
    }
}
