import Foundation
import OptOutCore
import OptOutSystem
import OptOutTestSupport
import Testing

@testable import OptOutTUI

/// The fixed clock every screen test uses.
let fixedNow = Date(timeIntervalSince1970: 1_796_000_000)

let guide = Guide.linkedInAITraining

/// Applies events with the fixed clock; a refused event fails the test.
func applying(_ events: [WalkthroughEvent], to state: WalkthroughState) throws -> WalkthroughState {
    var state = state
    for event in events {
        state = try Walkthrough.reduce(state, event, now: fixedNow).state
    }
    return state
}

/// The answers the screen tests give unless they say otherwise.
let defaultAnswers = ["platform": "web", "linkedInLanguage": "en", "region": "eu-eea"]

/// The walkthrough on the step with this id, reached by answering every step before it.
func state(on id: String, answers: [String: String] = defaultAnswers) throws -> WalkthroughState {
    try state(onStep: try #require(guide.index(ofStep: id), "no step \(id)"), answers: answers)
}

/// The walkthrough on the step at `index` (from 0), reached by answering every step before it:
/// choices with `answers` (by answer key), other steps done.
func state(onStep index: Int, answers: [String: String] = defaultAnswers) throws -> WalkthroughState {
    var state = WalkthroughState.begin(guide: guide, saved: nil, now: fixedNow)
    while state.phase != .onStep(index) {
        let step = try #require(state.currentStep, "walked past step \(index)")
        let event: WalkthroughEvent = step.completingEvent(answer: step.choice.flatMap { answers[$0.answerKey] })
        state = try applying([event], to: state)
    }
    return state
}

/// A member's progress with every status in it: on the objection form, which waits for its email.
func stateWithEveryStatus() throws -> WalkthroughState {
    let start = WalkthroughState.begin(guide: guide, saved: nil, now: fixedNow)
    return try applying([
        .markDone, .choose("web"), .choose("en"), .choose("eu-eea"),
        .skip(reason: "on my phone later"),  // sign-in: skipped
        .markDone,  // open-data-privacy: done
        .markDone, .markDone, .markDone,
        .recordSent(on: "2026-11-29", reference: nil),  // objection-form: sent, waiting
        .skip(reason: nil),  // related-settings (optional): not needed
        .back, .back,
        .setNote("Sent 2026-11-29, reference TS-12345"),
    ], to: start)
}

/// Saved progress part of the way through, as the resume screen finds it.
func savedProgressPartWay() throws -> WalkthroughProgress {
    let walked = try state(on: "sign-in")
    return walked.progress
}

/// Test context: a fixed progress path and Unicode glyphs.
let screenContext = ScreenContext(statePath: "/home/member/.local/state/optout/progress.json", glyphs: .unicode)

func render(_ state: WalkthroughState, _ model: ScreenModel = ScreenModel(), columns: Int = 80, rows: Int = 24) -> ScreenFrame {
    var model = model
    model.sync(with: state)
    return ScreenView.render(state: state, model: model, context: screenContext, size: ScreenSize(columns: columns, rows: rows))
}

// MARK: Goldens

enum Goldens {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    /// Compares a screen with its golden file (see `Golden`).
    static func check(_ name: String, _ frame: ScreenFrame, sourceLocation: SourceLocation = #_sourceLocation) {
        check(name, text: frame.grid.text + "\n", sourceLocation: sourceLocation)
    }

    static func check(_ name: String, text actual: String, sourceLocation: SourceLocation = #_sourceLocation) {
        Golden.check(actual, path: directory.appendingPathComponent(name + ".txt").path, sourceLocation: sourceLocation)
    }
}

// MARK: Doubles

/// Keeps saved progress in memory.
final class MemorySaver: ProgressSaving, @unchecked Sendable {
    var saved: [WalkthroughProgress] = []
    var failing = false

    func save(_ progress: WalkthroughProgress) throws(ProgressStoreError) {
        if failing { throw .io(path: "/test/progress.json", action: .write, reason: "disk full") }
        saved.append(progress)
    }
}

/// A terminal that plays back inputs and records what was drawn.
final class ScriptedTerminal: FullScreenTerminal {
    var inputs: [TerminalInput]
    var size: ScreenSize
    let glyphs = Glyphs.unicode
    let showsColour = true
    var frames: [ScreenFrame] = []
    var directWrites: [String] = []
    var started = false
    var stopped = false
    var fullRedraws = 0
    /// Why `start` fails, when it should.
    var startProblem: String?
    /// The programs run on the terminal, and how each "ended".
    var programs: [ProgramInvocation] = []
    var programRunner: (ProgramInvocation) -> ProgramExit = ExternalEditor.runAndWait

    init(_ inputs: [TerminalInput], size: ScreenSize = ScreenSize(columns: 80, rows: 24)) {
        self.inputs = inputs
        self.size = size
    }

    func start() throws(TerminalStartError) {
        if let startProblem { throw TerminalStartError(reason: startProblem) }
        started = true
    }

    func draw(_ frame: ScreenFrame) { frames.append(frame) }
    func forceFullRedraw() { fullRedraws += 1 }
    func nextInput() -> TerminalInput { inputs.isEmpty ? .inputEnded : inputs.removeFirst() }
    func writeDirectly(_ text: String) { directWrites.append(text) }
    func stop() { stopped = true }
    var outsideRuns = 0
    func runOutside<T>(_ body: () -> T) -> T {
        outsideRuns += 1
        return body()
    }

    func runProgram(_ invocation: ProgramInvocation) -> ProgramExit {
        programs.append(invocation)
        return programRunner(invocation)
    }

    var lastScreen: String { frames.last?.grid.text ?? "" }
}

extension TerminalInput {
    /// Keys for typing text, one per scalar, as get_wch delivers them.
    static func typing(_ text: String) -> [TerminalInput] {
        text.unicodeScalars.map { .key(.character($0)) }
    }

    static func char(_ c: Character) -> TerminalInput { .key(.character(c.unicodeScalars.first!)) }
}

extension ScreenModel {
    /// The member's day the tests' forms see as today.
    static let testToday = "2026-11-29"

    /// A key's action on a day fixed for the tests (`testToday`).
    mutating func update(_ action: UIAction, state: WalkthroughState) -> [ScreenCommand] {
        update(action, state: state, today: Self.testToday)
    }
}
