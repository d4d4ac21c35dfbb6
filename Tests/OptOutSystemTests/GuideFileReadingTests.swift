import Foundation
import OptOutCore
import OptOutSystem
import OptOutTestSupport
import Testing

/// Guide files read from disk: what cannot be read says why, and an exported guide loads and runs.
@Suite struct GuideFileReadingTests {
    @Test func unreadableGuideFilesSayWhy() async throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        #expect(throws: GuideFileError.unreadable(path: folder, reason: "it is a folder")) { try GuideFile.load(path: folder) }
        #expect(throws: GuideFileError.unreadable(path: "/dev/zero", reason: "it is not a regular file (a device, a FIFO or a socket)")) {
            try GuideFile.load(path: "/dev/zero")
        }
        let fifo = folder + "/pipe.json"
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: GuideFileError.unreadable(path: fifo, reason: "it is not a regular file (a device, a FIFO or a socket)")) {
            try GuideFile.load(path: fifo)
        }
        #expect(throws: GuideFileError.unreadable(path: folder + "/missing.json", reason: "no such file")) {
            try GuideFile.load(path: folder + "/missing.json")
        }
        // A file the member may not read. Root reads every file, and CI runs as root, so the load runs in a
        // child process of its own (an exit test) that, as root, first becomes nobody (65534): dropping
        // privileges in this process would change every other test running in it.
        let locked = folder + "/locked.json"
        #expect(FileManager.default.createFile(atPath: locked, contents: Data("{}".utf8), attributes: [.posixPermissions: 0o000]))
        #expect(chmod(folder, 0o755) == 0)
        await #expect(processExitsWith: .success, "the load as a user who may not read the file") { [locked = locked as String] in
            if getuid() == 0 {
                try #require(setgroups(0, nil) == 0 && setgid(65534) == 0 && setuid(65534) == 0, "could not become nobody")
                try #require(getuid() == 65534 && geteuid() == 65534)
            }
            #expect(throws: GuideFileError.unreadable(path: locked, reason: "permission denied")) { try GuideFile.load(path: locked) }
        }
    }

    @Test func aWholeWalkthroughOfAnExportedThenLoadedGuide() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        let path = folder + "/guide.json"
        try Data(GuideFile.export(.linkedInAITraining).utf8).write(to: URL(fileURLWithPath: path))
        let guide = try GuideFile.load(path: path)
        var state = WalkthroughState.begin(guide: guide, saved: nil, now: t0)
        while let step = state.currentStep {
            state = try Walkthrough.reduce(state, step.completingEvent(), now: t0).state
        }
        #expect(state.progress.isComplete)
    }

    @Test func loadErrorsNameTheFile() {
        #expect(throws: GuideFileError.unreadable(path: "/nonexistent/g.json", reason: "no such file")) {
            try GuideFile.load(path: "/nonexistent/g.json")
        }
    }
}
