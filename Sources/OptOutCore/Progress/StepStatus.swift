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

    /// Words for people ("not needed"), in the interface language.
    public var words: String {
        // Translators: a step's status, shown after its title ("3. Turn off the setting: done") and in lists.
        switch self {
        case .pending: tr("pending", context: "status")
        case .done: tr("done", context: "status")
        case .skipped: tr("skipped", context: "status")
        case .waiting: tr("waiting", context: "status")
        case .notNeeded: tr("not needed", context: "status")
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
                // Translators: {status} is the value found in the file; {allowed} lists the values there may be.
                in: container, debugDescription: tr("unknown status \"{status}\" (expected one of {allowed})", ["status": raw, "allowed": allowed]))
        }
        self = status
    }
}
