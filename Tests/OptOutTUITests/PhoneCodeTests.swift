import Foundation
import OptOutCore
import OptOutSystem
import OptOutTestSupport
import QRCode
import Testing

@testable import OptOutTUI

/// `p`: the step's link as a QR code in the full screen.
@Suite("The link as a QR code")
struct PhoneCodeTests {
    /// The step with the setting's direct link, found by id.
    static let settingStep = guide.steps.firstIndex { $0.id == "open-genai-setting" }!
    static let stepsWithLinks = guide.steps.indices.filter { guide.steps[$0].link != nil }

    /// The model after `p` on the step.
    static func showingCode(on state: WalkthroughState) -> ScreenModel {
        var model = ScreenModel()
        model.sync(with: state)
        _ = model.update(.showPhoneCode, state: state)
        return model
    }

    @Test("golden screens at 80x24, 120x40 and the needs line at 40x12")
    func goldens() throws {
        let state = try state(onStep: Self.settingStep)
        let model = Self.showingCode(on: state)
        let frame = render(state, model)
        Goldens.check("phone-code-80x24", frame)
        Goldens.check("phone-code-120x40", render(state, model, columns: 120, rows: 40))
        let small = render(state, model, columns: 40, rows: 12)
        Goldens.check("phone-code-40x12", small)
        #expect(frame.facts.mode == .phoneCode)
        let url = try #require(guide.steps[Self.settingStep].link?.url)
        #expect(frame.grid.text.contains(url))
        #expect(small.grid.text.contains("needs 41×25"))
        #expect(!small.grid.text.contains("█"))
        // The link is still there to type or copy, wrapped.
        #expect(small.grid.rowsText.map { $0.trimmingCharacters(in: .whitespaces) }.joined().contains(url))
    }

    @Test("p works on every step with a link, and only there")
    func onlyOnStepsWithLinks() throws {
        for index in guide.steps.indices {
            let state = try state(onStep: index)
            var model = ScreenModel()
            model.sync(with: state)
            let facts = render(state, model).facts
            let action = KeyMap.action(for: .character("p"), on: facts)
            let hasLink = guide.steps[index].link != nil
            #expect(action == (hasLink ? .showPhoneCode : nil), "step \(index + 1)")
            #expect(KeyMap.footer(for: facts).contains("p phone") == hasLink, "step \(index + 1)")
            _ = model.update(.showPhoneCode, state: state)
            if hasLink {
                guard case let .phoneCode(link, code) = model.overlay else {
                    Issue.record("no code on step \(index + 1)")
                    continue
                }
                // The link as the step shows it, its label resolved for the LinkedIn language.
                #expect(link == StepContent(state: state)?.link)
                #expect(link.url == guide.steps[index].link?.url)
                #expect(code != nil)
            } else {
                #expect(model.overlay == .none)
            }
        }
    }

    @Test("the header names the link as LinkedIn does in the member's language")
    func inTheMembersLanguage() throws {
        var answers = defaultAnswers
        answers["linkedInLanguage"] = "de"
        let state = try state(onStep: Self.settingStep, answers: answers)
        let label = try #require(StepContent(state: state)?.link?.label)
        #expect(!label.contains("{"))
        let header = render(state, Self.showingCode(on: state), columns: 120, rows: 40).grid.rowsText[0]
        #expect(header.contains("Scan with your phone: \(label)"), "\(header)")
    }

    @Test("Esc, Enter and p go back to the step; q still quits; ? does nothing there")
    func leaving() throws {
        let state = try state(onStep: Self.settingStep)
        let facts = render(state, Self.showingCode(on: state)).facts
        #expect(facts.mode == .phoneCode)
        for key in [Key.escape, .enter, .character("p")] {
            let action = try #require(KeyMap.action(for: key, on: facts))
            var model = Self.showingCode(on: state)
            #expect(model.update(action, state: state) == [])
            #expect(model.overlay == .none)
            #expect(render(state, model).facts.mode == .step)
        }
        #expect(KeyMap.action(for: .character("?"), on: facts) == nil)
        var model = Self.showingCode(on: state)
        let quit = try #require(KeyMap.action(for: .character("q"), on: facts))
        #expect(model.update(quit, state: state) == [.send(.quit, confirmation: nil)])
        #expect(KeyMap.footer(for: facts) == ["Esc back", "q quit"])
    }

    @Test("the help lists p from the key table")
    func help() throws {
        let sections = KeyMap.helpSections()
        let step = try #require(sections.first { $0.section == .step })
        #expect(step.rows.contains { $0.keys == "p" && $0.help.contains("QR code") })
        let page = try #require(sections.first { $0.section == .phoneCode })
        #expect(page.rows.map(\.keys) == ["Esc, Enter, p"])
        var model = ScreenModel()
        model.overlay = .help
        #expect(render(try state(onStep: Self.settingStep), model, columns: 80, rows: 200).grid.text
            .contains("Show the link as a QR code, to scan with your phone"))
    }

    @Test("the README's capture of the code is the 80x24 golden screen")
    func readmeCapture() throws {
        let root = Goldens.directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let golden = try String(contentsOf: Goldens.directory.appendingPathComponent("phone-code-80x24.txt"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "### On your phone").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```text\n").dropFirst().first?.components(separatedBy: "\n```").first)
        #expect(block == golden.trimmingCharacters(in: .newlines), "update the capture in README.md from the golden file")
    }

    @Test("without UTF-8: two columns per module with colour; without colour, one line says why")
    func withoutUTF8() throws {
        let state = try state(onStep: Self.settingStep)
        let model = Self.showingCode(on: state)
        let size = ScreenSize(columns: 100, rows: 50)
        let coloured = ScreenView.render(state: state, model: model, context: ScreenContext(statePath: "p", glyphs: .ascii), size: size)
        #expect(coloured.grid.text.contains("##############"))
        #expect(!coloured.grid.text.contains("▀"))
        let mono = ScreenView.render(
            state: state, model: model, context: ScreenContext(statePath: "p", glyphs: .ascii, colour: false), size: size)
        #expect(mono.grid.text.contains("This terminal cannot show a QR code: it needs UTF-8"))
        #expect(!mono.grid.text.contains("##"))
        #expect(mono.grid.text.contains(guide.steps[Self.settingStep].link!.url))
        // 80 columns are too few for 41 modules of two columns each.
        let narrow = ScreenView.render(state: state, model: model, context: ScreenContext(statePath: "p", glyphs: .ascii),
                                       size: ScreenSize(columns: 80, rows: 24))
        #expect(narrow.grid.text.contains("needs 82x44"))
    }
}

