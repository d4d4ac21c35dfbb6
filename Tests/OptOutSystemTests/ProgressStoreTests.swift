import Foundation
import OptOutTestSupport
import Testing
@testable import OptOutCore
@testable import OptOutSystem

/// A counter several threads may bump.
final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    /// Adds one and returns the new count.
    func increment() -> Int { lock.withLock { count += 1; return count } }
}

@Suite("Progress store")
struct ProgressStoreTests {
    func sampleProgress() throws -> WalkthroughProgress {
        let state = try run(
            [.markDone, .choose("app"), .setNote("ref \"A/1\" ✓ 確認"), .skip(reason: "later")],
            from: .begin(guide: sampleGuide, saved: nil, now: t0))
        return state.progress
    }

    func mode(_ path: String) -> mode_t {
        var info = stat()
        stat(path, &info)
        return info.st_mode & 0o7777
    }

    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func roundTripKeepsEverything() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        let store = ProgressStore(path: folder + "/p.json")
        #expect(try store.load() == nil)
        let progress = try sampleProgress()
        try store.save(progress)
        #expect(try store.load() == progress)
    }

    @Test func theFileIsPrettySortedJSONWithSchemaVersionAndUTCTimes() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        let store = ProgressStore(path: folder + "/p.json")
        try store.save(try sampleProgress())
        let data = try #require(bytes(store.path))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"answers\" : {"))
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("\"schemaVersion\" : \(WalkthroughProgress.currentSchemaVersion)"))
        #expect(text.contains("\"guideId\" : \"sample\""))
        #expect(text.contains("\"guideVersion\" : \"1\""))
        #expect(text.contains("\"createdAt\" : \"2026-11-30T00:53:20Z\""))
        #expect(text.contains("\"status\" : \"skipped\""))
        // Keys sorted at the top level.
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
    }

    @Test func aNewFileIs0600InAFolderCreatedWith0700() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        let store = ProgressStore(path: folder + "/a/b/progress.json")
        try store.save(try sampleProgress())
        #expect(mode(store.path) == 0o600)
        #expect(mode(folder + "/a/b") == 0o700)
        #expect(mode(folder + "/a") == 0o700)
    }

    @Test func anExistingFileKeepsItsMode() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        let store = ProgressStore(path: folder + "/p.json")
        try store.save(try sampleProgress())
        chmod(store.path, 0o640)
        try store.save(try sampleProgress())
        #expect(mode(store.path) == 0o640)
    }

    @Test func aSymlinkStaysALinkAndItsTargetGetsTheContents() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        try FileManager.default.createDirectory(atPath: folder + "/real", withIntermediateDirectories: true)
        let target = folder + "/real/progress.json"
        let link = folder + "/link.json"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real/progress.json")
        let store = ProgressStore(path: link)
        let progress = try sampleProgress()
        try store.save(progress)
        try store.save(progress)
        let destination = try FileManager.default.destinationOfSymbolicLink(atPath: link)
        #expect(destination == "real/progress.json")
        #expect(try ProgressStore(path: target).load() == progress)
    }

    @Test func saveReplacesTheFileWholeAndLeavesNoTemporaryFile() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        let store = ProgressStore(path: folder + "/p.json")
        try Data(String(repeating: "x", count: 100_000).utf8).write(to: URL(fileURLWithPath: store.path))
        var before = stat()
        stat(store.path, &before)
        let progress = try sampleProgress()
        try store.save(progress)
        var after = stat()
        stat(store.path, &after)
        #expect(before.st_ino != after.st_ino, "a new file is renamed over the old one")
        #expect(try store.load() == progress)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["p.json"])
    }

    @Test func staleTemporaryFilesAreRemovedAndOthersKept() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        let store = ProgressStore(path: folder + "/p.json")
        try Data("{".utf8).write(to: URL(fileURLWithPath: folder + "/.p.json.tmp-123-456"))
        try Data("mine".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
        store.removeStaleTemporaryFiles()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["notes.txt"])
    }

    @Test(arguments: [
        ("", "the file is empty"),
        ("not json", "it is not valid JSON"),
        ("{\"schemaVersion\": 1, \"steps\": [", "it is not valid JSON"),
        ("[1, 2]", "the top level should be an object"),
        ("{\"hello\": 1}", "it has no schemaVersion"),
        ("{\"schemaVersion\": \"1\"}", "schemaVersion should be a number"),
        ("{\"schemaVersion\": 0}", "schemaVersion 0 is not a valid version"),
        ("{\"schemaVersion\": 1}", "guideId is missing"),
    ])
    func damagedFilesAreNamedExplainedAndLeftAlone(contents: String, expected: String) throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        let store = ProgressStore(path: folder + "/p.json")
        try Data(contents.utf8).write(to: URL(fileURLWithPath: store.path))
        do {
            _ = try store.load()
            Issue.record("a damaged file loaded")
        } catch {
            guard case let .corrupt(path, reason) = error else { Issue.record("wrong error \(error)"); return }
            #expect(path == store.path)
            #expect(reason.contains(expected), "\(reason)")
            #expect(error.description.contains(store.path))
            #expect(error.description.contains("--start-over"))
        }
        #expect(bytes(store.path) == Data(contents.utf8))
    }

    @Test func anUnknownStatusIsNamedWithTheAllowedOnes() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        let store = ProgressStore(path: folder + "/p.json")
        try store.save(try sampleProgress())
        let original = try #require(bytes(store.path))
        let broken = String(decoding: original, as: UTF8.self).replacingOccurrences(of: "\"skipped\"", with: "\"finished\"")
        try Data(broken.utf8).write(to: URL(fileURLWithPath: store.path))
        #expect {
            try store.load()
        } throws: { error in
            let text = "\(error)"
            return text.contains("steps[2].status") && text.contains("unknown status \"finished\"")
                && text.contains("not-needed")
        }
        #expect(bytes(store.path) == Data(broken.utf8))
    }

    @Test func aWrongTypeIsNamedWithItsPlace() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        let store = ProgressStore(path: folder + "/p.json")
        try store.save(try sampleProgress())
        let text = String(decoding: try #require(bytes(store.path)), as: UTF8.self)
            .replacingOccurrences(of: "\"guideVersion\" : \"1\"", with: "\"guideVersion\" : 7")
        try Data(text.utf8).write(to: URL(fileURLWithPath: store.path))
        #expect(throws: ProgressStoreError.corrupt(path: store.path, reason: "guideVersion should be text")) {
            try store.load()
        }
    }

    @Test func aNewerSchemaIsRefusedAndLeftAlone() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        let store = ProgressStore(path: folder + "/p.json")
        let newer = WalkthroughProgress.currentSchemaVersion + 1
        let contents = Data("{\"schemaVersion\": \(newer), \"somethingNew\": true}".utf8)
        try contents.write(to: URL(fileURLWithPath: store.path))
        #expect(throws: ProgressStoreError.newerSchema(path: store.path, found: newer, supported: WalkthroughProgress.currentSchemaVersion)) {
            try store.load()
        }
        #expect(bytes(store.path) == contents)
    }

    @Test func progressOfAnotherGuideIsRefused() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        let store = ProgressStore(path: folder + "/p.json")
        try store.save(try sampleProgress())
        #expect(throws: ProgressStoreError.otherGuide(path: store.path, found: "sample", expected: "linkedin-ai-training")) {
            try store.load(expectingGuide: "linkedin-ai-training")
        }
    }

    @Test func aFolderAtThePathGivesAClearError() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        let store = ProgressStore(path: folder)
        #expect { try store.load() } throws: { "\($0)".contains("it is a folder, not a file") }
        #expect { try store.save(try sampleProgress()) } throws: { "\($0)".contains("it is a folder, not a file") }
    }

    @Test func movingAsideKeepsTheBytesUnderADatedName() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        let store = ProgressStore(path: folder + "/p.json")
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: store.path))
        let backup = try store.moveAside(now: t0)
        #expect(backup == folder + "/p.json.backup-20261130T005320Z")
        #expect(bytes(backup) == Data("garbage".utf8))
        #expect(!store.exists)
        try Data("again".utf8).write(to: URL(fileURLWithPath: store.path))
        let second = try store.moveAside(now: t0)
        #expect(second == folder + "/p.json.backup-20261130T005320Z-2")
    }

    @Test func removeDeletesTheFile() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        let store = ProgressStore(path: folder + "/p.json")
        try store.remove()
        try store.save(try sampleProgress())
        try store.remove()
        #expect(!store.exists)
    }

    @Test func aSecondLockIsRefusedUntilTheFirstIsReleased() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        let store = ProgressStore(path: folder + "/p.json")
        let first = try ProgressLock.acquire(for: store)
        #expect(first.lockPath == folder + "/p.json.lock")
        #expect(throws: ProgressStoreError.locked(path: store.path, holder: "\(getpid())")) {
            _ = try ProgressLock.acquire(for: store)
        }
        first.release()
        let again = try ProgressLock.acquire(for: store)
        again.releaseRemovingLockFile()
        #expect(!FileManager.default.fileExists(atPath: folder + "/p.json.lock"))
    }

    /// A lock file removed after it was opened and before it was locked (a `reset` that removed it just
    /// then) is not held: the lock is taken again on the file now at the path, so a third process cannot
    /// create a new lock file and hold it too.
    @Test func aLockFileRemovedBeforeItIsLockedIsNotHeld() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        let store = ProgressStore(path: folder + "/p.json")
        let lockPath = folder + "/p.json.lock"
        let removals = LockedCounter()
        ProgressLock.betweenOpenAndLock = { path in
            guard path == lockPath, removals.increment() == 1 else { return }
            unlink(path)
        }
        defer { ProgressLock.betweenOpenAndLock = nil }
        let held = try ProgressLock.acquire(for: store)
        #expect(removals.value >= 2, "the lock was not taken again after its file was removed")
        var atPath = stat()
        #expect(lstat(lockPath, &atPath) == 0, "no lock file at the path")
        let created = held.createdLockFile
        #expect(created)
        #expect(throws: ProgressStoreError.locked(path: store.path, holder: "\(getpid())")) {
            _ = try ProgressLock.acquire(for: store)
        }
        held.release()
    }

    @Test func aLockSaysWhetherItCreatedItsFile() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        let store = ProgressStore(path: folder + "/p.json")
        let first = try ProgressLock.acquire(for: store)
        let firstCreated = first.createdLockFile
        #expect(firstCreated)
        first.release()
        let second = try ProgressLock.acquire(for: store)
        let secondCreated = second.createdLockFile
        #expect(!secondCreated)
        second.releaseRemovingLockFile()
        #expect(!FileManager.default.fileExists(atPath: folder + "/p.json.lock"))
    }

    /// Where the progress file cannot be, the store says why, so "nothing saved" is never said there.
    @Test func aPlaceThatCannotHoldTheFileIsNamed() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        try Data().write(to: URL(fileURLWithPath: folder + "/afile"))
        let inAFile = ProgressStore(path: folder + "/afile/x/p.json")
        #expect(try inAFile.load() == nil)
        #expect(inAFile.placeProblem == .io(path: folder + "/afile", action: .useFolder, reason: "it is not a folder"))
        #expect(ProgressStore(path: folder + "/new/p.json").placeProblem == nil)
        #if os(Linux)
        #expect(ProgressStore(path: "/proc/optout-x.json").placeProblem == .io(path: "/proc", action: .useFolder, reason: "it cannot hold new files"))
        #expect(throws: ProgressStoreError.io(path: "/proc", action: .useFolder, reason: "it cannot hold new files")) {
            _ = try ProgressLock.acquire(for: ProgressStore(path: "/proc/optout-x.json"))
        }
        #endif
    }

    @Test func lockErrorsSayWhatToDo() {
        let text = ProgressStoreError.locked(path: "/p.json", holder: "42").description
        #expect(text == "Another optout (process 42) is already using /p.json. Finish or quit that one first; reading with `optout status` works meanwhile.")
    }

    @Test(arguments: [
        ("/x/opt.json", [String: String](), "/x/opt.json"),
        (nil, ["OPTOUT_STATE_FILE": "/env/p.json", "XDG_STATE_HOME": "/xdg", "HOME": "/home/m"], "/env/p.json"),
        (nil, ["XDG_STATE_HOME": "/xdg", "HOME": "/home/m"], "/xdg/optout/progress.json"),
        (nil, ["XDG_STATE_HOME": "relative", "HOME": "/home/m"], "/home/m/.local/state/optout/progress.json"),
        (nil, ["HOME": "/home/m"], "/home/m/.local/state/optout/progress.json"),
        (nil, ["HOME": "/home/m"], "/home/m/.local/state/optout/progress.json"),
        ("~/p.json", ["HOME": "/home/m"], "/home/m/p.json"),
        (nil, ["XDG_STATE_HOME": "/xdg"], "/xdg/optout/progress.json"),
    ] as [(String?, [String: String], String)])
    func theDefaultPathFollowsOptionThenVariableThenXDG(option: String?, environment: [String: String], expected: String) throws {
        #expect(try ProgressStore.defaultPath(stateFileOption: option, environment: environment) == expected)
    }

    @Test(arguments: [
        ("", ["HOME": "/home/m"], ProgressPathError.emptyOption),
        (nil, ["OPTOUT_STATE_FILE": "", "HOME": "/home/m"], .emptyVariable),
        (nil, [:], .noHome),
        (nil, ["HOME": ""], .noHome),
        (nil, ["XDG_STATE_HOME": "relative"], .noHome),
        ("~/p.json", [:], .tildeWithoutHome(path: "~/p.json", home: nil)),
        (nil, ["OPTOUT_STATE_FILE": "~"], .tildeWithoutHome(path: "~", home: nil)),
        (nil, ["HOME": "rel"], .homeNotAbsolute(home: "rel")),
        ("~/p.json", ["HOME": "rel"], .tildeWithoutHome(path: "~/p.json", home: "rel")),
    ] as [(String?, [String: String], ProgressPathError)])
    func anEmptyPathOrNoHomeIsRefusedNeverGuessed(option: String?, environment: [String: String], expected: ProgressPathError) {
        #expect(throws: expected) { try ProgressStore.defaultPath(stateFileOption: option, environment: environment) }
        let emptyValue = expected == .emptyOption || expected == .emptyVariable
        #expect(expected.exitStatus == (emptyValue ? 64 : 3))
    }

    @Test func aRelativeHomeIsNotNeededWhenAFileIsNamed() throws {
        #expect(try ProgressStore.defaultPath(stateFileOption: "/x/p.json", environment: ["HOME": "rel"]) == "/x/p.json")
        #expect(try ProgressStore.defaultPath(stateFileOption: nil, environment: ["HOME": "rel", "XDG_STATE_HOME": "/xdg"])
            == "/xdg/optout/progress.json")
    }

    @Test func theDefaultPathIsNormalisedWhereNoLinkIsCrossed() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        try FileManager.default.createDirectory(atPath: folder + "/rel/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: "rel/sub")
        try Data().write(to: URL(fileURLWithPath: folder + "/afile"))
        for (given, expected) in [
            ("/rel/../rel/./x/../y.json", "/rel/y.json"),
            ("//rel//sub/../y.json", "/rel/y.json"),
            ("/rel/x/y/../../z.json", "/rel/z.json"),
            ("/link/../y.json", "/link/../y.json"),
            ("/link/./a/../y.json", "/link/y.json"),
            ("/afile/../y.json", "/afile/../y.json"),
        ] {
            #expect(try ProgressStore.defaultPath(stateFileOption: folder + given, environment: [:]) == folder + expected, "\(given)")
        }
        #expect(try ProgressStore.defaultPath(stateFileOption: "/../p.json", environment: [:]) == "/p.json")
    }

    /// `~user` is that user's home (from /etc/passwd); a user optout does not know is refused.
    @Test func aTildeWithAUserNameIsThatUsersHome() throws {
        let rootHome = try #require(getpwnam("root").map { String(cString: $0.pointee.pw_dir) })
        #expect(try ProgressStore.defaultPath(stateFileOption: "~root/p.json", environment: [:]) == rootHome + "/p.json")
        #expect(try ProgressStore.defaultPath(stateFileOption: nil, environment: ["OPTOUT_STATE_FILE": "~root"]) == rootHome)
        #expect(throws: ProgressPathError.unknownUser(path: "~optout-no-such-user/p.json", user: "optout-no-such-user")) {
            try ProgressStore.defaultPath(stateFileOption: "~optout-no-such-user/p.json", environment: [:])
        }
        #expect(ProgressPathError.unknownUser(path: "~x/p.json", user: "x").exitStatus == 3)
    }

    @Test func userAccountsAreReadFromThePasswordFile() {
        let text = """
            root:x:0:0:root:/root:/bin/bash
            # a comment
            broken line
            ana:x:1000:1000:Ana Souza,,,:/home/ana:/bin/bash
            nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
            """
        let accounts = UserAccounts(passwordFile: text)
        #expect(accounts.home(of: "ana") == "/home/ana")
        #expect(accounts.home(of: "nobody") == "/nonexistent")
        #expect(accounts.home(of: "bob") == nil)
        #expect(accounts.name(of: 1000) == "ana")
        #expect(accounts.name(of: 4242) == nil)
    }

    @Test func aRelativeStateFileIsMadeAbsolute() throws {
        let path = try ProgressStore.defaultPath(stateFileOption: "mine.json", environment: [:])
        #expect(path == FileManager.default.currentDirectoryPath + "/mine.json")
    }
}
