/// Why an output file named on the command line (`draft --output`, `remind --ics`, `guide export --output`,
/// `report --output`) could not be written. It ends the command with exit status 6.
public enum OutputFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Reading, creating or writing the file failed; `option` named it ("--output", "--ics").
    case file(FileError, option: String)
    /// The path starts with `~` and HOME is not set.
    case noHome(path: String)

    public var description: String {
        switch self {
        case let .file(problem, option):
            switch problem.cause {
            case .notRegular(.folder):
                "Could not write \(PathBytes.display(problem.path)): it is a folder, not a file; give a file path with \(option)."
            case .notRegular:
                "Could not write \(PathBytes.display(problem.path)): \(problem.reason); optout writes into FIFOs and character devices, and replaces only regular files."
            default:
                problem.description
            }
        case let .noHome(path):
            "Could not write \(PathBytes.display(path)): HOME is not set, so ~ has no meaning; give the whole path."
        }
    }
}
