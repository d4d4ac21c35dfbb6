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
/// Before that, optout applies the kernel's fs.protected_symlinks rule to the links of the last part of
/// the path itself, so the rule holds where the machine's setting is off, and on systems without it: a
/// link in a sticky folder anyone can write to (such as /tmp) is followed only when it belongs to the
/// member or to the folder's owner. A dangling link is followed the same way, to the file it would create.
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

    /// The folder `realPath` is in ("." for a bare name).
    public var folder: String {
        let folder = PathText.folder(of: realPath)
        return folder.isEmpty ? "." : folder
    }

    /// Finds what `path` names. Throws when a link may not be followed, or a system call fails for a reason
    /// other than the file not being there.
    public static func resolve(_ path: String) throws(FileError) -> FileTarget {
        // The last part's links, hop by hop, with the rule applied to each.
        var current = path
        var hops = 0
        while let info = FileCalls.linkInfo(current), info.st_mode & S_IFMT == S_IFLNK {
            hops += 1
            guard hops <= 40 else { throw FileError(path: path, action: .use, cause: .system(errno: ELOOP)) }
            try checkLinkMayBeFollowed(current, info, givenPath: path)
            guard let destination = FileCalls.linkDestination(current) else {
                throw FileError(path: path, action: .readLink, cause: .system(errno: errno))
            }
            current = destination.hasPrefix("/") ? destination : PathText.join(PathText.folder(of: current), destination)
        }
        // What is there, through the kernel.
        guard let info = FileCalls.info(path) else {
            let code = errno
            guard code == ENOENT || code == ENOTDIR else { throw FileError(path: path, action: .use, cause: .system(errno: code)) }
            return FileTarget(path: path, realPath: withoutMissingParents(current), kind: .missing, mode: 0, size: 0)
        }
        let kind = FileKind(mode: info.st_mode)
        var realPath = current
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
        return FileTarget(path: path, realPath: realPath, kind: kind, mode: info.st_mode & 0o7777, size: Int(info.st_size))
    }

    /// The kernel's fs.protected_symlinks rule: in a folder that is sticky and writable by all, a link is
    /// followed only when it belongs to whoever follows it or to the folder's owner.
    static func checkLinkMayBeFollowed(_ link: String, _ info: stat, givenPath: String) throws(FileError) {
        let folder = PathText.folder(of: link)
        guard let folderInfo = FileCalls.info(folder.isEmpty ? "." : folder) else { return }
        let shared = S_ISVTX | S_IWOTH
        guard folderInfo.st_mode & mode_t(shared) == mode_t(shared) else { return }
        if info.st_uid == geteuid() || info.st_uid == folderInfo.st_uid { return }
        throw FileError(path: givenPath, action: .use, cause: .untrustedLink)
    }

    /// The path with `.` dropped and `..` taken lexically where the folder before it does not exist, so
    /// creating the file's folders never makes one that the path only passes through (`a/x/../y` makes no
    /// `x`). Where the folder exists, `..` is left to the kernel, which knows whether it is a link.
    static func withoutMissingParents(_ path: String) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard parts.contains(where: { $0 == "." || $0 == ".." }) else { return path }
        let absolute = path.hasPrefix("/")
        var kept: [(name: String, exists: Bool)] = []
        func joined(_ names: [String]) -> String {
            let text = names.joined(separator: "/")
            return absolute ? "/" + text : (text.isEmpty ? "." : text)
        }
        for part in parts {
            if part == "." { continue }
            if part == "..", let last = kept.last, !last.exists, last.name != ".." {
                kept.removeLast()
                continue
            }
            let exists = (kept.last?.exists ?? true) && FileCalls.linkInfo(joined(kept.map(\.name) + [part])) != nil
            kept.append((part, exists))
        }
        return joined(kept.map(\.name))
    }
}
