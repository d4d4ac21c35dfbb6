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
    /// A form the member had begun on this step when optout was stopped (a signal, a closed window):
    /// what they had typed, kept so it is not lost, and offered again when they open that form.
    public var unfinished: UnfinishedForm?

    public init(
        id: String, status: StepStatus = .pending, reason: String? = nil, note: String? = nil, updatedAt: Date? = nil,
        statusChangedAt: Date? = nil, sentOn: String? = nil, confirmation: String? = nil, confirmedAt: Date? = nil,
        screenDiffers: String? = nil, unfinished: UnfinishedForm? = nil
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
        self.unfinished = unfinished
    }
}

/// What a member had typed into a form that was still open when optout was stopped, by field. Nothing
/// of it is recorded as done: it is kept in the progress file, shown on the step, and put back into
/// the form when the member opens it again.
public struct UnfinishedForm: Codable, Sendable, Equatable {
    /// Which form it was.
    public enum Kind: String, Codable, Sendable {
        /// The reason for skipping a step (or leaving out an optional one): field `reason`.
        case skip
        /// The day the objection form was sent and its reference: fields `day`, `reference`.
        case sent
        /// The confirmation's reference: field `reference`.
        case received
        /// The objection draft's choices: fields `uses` (ids, comma-separated), `name`, `email`.
        case draft
        /// The objection text edited on one line: field `text`.
        case draftText = "draft-text"
    }

    public var kind: Kind
    /// The answers, by field name; a field not reached is absent.
    public var fields: [String: String]
    /// When it was kept.
    public var keptAt: Date

    public init(kind: Kind, fields: [String: String], keptAt: Date) {
        self.kind = kind
        self.fields = fields
        self.keptAt = keptAt
    }
}
