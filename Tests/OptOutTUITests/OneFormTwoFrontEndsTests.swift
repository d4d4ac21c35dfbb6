import Foundation
import OptOutCore
import OptOutSystem
import OptOutPlain
import Testing

@testable import OptOutTUI

/// One form model, two renderings: the same answers given in plain mode (lines) and in the full
/// screen (keys) produce the same walkthrough events, with the same rules for empty answers,
/// defaults and refusals.
@Suite("One form, two front ends")
struct OneFormTwoFrontEndsTests {
    /// What a member does, in both front ends' terms.
    struct Script: CustomStringConvertible, Sendable {
        var name: String
        var lines: [String]
        var keys: [TerminalInput]
        var description: String { name }
    }

    static func typing(_ text: String) -> [TerminalInput] { TerminalInput.typing(text) }
    static let enter = TerminalInput.key(.enter)
    static let erase = [TerminalInput.key(.end)] + Array(repeating: TerminalInput.key(.backspace), count: 40)

    static let scripts: [Script] = [
        Script(name: "draft with two uses, a name, no email",
               lines: ["t", "1 3", "Ana Ruiz", ""],
               keys: [.char("t"), .char("2"), enter] + typing("Ana Ruiz") + [enter, enter]),
        Script(name: "a draft needs at least one use; a wrong answer is asked again",
               lines: ["t", "", "Sam", "sam@example.org", "t", "9", "2", "", "-"],
               keys: [.char("t"), enter] + typing("Sam") + [enter] + typing("sam@example.org") + [enter]
                   + [.char("t"), .char("1"), .char("2"), .char("3"), enter, .char("2"), enter, enter] + typing("-") + [enter]),
        Script(name: "sent: a bad day is refused at once, empty is today, then the reference",
               lines: ["sent", "2026-02-30", "", "TS-1"],
               keys: [.char("m")] + typing("2026-02-30") + [enter] + erase + [enter] + typing("TS-1") + [enter]),
        Script(name: "sent, back, received with an empty reference keeps it",
               lines: ["sent", "2026-11-20", "REF-7", "b", "r", ""],
               keys: [.char("m")] + typing("2026-11-20") + [enter] + typing("REF-7") + [enter, .key(.left), .char("r"), enter]),
        Script(name: "a note, then an empty note removes it; a screen-differs mark",
               lines: ["n", "first", "n", "", "x", "No form here"],
               keys: [.char("n")] + typing("first") + [enter, .char("n")] + erase + [enter, .char("x")] + typing("No form here") + [enter]),
        Script(name: "skip with a reason",
               lines: ["s later"],
               keys: [.char("s")] + typing("later") + [enter]),
        Script(name: "waiting asks the day sent; back, and done asks what happened: the confirmation came",
               lines: ["w", "2026-11-20", "", "b", "d", "2", ""],
               keys: [.char("w")] + typing("2026-11-20") + [enter, enter, .key(.left), enter, .key(.down), enter, enter]),
    ]

    /// The walkthrough on the objection form, found by id.
    static func onTheForm() throws -> WalkthroughState {
        try state(onStep: try #require(guide.index(ofStep: "objection-form")))
    }

    func plainEvents(_ script: Script) throws -> [WalkthroughEvent] {
        var events: [WalkthroughEvent] = []
        let session = WalkthroughSession(state: try Self.onTheForm(), saver: MemorySaver(), clock: { fixedNow }, zone: .utc, frontEnd: .fullScreen,
                                         observer: { events.append($0) })
        let mode = PlainMode(session: session, input: ScriptedLines(script.lines + ["q"]),
                             context: RunContext(statePath: "/tmp/p.json", startedAt: fixedNow, zone: .utc), write: { _ in })
        _ = mode.run()
        return events
    }

    func fullScreenEvents(_ script: Script) throws -> [WalkthroughEvent] {
        var events: [WalkthroughEvent] = []
        let session = WalkthroughSession(state: try Self.onTheForm(), saver: MemorySaver(), clock: { fixedNow }, zone: .utc, frontEnd: .fullScreen,
                                         observer: { events.append($0) })
        let terminal = ScriptedTerminal(script.keys + [.char("q")])
        let mode = FullScreenMode(
            session: session, context: RunContext(statePath: "/tmp/p.json", startedAt: fixedNow, zone: .utc), terminal: terminal,
            write: { _ in }, opener: LinkOpener(program: "optout-no-such-opener"))
        _ = mode.run()
        return events
    }

    @Test(arguments: scripts)
    func theSameAnswersMakeTheSameEvents(script: Script) throws {
        let plain = try plainEvents(script)
        let screen = try fullScreenEvents(script)
        #expect(plain == screen, "plain: \(plain)\nscreen: \(screen)")
        #expect(plain.count > 1, "the script did something before quitting: \(plain)")
    }

    @Test func theRulesAreTheCoresInBoth() throws {
        // The events the first script must make, spelt out: the rules, not just agreement.
        let draft = try plainEvents(Self.scripts[0])
        #expect(draft.first == .setDraft(ObjectionDraft(uses: [.personalization, .otherMachineLearning], name: "Ana Ruiz")))
        let sent = try fullScreenEvents(Self.scripts[2])
        #expect(sent.first == .recordSent(on: LocalZone.utc.day(fixedNow), reference: "TS-1"))
        let received = try fullScreenEvents(Self.scripts[3])
        #expect(received.contains(.confirmReceived(reference: nil)), "empty keeps the reference recorded")
    }
}
