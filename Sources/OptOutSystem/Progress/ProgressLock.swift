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
/// or 2. Once locked, the file must still be the one at the lock path (same device and inode, not
/// removed): a `reset` removes the lock file with the progress, and a process that had opened the removed
/// file would otherwise hold a lock nobody else sees; it then locks the file now at the path. Run as root,
/// the lock is refused where the progress, its lock or its folder belongs to another user
/// (`ProgressStoreError.anotherUsersFile`). The hold cannot be copied: it ends once, when it is released
/// or goes out of scope.
public struct ProgressLock: ~Copyable, Sendable {
    /// The lock file's path.
    public let lockPath: String
    /// True when this hold created the lock file (it was not there before).
    public let createdLockFile: Bool
    private let descriptor: Int32

    private init(lockPath: String, createdLockFile: Bool, descriptor: Int32) {
        self.lockPath = lockPath
        self.createdLockFile = createdLockFile
        self.descriptor = descriptor
    }

    /// Called with the lock path after the file is opened and before it is locked; tests remove the file
    /// there, as a `reset` running at that moment would.
    nonisolated(unsafe) static var betweenOpenAndLock: ((String) -> Void)?

    /// Takes the lock for a store, or throws `.locked` at once when another process has it. Its folders are
    /// created. Nothing is created beside a FIFO, a device or a socket at the store's path: those are refused
    /// here. (A folder there is refused by whatever reads or moves it next, with its own words.) Nothing is
    /// created where no file could be (a part of the path is a file, /proc), with the reason.
    public static func acquire(for store: ProgressStore) throws(ProgressStoreError) -> ProgressLock {
        let target = try store.target(for: .use, allowingFolder: true)
        let lockPath = target.realPath + ".lock"
        if let refusal = store.anotherUsersFile(target, lockPath: lockPath) { throw refusal }
        if FileCalls.linkInfo(lockPath) == nil, let problem = FileTarget.creationProblem(in: target.folder) {
            throw .from(problem, storePath: store.path)
        }
        do throws(FileError) {
            try AtomicFile.makeFolder(target.folder)
        } catch {
            throw .from(error, storePath: store.path)
        }
        func refuse(_ reason: String) -> ProgressStoreError {
            .io(path: lockPath, action: .useLockFile, reason: "\(reason); optout uses only a lock file of its own. Remove it if no optout is running")
        }
        // A lock file removed between open and flock is opened again; a few times at most.
        for _ in 0..<100 {
            let (fd, created) = try open(lockPath, refuse: refuse)
            betweenOpenAndLock?(lockPath)
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
            guard isStillAtItsPath(fd, lockPath) else {
                close(fd)
                continue
            }
            // Record who holds it, for the message a second process shows. The file is ours, and locked.
            let pid = Array("\(getpid())\n".utf8)
            _ = ftruncate(fd, 0)
            _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
            return ProgressLock(lockPath: lockPath, createdLockFile: created, descriptor: fd)
        }
        throw .io(path: lockPath, action: .lock, reason: SystemError.text(errno: EAGAIN))
    }

    /// Opens the lock file (creating it when missing, and saying so), above descriptor 2, and checks it is a
    /// regular file of this user's.
    private static func open(
        _ lockPath: String, refuse: (String) -> ProgressStoreError
    ) throws(ProgressStoreError) -> (descriptor: Int32, created: Bool) {
        let flags = O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC
        var fd: Int32 = -1
        var created = false
        for _ in 0..<100 {
            fd = FileCalls.openFile(lockPath, flags | O_CREAT | O_EXCL, 0o600)
            if fd >= 0 {
                created = true
                break
            }
            guard errno == EEXIST else { break }
            fd = FileCalls.openFile(lockPath, flags)
            // Removed meanwhile: create it.
            if fd >= 0 || errno != ENOENT { break }
        }
        if fd < 0 {
            let code = errno
            let existing = FileCalls.linkInfo(lockPath)
            if code == ELOOP || code == EEXIST, existing.map({ $0.st_mode & S_IFMT == S_IFLNK }) == true {
                throw refuse("it is a symbolic link")
            }
            // Another user's lock file that this user may not open (one an optout run as root left).
            if code == EACCES, let existing, existing.st_uid != geteuid() { throw refuse("it belongs to another user") }
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
        return (fd, created)
    }

    /// Whether the locked descriptor is still the file at the lock path: the same device and inode, and not
    /// removed.
    static func isStillAtItsPath(_ fd: Int32, _ lockPath: String) -> Bool {
        guard let held = FileCalls.info(of: fd), held.st_nlink > 0, let atPath = FileCalls.linkInfo(lockPath) else { return false }
        return held.st_dev == atPath.st_dev && held.st_ino == atPath.st_ino
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

    /// Removes the lock file, then releases the lock: for when the progress itself was removed (or a
    /// `reset` that created the lock file was declined), so nothing is left behind. A process that opened
    /// the old file meanwhile finds, once it has locked it, that it is no longer at the path, and locks the
    /// new one.
    public consuming func releaseRemovingLockFile() {
        _ = FileCalls.remove(lockPath)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
