#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore

/// What a path names, found the way the kernel finds it: the kind of file, and where it really is (or,
/// when nothing is there yet, where it would be created).
///
/// Links are followed by the kernel: an existing regular file is opened (without blocking, never a device)
/// and its real path read back from the descriptor (`/proc/self/fd` on Linux, `F_GETPATH` on Darwin).
/// Before that, optout walks the path part by part (`PathWalk`) and applies the kernel's
/// fs.protected_symlinks rule to every link on the way, a folder's as well as the last part's, so the rule
/// holds where the machine's setting is off, and on systems without it: a link in a sticky folder anyone
/// can write to (such as /tmp) is followed only when it belongs to the member or to the folder's owner. A
/// dangling link is followed the same way, to the file it would create. (The walk and the kernel's own
/// look at the path are two steps: a link swapped in between is the kernel's to judge, with the setting on.)
public struct FileTarget: Equatable, Sendable {
    /// The path as given.
    public let path: String
    /// Where the file is, or where it would be created.
    public let realPath: String
    public let kind: FileKind
    /// The permission bits of an existing file.
    public let mode: mode_t
    /// The size of an existing file, in bytes.
    public let size: Int
    /// The owner and group of an existing file.
    public let owner: uid_t
    public let group: gid_t

    /// The folder `realPath` is in ("." for a bare name).
    public var folder: String {
        let folder = PathText.folder(of: realPath)
        return folder.isEmpty ? "." : folder
    }

    /// Finds what `path` names. Throws when a link on the way may not be followed, or a system call fails
    /// for a reason other than the file not being there.
    public static func resolve(_ path: String) throws(FileError) -> FileTarget {
        let resolved = try PathWalk.resolvingLinks(path)
        // What is there, through the kernel.
        guard let info = FileCalls.info(path) else {
            let code = errno
            guard code == ENOENT || code == ENOTDIR else { throw FileError(path: path, action: .use, cause: .system(errno: code)) }
            return FileTarget(path: path, realPath: resolved, kind: .missing, mode: 0, size: 0, owner: 0, group: 0)
        }
        let kind = FileKind(mode: info.st_mode)
        var realPath = resolved
        if kind == .regular {
            let fd = FileCalls.openFile(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
            if fd >= 0 {
                if let opened = FileCalls.info(of: fd), opened.st_ino == info.st_ino, opened.st_dev == info.st_dev,
                    let kernelPath = FileCalls.realPath(of: fd)
                {
                    realPath = kernelPath
                }
                close(fd)
            }
        }
        return FileTarget(
            path: path, realPath: realPath, kind: kind, mode: info.st_mode & 0o7777, size: Int(info.st_size),
            owner: info.st_uid, group: info.st_gid)
    }

    /// Why no file can be created in `folder` (a folder that may not exist yet: then the nearest one on the
    /// way that does), or nil when one can: a part of the path is not a folder, the folder's file system
    /// takes no files (/proc, /sys), or this user may not write there.
    public static func creationProblem(in folder: String) -> FileError? {
        var current = folder.isEmpty ? "." : folder
        while true {
            guard let info = FileCalls.info(current) else {
                let code = errno
                let parent = PathText.folder(of: current)
                guard code == ENOENT || code == ENOTDIR, !parent.isEmpty, parent != current else {
                    return FileError(path: current, action: .useFolder, cause: .system(errno: code))
                }
                current = parent
                continue
            }
            guard FileKind(mode: info.st_mode) == .folder else {
                return FileError(path: current, action: .useFolder, cause: .notAFolder)
            }
            if FileCalls.holdsNoFiles(current) { return FileError(path: current, action: .useFolder, cause: .takesNoNewFiles) }
            let writable = PathBytes.withCString(current) { access($0, W_OK | X_OK) }
            if writable != 0 { return FileError(path: current, action: .useFolder, cause: .system(errno: errno)) }
            return nil
        }
    }
}
