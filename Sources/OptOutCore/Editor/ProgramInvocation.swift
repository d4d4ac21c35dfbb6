/// A program to run on the terminal: its path (already found), its argument list (the first is the
/// program's name) and a temporary file that must not outlive optout, if there is one.
public struct ProgramInvocation: Sendable, Equatable {
    public var path: String
    public var arguments: [String]
    public var temporaryFile: String?

    public init(path: String, arguments: [String], temporaryFile: String? = nil) {
        self.path = path
        self.arguments = arguments
        self.temporaryFile = temporaryFile
    }
}

/// How a program run on the terminal ended.
public enum ProgramExit: Equatable, Sendable {
    case exited(status: Int32)
    case killed(signal: Int32)
    /// It could not be started (the reason is an `errno` value).
    case notStarted(errno: Int32)
    /// Waiting for it failed, so how it ended is unknown.
    case waitFailed(errno: Int32)

    /// From a status `waitpid` reported.
    public init(waitStatus status: Int32) {
        let signal = status & 0x7F
        self = signal == 0 ? .exited(status: (status >> 8) & 0xFF) : .killed(signal: signal)
    }
}
