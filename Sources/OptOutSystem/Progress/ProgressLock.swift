#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore

/// An exclusive hold on a progress file for the length of a run, so two `optout` processes never
/// both write it. It is an `flock` on a separate `<file>.lock` that is never renamed; the kernel
/// releases it when the holder exits, however it exits.
///
/// The lock file is opened without following a link (`O_NOFOLLOW`) and used only when `fstat` shows a
/// regular file of the member's own, so nothing else is ever truncated; it never takes descriptor 0, 1
/// or 2. The hold cannot be copied: it ends once, when it is released or goes out of scope.
public struct ProgressLock: ~Copyable, Sendable {
    /// The lock file's path.
    public let lockPath: String
    private let descriptor: Int32

    private init(lockPath: String, descriptor: Int32) {
        self.lockPath = lockPath
        self.descriptor = descriptor
    }

    /// Takes the lock for a store, or throws `.locked` at once when another process has it. Its folders are
    /// created. Nothing is created beside a FIFO, a device or a socket at the store's path: those are refused
    /// here. (A folder there is refused by whatever reads or moves it next, with its own words.)
    public static func acquire(for store: ProgressStore) throws(ProgressStoreError) -> ProgressLock {
        let target = try store.target(for: .use, allowingFolder: true)
        do throws(FileError) {
            try AtomicFile.makeFolder(target.folder)
        } catch {
            throw .from(error, storePath: store.path)
        }
        let lockPath = target.realPath + ".lock"
        func refuse(_ reason: String) -> ProgressStoreError {
            .io(path: lockPath, action: .useLockFile, reason: "\(reason); optout uses only a lock file of its own. Remove it if no optout is running")
        }
        var fd = FileCalls.openFile(lockPath, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
        if fd < 0 {
            let code = errno
            if code == ELOOP, FileCalls.linkInfo(lockPath).map({ $0.st_mode & S_IFMT == S_IFLNK }) == true {
                throw refuse("it is a symbolic link")
            }
            throw .io(path: lockPath, action: .openLockFile, reason: SystemError.text(errno: code))
        }
        // With standard input, output or error closed, open(2) hands out 0, 1 or 2; prompts or answers
        // would then go to the lock file.
        if fd <= 2 {
            let moved = fcntl(fd, F_DUPFD_CLOEXEC, 3)
            close(fd)
            guard moved >= 0 else { throw .io(path: lockPath, action: .openLockFile, reason: SystemError.text(errno: errno)) }
            fd = moved
        }
        guard let info = FileCalls.info(of: fd) else {
            close(fd)
            throw .io(path: lockPath, action: .openLockFile, reason: SystemError.text(errno: errno))
        }
        let kind = FileKind(mode: info.st_mode)
        guard kind == .regular else {
            close(fd)
            throw refuse("it is \(kind), not a regular file")
        }
        guard info.st_uid == geteuid() else {
            close(fd)
            throw refuse("it belongs to another user")
        }
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            let code = errno
            let holder = Self.readHolder(fd)
            close(fd)
            if code == EWOULDBLOCK || code == EAGAIN {
                throw .locked(path: store.path, holder: holder)
            }
            throw .io(path: lockPath, action: .lock, reason: SystemError.text(errno: code))
        }
        // Record who holds it, for the message a second process shows. The file is ours, and locked.
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return ProgressLock(lockPath: lockPath, descriptor: fd)
    }

    private static func readHolder(_ fd: Int32) -> String? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return nil }
        let text = String(decoding: buffer[0..<n], as: UTF8.self).trimmed
        return Int(text) != nil ? text : nil
    }

    /// Releases the lock (also done when the lock goes out of scope or the process exits).
    public consuming func release() {}

    /// Removes the lock file, then releases the lock: for when the progress itself was removed, so nothing
    /// is left behind. A process that opened the old file meanwhile finds it locked and stops; one that
    /// starts after finds no progress.
    public consuming func releaseRemovingLockFile() {
        _ = FileCalls.remove(lockPath)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
