import Foundation
import OptOutTestSupport
import Testing
@testable import OptOutCore

/// Keeps docs/state-machine.md's Mermaid diagram true to the reducer.
@Suite("State machine diagram")
struct StateMachineDiagramTests {
    struct Edge: Hashable, CustomStringConvertible {
        var from: String, event: String, to: String
        var description: String { "\(from) --\(event)--> \(to)" }
    }

    /// The edges of the `block`-th Mermaid diagram in docs/state-machine.md (from 0); arrows from
    /// `[*]` (where things start) only when `starts` is set.
    func drawnEdges(block: Int = 0, starts: Bool = false) throws -> Set<Edge> {
        let docs = testsFolder() + "/../../docs/state-machine.md"
        let text = try String(contentsOfFile: docs, encoding: .utf8)
        let blocks = text.components(separatedBy: "```mermaid").dropFirst().map { $0.components(separatedBy: "```")[0] }
        let diagram = try #require(blocks.dropFirst(block).first, "docs/state-machine.md has no diagram \(block)")
        var edges = Set<Edge>()
        for line in diagram.split(separator: "\n") where line.contains("-->") && (starts || !line.contains("[*] -->")) {
            let parts = line.split(separator: ":", maxSplits: 1)
            let ends = parts[0].components(separatedBy: "-->").map { $0.trimmingCharacters(in: .whitespaces) }
            for event in parts[1].split(separator: "/") {
                edges.insert(Edge(from: ends[0], event: event.trimmingCharacters(in: .whitespaces), to: ends[1]))
            }
        }
        return edges
    }

    func name(_ phase: WalkthroughPhase) -> String {
        switch phase {
        case .offeringResume: "offeringResume"
        case .onStep: "onStep"
        case .finished: "finished"
        }
    }

    func name(_ event: WalkthroughEvent) -> String {
        switch event {
        case .resume: "resume"
        case .startOver: "startOver"
        case .markDone: "markDone"
        case .choose: "choose"
        case .skip: "skip"
        case .markWaiting: "markWaiting"
        case .setNote: "setNote"
        case .back: "back"
        case .quit: "quit"
        case .setDraft: "setDraft"
        case .recordSent: "recordSent"
        case .confirmReceived: "confirmReceived"
        case .reportScreenDiffers: "reportScreenDiffers"
        case .recordRecheck: "recordRecheck"
        case .guideChangesShown: "guideChangesShown"
        case .keepUnfinished: "keepUnfinished"
        case .discardUnfinished: "discardUnfinished"
        }
    }

    /// Every transition the reducer makes from a varied set of states.
    func madeEdges() throws -> Set<Edge> {
        let fresh = WalkthroughState.begin(guide: sampleGuide, saved: nil, now: t0)
        var states = [fresh]
        // Every step of the sample guide, with and without an answer.
        var walker = fresh
        for event in [WalkthroughEvent.markDone, .choose("web"), .markDone, .skip(reason: nil), .markDone] {
            walker = try Walkthrough.reduce(walker, event, now: t0).state
            states.append(walker)
        }
        states.append(WalkthroughState.begin(guide: sampleGuide, saved: states[2].progress, now: t0))
        // The form guide, on each step and after the end.
        var form = WalkthroughState.begin(guide: formGuide, saved: nil, now: t0)
        states.append(form)
        form = try Walkthrough.reduce(form, .markDone, now: t0).state
        states.append(form)
        let sent = try Walkthrough.reduce(form, .recordSent(on: "2026-11-29", reference: nil), now: t0).state
        states.append(sent)
        // Back on the form step once it was sent, and with something kept unfinished.
        let sentAndBack = try Walkthrough.reduce(sent, .back, now: t0).state
        states.append(sentAndBack)
        states.append(try Walkthrough.reduce(
            sentAndBack, .keepUnfinished(UnfinishedForm(kind: .received, fields: ["reference": "R"], keptAt: t0)), now: t0).state)
        // Guides that end on an action step and on a choice step, so every way to the end is tried.
        for last in [sampleGuide.steps[2], sampleGuide.steps[1], formGuide.steps[1]] {
            let short = Guide(
                id: "short", title: "Short", version: "1", lastVerified: "2026-11-29", purpose: "", steps: [last],
                caveats: [], sources: [])
            states.append(WalkthroughState.begin(guide: short, saved: nil, now: t0))
            // The same, resumed with the day the form was sent on record.
            var progress = WalkthroughProgress(fresh: short, at: t0)
            progress.steps[0].sentOn = "2026-11-29"
            progress.steps[0].status = .waiting
            states.append(try Walkthrough.reduce(WalkthroughState.begin(guide: short, saved: progress, now: t0), .resume, now: t0).state)
        }
        let events: [WalkthroughEvent] = [
            .resume, .startOver, .markDone, .choose("web"), .skip(reason: "r"), .markWaiting, .setNote("n"), .back, .quit,
            .setDraft(ObjectionDraft()), .recordSent(on: "2026-11-29", reference: nil), .confirmReceived(reference: "r"),
            .reportScreenDiffers("x"), .recordRecheck([]), .guideChangesShown,
            .keepUnfinished(UnfinishedForm(kind: .skip, fields: ["reason": "r"], keptAt: t0)), .discardUnfinished,
        ]
        var edges = Set<Edge>()
        for state in states {
            for event in events {
                guard let (next, effects) = try? Walkthrough.reduce(state, event, now: t0) else { continue }
                let to = effects.contains(.exit) ? "[*]" : name(next.phase)
                edges.insert(Edge(from: name(state.phase), event: name(event), to: to))
            }
        }
        return edges
    }

