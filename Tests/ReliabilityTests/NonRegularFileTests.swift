import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Promise 19: optout replaces, moves aside and removes only regular files. A FIFO or a device at the
/// progress path is refused at once (never read until it blocks, never renamed, never unlinked, no lock
/// file beside it); an output that is a FIFO, a device or an open descriptor is written into, as a shell's
/// `>` would. Devices are made with mknod in the test's own folder, never the real /dev.
@Suite("Files that are not regular files", .ownThreads)
struct NonRegularFileTests {
    /// Every command that reads or writes the progress file.
    static let progressCommands: [[String]] = [
        [], ["status"], ["status", "--json"], ["summary"], ["draft"], ["recheck"], ["remind", "--ics", "-"],
        ["start", "--start-over"], ["reset", "--yes"],
    ]

    func expectRefused(_ cli: Runner, kind: String, file: String? = nil) throws {
        var slowest = 0.0
        defer { figure("\(kind) at the progress path: \(Self.progressCommands.count) commands refused, the slowest in \(String(format: "%.3f", slowest)) s") }
        for arguments in Self.progressCommands {
            let result = try cli.run(arguments + (file.map { ["--state-file", $0] } ?? []), input: "d\nq\n", timeout: 15)
            slowest = max(slowest, result.seconds)
            #expect(result.status == 3, "optout \(arguments): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains("it is \(kind), not a regular file; give the path of a regular file with --state-file"),
                    "optout \(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("--start-over"), "a device or FIFO is not damaged progress: \(result.stderr)")
            #expect(result.stdout.isEmpty, "optout \(arguments): \(result.stdout.prefix(200))")
        }
    }

    @Test(arguments: BuildUnderTest.allCases)
    func aFIFOAtTheProgressPathIsRefusedWithoutWaiting(binary: BuildUnderTest) throws {
        let cli = try Runner("fifo", binary: binary)
        defer { cli.cleanUp() }
        try makeFIFO(cli.statePath)
        try expectRefused(cli, kind: "a FIFO (named pipe)")
        #expect(kindOfFile(cli.statePath) == "fifo")
        #expect(namesIn(cli.stateFolder) == ["progress.json"], "no backup, lock or temporary file beside it")
    }

    @Test(.enabled(if: devicesNeeded, "needs root for mknod (always run in CI)"), arguments: BuildUnderTest.allCases)
    func aDeviceAtTheProgressPathIsNeitherReadNorMovedNorRemoved(binary: BuildUnderTest) throws {
        let cli = try Runner("device", binary: binary)
        defer { cli.cleanUp() }
        try makeCharacterDevice(cli.statePath, "1 3")
        try expectRefused(cli, kind: "a character device")
        #expect(kindOfFile(cli.statePath) == "character device")
        #expect(deviceNumber(cli.statePath) == "1,3")
        #expect(namesIn(cli.stateFolder) == ["progress.json"], "no backup, lock or temporary file beside it")

        // An endless device is refused before a byte is read (no memory is used up; the limit would end a
        // run that tried).
        let zero = cli.folder + "/zero/progress.json"
        try makeCharacterDevice(zero, "1 5")
        let bound = MemoryBound(megabytes: 4000, for: cli.executable)
        let result = try cli.run(
            ["status", "--state-file", zero], shell: bound.shell, extraEnvironment: bound.environment, timeout: 15)
        #expect(result.status == 3, "\(result.stderr.prefix(300))")
        #expect(result.stderr == "optout: Could not read \(zero): it is a character device, not a regular file; give the path of a regular file with --state-file.\n")
    }

    @Test(arguments: BuildUnderTest.allCases)
    func aProgressFileOverTheSizeLimitIsRefusedWithoutBeingRead(binary: BuildUnderTest) throws {
        let cli = try Runner("toolarge", binary: binary)
        defer { cli.cleanUp() }
        try FileManager.default.createDirectory(atPath: cli.stateFolder, withIntermediateDirectories: true)
        try Runner.shell("truncate -s \(16 << 20 + 1) '\(cli.statePath)'")
        for arguments in [["status"], [], ["start", "--start-over"]] {
            let result = try cli.run(arguments, input: "q\n")
            if arguments.contains("--start-over") {
                // Starting over is the way out: the big file is kept aside, untouched.
                #expect(result.status == 1, "\(result.stderr)")
                continue
            }
            #expect(result.status == 3)
            #expect(result.stderr.contains("cannot be read: it is larger than 16 MiB, more than any progress file"), "\(result.stderr)")
        }
        let backups = namesIn(cli.stateFolder).filter { $0.hasPrefix("progress.json.backup-") }
        #expect(backups.count == 1)
        #expect(FileInfo(cli.stateFolder + "/" + (backups.first ?? ""))?.size == Int64(16 << 20 + 1))
    }

    // MARK: Outputs named on the command line

    /// What the command writes to standard output with `-` (the same bytes must reach a FIFO or a device).
    func standardOutputText(_ cli: Runner, _ command: OutputCommand) throws -> String {
        let result = try cli.run(command.line("-"))
        try #require(result.status == 0, "optout \(command.line("-")): \(result.stderr)")
        try #require(!result.stdout.isEmpty)
        #expect(namesIn(cli.folder).filter { $0 == "-" }.isEmpty, "`-` means standard output, not a file named -")
        return stable(result.stdout)
    }

