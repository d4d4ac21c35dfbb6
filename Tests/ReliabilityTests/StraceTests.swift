import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// strace is needed for these tests. In CI (`CI` set) a missing strace fails them; on a developer's
/// machine without strace (or without Linux) they are disabled, with this exact condition.
let straceAvailable = which("strace") != nil
let straceNeeded = straceAvailable || inCI

/// One system call from `strace -f -o FILE` output.
struct Syscall: CustomStringConvertible {
    var pid: Int
    var name: String
    /// The arguments as strace printed them, without the parentheses.
    var arguments: String
    /// What it returned (`3`, `0`, `-1 ENOENT (...)`).
    var result: String
    var line: Int

    var description: String { "\(pid) \(name)(\(arguments)) = \(result)" }
    var returnedValue: Int? { Int(result.split(separator: " ").first ?? "") }
    var succeeded: Bool { (returnedValue ?? -1) >= 0 }
    /// The first quoted string in the arguments (a path, for openat after AT_FDCWD, and for rename).
    var quoted: [String] {
        var strings: [String] = []
        var current: String?
        var escaped = false
        for ch in arguments {
            if var text = current {
                if escaped { text.append(ch); escaped = false; current = text; continue }
                if ch == "\\" { escaped = true; continue }
                if ch == "\"" { strings.append(text); current = nil; continue }
                text.append(ch)
                current = text
            } else if ch == "\"" {
                current = ""
            }
        }
        return strings
    }
    /// The file descriptor a call on a descriptor (write, fsync) was made on.
    var descriptor: Int? { Int(arguments.prefix { $0 != "," && $0 != ")" }.trimmingCharacters(in: .whitespaces)) }

    /// Parses strace output, joining calls that another thread interrupted (`<unfinished ...>` /
    /// `<... name resumed>`).
    static func parse(_ text: String) -> [Syscall] {
        var calls: [Syscall] = []
        var pending: [Int: String] = [:]
        for (number, raw) in text.split(separator: "\n").enumerated() {
            var line = String(raw)
            guard let space = line.firstIndex(of: " "), let pid = Int(line[..<space]) else { continue }
            line = String(line[line.index(after: space)...]).trimmingCharacters(in: .whitespaces)
            if line.hasSuffix("<unfinished ...>") {
                pending[pid] = String(line.dropLast("<unfinished ...>".count))
                continue
            }
            if line.hasPrefix("<..."), let resumed = line.range(of: "resumed>") {
                line = (pending.removeValue(forKey: pid) ?? "") + line[resumed.upperBound...]
            }
            // `name(arguments)<padding> = result`
            guard let open = line.firstIndex(of: "("), let equals = line.range(of: " = ", options: .backwards) else { continue }
            let name = String(line[..<open])
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { continue }
            var arguments = String(line[line.index(after: open)..<equals.lowerBound])
            while arguments.last == " " { arguments.removeLast() }
            guard arguments.last == ")" else { continue }
            arguments.removeLast()
            calls.append(
                Syscall(pid: pid, name: name, arguments: arguments, result: String(line[equals.upperBound...]), line: number + 1))
        }
        return calls
    }
}

extension Runner {
    /// Runs `optout arguments` under `strace -f -e trace=<calls>` and returns the result and the calls.
    func traced(_ arguments: [String], input: String, calls: String) throws -> (RunResult, [Syscall], String) {
        let straceFile = folder + "/.strace-\(UUID().uuidString)"
        defer { unlink(straceFile) }
        let result = try run(
            arguments, input: Data(input.utf8), prefix: ["/usr/bin/env", "strace", "-f", "-e", "trace=\(calls)", "-o", straceFile])
        let text = (try? String(contentsOfFile: straceFile, encoding: .utf8)) ?? ""
        return (result, Syscall.parse(text), text)
    }
}

/// Promise 2: every save is temp file (same folder, O_CREAT|O_EXCL, 0600) -> write -> fsync -> rename ->
/// open the folder (O_DIRECTORY) -> fsync, checked in the system calls the binary makes.
@Suite("Durable save order (strace)", .ownThreads)
struct DurableSaveTests {
    static let saveCalls = "openat,open,creat,write,pwrite64,fsync,fdatasync,rename,renameat,renameat2,close"

    @Test(.enabled(if: straceNeeded, "needs strace (always run in CI)"))
    func everySaveIsTempWriteFsyncRenameFsyncFolder() throws {
        try #require(straceAvailable, "strace is missing: .ci/run installs it (apt-get install strace)")
        let cli = Runner("strace")
        defer { cli.cleanUp() }
        // A fresh file (its folder is created), then saves over an existing one.
        let (result, calls, raw) = try cli.traced(["--plain"], input: "d\nn traced\nb\nq\n", calls: Self.saveCalls)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(raw.contains("+++ exited with 1 +++"), "strace traced the run")
        let folder = cli.stateFolder, target = cli.statePath
        let tempPrefix = folder + "/.progress.json.tmp-"

        // Nothing ever opens the progress file itself for writing: every change goes through a new file.
        for call in calls where ["openat", "open", "creat"].contains(call.name) && call.quoted.contains(target) {
            #expect(!call.arguments.contains("O_WRONLY") && !call.arguments.contains("O_RDWR") && !call.arguments.contains("O_TRUNC"),
                    "the progress file was opened for writing: \(call)")
        }

