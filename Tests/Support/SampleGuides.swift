import Foundation
import OptOutCore

// Guides, a clock and folders the test targets share: small guides that test the rules apart from the
// real content, a clock that moves on, and temporary folders.

/// A small guide with one step of each kind, for testing the rules apart from the real content.
public let sampleGuide = Guide(
    id: "sample", title: "Sample", version: "1", lastVerified: "2026-11-29", purpose: "Test.",
    steps: [
        GuideStep(id: "intro", title: "Intro", kind: .info, body: ["Hello."]),
        GuideStep(
            id: "platform", title: "Platform", kind: .choice,
            choice: StepChoice(
                answerKey: "platform", prompt: "Which?",
                options: [ChoiceOption(id: "web", label: "Web"), ChoiceOption(id: "app", label: "App")])),
        GuideStep(
            id: "act", title: "Act", kind: .action,
            instructions: PerPlatform(web: ["Click."], app: ["Tap."]),
            menuPath: PerPlatform(web: ["Me", "Settings"], app: ["Profile", "Settings"]),
            expected: "It is off."),
        GuideStep(id: "extra", title: "Extra", kind: .action, optional: true, instructions: PerPlatform(any: ["Maybe."])),
        GuideStep(id: "end", title: "End", kind: .finish),
    ],
    caveats: ["Past training stays."], sources: [])

/// A guide with the features of the objection-form step and a re-checked setting, ending on the form.
public let formGuide = Guide(
    id: "forms", title: "Forms", version: "1", lastVerified: "2026-11-29", purpose: "Test.",
    steps: [
        GuideStep(
            id: "toggle", title: "Toggle", kind: .action, instructions: PerPlatform(any: ["Turn it off."]),
            recheck: RecheckQuestion(question: "Still off?", ifNo: "Turn it off again.", onNo: .reopen),
            receipt: "Toggle turned Off"),
        GuideStep(
            id: "form", title: "Form", kind: .action, instructions: PerPlatform(any: ["Send it."]), objectionDraft: true,
            confirmation: ConfirmationTracking(reference: "the reference"),
            recheck: RecheckQuestion(question: "Confirmed?", ifNo: "Wait.", onNo: .keep, onlyWhen: .waiting),
            receipt: "Form sent"),
        GuideStep(id: "end", title: "End", kind: .finish),
    ],
    caveats: ["Past training stays."], sources: [])

/// A clock that moves on one minute each time it is read.
public final class SteppingClock: @unchecked Sendable {
    public private(set) var now: Date
    public init(start: Date = Date(timeIntervalSince1970: 1_796_000_000)) { now = start }
    public func read() -> Date {
        defer { now = now.addingTimeInterval(60) }
        return now
    }
}

public let t0 = Date(timeIntervalSince1970: 1_796_000_000)

/// Applies events in order, failing on any refusal.
public func run(_ events: [WalkthroughEvent], from state: WalkthroughState, startingAt start: Date = t0) throws -> WalkthroughState {
    var state = state
    var now = start
    for event in events {
        now = now.addingTimeInterval(60)
        state = try Walkthrough.reduce(state, event, now: now).state
    }
    return state
}

/// A fresh temporary folder, removed by the caller with `cleanUp`.
public func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "optout-tests-\(UUID().uuidString)"
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

public func cleanUp(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
}


extension GuideStep {
    /// The event that completes this step as a member would: the first answer of a question (or
    /// `answer` where given), the confirmation received (with the day the form was sent) on a step that
    /// awaits one, else done.
    public func completingEvent(answer: String? = nil) -> WalkthroughEvent {
        if let choice { return .choose(answer ?? choice.options[0].id) }
        if confirmation != nil { return .confirmReceived(reference: nil, sentOn: "2026-11-29") }
        return .markDone
    }
}