    /// Output with the moment it was written (a calendar file's DTSTAMP) blanked, so two runs compare
    /// equal when they straddle a second.
    func stable(_ text: String) -> String {
        text.replacingOccurrences(of: #"DTSTAMP:[0-9]{8}T[0-9]{6}Z"#, with: "DTSTAMP:(time)", options: .regularExpression)
    }

    @Test(arguments: BuildUnderTest.allCases, OutputCommand.all)
    func anOutputThatIsAFIFOIsWrittenIntoAndStaysAFIFO(binary: BuildUnderTest, command: OutputCommand) throws {
        let cli = try command.runner("outfifo", binary: binary)
        defer { cli.cleanUp() }
        let expected = try standardOutputText(cli, command)
        let fifo = cli.folder + "/out.fifo"
        try makeFIFO(fifo)
        // This test reads the FIFO itself: opened without waiting for a writer, read while optout runs.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        try #require(reader >= 0)
        defer { close(reader) }
        let process = cli.process(command.line(fifo))
        process.standardOutput = FileHandle.nullDevice
        try startingProcess { try process.run() }
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let running = process.isRunning
            var poller = pollfd(fd: reader, events: Int16(POLLIN), revents: 0)
            _ = poll(&poller, 1, 50)
            let n = buffer.withUnsafeMutableBytes { read(reader, $0.baseAddress, $0.count) }
            if n > 0 { received.append(contentsOf: buffer[0..<n]); continue }
            if !running { break }
        }
        if process.isRunning { sendSignal(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(kindOfFile(fifo) == "fifo", "the FIFO was replaced")
        #expect(stable(String(decoding: received, as: UTF8.self)) == expected)
        #expect(namesIn(cli.folder).filter { $0.contains(".tmp-") }.isEmpty)
    }

    @Test(.enabled(if: devicesNeeded, "needs root for mknod (always run in CI)"), arguments: BuildUnderTest.allCases, OutputCommand.all)
    func anOutputThatIsADeviceIsWrittenIntoAndStaysADevice(binary: BuildUnderTest, command: OutputCommand) throws {
        let cli = try command.runner("outdev", binary: binary)
        defer { cli.cleanUp() }
        let null = cli.folder + "/dev/null", full = cli.folder + "/dev/full"
        try makeCharacterDevice(null, "1 3")
        try makeCharacterDevice(full, "1 7")

        let intoNull = try cli.run(command.line(null))
        #expect(intoNull.status == 0, "\(intoNull.stderr)")
        #expect(kindOfFile(null) == "character device" && deviceNumber(null) == "1,3", "the null device was replaced")

        let intoFull = try cli.run(command.line(full))
        #expect(intoFull.status == 6, "\(intoFull.stderr)")
        #expect(intoFull.stderr == "optout: Could not write \(full): no space left on device.\n")
        #expect(kindOfFile(full) == "character device" && deviceNumber(full) == "1,7", "the full device was replaced")
        #expect(namesIn(cli.folder + "/dev") == ["full", "null"], "nothing left beside the devices")
    }

    @Test(arguments: BuildUnderTest.allCases, OutputCommand.all)
    func anOutputNamingAnOpenDescriptorIsWrittenThroughIt(binary: BuildUnderTest, command: OutputCommand) throws {
        let cli = try command.runner("outfd", binary: binary)
        defer { cli.cleanUp() }
        let expected = try standardOutputText(cli, command)
        func text(_ path: String) -> String { stable(String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)) }

        // /dev/stdout when standard output is a pipe.
        let piped = cli.folder + "/piped.txt"
        let throughPipe = try cli.run(command.line("/dev/stdout"), shell: "\"$0\" \"$@\" | cat > '\(piped)'")
        #expect(throughPipe.status == 0, "\(throughPipe.stderr)")
        #expect(text(piped).hasPrefix(expected), "\(text(piped).prefix(200))")

        // /dev/stdout when standard output is a file opened for appending: what was there stays.
        let appended = cli.folder + "/appended.txt"
        try Data("before\n".utf8).write(to: URL(fileURLWithPath: appended))
        let throughAppend = try cli.run(command.line("/dev/stdout"), shell: "exec \"$0\" \"$@\" >> '\(appended)'")
        #expect(throughAppend.status == 0, "\(throughAppend.stderr)")
        #expect(text(appended).hasPrefix("before\n" + expected), "\(text(appended).prefix(200))")

        // Process substitution: bash passes /dev/fd/63, a pipe to `cat`.
        let substituted = cli.folder + "/substituted.txt"
        let script = "\"$0\" \"$@\" >(cat > '\(substituted)'); s=$?; wait $!; exit $s"
        let throughSubstitution = try Runner.execute(
            ["/bin/bash", "-c", script, cli.executable] + command.arguments + [command.option], input: Data(),
            environment: cli.environment, folder: cli.folder)
        #expect(throughSubstitution.status == 0, "\(throughSubstitution.stderr)")
        let deadline = Date().addingTimeInterval(5)
        while text(substituted) != expected, Date() < deadline { usleep(20_000) }
        #expect(text(substituted) == expected)
        #expect(namesIn(cli.folder).filter { $0.contains(".tmp-") }.isEmpty)
    }

    @Test(arguments: BuildUnderTest.allCases, OutputCommand.all)
    func anOutputThatCannotBeWrittenHasItsOwnStatusAndNamesItsOption(binary: BuildUnderTest, command: OutputCommand) throws {
        let cli = try command.runner("outfolder", binary: binary)
        defer { cli.cleanUp() }
        let folder = cli.folder + "/outdir"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let intoFolder = try cli.run(command.line(folder))
        #expect(intoFolder.status == 6)
        #expect(intoFolder.stderr == "optout: Could not write \(folder): it is a folder, not a file; give a file path with \(command.option).\n")
        #expect(namesIn(folder).isEmpty)

        let empty = try cli.run(command.line(""))
        #expect(empty.status == 64)
        #expect(empty.stderr.contains("\(command.option) needs a file name"), "\(empty.stderr)")
    }
}
