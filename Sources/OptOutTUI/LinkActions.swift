#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore
import OptOutSystem

/// What became of a request to open a link.
public enum LinkOpenResult: Equatable, Sendable {
    /// The opener program was started.
    case started(program: String)
    /// No program to open links could be started.
    case unavailable(program: String, reason: String)
    /// The opener ran and failed at once (`xdg-open` exits 3 or 4 when there is no browser);
    /// `reason` says how ("exited with status 3").
    case failed(program: String, reason: String)
    /// The link is not a web address, so it is not handed to another program.
    case refused(reason: String)
}

/// Opens links in the member's browser with the system's opener (`xdg-open` on Linux, `open` on
/// macOS), started without a shell: the link is one argument in a list, never parsed as a command.
/// The opener's standard input, output and error go to /dev/null so it cannot draw over the screen.
public final class LinkOpener {
    /// The program to start, looked up on PATH.
    public let program: String
    /// How long to wait for the opener to fail before saying the link is opening, in seconds. An
    /// opener that fails does so at once; one that works may stay until the browser closes.
    public let patience: Double
    private var children: [pid_t] = []

    public init(program: String = LinkOpener.platformProgram, patience: Double = 1.0) {
        self.program = program
        self.patience = patience
    }

    /// The opener of this platform.
    public static var platformProgram: String {
        #if os(macOS)
        "open"
        #else
        "xdg-open"
        #endif
    }

    /// The argument list the opener is started with.
    public func arguments(for url: String) -> [String] { [program, url] }

    /// True for an http or https address with no control characters.
    public static func isWebAddress(_ url: String) -> Bool {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return false }
        return !url.unicodeScalars.contains { TerminalSafeText.needsReplacing($0) || $0 == " " }
    }

    /// Starts the opener for `url` and returns at once; the child is reaped later by `reap()`.
    public func open(_ url: String) -> LinkOpenResult {
        reap()
        guard Self.isWebAddress(url) else { return .refused(reason: tr("only web addresses are opened")) }

        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        var attributes: posix_spawnattr_t?
        #else
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Its own process group: Ctrl-C and Ctrl-Z at the terminal are not meant for the browser. SIGXFSZ,
        // which optout ignores, has its default action again.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaultActions = sigset_t()
        sigemptyset(&defaultActions)
        sigaddset(&defaultActions, SIGXFSZ)
        posix_spawnattr_setsigdefault(&attributes, &defaultActions)

        let argv = arguments(for: url).map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, program, &actions, &attributes, argv, envp)
        guard status == 0 else {
            return .unavailable(program: program, reason: String(cString: strerror(status)))
        }
        return waitForFailure(pid)
    }

    /// Waits up to `patience` for the opener: a failure is reported; one still running, or done
    /// without error, has started the browser (it is reaped later).
    private func waitForFailure(_ pid: pid_t) -> LinkOpenResult {
        let steps = max(1, Int(patience * 100))
        for _ in 0..<steps {
            var status: Int32 = 0
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid {
                switch ProgramExit(waitStatus: status) {
                case .exited(status: 0): return .started(program: program)
                // Translators: how the program that opens links ended, after its name ("xdg-open exited with status 3").
                case let .exited(code): return .failed(program: program, reason: tr("exited with status {status}", ["status": String(code)]))
                // Translators: how the program that opens links ended, after its name ("xdg-open was ended by signal 9").
                case let .killed(signal): return .failed(program: program, reason: tr("was ended by signal {signal}", ["signal": String(signal)]))
                default: return .started(program: program)
                }
            }
            // Not ours to wait for (SIGCHLD ignored, so it was reaped already): say it started.
            if reaped < 0, errno != EINTR { return .started(program: program) }
            usleep(10_000)
        }
        children.append(pid)
        return .started(program: program)
    }

    /// Collects openers that have finished, so none is left as a zombie.
    public func reap() {
        children.removeAll { pid in
            var status: Int32 = 0
            return waitpid(pid, &status, WNOHANG) != 0
        }
    }
}

/// Copies text to the clipboard through the terminal with OSC 52; the terminal (or tmux) decides
/// whether to allow it.
public enum ClipboardSequence {
    /// The escape sequence that asks the terminal to put `text` on the clipboard.
    public static func osc52(_ text: String) -> String {
        "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    }
}
