/// Why there is no progress path to use: an empty `--state-file` or `OPTOUT_STATE_FILE` (a mistake, never
/// the default file), or no HOME to put the default file in.
public enum ProgressPathError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `--state-file ""`.
    case emptyOption
    /// `OPTOUT_STATE_FILE=""`.
    case emptyVariable
    /// HOME is unset or empty, and neither `--state-file`, `OPTOUT_STATE_FILE` nor an absolute
    /// `XDG_STATE_HOME` names the place.
    case noHome

    /// 64 for an empty value (a wrong command line), 3 without HOME (no place for the progress file).
    public var exitStatus: Int32 {
        self == .noHome ? ExitStatus.progressFileProblem : ExitStatus.usage
    }

    public var description: String {
        switch self {
        case .emptyOption:
            "--state-file needs a file path; it was empty. Leave the option out to use the default file."
        case .emptyVariable:
            "OPTOUT_STATE_FILE is set but empty; give it a file path, or unset it to use the default file."
        case .noHome:
            "HOME is not set, so there is no default place for the progress file. Set HOME, or name the file with --state-file PATH or OPTOUT_STATE_FILE=PATH."
        }
    }
}
