import Foundation
import OptOutTestSupport
import Testing

@testable import OptOutTUI

/// The folders the full screen searches for terminfo, and a real terminal whose entry is only where
/// `TERMINFO_DIRS` or `TERMINFO` says.
@Suite("Terminfo search")
struct TerminfoSearchTests {
    @Test func withoutAValueTheStandardFoldersAreSearchedLocalOnesFirst() {
        #expect(TerminfoSearch.folders(given: nil) == "/etc/terminfo:/lib/terminfo:/usr/share/terminfo:/usr/lib/terminfo")
        #expect(TerminfoSearch.folders(given: "") == "/etc/terminfo:/lib/terminfo:/usr/share/terminfo:/usr/lib/terminfo")
    }

    @Test func theMembersFoldersComeFirstAndStayAsTheyAre() {
        #expect(TerminfoSearch.folders(given: "/opt/terminfo") == "/opt/terminfo:/etc/terminfo:/lib/terminfo:/usr/share/terminfo:/usr/lib/terminfo")
        // An empty entry (ncurses' own default folder) is kept; folders already named are not repeated.
        #expect(TerminfoSearch.folders(given: "/usr/share/terminfo::/x") == "/usr/share/terminfo::/x:/etc/terminfo:/lib/terminfo:/usr/lib/terminfo")
        let all = TerminfoSearch.standardFolders.joined(separator: ":")
        #expect(TerminfoSearch.folders(given: all) == all)
    }
}

/// The full screen in tmux with TERM naming a terminal only a private folder describes.
@Suite(
    "Terminfo search in a terminal", .ownThreads,
    .enabled(if: tmuxPath != nil || inCI, "tmux is not installed (with CI set, this is a failure instead)"))
struct TerminfoInTmuxTests {
    /// A name no system terminfo folder has.
    static let terminalName = "optout-test-terminal"

    /// A folder holding the system's xterm-256color entry under `terminalName`, in the letter folder
    /// (Linux) and the hexadecimal one (macOS).
    func privateTerminfo() throws -> String {
        let source = try #require(
            TerminfoSearch.standardFolders.flatMap { ["\($0)/x/xterm-256color", "\($0)/78/xterm-256color"] }
                .first { FileManager.default.fileExists(atPath: $0) },
            "no xterm-256color terminfo entry on this machine")
        let folder = makeTemporaryFolder("terminfo")
        for letter in ["o", "6f"] {
            try FileManager.default.createDirectory(atPath: "\(folder)/\(letter)", withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: source, toPath: "\(folder)/\(letter)/\(Self.terminalName)")
        }
        return folder
    }

    /// Runs optout in tmux with TERM set to the private terminal and `variables` set; returns whether
    /// the full screen started (the walkthrough's first step on the alternate screen).
    func fullScreenStarts(binary: String, variables: [String]) throws -> Bool {
        let tmux = try #require(tmuxPath, "tmux is required for these tests when CI is set")
        let pane = try TmuxPane(tmux: tmux, binary: binary)
        defer { pane.close() }
        try pane.start(["env", "TERM=\(Self.terminalName)"] + variables + pane.optoutCommand)
        try pane.waitFor("Step 1 of")
        let fullScreen = try pane.display("#{alternate_on}") == "1"
        try pane.keys("q", "Enter")
        #expect(try pane.exitStatus() == 1)
        return fullScreen
    }

    static let binaries: [String] = ["built", "installed"]

    func binary(_ which: String) throws -> String {
        which == "built" ? OptOutBinary.built : try OptOutBinary.installed()
    }

    @Test("TERMINFO_DIRS and TERMINFO lead to an entry in a folder of their own", arguments: binaries)
    func aPrivateFolderIsFound(which: String) throws {
        let folder = try privateTerminfo()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let optout = try binary(which)
        #expect(try fullScreenStarts(binary: optout, variables: ["TERMINFO_DIRS=\(folder)"]), "TERMINFO_DIRS")
        #expect(try fullScreenStarts(binary: optout, variables: ["TERMINFO_DIRS=/nonexistent:\(folder)"]), "TERMINFO_DIRS, second")
        #expect(try fullScreenStarts(binary: optout, variables: ["TERMINFO=\(folder)"]), "TERMINFO")
        // Without either, the entry is not found and optout falls back to plain prompts.
        #expect(try !fullScreenStarts(binary: optout, variables: []), "no variable: the terminal is unknown")
    }
}