    @Test func theDiagramDrawsExactlyTheTransitionsTheCodeMakes() throws {
        let drawn = try drawnEdges()
        let made = try madeEdges()
        #expect(made.subtracting(drawn).isEmpty, "made but not drawn: \(made.subtracting(drawn))")
        #expect(drawn.subtracting(made).isEmpty, "drawn but never made: \(drawn.subtracting(made))")
    }

    // MARK: Forms

    func name(_ form: StepForm) -> String {
        switch form {
        case .line: "line"
        case let .draft(draft):
            switch draft.question {
            case .uses: "draftUses"
            case .name: "draftName"
            case .email: "draftEmail"
            case .language: "draftLanguage"
            case .keepEdit: "draftKeepEdit"
            }
        case .draftText: "draftText"
        case let .sent(sent): sent.day == nil ? "sentDay" : "sentReference"
        case .received: "received"
        case .startOver: "startOver"
        case .sendOutcome: "sendOutcome"
        }
    }

    func name(_ kind: FormKind) -> String {
        switch kind {
        case .markDone: "markDone"
        case .markWaiting: "markWaiting"
        case .note: "note"
        case .skip: "skip"
        case .screenDiffers: "screenDiffers"
        case .draft: "draft"
        case .editDraftOnOneLine: "editDraftOnOneLine"
        case .sent: "sent"
        case .received: "received"
        case .startOver: "startOver"
        }
    }

    /// Every move the forms make, from varied states, for varied answers, to a depth of six.
    func madeFormEdges() throws -> Set<Edge> {
        let onForm = try Walkthrough.reduce(.begin(guide: formGuide, saved: nil, now: t0), .markDone, now: t0).state
        let edited = try Walkthrough.reduce(onForm, .setDraft(ObjectionDraft(name: "Ana", editedText: "Mine.")), now: t0).state
        let sent = try run([.recordSent(on: "2026-11-20", reference: "R1"), .back], from: onForm)
        let unfinished = WalkthroughState.begin(guide: formGuide, saved: sent.progress, now: t0)
        let kinds: [FormKind] = [.markDone, .markWaiting, .note, .skip, .screenDiffers, .draft, .editDraftOnOneLine, .sent, .received, .startOver]
        let answers: [FormAnswer] = [
            .text(""), .text("-"), .text("Sam"), .text("1 3"), .text("9"), .text("2026-02-30"), .text("2026-11-20"),
            .text("2999-01-01"), .text("y"), .text("no"), .text("2"), .text("3"), .text("Mine."), .picked([]), .picked([0]),
            .picked([1]),
        ]
        var edges = Set<Edge>()
        for state in [onForm, edited, sent, unfinished] {
            for kind in kinds {
                guard case let .ask(first) = StepForm.start(kind, state: state, today: "2026-11-29") else { continue }
                edges.insert(Edge(from: "[*]", event: name(kind), to: name(first)))
                var frontier = [first]
                for _ in 0..<6 {
                    var next: [StepForm] = []
                    for form in frontier {
                        for answer in answers {
                            switch form.next(answer) {
                            case let .ask(to):
                                edges.insert(Edge(from: name(form), event: to.prompt.problem == nil ? "answered" : "refused", to: name(to)))
                                if to.prompt.problem == nil { next.append(to) }
                            case let .submit(event, _):
                                edges.insert(Edge(from: name(form), event: name(event), to: "[*]"))
                            case .leave:
                                edges.insert(Edge(from: name(form), event: "leave", to: "[*]"))
                            }
                        }
                    }
                    frontier = next
                }
            }
        }
        return edges
    }

    @Test func theFormsDiagramDrawsExactlyTheMovesTheFormsMake() throws {
        let drawn = try drawnEdges(block: 1, starts: true)
        // In English and in another language, where the draft also asks the text's language.
        let made = try madeFormEdges().union(InterfaceLanguage.$current.withValue(.language(.de)) { try madeFormEdges() })
        #expect(made.subtracting(drawn).isEmpty, "made but not drawn: \(made.subtracting(drawn))")
        #expect(drawn.subtracting(made).isEmpty, "drawn but never made: \(drawn.subtracting(made))")
    }
}
