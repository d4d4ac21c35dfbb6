#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore

/// The member's own text editor (`$VISUAL`, else `$EDITOR`), for editing the objection draft.
/// The variable is split into words as a shell would split it (quotes, backslashes, a leading `~`),
/// but no shell runs: the program is found on PATH and started with the words as its arguments,
/// then the path of a private temporary file that holds the text.
public struct ExternalEditor: MemberEditor {
    /// The command and its arguments, e.g. `["vim"]` or `["code", "--wait"]`.
    public let command: [String]

    /// The editor the environment names, or nil when neither variable names one.
    public init?(environment: [String: String]) {
        let value = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.trimmed.isEmpty }
        guard let value else { return nil }
        let words = ShellWords.split(value, home: environment["HOME"])
        guard !words.isEmpty, !words[0].isEmpty else { return nil }
        command = words
    }

    /// The command as the member would type it, for saying which editor opens.
    public var commandLine: String { command.joined(separator: " ") }

    /// Opens `text` in the editor, run by `runner` (or in optout's own process group), with the process's
    /// environment.
    public func edit(_ text: String, runner: ((ProgramInvocation) -> ProgramExit)?) -> Result<String, EditorFailure> {
        run(text, runner: runner ?? ExternalEditor.runAndWait)
    }

    /// Opens `text` in the editor and returns what the member saved, or nil when the editor could not
    /// start, exited with an error, or saved text that is not UTF-8 (see `run` for the reason).
    public func edit(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        try? run(text, environment: environment).get()
    }

    /// Opens `text` in the editor and returns what the member saved, or why there is nothing. The
    /// temporary file is removed before this returns. `runner` starts the program and waits for it (the
    /// full screen runs it in the terminal's foreground; by default it runs in optout's process group).
    public func run(
        _ text: String, environment: [String: String] = ProcessInfo.processInfo.environment,
        runner: (ProgramInvocation) -> ProgramExit = ExternalEditor.runAndWait
    ) -> Result<String, EditorFailure> {
        let program = command[0]
        guard let path = Self.findProgram(program, searchPath: environment["PATH"]) else {
            return .failure(.notFound(program: program))
        }
        Self.removeLeftovers(environment: environment)
        let folder = PathText.temporaryFolder(environment: environment)
        var template = Array(PathText.join(folder, "\(Self.temporaryPrefix)\(getpid())-XXXXXX.txt").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
        guard fd >= 0 else { return .failure(.temporaryFile(reason: Self.describe(errno))) }
        let file = String(decoding: template.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(file) }
        let written = DescriptorWriter.writeAll(text, to: fd, onFailure: .report)
        close(fd)
        if let failure = written { return .failure(.temporaryFile(reason: Self.describe(failure))) }

        switch runner(ProgramInvocation(path: path, arguments: command + [file], temporaryFile: file)) {
        case .exited(status: 0):
            break
        case let .exited(status):
            return .failure(.failed(program: program, status: status))
        case let .killed(signal):
            return .failure(.killed(program: program, signal: signal))
        case let .notStarted(error):
            return .failure(error == ENOENT ? .notFound(program: program) : .notStarted(program: program, reason: Self.describe(error)))
        case let .waitFailed(error):
            return .failure(.waitFailed(program: program, reason: Self.describe(error)))
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            return .failure(.temporaryFile(reason: "the file was gone after the editor closed"))
        }
        guard let edited = String(data: data, encoding: .utf8) else { return .failure(.notUTF8(program: program)) }
        return .success(edited)
    }

    /// Starts the program in optout's own process group and waits for it. An ignored SIGCHLD (inherited
    /// from a parent) would make the wait fail, so it has its default action meanwhile. The program gets
    /// SIGXFSZ's default action back (optout ignores it, to report a write past the file size limit).
    public static func runAndWait(_ invocation: ProgramInvocation) -> ProgramExit {
        let childSignalIgnored = isIgnored(SIGCHLD)
        if childSignalIgnored { signal(SIGCHLD, SIG_DFL) }
        defer { if childSignalIgnored { signal(SIGCHLD, SIG_IGN) } }
        var arguments = invocation.arguments.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        #if canImport(Darwin)
        var attributes: posix_spawnattr_t?
        #else
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaultActions = sigset_t()
        sigemptyset(&defaultActions)
        sigaddset(&defaultActions, SIGXFSZ)
        posix_spawnattr_setsigdefault(&attributes, &defaultActions)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let started = posix_spawn(&pid, invocation.path, nil, &attributes, &arguments, environ)
        guard started == 0 else { return .notStarted(errno: started) }
        var status: Int32 = 0
        while true {
            if waitpid(pid, &status, 0) == pid { return ProgramExit(waitStatus: status) }
            if errno != EINTR { return .waitFailed(errno: errno) }
        }
    }

    /// The program's path: as given when it holds a slash, else the first executable file of that name
    /// in the folders of `searchPath` (PATH; `/usr/bin:/bin` when unset). Nil when there is none.
    public static func findProgram(_ name: String, searchPath: String?) -> String? {
        if name.contains("/") { return isExecutableFile(name) ? name : nil }
        let folders = (searchPath ?? "/usr/bin:/bin").split(separator: ":", omittingEmptySubsequences: false)
        for folder in folders {
            let candidate = folder.isEmpty ? name : PathText.join(String(folder), name)
            if isExecutableFile(candidate) { return candidate }
        }
        return nil
    }

    private static func isIgnored(_ signalNumber: Int32) -> Bool {
        var action = sigaction()
        guard sigaction(signalNumber, nil, &action) == 0 else { return false }
        #if canImport(Darwin)
        let handler = action.__sigaction_u.__sa_handler
        #else
        let handler = action.__sigaction_handler.sa_handler
        #endif
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && access(path, X_OK) == 0
    }

    /// How the temporary files' names start; the process id that follows says whose a file is.
    static let temporaryPrefix = "optout-draft-"

    /// Removes temporary draft files that an optout killed while its editor ran left behind (a killed
    /// process cannot clean up): files of this user whose process is gone. Optout does this before
    /// each edit and when a walkthrough with an editor ends.
    public static func removeLeftovers(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let folder = PathText.temporaryFolder(environment: environment)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(temporaryPrefix) && name.hasSuffix(".txt") {
            let rest = name.dropFirst(temporaryPrefix.count)
            guard let owner = pid_t(rest.prefix { $0 != "-" }), owner > 0, owner != getpid() else { continue }
            guard kill(owner, 0) != 0, errno == ESRCH else { continue }
            let path = PathText.join(folder, name)
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_uid == geteuid() else { continue }
            unlink(path)
        }
    }

    static func describe(_ error: Int32) -> String { String(cString: strerror(error)).lowercased() }
}
