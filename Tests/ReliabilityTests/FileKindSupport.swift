import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Helpers for the tests of files that are not regular files: FIFOs, device nodes made in a test's own
// folder (never the real /dev), links, and paths with bytes that are not UTF-8.

/// True when this process may make device nodes and change owners (root), which some tests need; in CI
/// those tests run and fail without it.
let canMakeDevices = getuid() == 0
let devicesNeeded = canMakeDevices || inCI

/// What is at a path, without following a link there: "regular", "folder", "fifo", "character device",
/// "block device", "socket", "link", or "nothing".
func kindOfFile(_ path: String) -> String {
    var info = stat()
    guard lstat(path, &info) == 0 else { return "nothing" }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return "regular"
    case S_IFDIR: return "folder"
    case S_IFIFO: return "fifo"
    case S_IFCHR: return "character device"
    case S_IFBLK: return "block device"
    case S_IFSOCK: return "socket"
    case S_IFLNK: return "link"
    default: return "other"
    }
}

/// The device number of a device node, as "major,minor".
func deviceNumber(_ path: String) -> String {
    (try? Runner.shell("stat -c '%t,%T' '\(path)'"))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
}

/// Makes a FIFO (after its folder).
func makeFIFO(_ path: String) throws {
    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try #require(mkfifo(path, 0o600) == 0, "mkfifo \(path): \(String(cString: strerror(errno)))")
}

/// Makes a character device node in a test folder: "1 3" is a null device, "1 5" a zero device, "1 7" a
/// full device (every write fails with ENOSPC). Needs root.
func makeCharacterDevice(_ path: String, _ numbers: String) throws {
    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Runner.shell("mknod -m 666 '\(path)' c \(numbers)")
}

/// The names in a folder (none when it does not exist).
func namesIn(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
}

/// Walks the whole built-in guide to the end (first answer at every choice, every step done; on the form
/// step its confirmation came, with today for the days and no reference), so the progress is complete and
/// `remind` has a re-check to plan.
func completeWalkthrough(_ cli: Runner) throws {
    let formStep = BuiltInSteps.number("objection-form")
    let walk = "d\n1\n1\n1\n" + String(repeating: "d\n", count: formStep - 5) + "d\n2\n\n\n"
        + String(repeating: "d\n", count: BuiltInSteps.count - formStep)
    let result = try cli.run([], input: walk)
    try #require(result.status == 0, "the walkthrough did not finish: \(result.stdout.suffix(300)) \(result.stderr)")
}

/// A shell script for `Runner.run(shell:)` that runs optout with standard output sent to `target` (a
/// file, a device, or `&-` to close it).
func stdoutTo(_ target: String) -> String {
    target == "&-" ? "exec \"$0\" \"$@\" >&-" : "exec \"$0\" \"$@\" > '\(target)'"
}

/// The output commands, each with what it needs: arguments before the output option, and the option.
struct OutputCommand: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    var option: String
    /// Whether there must be complete progress first (`remind` plans a re-check after the end; `report`
    /// reports on saved progress).
    var needsCompleteProgress: Bool
    var testDescription: String { (arguments + [option]).joined(separator: " ") }

    static let all = [
        OutputCommand(arguments: ["draft"], option: "--output", needsCompleteProgress: false),
        OutputCommand(arguments: ["remind"], option: "--ics", needsCompleteProgress: true),
        OutputCommand(arguments: ["guide", "export"], option: "--output", needsCompleteProgress: false),
        OutputCommand(arguments: ["report"], option: "--output", needsCompleteProgress: true),
        OutputCommand(arguments: ["guide", "--format", "html"], option: "--output", needsCompleteProgress: false),
        OutputCommand(arguments: ["summary", "--format", "html"], option: "--output", needsCompleteProgress: true),
    ]

    /// The command line writing to `path`.
    func line(_ path: String) -> [String] { arguments + [option, path] }

    /// A runner of the given build, with the progress this command needs.
    func runner(_ name: String, binary: BuildUnderTest) throws -> Runner {
        let cli = try Runner(name, binary: binary)
        if needsCompleteProgress { try completeWalkthrough(cli) }
        return cli
    }
}
