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

extension StepStatus {
    /// Decodes a status, naming the allowed values when the file holds an unknown one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let status = StepStatus(rawValue: raw) else {
            let allowed = StepStatus.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "unknown status \"\(raw)\" (expected one of \(allowed))")
        }
        self = status
    }
}
