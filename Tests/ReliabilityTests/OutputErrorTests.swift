import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Promise 23: output that cannot be written (a full device, a closed standard output) ends every command,
/// `--help` and `--version` included, with one sentence on standard error and status 1, never 0.
@Suite("Output that cannot be written", .ownThreads)
struct OutputErrorTests {
    static let commands: [[String]] = [
        ["--help"], ["--version"], ["help"], ["help", "status"], ["status", "--help"], ["guide", "export", "--help"],
        ["guide"], ["guide", "export"], ["guide", "--format", "html"], ["draft"], ["status"],
    ]

    func expectFailure(_ cli: Runner, stdout target: String, reason: String) throws {
        for arguments in Self.commands {
            let result = try cli.run(arguments, shell: stdoutTo(target))
            #expect(result.status == 1, "optout \(arguments): \(result.status) \(result.stderr)")
            #expect(result.stderr == "optout: could not write the output: \(reason).\n", "optout \(arguments): \(result.stderr)")
        }
    }

    @Test(.enabled(if: devicesNeeded, "needs root for mknod (always run in CI)"), arguments: BuildUnderTest.allCases)
    func outputToAFullDeviceEndsWithAMessageAndStatus1(binary: BuildUnderTest) throws {
        let cli = try Runner("full", binary: binary)
        defer { cli.cleanUp() }
        try cli.run([], input: "d\nq\n")
        let full = cli.folder + "/dev/full"
        try makeCharacterDevice(full, "1 7")
        try expectFailure(cli, stdout: full, reason: "no space left on device")
    }

    @Test(arguments: BuildUnderTest.allCases)
    func outputToAClosedStandardOutputEndsWithAMessageAndStatus1(binary: BuildUnderTest) throws {
        let cli = try Runner("closedout", binary: binary)
        defer { cli.cleanUp() }
        try cli.run([], input: "d\nq\n")
        try expectFailure(cli, stdout: "&-", reason: "bad file descriptor")
    }
}
