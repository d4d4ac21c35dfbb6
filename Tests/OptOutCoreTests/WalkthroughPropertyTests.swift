import Foundation
import OptOutTestSupport
import Testing
@testable import OptOutCore

/// The walkthrough's invariants, checked after every event of random event sequences.
@Suite("Walkthrough invariants under random events")
struct WalkthroughPropertyTests {
    static let guides = [sampleGuide, formGuide, Guide.linkedInAITraining]

    /// Any event, with arguments drawn from what the guide offers and from nonsense.
    func randomEvent(_ state: WalkthroughState, using rng: inout SeededGenerator) -> WalkthroughEvent {
        let ids = state.guide.steps.map(\.id) + ["no-such-step"]
        let options = state.guide.steps.compactMap(\.choice).flatMap { $0.options.map(\.id) } + ["1", "9", "nonsense"]
        let days = ["2026-11-20", "2026-11-28", "2026-2-30", "0226-11-29", "2999-01-01", ""]
        let answers: [RecheckAnswer.Answer] = [.yes, .no, .skipped]
        switch Int.random(in: 0..<17, using: &rng) {
        case 0: return .resume
        case 1: return .startOver
        case 2, 3: return .markDone
        case 4: return .choose(options.randomElement(using: &rng)!)
        case 5: return .skip(reason: Bool.random(using: &rng) ? "later" : nil)
        case 6: return .markWaiting
        case 7: return .setNote(["n", "", nil].randomElement(using: &rng)!)
        case 8: return .back
        case 9: return .setDraft(ObjectionDraft(name: Bool.random(using: &rng) ? "Ana" : nil))
        case 10: return .recordSent(on: days.randomElement(using: &rng)!, reference: ["R1", nil].randomElement(using: &rng)!)
        case 11: return .confirmReceived(reference: ["R2", nil].randomElement(using: &rng)!)
        case 12: return .reportScreenDiffers(["x", ""].randomElement(using: &rng)!)
        case 13:
            let picked = (0..<Int.random(in: 0...3, using: &rng)).map { _ in
                RecheckAnswer(stepId: ids.randomElement(using: &rng)!, answer: answers.randomElement(using: &rng)!)
            }
            return .recordRecheck(picked)
        case 14: return .guideChangesShown
        case 15: return .quit
        default: return .markDone
        }
    }

    /// What must hold of every state the reducer makes.
    func checkInvariants(_ state: WalkthroughState, everComplete: Bool, context: String) {
        let progress = state.progress
        switch state.phase {
        case let .onStep(index):
            #expect(progress.currentStepId == state.guide.steps[index].id, "currentStepId on a step: \(context)")
        case .finished:
            #expect((progress.currentStepId == nil) == progress.isComplete, "currentStepId at the end: \(context)")
            if let id = progress.currentStepId {
                #expect(progress.record(id)?.status.isResolved == false, "the end points at a step left: \(context)")
            }
        case .offeringResume:
            if let id = progress.currentStepId {
                #expect(state.guide.step(id) != nil, "offering to resume at a step the guide has: \(context)")
            } else {
                #expect(progress.isComplete, "nothing to resume at: \(context)")
            }
        }
        for record in progress.steps {
            if record.confirmedAt != nil {
                #expect(record.status == .done, "a received time on a step that is not done: \(record.id), \(context)")
            }
            if record.status != .pending || record.statusChangedAt != nil {
                #expect(record.statusChangedAt != nil, "a status set without its time: \(record.id), \(context)")
                if let changed = record.statusChangedAt, let updated = record.updatedAt {
                    #expect(changed <= updated, "the status changed after the record last changed: \(context)")
                }
            }
            if let day = record.sentOn { #expect(CalendarDay.parse(day) == day, "a malformed sent day \(day): \(context)") }
        }
        if progress.completedAt != nil {
            #expect(everComplete, "a completion time though the checklist was never complete: \(context)")
        }
        if progress.isComplete { #expect(progress.completedAt != nil, "complete without a completion time: \(context)") }
    }

    @Test(arguments: 0..<40)
    func randomEventSequencesKeepTheInvariantsAndEverySaveLoadsBack(seed: Int) throws {
        var rng = SeededGenerator(seed: UInt64(seed) &* 0x2545_F491_4F6C_DD1D)
        let guide = Self.guides[seed % Self.guides.count]
        var state = WalkthroughState.begin(guide: guide, saved: nil, now: t0)
        // The progress file's bytes as last saved, nil before the first save.
        var fileBytes: Data?
        var everComplete = false
        var now = t0
        for step in 0..<120 {
            let event = randomEvent(state, using: &rng)
            now = now.addingTimeInterval(Double(Int.random(in: 1...90_000, using: &rng)))
            let context = "seed \(seed), event \(step) \(event.name) in \(state.phase)"
            guard let (next, effects) = try? Walkthrough.reduce(state, event, now: now) else {
                continue  // refused: nothing changed, by the reducer's contract
            }
            // A completion time is set only by a change that leaves every step resolved.
            if next.progress.isComplete { everComplete = true }
            checkInvariants(next, everComplete: everComplete, context: context)
            for case let .save(progress) in effects {
                #expect(progress == next.progress, "the save carries the new state: \(context)")
                fileBytes = try ProgressFileFormat.encode(progress)
                let loaded = try ProgressFileFormat.decode(fileBytes!, path: "p.json", expectingGuide: guide.id)
                #expect(loaded == progress, "a saved file loads back to the same state: \(context)")
            }
            if effects.contains(.exit) {
                // The member quits and comes back: the walkthrough begins from what was saved.
                let saved = try fileBytes.map { try ProgressFileFormat.decode($0, path: "p.json", expectingGuide: guide.id) }
                state = WalkthroughState.begin(guide: guide, saved: saved, now: now)
                checkInvariants(state, everComplete: everComplete, context: context + " (begun again)")
                continue
            }
            if event == .startOver { everComplete = false }
            state = next
        }
    }
}
