#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive hold on a progress file for the length of a run, so two `optout` processes never
/// both write it. It is an `flock` on a separate `<file>.lock` that is never renamed; the kernel
/// releases it when the holder exits, however it exits.
public final class ProgressLock: @unchecked Sendable {
    /// The lock file's path.
    public let lockPath: String
    private var descriptor: Int32

    private init(lockPath: String, descriptor: Int32) {
        self.lockPath = lockPath
        self.descriptor = descriptor
    }

    /// Takes the lock for a store, or throws `.locked` at once when another process has it.
    public static func acquire(for store: ProgressStore) throws(ProgressStoreError) -> ProgressLock {
        let target = store.resolvedTarget()
        let folder = PathText.folder(of: target)
        try ProgressStore.makeFolder(folder.isEmpty ? "." : folder)
        let lockPath = target + ".lock"
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        if fd < 0 {
            throw .io(path: lockPath, action: "open the lock file", reason: ProgressStore.errorText(errno))
        }
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            let code = errno
            let holder = Self.readHolder(fd)
            close(fd)
            if code == EWOULDBLOCK || code == EAGAIN {
                throw .locked(path: store.path, holder: holder)
            }
            throw .io(path: lockPath, action: "lock", reason: ProgressStore.errorText(code))
        }
        // Record who holds it, for the message a second process shows.
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

    /// Releases the lock (also done when the lock is deallocated or the process exits).
    public func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
