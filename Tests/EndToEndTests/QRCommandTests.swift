import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

/// `optout qr [STEP]` as a member or a script runs it.
@Suite("optout qr", .ownThreads)
struct QRCommandTests {
    static let guide = Guide.linkedInAITraining
    static let utf8 = ["LANG": "C.UTF-8", "LC_ALL": "", "LC_CTYPE": ""]
    static func index(_ id: String) -> Int { guide.steps.firstIndex { $0.id == id }! }
    static func url(_ id: String) -> String { guide.steps[index(id)].link!.url }

    /// `optout qr`'s output in parts: the heading naming the link (its lines joined again), the code lines,
    /// and the URL on the last line.
    static func code(_ output: String) -> (code: String, url: String, heading: String) {
        var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let headingLines = (lines.firstIndex { $0.hasSuffix("):") } ?? 0) + 1
        let heading = lines.prefix(headingLines).joined(separator: " ")
        return (lines.dropFirst(headingLines).dropLast().joined(separator: "\n"), lines.last ?? "", heading)
    }

    @Test func theDefaultIsTheSettingsDirectLink() throws {
        let cli = Runner("qr")
        defer { cli.cleanUp() }
        let result = try cli.run(["qr"], extraEnvironment: Self.utf8)
        #expect(result.status == 0, "\(result.stderr)")
        let (code, url, heading) = Self.code(result.stdout)
        #expect(url == Self.url("open-genai-setting"))
        let settingIndex = Self.index("open-genai-setting")
        #expect(heading == "Scan this code with your phone to open Data for Generative AI Improvement "
            + "(step \(settingIndex + 1) of \(Self.guide.steps.count)):")
        // Into a pipe the heading is wrapped as for 80 columns, between words.
        let headingLines = result.stdout.split(separator: "\n").prefix { !$0.hasPrefix(" ") }
        #expect(headingLines.count == 2 && headingLines.allSatisfy { $0.count <= TextWidth.page }, "\(headingLines)")
        // A pipe gets plain text: no escape sequences, only the drawing's characters.
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(Set(code).isSubset(of: [" ", "▀", "▄", "█", "\n"]))
        #expect(result.stderr.isEmpty)
    }

    @Test func aStepByIdOrNumberAndStepsWithoutLinksRefused() throws {
        let cli = Runner("qr")
        defer { cli.cleanUp() }
        let byId = try cli.run(["qr", "objection-form"], extraEnvironment: Self.utf8)
        let byNumber = try cli.run(["qr", "\(Self.index("objection-form") + 1)"], extraEnvironment: Self.utf8)
        #expect(byId.status == 0 && byId.stdout == byNumber.stdout)
        #expect(Self.code(byId.stdout).url == Self.url("objection-form"))

        let signIn = Self.index("sign-in")
        let refused = try cli.run(["qr", "sign-in"], extraEnvironment: Self.utf8)
        #expect(refused.status == 64)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("Step \(signIn + 1), \"\(Self.guide.steps[signIn].title)\", has no link."))
        #expect(refused.stderr.contains("\(Self.index("open-genai-setting") + 1) (open-genai-setting)"))
        for wrong in ["no-such-step", "0", "\(Self.guide.steps.count + 1)", "-1"] {
            let result = try cli.run(["qr", "--", wrong], extraEnvironment: Self.utf8)
            #expect(result.status == 64, "\(wrong)")
            #expect(result.stderr.contains("There is no step \"\(wrong)\""), "\(wrong): \(result.stderr)")
        }
        let badLevel = try cli.run(["qr", "--level", "X"], extraEnvironment: Self.utf8)
        #expect(badLevel.status == 64)
        let badLanguage = try cli.run(["qr", "--linkedin-language", "xx"], extraEnvironment: Self.utf8)
        #expect(badLanguage.status == 64)
    }

    @Test func theLinksNameInTheMembersLinkedInLanguage() throws {
        let cli = Runner("qr")
        defer { cli.cleanUp() }
        let index = Self.index("open-genai-setting")
        let german = Self.guide.resolvingLabels(for: .de).steps[index].link!.label
        #expect(german != Self.guide.resolvingLabels(for: .en).steps[index].link!.label)
        let result = try cli.run(["qr", "--linkedin-language", "de"], extraEnvironment: Self.utf8)
        #expect(result.status == 0)
        #expect(Self.code(result.stdout).heading.hasPrefix("Scan this code with your phone to open \(german) "))
        #expect(Self.code(result.stdout).url == Self.url("open-genai-setting"))
        // Without the option, the saved walkthrough's language.
        try cli.run(["start", "--linkedin-language", "de"], input: "q\n")
        let saved = try cli.run(["qr"], extraEnvironment: Self.utf8)
        #expect(Self.code(saved.stdout).heading.hasPrefix("Scan this code with your phone to open \(german) "), "\(saved.stdout.prefix(120))")
    }

    @Test(.enabled(if: ZBar.path != nil || inCI, "needs zbarimg"))
    func everyBuiltInLinkDecodes() throws {
        let cli = Runner("qr")
        defer { cli.cleanUp() }
        var decoded = 0
        for (index, step) in Self.guide.steps.enumerated() where step.link != nil {
            for level in ["L", "M", "Q", "H"] {
                let result = try cli.run(["qr", "\(index + 1)", "--level", level], extraEnvironment: Self.utf8)
                let (code, url, _) = Self.code(result.stdout)
                #expect(url == step.link!.url)
                #expect(try ZBar.decode(TerminalPicture(text: code, theme: .light)) == [url], "step \(index + 1) at \(level)")
                decoded += 1
            }
        }
        print("[qr figure] optout qr: \(decoded) printed codes decoded by zbarimg")
    }

    @Test(.enabled(if: ZBar.path != nil || inCI, "needs zbarimg"))
    func aGuideFilesLongLinkAndItsDefault() throws {
        let cli = Runner("qr")
        defer { cli.cleanUp() }
        // A guide file: one step's link about 1,000 characters long; the setting's step and the data
        // privacy step without a link, so the default is the first step with one.
        var fileGuide = Self.guide
        let long = "https://www.linkedin.com/help/linkedin/answer/a5538339?" + (0..<60).map { "param\($0)=value\($0)" }.joined(separator: "&")
        fileGuide.steps[Self.index("objection-form")].link = GuideLink(label: "A long link", url: long)
        fileGuide.steps[Self.index("open-genai-setting")].link = nil
        fileGuide.steps[Self.index("open-data-privacy")].link = nil
        fileGuide.steps[Self.index("turn-off-genai")].link = GuideLink(label: "Elsewhere", url: "https://example.com/first-link")
        let path = cli.folder + "/guide.json"
        try GuideFile.export(fileGuide).write(toFile: path, atomically: true, encoding: .utf8)

        let result = try cli.run(["qr", "objection-form", "--guide", path], extraEnvironment: Self.utf8)
        #expect(result.status == 0, "\(result.stderr)")
        let (code, url, _) = Self.code(result.stdout)
        #expect(url == long)
        #expect(try ZBar.decode(TerminalPicture(text: code, theme: .light)) == [long])
        let first = try cli.run(["qr", "--guide", path], extraEnvironment: Self.utf8)
        #expect(Self.code(first.stdout).url == "https://example.com/first-link")
        let none = try cli.run(["qr", "open-genai-setting", "--guide", path], extraEnvironment: Self.utf8)
        #expect(none.status == 64)
        print("[qr figure] optout qr: a \(long.utf8.count)-byte link from a guide file decoded by zbarimg")
    }

    /// A guide file whose links leave www.linkedin.com names each host, in `guide validate` and on the
    /// first screen, before the member opens a link.
    @Test func aGuideWhoseLinksLeaveLinkedInNamesTheirHostsFirst() throws {
        let cli = Runner("foreign-links")
        defer { cli.cleanUp() }
        var fileGuide = Self.guide
        fileGuide.steps[Self.index("turn-off-genai")].link = GuideLink(label: "Elsewhere", url: "https://example.com/first-link")
        fileGuide.steps[Self.index("objection-form")].link = GuideLink(label: "Form", url: "https://forms.example.org/object")
        let path = cli.folder + "/guide.json"
        try GuideFile.export(fileGuide).write(toFile: path, atomically: true, encoding: .utf8)

        let validate = try cli.run(["guide", "validate", path])
        #expect(validate.status == 0, "\(validate.stderr)")
        let warning = try #require(validate.stdout.split(separator: "\n").first { $0.contains("warning") })
        #expect(warning.contains("example.com, forms.example.org"), "\(validate.stdout)")

        let walk = try cli.run(["--plain", "--guide", path], input: "q\n")
        let firstStep = try #require(walk.flatStdout.range(of: fileGuide.steps[0].title), "\(walk.stdout)")
        let hosts = try #require(walk.flatStdout.range(of: "example.com, forms.example.org"), "\(walk.stdout)")
        #expect(hosts.lowerBound < firstStep.lowerBound, "the hosts are named after the first step: \(walk.stdout)")

        let builtIn = try cli.run(["guide", "validate", path.replacingOccurrences(of: "guide.json", with: "builtin.json")])
        #expect(builtIn.status == ExitStatus.badGuide, "a missing file is an error, not a warning")
        try GuideFile.export(Self.guide).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try !cli.run(["guide", "validate", path]).stdout.contains("warning"), "the built-in guide's links stay on LinkedIn")
    }

    /// No usable code, no success: a script such as `optout qr > code.txt && print code.txt` stops.
    @Test func withoutUTF8ThePipeGetsTheLinkAndTheReasonGoesToStandardError() throws {
        let cli = Runner("qr")
        defer { cli.cleanUp() }
        let result = try cli.run(["qr"], extraEnvironment: ["LANG": "C", "LC_ALL": "", "LC_CTYPE": ""])
        #expect(result.status == ExitStatus.noQRCode)
        #expect(result.stdout == Self.url("open-genai-setting") + "\n")
        #expect(result.stderr.contains("cannot show a QR code: it needs UTF-8"))
    }

    @Test func aLinkTooLongForACodeSaysSoAndFails() throws {
        let cli = Runner("qr")
        defer { cli.cleanUp() }
        var fileGuide = Self.guide
        let long = "https://www.linkedin.com/help/linkedin/answer/a5538339?" + String(repeating: "x", count: 3_000)
        fileGuide.steps[Self.index("objection-form")].link = GuideLink(label: "A long link", url: long)
        let path = cli.folder + "/guide.json"
        try GuideFile.export(fileGuide).write(toFile: path, atomically: true, encoding: .utf8)
        let result = try cli.run(["qr", "objection-form", "--guide", path], extraEnvironment: Self.utf8)
        #expect(result.status == ExitStatus.noQRCode, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("optout: This link is too long for a QR code"), "\(result.stderr)")
        #expect(result.stdout == long + "\n", "the link alone, to type or copy")
        // The status is documented where the others are.
        let help = try cli.run(["--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("\(ExitStatus.noQRCode) `optout qr` could not give a usable code"), "\(help)")
    }

    /// A terminal narrower than the code: no broken drawing first; the width it needs, and a failure.
    /// Into a pipe the width does not matter.
    @Test(.enabled(if: tmuxPath != nil || inCI, "needs tmux"))
    func aTerminalNarrowerThanTheCodeGetsTheWidthItNeeds() throws {
        let tmux = try #require(tmuxPath)
        let pane = try TmuxPane(tmux: tmux)
        defer { pane.close() }
        let piped = try pane.optout(["qr"])
        #expect(piped.status == 0)
        let needed = Self.code(piped.output).code.split(separator: "\n").map(\.count).max() ?? 0
        #expect(needed > 40)
        try pane.start(["sh", "-c", "\"$0\" qr; echo exit=$?", pane.binary], columns: 40, rows: 30)
        let screen = try pane.waitFor("exit=", history: true) { $0.contains("exit=") }
        #expect(screen.contains("exit=\(ExitStatus.noQRCode)"), "\(screen)")
        #expect(!screen.contains("▀") && !screen.contains("█"), "no code is drawn: \(screen)")
        let flat = screen.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("needs a terminal at least \(needed) columns wide; this one has 40"), "\(screen)")
        #expect(screen.contains(Self.url("open-genai-setting").prefix(30)))
    }

    @Test("in a terminal: black on white, or reverse video with NO_COLOR, and each decodes",
          .enabled(if: (tmuxPath != nil && ZBar.path != nil) || inCI, "needs tmux and zbarimg"))
    func inATerminal() throws {
        let tmux = try #require(tmuxPath)
        for build in BuildUnderTest.allCases {
            let binary = try build.path()
            for noColour in [false, true] {
                let pane = try TmuxPane(tmux: tmux, binary: binary)
                defer { pane.close() }
                let script = (noColour ? "NO_COLOR=1 " : "") + "\"$0\" qr; echo exit=$?"
                try pane.start(["sh", "-c", script, binary])
                try pane.waitFor("exit=0")
                // Printed output, not a full screen: all of it, from the pane's start.
                let attributed = try pane.screenWithAttributes(trailingSpaces: true, history: true)
                let url = Self.url("open-genai-setting")
                #expect(try pane.screen(history: true).contains(url))
                if noColour {
                    #expect(attributed.contains("\u{1B}[7m") && !attributed.contains("\u{1B}[47m"))
                    #expect(try ZBar.decode(TerminalPicture(ansi: attributed, theme: .dark)) == [url], "\(build), NO_COLOR, dark")
                    #expect(try ZBar.decode(TerminalPicture(ansi: attributed, theme: .light), inverted: true) == [url])
                } else {
                    for theme in TerminalTheme.both {
                        #expect(try ZBar.decode(TerminalPicture(ansi: attributed, theme: theme)) == [url], "\(build), \(theme)")
                    }
                }
            }
        }
    }
}
