/// The member's own text editor, as the front ends use it for the objection text. The system target
/// gives the real one (`ExternalEditor`, from `$VISUAL` or `$EDITOR`); the core only asks it to edit.
public protocol MemberEditor: Sendable {
    /// The command as the member would type it ("code --wait"), for saying which editor opens.
    var commandLine: String { get }
    /// Opens `text` and gives back what the member saved, or why there is nothing. `runner` starts the
    /// program and waits for it (the full screen runs it in the terminal's foreground); nil runs it in
    /// optout's own process group.
    func edit(_ text: String, runner: ((ProgramInvocation) -> ProgramExit)?) -> Result<String, EditorFailure>
}

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

/// Why the editor gave no text. In every case the draft's text stays as it was.
public enum EditorFailure: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(program: String)
    case notStarted(program: String, reason: String)
    case failed(program: String, status: Int32)
    case killed(program: String, signal: Int32)
    case waitFailed(program: String, reason: String)
    case temporaryFile(reason: String)
    case notUTF8(program: String)

    public var description: String {
        let unchanged = " " + tr("The text is unchanged.")
        switch self {
        case let .notFound(program):
            // Translators: VISUAL, EDITOR and PATH are environment variables: keep them as they are.
            return tr("The editor {program} was not found; set VISUAL or EDITOR to an editor on your PATH.", ["program": program])
                + unchanged
        case let .notStarted(program, reason):
            // Translators: {reason} is the system's reason, such as "permission denied".
            return tr("Could not start the editor {program}: {reason}.", ["program": program, "reason": reason]) + unchanged
        case let .failed(program, status):
            return tr("The editor {program} exited with status {status}.", ["program": program, "status": String(status)]) + unchanged
        case let .killed(program, signal):
            return tr("The editor {program} was ended by signal {signal}.", ["program": program, "signal": String(signal)]) + unchanged
        case let .waitFailed(program, reason):
            // Translators: {reason} is the system's reason, such as "permission denied".
            return tr("Could not tell how the editor {program} ended ({reason}).", ["program": program, "reason": reason]) + unchanged
        case let .temporaryFile(reason):
            // Translators: {reason} is a sentence or the system's reason, about the temporary file.
            return tr("Could not write the text to a temporary file for the editor: {reason}.", ["reason": reason]) + unchanged
        case let .notUTF8(program):
            return tr("The text saved in {program} is not UTF-8.", ["program": program]) + unchanged
        }
    }
}
