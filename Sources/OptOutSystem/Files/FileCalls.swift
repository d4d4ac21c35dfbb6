#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CTerminalSignals
import OptOutCore

/// The system calls on paths that the file code makes, each taking a path as `PathBytes` text (so its
/// bytes reach the kernel unchanged) and retrying after an interruption. Failures leave `errno` set.
enum FileCalls {
    static func openFile(_ path: String, _ flags: Int32, _ mode: mode_t = 0) -> Int32 {
        PathBytes.withCString(path) { name in
            while true {
                let fd = open(name, flags, mode)
                if fd >= 0 || errno != EINTR { return fd }
            }
        }
    }

    /// What `stat` says about the path (links followed), or nil.
    static func info(_ path: String) -> stat? {
        var info = stat()
        return PathBytes.withCString(path) { stat($0, &info) } == 0 ? info : nil
    }

    /// What `lstat` says about the path itself (a link is not followed), or nil.
    static func linkInfo(_ path: String) -> stat? {
        var info = stat()
        return PathBytes.withCString(path) { lstat($0, &info) } == 0 ? info : nil
    }

    /// What `fstat` says about an open descriptor, or nil.
    static func info(of descriptor: Int32) -> stat? {
        var info = stat()
        return fstat(descriptor, &info) == 0 ? info : nil
    }

    static func move(_ from: String, to: String) -> Bool {
        PathBytes.withCString(from) { old in PathBytes.withCString(to) { new in rename(old, new) } } == 0
    }

    static func remove(_ path: String) -> Bool {
        PathBytes.withCString(path) { unlink($0) } == 0
    }

    static func createFolder(_ path: String, mode: mode_t) -> Bool {
        PathBytes.withCString(path) { mkdir($0, mode) } == 0
    }

    /// Where a symbolic link points, as written in the link.
    static func linkDestination(_ path: String) -> String? {
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = PathBytes.withCString(path) { name in
            buffer.withUnsafeMutableBufferPointer { readlink(name, UnsafeMutableRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), $0.count - 1) }
        }
        guard count > 0 else { return nil }
        return PathBytes.decode(buffer[0..<count])
    }

    /// The names in a folder (without `.` and `..`), or nil when it cannot be read.
    static func names(in folder: String) -> [String]? {
        guard let directory = PathBytes.withCString(folder, { opendir($0) }) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in PathBytes.decode(raw.prefix { $0 != 0 }) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The path of the file an open descriptor refers to, as the kernel knows it (all links resolved), or nil
    /// where the system cannot tell (Linux without /proc).
    static func realPath(of descriptor: Int32) -> String? {
        #if canImport(Darwin)
        var buffer = [CChar](repeating: 0, count: Int(MAXPATHLEN))
        guard fcntl(descriptor, F_GETPATH, &buffer) != -1 else { return nil }
        return PathBytes.decode(buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) })
        #else
        guard let path = linkDestination("/proc/self/fd/\(descriptor)"), path.hasPrefix("/") else { return nil }
        return path
        #endif
    }

    /// Flushes a file's data to the disk itself: `F_FULLFSYNC` on Darwin (its `fsync` stops at the drive's
    /// cache), `fsync` elsewhere. Returns the error number, or nil when it worked.
    static func flush(_ descriptor: Int32) -> Int32? {
        #if canImport(Darwin)
        if fcntl(descriptor, F_FULLFSYNC) == 0 { return nil }
        #endif
        while fsync(descriptor) != 0 {
            if errno == EINTR { continue }
            return errno
        }
        return nil
    }

    /// Flushes a folder, so a name created, renamed or removed in it survives a power cut. Returns the error
    /// number, or nil when it worked.
    static func flushFolder(_ folder: String) -> Int32? {
        let fd = openFile(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 { return errno }
        defer { close(fd) }
        let code = flush(fd)
        // Some file systems cannot flush a folder (EINVAL); there is nothing more to do there.
        return code == EINVAL ? nil : code
    }

    /// True when the folder's file system takes no files of a program's own: the kernel's views of itself
    /// (proc, sysfs, cgroup), where creating a file fails with "no such file or directory". Linux only.
    static func holdsNoFiles(_ folder: String) -> Bool {
        PathBytes.withCString(folder) { optout_folder_takes_no_files($0) } != 0
    }

    /// One `read` into `buffer`: the count read, 0 at the end, or -1 with `errno` set.
    static func readSome(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        #if canImport(Darwin)
        Darwin.read(descriptor, buffer.baseAddress, buffer.count)
        #elseif canImport(Musl)
        Musl.read(descriptor, buffer.baseAddress, buffer.count)
        #else
        Glibc.read(descriptor, buffer.baseAddress, buffer.count)
        #endif
    }

    /// The system's sentence for an error number, in lower case ("no space left on device").
    static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
