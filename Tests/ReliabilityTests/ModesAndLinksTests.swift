import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Promise 3, through the binary: a fresh file is 0600 in a 0700 folder under umask 022; an existing
/// file keeps its mode; a symbolic link stays a link and its target gets the new contents.
@Suite("File modes and symbolic links", .ownThreads)
struct ModesAndLinksTests {
    /// Runs the binary under umask 022, the common default that would make a file 0644.
    static let umask022 = "umask 022; exec \"$0\" \"$@\""

    @Test func aFreshFileIs0600InFoldersCreatedWith0700UnderUmask022() throws {
        let cli = Runner("modes")
        defer { cli.cleanUp() }
        let path = cli.folder + "/new/deeper/progress.json"
        let result = try cli.run(["--state-file", path], input: "d\nq\n", shell: Self.umask022)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(FileInfo(path)?.mode == 0o600)
        #expect(FileInfo(cli.folder + "/new/deeper")?.mode == 0o700)
        #expect(FileInfo(cli.folder + "/new")?.mode == 0o700)
        #expect(FileInfo(path + ".lock")?.mode == 0o600, "the lock file is private too")
        #expect(try cli.loadState(path).record("about")?.status == .done)
        #expect(cli.temporaryFiles(in: cli.folder + "/new/deeper").isEmpty)
    }

    /// 0664 is what umask 022 would turn into 0644 if the mode were only passed to open(2): the save must
    /// set it on the new file explicitly (fchmod).
    @Test(arguments: [0o664, 0o644, 0o640, 0o600, 0o400] as [mode_t])
    func anExistingFileKeepsItsMode(mode: mode_t) throws {
        let cli = Runner("mode\(String(mode, radix: 8))")
        defer { cli.cleanUp() }
        try cli.run([], input: "q\n")
        chmod(cli.statePath, mode)
        let result = try cli.run([], input: "1\nd\nq\n", shell: Self.umask022)
        #expect(result.status == 1, "\(result.stderr)")
        let after = try #require(FileInfo(cli.statePath))
        #expect(after.mode == mode, "mode \(String(after.mode, radix: 8)), expected \(String(mode, radix: 8))")
        #expect(try cli.loadState().record("about")?.status == .done)
    }

    @Test func aSymbolicLinkStaysALinkAndItsTargetGetsTheNewContents() throws {
        let cli = Runner("link")
        defer { cli.cleanUp() }
        let realFolder = cli.folder + "/dotfiles/optout"
        let target = realFolder + "/progress.json"
        try cli.run(["--state-file", target], input: "q\n")
        chmod(target, 0o640)
        // The progress path is a relative link into another folder, as a dotfiles manager makes it.
        try FileManager.default.createDirectory(atPath: cli.stateFolder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: cli.statePath, withDestinationPath: "../dotfiles/optout/progress.json")

        let result = try cli.run([], input: "1\nd\nn through the link\nq\n", shell: Self.umask022)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(FileInfo(cli.statePath, followLinks: false)?.isLink == true, "the link was replaced by a file")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: cli.statePath) == "../dotfiles/optout/progress.json")
        let saved = try cli.loadState(target)
        #expect(saved.record("about")?.status == .done)
        #expect(saved.record("platform")?.note == "through the link")
        #expect(FileInfo(target)?.mode == 0o640, "the target keeps its mode")
        #expect(cli.temporaryFiles(in: realFolder).isEmpty && cli.temporaryFiles(in: cli.stateFolder).isEmpty)
        // The lock sits beside the real file, so every path to it shares one lock.
        #expect(FileManager.default.fileExists(atPath: target + ".lock"))
        // Reading through the link and through the target gives the same progress.
        #expect(try cli.run(["status", "--json"]).stdout == (try cli.run(["status", "--json", "--state-file", target]).stdout)
            .replacingOccurrences(of: target, with: cli.statePath))
    }

    @Test func aLinkToALinkAndADanglingLinkAreFollowed() throws {
        let cli = Runner("links")
        defer { cli.cleanUp() }
        let target = cli.folder + "/real/progress.json"
        try FileManager.default.createDirectory(atPath: cli.folder + "/real", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: cli.stateFolder, withIntermediateDirectories: true)
        // progress.json -> middle.json -> ../real/progress.json, which does not exist yet.
        try FileManager.default.createSymbolicLink(atPath: cli.stateFolder + "/middle.json", withDestinationPath: target)
        try FileManager.default.createSymbolicLink(atPath: cli.statePath, withDestinationPath: "middle.json")
        let result = try cli.run([], input: "d\nq\n", shell: Self.umask022)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(FileInfo(cli.statePath, followLinks: false)?.isLink == true)
        #expect(FileInfo(cli.stateFolder + "/middle.json", followLinks: false)?.isLink == true)
        #expect(FileInfo(target, followLinks: false)?.isLink == false)
        #expect(FileInfo(target)?.mode == 0o600)
        #expect(try cli.loadState(target).record("about")?.status == .done)
    }
}
