#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore

/// Writes an output the member named on the command line, as a shell's `>` would treat the path, but never
/// leaving half a file: a regular file (or a new one) is replaced atomically (`AtomicFile`, mode 0600 when
/// new; one root replaces keeps its owner); a FIFO or a character device is opened and written into;
/// `/dev/stdout`, `/dev/fd/N` and `/proc/self/fd/N` (process substitution) are written through the
/// descriptor they name. Nothing that is not a regular file is ever renamed over or removed, and no folder
/// is made: a missing one is an error. `-` (standard output) is the caller's to handle.
public enum OutputFile {
    /// Writes `data` to `path` (after `~` and `~name` expansion). Returns a sentence to show when the file
    /// is written but its folder could not be flushed, else nil.
    @discardableResult
    public static func write(_ data: Data, to path: String, option: String, environment: [String: String]) throws(OutputFileError) -> String? {
        func fail(_ problem: FileError) -> OutputFileError { .file(problem, option: option) }
        var named = path
        if let userHome = UserAccounts.expandingUserHome(path) {
            guard let expanded = userHome.expanded else {
                throw fail(FileError(path: path, action: .write, cause: .unknownUser(userHome.user)))
            }
            named = expanded
        }
        guard let expanded = PathText.expandingTilde(named, environment: environment) else { throw .noHome(path: path) }
        if let descriptor = openDescriptor(named: expanded) {
            guard fcntl(descriptor, F_GETFD) != -1 else { throw fail(FileError(path: path, action: .write, cause: .system(errno: EBADF))) }
            if let code = DescriptorWriter.writeAll(data, to: descriptor, onFailure: .report) {
                throw fail(FileError(path: path, action: .write, cause: .system(errno: code)))
            }
            return nil
        }
        let target: FileTarget
        do throws(FileError) {
            target = try FileTarget.resolve(expanded)
        } catch {
            // A link on the way is named itself; otherwise the path as given.
            throw fail(FileError(path: error.path == expanded ? path : error.path, action: error.action, cause: error.cause))
        }
        switch target.kind {
        case .fifo, .characterDevice:
            try writeInto(data, expanded, shownAs: path, option: option)
            return nil
        case .regular, .missing:
            AtomicFile.removeStaleTemporaryFiles(of: target, onlyDeadWriters: true)
            do throws(FileError) {
                if case let .notFlushed(code) = try AtomicFile.write(data, to: target, creatingFolders: false) {
                    return "Wrote \(PathBytes.display(path)), but it is not yet flushed to disk: \(SystemError.text(errno: code))."
                }
                return nil
            } catch {
                throw fail(FileError(path: path, action: error.action, cause: error.cause))
            }
        default:
            throw fail(FileError(path: path, action: .write, cause: .notRegular(target.kind)))
        }
    }

    /// The descriptor a path names directly (`/dev/stdout`, `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`,
    /// `/proc/<this process>/fd/N`), or nil.
    static func openDescriptor(named path: String) -> Int32? {
        switch path {
        case "/dev/stdin": return 0
        case "/dev/stdout": return 1
        case "/dev/stderr": return 2
        default: break
        }
        for prefix in ["/dev/fd/", "/proc/self/fd/", "/proc/thread-self/fd/", "/proc/\(getpid())/fd/"] where path.hasPrefix(prefix) {
            if let number = Int32(path.dropFirst(prefix.count)), number >= 0 { return number }
        }
        return nil
    }

    /// Opens a FIFO or a character device and writes into it; a FIFO waits for a reader, as with `>`.
    private static func writeInto(_ data: Data, _ path: String, shownAs shown: String, option: String) throws(OutputFileError) {
        func fail(_ cause: FileError.Cause) -> OutputFileError {
            .file(FileError(path: shown, action: .write, cause: cause), option: option)
        }
        let fd = FileCalls.openFile(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        if fd < 0 { throw fail(.system(errno: errno)) }
        defer { close(fd) }
        // What was opened is checked again: it must still be a FIFO or a device, never a regular file
        // written in place.
        guard let info = FileCalls.info(of: fd) else { throw fail(.system(errno: errno)) }
        let kind = FileKind(mode: info.st_mode)
        guard kind == .fifo || kind == .characterDevice else { throw fail(kind == .regular ? .system(errno: EBUSY) : .notRegular(kind)) }
        if let code = DescriptorWriter.writeAll(data, to: fd, onFailure: .report) { throw fail(.system(errno: code)) }
    }
}
