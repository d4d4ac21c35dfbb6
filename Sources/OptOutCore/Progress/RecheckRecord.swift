#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One re-check: when, and what the member answered for each verification step.
public struct RecheckRecord: Codable, Sendable, Equatable {
    public var checkedAt: Date
    public var answers: [RecheckAnswer]
    public init(checkedAt: Date, answers: [RecheckAnswer]) {
        self.checkedAt = checkedAt
        self.answers = answers
    }
}

/// The member's answer to one re-check question.
public struct RecheckAnswer: Codable, Sendable, Equatable {
    public enum Answer: String, Codable, Sendable {
        /// All is well (the setting is still Off; the confirmation came).
        case yes
        case no
        case skipped
    }

    public var stepId: String
    public var answer: Answer
    public init(stepId: String, answer: Answer) {
        self.stepId = stepId
        self.answer = answer
    }
}
