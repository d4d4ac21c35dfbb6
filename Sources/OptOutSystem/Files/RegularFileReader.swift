#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore

/// Reads files optout depends on (the progress file, guide files): only regular files, never blocking on a
/// FIFO or reading a device without end, and never more than a limit.
public enum RegularFileReader {
    /// What optout reads at most from one file: far more than any progress or guide file holds.
    public static let defaultLimit = 16 << 20

    /// The file's bytes, or nil when nothing is at the path. Throws for a file that is not a regular file
    /// (found with `stat`, and checked again with `fstat` on a descriptor opened without blocking), one larger
    /// than `limit`, a link that may not be followed, or a failed system call.
    public static func read(_ path: String, limit: Int = defaultLimit) throws(FileError) -> Data? {
        let target = try FileTarget.resolve(path)
        if target.kind == .missing { return nil }
        guard target.kind == .regular else { throw FileError(path: path, action: .read, cause: .notRegular(target.kind)) }
        guard target.size <= limit else { throw FileError(path: path, action: .read, cause: .tooLarge(limit: limit)) }
        let fd = FileCalls.openFile(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw FileError(path: path, action: .read, cause: .system(errno: errno))
        }
        defer { close(fd) }
        guard let info = FileCalls.info(of: fd) else { throw FileError(path: path, action: .read, cause: .system(errno: errno)) }
        let kind = FileKind(mode: info.st_mode)
        guard kind == .regular else { throw FileError(path: path, action: .read, cause: .notRegular(kind)) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { FileCalls.readSome(fd, into: $0) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, action: .read, cause: .system(errno: errno))
            }
            if n == 0 { return data }
            // The file may grow while it is read.
            guard data.count + n <= limit else { throw FileError(path: path, action: .read, cause: .tooLarge(limit: limit)) }
            data.append(contentsOf: buffer[0..<n])
        }
    }
}