/// What the pure view draws, read back by zbarimg: every built-in link and a guide file's long link,
/// in colour and in reverse video, on dark and light themes.
@Suite("The drawn QR code decodes", .ownThreads, .enabled(if: ZBar.path != nil || inCI, "needs zbarimg (apt-get install zbar-tools)"))
struct PhoneCodeDecodeTests {
    /// A terminal showing a grid: cell styles in a theme's colours. The code's roles are black on
    /// white and black on black (as CursesTerminal sets them); reverse video swaps ink and paper.
    static func picture(_ grid: CellGrid, theme: TerminalTheme) -> TerminalPicture {
        let white = TerminalPicture(ansi: "\u{1B}[47m ", theme: theme).rows[0][0].paper
        let rows = (0..<grid.size.rows).map { row in
            (0..<grid.size.columns).compactMap { column -> TerminalPicture.Cell? in
                let cell = grid[row, column]
                if cell.isContinuation { return nil }
                var (ink, paper) = (theme.foreground, theme.background)
                switch cell.style.role {
                case .qrCode: (ink, paper) = (0, white)
                case .qrDarkModule: (ink, paper) = (0, 0)
                default: break
                }
                if cell.style.attributes.contains(.reverse) { swap(&ink, &paper) }
                return TerminalPicture.Cell(cell.text.first ?? " ", ink: ink, paper: paper)
            }
        }
        return TerminalPicture(rows: rows, surround: theme.background)
    }

    /// Checks that the code on the screen decodes to the URL in each scheme and theme.
    static func expectDecodes(_ state: WalkthroughState, url: String, size: ScreenSize, glyphs: Glyphs = .unicode) throws -> Int {
        let model = PhoneCodeTests.showingCode(on: state)
        var decoded = 0
        for colour in glyphs == .unicode ? [true, false] : [true] {
            let context = ScreenContext(statePath: "p", glyphs: glyphs, colour: colour)
            let frame = ScreenView.render(state: state, model: model, context: context, size: size)
            for theme in TerminalTheme.both {
                // Reverse video on a light theme shows the code light on dark: read as inverted.
                let inverted = !colour && theme.background > theme.foreground
                let found = try ZBar.decode(picture(frame.grid, theme: theme), inverted: inverted)
                #expect(found == [url], "\(colour ? "colour" : "reverse video"), \(theme), \(glyphs == .unicode ? "UTF-8" : "ASCII") at \(size): \(url.prefix(50))")
                decoded += 1
            }
        }
        return decoded
    }

    @Test("every built-in link, at 80x24")
    func builtInLinks() throws {
        var decoded = 0
        for index in PhoneCodeTests.stepsWithLinks {
            let url = try #require(guide.steps[index].link?.url)
            decoded += try Self.expectDecodes(try state(onStep: index), url: url, size: ScreenSize(columns: 80, rows: 24))
            decoded += try Self.expectDecodes(try state(onStep: index), url: url, size: ScreenSize(columns: 100, rows: 50), glyphs: .ascii)
        }
        print("[qr figure] full screen, built-in links: \(decoded) screens decoded by zbarimg")
    }

    @Test("a guide file's long link, on a large screen")
    func longLinkFromAGuideFile() throws {
        let (fileGuide, url) = try GuideWithLongLink.load()
        var state = WalkthroughState.begin(guide: fileGuide, saved: nil, now: fixedNow)
        let index = try #require(fileGuide.steps.firstIndex { $0.link?.url == url })
        while state.phase != .onStep(index) {
            let step = try #require(state.currentStep)
            state = try applying([step.completingEvent()], to: state)
        }
        let decoded = try Self.expectDecodes(state, url: url, size: ScreenSize(columns: 130, rows: 76))
        // Too small for it, the screen says what it needs.
        let small = ScreenView.render(state: state, model: PhoneCodeTests.showingCode(on: state),
                                      context: ScreenContext(statePath: "p"), size: ScreenSize(columns: 80, rows: 24))
        #expect(small.grid.text.contains("needs 125×"))
        print("[qr figure] full screen, \(url.utf8.count)-byte link from a guide file: \(decoded) screens decoded by zbarimg")
    }
}

/// The built-in guide written to a guide file with one step's link made about 1,000 characters
/// long, and loaded back as `--guide` would.
enum GuideWithLongLink {
    static let url = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement?"
        + (0..<60).map { "param\($0)=value\($0)" }.joined(separator: "&")

    static func write(to folder: String) throws -> String {
        var fileGuide = Guide.linkedInAITraining
        let index = fileGuide.steps.firstIndex { $0.id == "objection-form" }!
        fileGuide.steps[index].link = GuideLink(label: "A long link", url: url)
        let path = folder + "/long-link-guide.json"
        try GuideFile.export(fileGuide).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func load() throws -> (Guide, String) {
        let folder = makeTemporaryFolder("long-link")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return (try GuideFile.load(path: try write(to: folder)), url)
    }
}
