#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore
import OptOutSystem

/// Where a command's output goes, from an option such as `--output` or `--ics`: standard output (no option,
/// or `-`), or a file, written by `OutputFile` (FIFOs and devices written into, regular files replaced
/// atomically). A file that cannot be written ends the command with exit status 6.
struct OutputDestination {
    /// The option's value, nil when it was not given.
    var path: String?
    /// The option's name, for messages.
    var option: String

    /// True when the output goes to standard output.
    var isStandardOutput: Bool { path == nil || path == "-" }

    /// Refuses an empty file name (a usage error, like an unknown option).
    func validate() throws {
        // Translators: {option} is an option's name (--output, --ics); "-" is typed as it is.
        if path == "" { throw failure(tr("{option} needs a file name; it was empty. Use - for standard output.", ["option": option]), ExitStatus.usage) }
    }

    /// Writes `text` to the file (call only when `isStandardOutput` is false).
    func write(_ text: String, environment: [String: String]) throws {
        guard let path else { return }
        do throws(OutputFileError) {
            if let warning = try OutputFile.write(Data(text.utf8), to: path, option: option, environment: environment) {
                writeError("optout: \(TerminalSafeText.sanitize(warning))\n")
            }
        } catch {
            throw failure(error.description, ExitStatus.outputProblem)
        }
    }
}
