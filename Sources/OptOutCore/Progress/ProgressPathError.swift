/// Why there is no progress path to use: an empty `--state-file` or `OPTOUT_STATE_FILE` (a mistake, never
/// the default file), no HOME to put the default file in, a HOME that is not an absolute path (it would
/// put the file under whatever folder optout runs in, so it is refused, as the XDG rules refuse a
/// relative XDG_STATE_HOME), a `~` path without a usable HOME, or a `~name` path for a user the machine
/// does not list.
public enum ProgressPathError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `--state-file ""`.
    case emptyOption
    /// `OPTOUT_STATE_FILE=""`.
    case emptyVariable
    /// HOME is unset or empty, and neither `--state-file`, `OPTOUT_STATE_FILE` nor an absolute
    /// `XDG_STATE_HOME` names the place.
    case noHome
    /// HOME is not an absolute path, and nothing else names the place.
    case homeNotAbsolute(home: String)
    /// A path given as `~` or `~/…` while HOME is unset, empty (`home` nil) or not an absolute path.
    case tildeWithoutHome(path: String, home: String?)
    /// A path given as `~name/…` for a user the password file does not list.
    case unknownUser(path: String, user: String)

    /// 64 for an empty value (a wrong command line), 3 otherwise (no place for the progress file).
    public var exitStatus: Int32 {
        switch self {
        case .emptyOption, .emptyVariable: ExitStatus.usage
        case .noHome, .homeNotAbsolute, .tildeWithoutHome, .unknownUser: ExitStatus.progressFileProblem
        }
    }

    /// True when nothing names the progress file and HOME gives no default place for it: commands that
    /// work without saved progress then go on without it.
    public var isNoDefaultPlace: Bool {
        switch self {
        case .noHome, .homeNotAbsolute: true
        case .emptyOption, .emptyVariable, .tildeWithoutHome, .unknownUser: false
        }
    }

    public var description: String {
        let nameIt = "or name the file with --state-file PATH or OPTOUT_STATE_FILE=PATH."
        switch self {
        case .emptyOption:
            return "--state-file needs a file path; it was empty. Leave the option out to use the default file."
        case .emptyVariable:
            return "OPTOUT_STATE_FILE is set but empty; give it a file path, or unset it to use the default file."
        case .noHome:
            return "HOME is not set, so there is no default place for the progress file. Set HOME, " + nameIt
        case let .homeNotAbsolute(home):
            return "HOME is \"\(home)\", not an absolute path, so there is no default place for the progress file. "
                + "Set HOME to your home folder's full path, " + nameIt
        case let .tildeWithoutHome(path, nil):
            return "HOME is not set, so \"~\" in \(path) cannot be expanded. Set HOME, or give the path without \"~\"."
        case let .tildeWithoutHome(path, home?):
            return "HOME is \"\(home)\", not an absolute path, so \"~\" in \(path) cannot be expanded. "
                + "Set HOME to your home folder's full path, or give the path without \"~\"."
        case let .unknownUser(path, user):
            return FileError(path: path, action: .use, cause: .unknownUser(user)).description
        }
    }
}
