import Testing
@testable import optout

/// `optout` with no arguments skips the argument parser (to start sooner); it must still run exactly what
/// the parser makes of `optout` and of `optout start` with no options.
@Suite("optout with no arguments")
struct StartDefaultsTests {
    @Test func theFastPathRunsWhatStartWithNoOptionsRuns() throws {
        let start = try Start.parse([])
        #expect(start.request == Start.Request.defaults)
    }

    @Test func theFastPathRunsWhatTheParserMakesOfNoArguments() throws {
        let command = try OptOut.parseAsRoot([])
        let start = try #require(command as? Start, "the default command is start")
        #expect(start.request == Start.Request.defaults)
    }
}
