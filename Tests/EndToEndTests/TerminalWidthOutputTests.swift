import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

/// Text printed line by line wraps to the terminal's real width (not `COLUMNS`), between words: the
/// summary (`optout summary`, and when the checklist is already complete), plain mode with its help,
/// and the printed guide. Into a pipe it is wrapped as for 80 columns.
@Suite("Text output and the terminal's width")
struct TerminalWidthOutputTests {
    /// The words of `text`, without rules of dashes (their length follows the width).
    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: \.isWhitespace).filter { $0.count < 3 || !$0.allSatisfy { $0 == "-" } }
    }

    /// What a terminal shows: as it shows it (the lines it wrapped itself not joined), and with those
    /// lines joined again (so a word longer than the width reads whole).
    struct Shown {
        var raw: String
        var joined: String
    }

    /// Every line `shown` fits in `width` columns or is one word (a word longer than the width, such as
    /// a link, stands alone), and its words are `expected`'s: none was split by optout.
    static func expectWrapped(_ shown: Shown, width: Int, like expected: String, _ what: String,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        for line in shown.raw.split(separator: "\n") where line.count > width {
            #expect(words(String(line)).count == 1, "\(what): \"\(line)\" is \(line.count) wide", sourceLocation: sourceLocation)
        }
        let got = words(shown.joined), wanted = words(expected)
        let differs = zip(got, wanted).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        #expect(differs == nil && got.count >= wanted.count,
                "\(what): the words differ from the piped output at \(got[(differs ?? 0)...].prefix(5))", sourceLocation: sourceLocation)
    }

    /// What the pane shows of a run, up to `marker` (what the shell prints after it).
    static func capture(_ pane: TmuxPane, until marker: String = "end-of-run") throws -> Shown {
        try pane.waitFor(marker, history: true) { $0.contains(marker) }
        let raw = try pane.tmux(["capture-pane", "-p", "-t", "main", "-S", "-"])
        let joined = try pane.tmux(["capture-pane", "-p", "-J", "-t", "main", "-S", "-"])
        return Shown(raw: raw.components(separatedBy: marker)[0], joined: joined.components(separatedBy: marker)[0])
    }

    /// Runs `arguments` in a new pane `columns` wide, with COLUMNS set wider (it must not be trusted),
    /// and returns what the terminal shows.
    static func shown(_ tmux: String, _ arguments: [String], columns: Int) throws -> Shown {
        let pane = try TmuxPane(tmux: tmux)
        defer { pane.close() }
        // The shell stays a moment after the run, so tmux reads all of a long output from the terminal
        // before the pane closes (on a loaded machine it could otherwise lose the end of it).
        let command = (["COLUMNS=200", "\"$0\""] + arguments).joined(separator: " ") + "; echo end-of-run; sleep 5"
        try pane.start(["sh", "-c", command, pane.binary], columns: columns, rows: 200)
        return try capture(pane)
    }

    @Test(.enabled(if: tmuxPath != nil || inCI, "needs tmux"))
    func theSummaryWrapsToTheTerminalAndAPipeGetsEightyColumns() throws {
        let tmux = try #require(tmuxPath)
        let cli = Runner("width")
        defer { cli.cleanUp() }
        // A finished checklist with a screen that differed: long record lines.
        let answers = "x The toggle is called Use my data for AI and sits under a heading Generative AI\n" + completeAnswers
        #expect(try cli.run(["--state-file", cli.statePath], input: answers).status == 0)
        let piped = try cli.run(["summary"])
        for line in piped.stdout.split(separator: "\n") where line.count > TextWidth.page {
            #expect(Self.words(String(line)).count == 1, "into a pipe: \"\(line)\"")
        }
        for columns in [40, 100] {
            let summary = try Self.shown(tmux, ["summary", "--state-file", cli.statePath], columns: columns)
            Self.expectWrapped(summary, width: columns - 2, like: piped.stdout, "summary at \(columns)")
            // The walkthrough with the checklist already complete prints the summary too.
            let again = try Self.shown(tmux, ["--state-file", cli.statePath], columns: columns)
            #expect(again.joined.contains("already complete"), "\(again.joined)")
            for line in again.raw.split(separator: "\n") where line.count > columns - 2 {
                #expect(Self.words(String(line)).count == 1, "optout at \(columns): \"\(line)\" is \(line.count) wide")
            }
            let summaryWords = Self.words(piped.stdout)
            #expect(Array(Self.words(again.joined).suffix(summaryWords.count)) == summaryWords, "optout at \(columns): \(again.raw)")
        }
    }

    @Test(.enabled(if: tmuxPath != nil || inCI, "needs tmux"))
    func plainModeAndItsHelpWrapToTheTerminal() throws {
        let tmux = try #require(tmuxPath)
        let pane = try TmuxPane(tmux: tmux)
        defer { pane.close() }
        let answers = ["d", "1", "fr", "?", "1", "d", "q"]
        let progress = pane.folder.path + "/s.json"
        try pane.start(["sh", "-c", "COLUMNS=200 \"$0\" --plain --state-file \"$1\"; echo end-of-run", pane.binary, progress],
                       columns: 40, rows: 200)
        for (n, answer) in answers.enumerated() {
            // Each prompt is a line of its own starting with ">"; the answer is typed after it.
            try pane.waitFor("prompt \(n + 1)", history: true) { $0.split(separator: "\n").filter { $0.hasPrefix(">") }.count == n + 1 }
            try pane.type(answer)
            try pane.keys("Enter")
        }
        let shown = try Self.capture(pane)
        for line in shown.raw.split(separator: "\n") where line.count > 38 {
            #expect(Self.words(String(line)).count == 1, "plain mode at 40: \"\(line)\" is \(line.count) wide")
        }
        #expect(shown.joined.contains("Answers at a step:"), "\(shown.joined)")
        // The same run into a pipe has the same words, but for the answers typed and the paths.
        let cli = Runner("width-plain")
        defer { cli.cleanUp() }
        let piped = try cli.run(["--plain", "--state-file", "s.json"], input: answers.joined(separator: "\n") + "\n")
        let kept = { (text: String) in Self.words(text).filter { !$0.contains("/") && !answers.contains(String($0)) } }
        #expect(kept(shown.joined) == kept(piped.stdout), "plain mode at 40: the words differ\n\(shown.raw)")
    }

    @Test(.enabled(if: tmuxPath != nil || inCI, "needs tmux"))
    func thePrintedGuideWrapsToTheTerminal() throws {
        let tmux = try #require(tmuxPath)
        let cli = Runner("width-guide")
        defer { cli.cleanUp() }
        let shown = try Self.shown(tmux, ["guide"], columns: 50)
        Self.expectWrapped(shown, width: 48, like: try cli.run(["guide"]).stdout, "guide at 50")
    }

    /// An error on a terminal wraps between words too; into a pipe it stays one line, for scripts.
    @Test(.enabled(if: tmuxPath != nil || inCI, "needs tmux"))
    func anErrorWrapsOnATerminalAndStaysOneLineInAPipe() throws {
        let tmux = try #require(tmuxPath)
        let cli = Runner("width-error")
        defer { cli.cleanUp() }
        let piped = try cli.run(["summary", "--state-file", cli.folder + "/a-rather-long-name-for-a-progress-file-that-is-not-there.json"])
        #expect(piped.status == ExitStatus.nothingSaved)
        #expect(piped.stderr.hasPrefix("optout: ") && piped.stderr.dropLast().split(separator: "\n").count == 1, "\(piped.stderr)")
        #expect(piped.stderr.count > 60)
        let shown = try Self.shown(tmux, ["summary", "--state-file", cli.folder + "/a-rather-long-name-for-a-progress-file-that-is-not-there.json"],
                                   columns: 40)
        Self.expectWrapped(shown, width: 38, like: piped.stderr, "the error at 40")
    }
}