        var saves = 0
        var index = 0
        while index < calls.count {
            let call = calls[index]
            index += 1
            guard call.name == "openat" || call.name == "open", let path = call.quoted.first, path.hasPrefix(tempPrefix) else { continue }
            saves += 1
            // 1. A new temporary file in the progress file's folder, created exclusively with mode 0600.
            #expect(call.arguments.contains("O_CREAT") && call.arguments.contains("O_EXCL"), "not exclusive: \(call)")
            #expect(call.arguments.hasSuffix(", 0600"), "not mode 0600: \(call)")
            let fd = try #require(call.returnedValue, "\(call)")
            #expect(fd >= 0)
            // The calls of this save, in order, until the folder is flushed.
            // Descriptor numbers are reused once closed, so each is followed only while it is open.
            var tempFD: Int? = fd, folderFD: Int?
            var sawWrite = false, sawFsync = false, sawRename = false, sawFolderFsync = false
            while index < calls.count, !sawFolderFsync {
                let next = calls[index]
                index += 1
                guard next.pid == call.pid else { continue }
                switch next.name {
                case "write", "pwrite64":
                    if next.descriptor == tempFD {
                        #expect(!sawFsync && !sawRename, "a write after the fsync or the rename: \(next)")
                        sawWrite = true
                    }
                case "fsync", "fdatasync":
                    if next.descriptor == tempFD {
                        #expect(sawWrite && !sawRename, "fsync of the temporary file out of order: \(next)")
                        sawFsync = next.succeeded
                    } else if next.descriptor == folderFD {
                        #expect(sawRename, "the folder was flushed before the rename: \(next)")
                        sawFolderFsync = next.succeeded
                    }
                case "close":
                    if next.descriptor == tempFD { tempFD = nil }
                    if next.descriptor == folderFD { folderFD = nil }
                case "rename", "renameat", "renameat2":
                    #expect(next.quoted == [path, target], "renamed something else: \(next)")
                    #expect(sawWrite && sawFsync, "renamed before the data was written and flushed: \(next)")
                    #expect(next.succeeded)
                    sawRename = true
                case "openat", "open":
                    if next.quoted.first == folder, next.arguments.contains("O_DIRECTORY") {
                        #expect(sawRename, "the folder was opened for flushing before the rename: \(next)")
                        folderFD = next.returnedValue
                    }
                default:
                    break
                }
            }
            #expect(sawWrite, "save \(saves): no write to the temporary file")
            #expect(sawFsync, "save \(saves): the temporary file was not flushed")
            #expect(sawRename, "save \(saves): no rename over the progress file")
            #expect(sawFolderFsync, "save \(saves): the folder was not flushed after the rename")
        }
        // d, n and b each save; q then finds nothing new to write.
        #expect(saves == 3, "saves seen: \(saves)")
        figure("durable save: \(saves) saves traced, each temp(O_EXCL, 0600) -> write -> fsync -> rename -> fsync(folder)")
        #expect(try cli.loadState().record("about")?.status == .done)
    }
}

/// Promise 10: a whole walkthrough, and every other command, opens no AF_INET or AF_INET6 socket.
@Suite("No network (strace)", .ownThreads)
struct NoNetworkTests {
    @Test(.enabled(if: straceNeeded, "needs strace (always run in CI)"))
    func noCommandOpensAnInternetSocket() throws {
        try #require(straceAvailable, "strace is missing: .ci/run installs it (apt-get install strace)")
        let cli = Runner("net")
        defer { cli.cleanUp() }
        // Choose the first answer wherever there is a choice and mark every step done, to the end (the
        // form sent today, its confirmation received).
        let walk = "d\n1\n1\n1\nd\nd\nd\nd\nd\nr\n\n\nd\nd\n"
        let runs: [([String], String)] = [
            ([], walk),
            (["status"], ""), (["status", "--json"], ""),
            (["summary"], ""), (["summary", "--format", "markdown"], ""), (["summary", "--format", "json"], ""),
            (["guide"], ""), (["guide", "--format", "markdown"], ""),
            (["--help"], ""),
            (["start", "--start-over"], "d\nq\n"),
            (["reset", "--yes"], ""),
        ]
        var traced = 0
        for (arguments, input) in runs {
            let (result, calls, raw) = try cli.traced(arguments, input: input, calls: "socket,connect,sendto,sendmsg,bind")
            #expect(raw.contains("+++ exited with"), "strace traced optout \(arguments)")
            #expect(result.exitedNormally, "optout \(arguments) was killed by signal \(result.signal ?? 0)")
            if arguments.isEmpty {
                #expect(result.status == 0, "the walkthrough did not reach the end: \(result.stdout.suffix(400)) \(result.stderr)")
            }
            for call in calls {
                #expect(!call.arguments.contains("AF_INET"), "optout \(arguments) used the network: \(call)")
            }
            traced += calls.count
        }
        figure("no network: \(runs.count) commands traced, \(traced) socket-family calls seen, none AF_INET/AF_INET6")
    }
}
