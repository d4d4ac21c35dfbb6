#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore

/// Replaces a regular file all at once, so a crash or a power cut leaves either the old bytes or the new
/// ones: a temporary file in the same folder (created exclusively, with the file's mode, and run as root,
/// the file's owner and group), write, flush, rename over the file, flush the folder. For the progress file,
/// missing folders are created (mode 0700), each flushed in its parent; an output named on the command line
/// gets no folders, as with the shell's `>`.
public enum AtomicFile {
    /// Whether the new name reached the disk.
    public enum Durability: Equatable, Sendable {
        /// The folder was flushed after the rename.
        case flushed
        /// The new bytes are in place, but flushing the folder failed (the error number): a power cut now
        /// could bring back the old file.
        case notFlushed(Int32)
    }

    /// Writes `data` to the regular file `target` names, or creates it. An existing file keeps its mode (and,
    /// when root replaces it, its owner and group, as the shell's `>` would keep them); a new one gets
    /// `newFileMode`. A symbolic link stays a link: its target gets the new bytes. With `creatingFolders`
    /// false, a missing folder fails with `.missingFolder`.
    @discardableResult
    public static func write(
        _ data: Data, to target: FileTarget, newFileMode: mode_t = 0o600, creatingFolders: Bool = true
    ) throws(FileError) -> Durability {
        guard target.kind == .regular || target.kind == .missing else {
            throw FileError(path: target.path, action: .replace, cause: .notRegular(target.kind))
        }
        if creatingFolders {
            try makeFolder(target.folder)
        } else if let info = FileCalls.info(target.folder) {
            guard FileKind(mode: info.st_mode) == .folder else { throw FileError(path: target.path, action: .write, cause: .system(errno: ENOTDIR)) }
        } else {
            let code = errno
            throw FileError(path: target.path, action: .write, cause: code == ENOENT ? .missingFolder : .system(errno: code))
        }
        let mode = target.kind == .regular ? target.mode : newFileMode
        let temporary = temporaryPath(for: target.realPath)
        let fd = FileCalls.openFile(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        if fd < 0 { throw FileError(path: target.path, action: .createTemporaryFileBeside, cause: .system(errno: errno)) }
        var failure: FileError?
        // Before the mode: a change of owner clears the set-id bits.
        if target.kind == .regular, geteuid() == 0, target.owner != 0 || target.group != getegid(),
            fchown(fd, target.owner, target.group) != 0
        {
            failure = FileError(path: target.path, action: .setOwnerOfTemporaryFileBeside, cause: .system(errno: errno))
        }
        if failure == nil, fchmod(fd, mode) != 0 {
            failure = FileError(path: target.path, action: .setModeOfTemporaryFileBeside, cause: .system(errno: errno))
        }
        if failure == nil, let code = DescriptorWriter.writeAll(data, to: fd, onFailure: .report) {
            failure = FileError(path: target.path, action: .write, cause: .system(errno: code))
        }
        if failure == nil, let code = FileCalls.flush(fd) {
            failure = FileError(path: target.path, action: .flushToDisk, cause: .system(errno: code))
        }
        if close(fd) != 0, failure == nil {
            failure = FileError(path: target.path, action: .write, cause: .system(errno: errno))
        }
        if failure == nil, !FileCalls.move(temporary, to: target.realPath) {
            failure = FileError(path: target.path, action: .replace, cause: .system(errno: errno))
        }
        if let failure {
            _ = FileCalls.remove(temporary)
            throw failure
        }
        if let code = FileCalls.flushFolder(target.folder) { return .notFlushed(code) }
        return .flushed
    }

    /// Creates a folder and any missing folders above it (mode 0700). After each one is made, its parent is
    /// flushed, so the new folder's name survives a power cut along with the file saved in it.
    public static func makeFolder(_ folder: String) throws(FileError) {
        if let info = FileCalls.info(folder) {
            if FileKind(mode: info.st_mode) != .folder { throw FileError(path: folder, action: .useFolder, cause: .notAFolder) }
            return
        }
        let parent = PathText.folder(of: folder)
        if !parent.isEmpty, parent != folder { try makeFolder(parent) }
        guard FileCalls.createFolder(folder, mode: 0o700) else {
            if errno == EEXIST { return }
            throw FileError(path: folder, action: .createFolder, cause: .system(errno: errno))
        }
        if let code = FileCalls.flushFolder(parent.isEmpty ? "." : parent) {
            throw FileError(path: parent.isEmpty ? "." : parent, action: .flushFolder, cause: .system(errno: code))
        }
    }

    /// The start of the names of temporary files beside `realPath`: `.<name>.tmp-`.
    public static func temporaryPrefix(for realPath: String) -> String {
        "." + PathText.name(of: realPath) + ".tmp-"
    }

    /// `.<name>.tmp-<process id>-<random>` in the same folder.
    static func temporaryPath(for realPath: String) -> String {
        PathText.join(PathText.folder(of: realPath), temporaryPrefix(for: realPath) + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    }

    /// Removes temporary files that writes of `target` left when they were killed. With `onlyDeadWriters`,
    /// a file is removed only when the process its name records has ended, so a write running at the same
    /// time keeps its file; without it (the caller holds a lock that rules out other writers) all go.
    public static func removeStaleTemporaryFiles(of target: FileTarget, onlyDeadWriters: Bool) {
        let prefix = temporaryPrefix(for: target.realPath)
        guard let names = FileCalls.names(in: target.folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            if onlyDeadWriters {
                let rest = name.dropFirst(prefix.count)
                guard let pid = Int32(rest.prefix { $0 != "-" }), pid > 0 else { continue }
                if pid == getpid() || kill(pid, 0) == 0 || errno != ESRCH { continue }
            }
            _ = FileCalls.remove(PathText.join(PathText.folder(of: target.realPath), name))
        }
    }
}
