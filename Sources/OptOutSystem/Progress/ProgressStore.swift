#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore

/// Reads and writes the progress file. Saves are atomic and durable (`AtomicFile`): a temporary file
/// in the same folder (created exclusively, mode 0600 or the existing file's), write, fsync, rename
/// over the old file, fsync the folder.
public struct ProgressStore: Sendable {
    /// The path as given (it may be a symbolic link; saves then go to the link's target).
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Where progress lives (`ProgressLocation.path`), relative paths taken from the current folder, `~name`
    /// as that user's home (`UserAccounts`), and normalised as messages show it (`.` dropped, `..` taken
    /// where it passes no link).
    public static func defaultPath(stateFileOption: String?, environment: [String: String]) throws(ProgressPathError) -> String {
        func expandingUserHome(_ path: String?) throws(ProgressPathError) -> String? {
            guard let path, let userHome = UserAccounts.expandingUserHome(path) else { return path }
            guard let expanded = userHome.expanded else { throw .unknownUser(path: path, user: userHome.user) }
            return expanded
        }
        var environment = environment
        environment["OPTOUT_STATE_FILE"] = try expandingUserHome(environment["OPTOUT_STATE_FILE"])
        let path = try ProgressLocation.path(
            stateFileOption: try expandingUserHome(stateFileOption), environment: environment,
            currentFolder: PathBytes.currentFolder() ?? FileManager.default.currentDirectoryPath)
        return PathWalk.normalized(path)
    }

    // MARK: Reading

    /// The saved progress, or nil when no file exists yet. Never changes the file.
    public func load(expectingGuide guideId: String? = nil) throws(ProgressStoreError) -> WalkthroughProgress? {
        guard let data = try readFile() else { return nil }
        return try ProgressFileFormat.decode(data, path: path, expectingGuide: guideId)
    }

    /// Why no progress file can be at the path, when there is none: a part of the path is a file, the
    /// folder takes no files (/proc), or this user may not write there. That is not "nothing saved", which
    /// `optout` could start. Nil when a file could be made there. Changes nothing.
    public var placeProblem: ProgressStoreError? {
        do throws(ProgressStoreError) {
            let target = try target(for: .use, allowingFolder: true)
            return FileTarget.creationProblem(in: target.folder).map { .from($0, storePath: path) }
        } catch {
            return error
        }
    }

    private func readFile() throws(ProgressStoreError) -> Data? {
        do throws(FileError) {
            return try RegularFileReader.read(path, limit: Self.sizeLimit)
        } catch {
            throw .from(error, storePath: path)
        }
    }

    /// The most a progress file may hold (`ProgressFileFormat.sizeLimit`).
    public static let sizeLimit = ProgressFileFormat.sizeLimit

    /// Whether something is at the path (a file, or anything else optout would refuse).
    public var exists: Bool {
        guard let target = try? FileTarget.resolve(path) else { return true }
        return target.kind != .missing
    }

    /// What is at the path, when it is a regular file or nothing yet: the only things optout reads,
    /// replaces, moves aside or removes. `action` words the refusal ("save progress to", "move aside").
    /// With `allowingFolder`, a folder passes too, for the caller to refuse in its own words.
    public func target(for action: FileAction, allowingFolder: Bool = false) throws(ProgressStoreError) -> FileTarget {
        let target: FileTarget
        do throws(FileError) {
            target = try FileTarget.resolve(path)
        } catch {
            throw .from(error, storePath: path)
        }
        guard target.kind == .regular || target.kind == .missing || (allowingFolder && target.kind == .folder) else {
            throw .from(FileError(path: path, action: action, cause: .notRegular(target.kind)), storePath: path)
        }
        return target
    }

    // MARK: Writing

    /// Writes the progress atomically and durably (`AtomicFile`). Keeps an existing file's mode; a new file
    /// gets 0600 in a folder created with 0700. A symbolic link stays a link; its target gets the new contents.
    /// Throws `.savedNotFlushed` when only the flush of the folder failed: the progress is saved.
    public func save(_ progress: WalkthroughProgress) throws(ProgressStoreError) {
        let data: Data
        do {
            data = try ProgressFileFormat.encode(progress)
        } catch {
            throw .io(path: path, action: .encodeProgressFor, reason: "\(error)")
        }
        guard data.count <= Self.sizeLimit else {
            throw .io(path: path, action: .saveProgressTo, reason: "it would be larger than \(Self.sizeLimit >> 20) MiB, more than optout reads back; shorten the longest note")
        }
        let target = try target(for: .saveProgressTo)
        let durability: AtomicFile.Durability
        do throws(FileError) {
            durability = try AtomicFile.write(data, to: target)
        } catch {
            throw .from(error, storePath: path)
        }
        if case let .notFlushed(code) = durability {
            throw .savedNotFlushed(path: path, reason: SystemError.text(errno: code))
        }
    }

    /// Removes the progress file (no error when there is none). A FIFO, a device or a folder at the path is
    /// never removed.
    public func remove() throws(ProgressStoreError) {
        let target = try target(for: .remove)
        guard target.kind == .regular else { return }
        if !FileCalls.remove(target.realPath), errno != ENOENT {
            throw .io(path: path, action: .remove, reason: SystemError.text(errno: errno))
        }
        if let code = FileCalls.flushFolder(target.folder) {
            throw .io(path: path, action: .flushFolderOf, reason: SystemError.text(errno: code))
        }
    }

    /// Renames the file to a backup beside it, named after the time, and returns the backup's path.
    /// Used only when the member asks to start over. Only a regular file is moved aside, never a folder, a
    /// FIFO or a device given by mistake as the progress path.
    public func moveAside(now: Date) throws(ProgressStoreError) -> String {
        let target = try target(for: .moveAside)
        guard target.kind == .regular else { throw .io(path: path, action: .moveAside, reason: SystemError.text(errno: ENOENT)) }
        let stamp = TimeText.compact(now)
        var backup = "\(target.realPath).backup-\(stamp)"
        var counter = 1
        while FileCalls.linkInfo(backup) != nil {
            counter += 1
            backup = "\(target.realPath).backup-\(stamp)-\(counter)"
        }
        if !FileCalls.move(target.realPath, to: backup) {
            throw .io(path: path, action: .moveAside, reason: SystemError.text(errno: errno))
        }
        if let code = FileCalls.flushFolder(target.folder) {
            throw .io(path: path, action: .flushFolderOf, reason: SystemError.text(errno: code))
        }
        return backup
    }

    /// Run as root, the first of the progress file, its lock file, or the nearest folder on the way to them
    /// that exists, that belongs to another user: what root saved there would be root's, and that user
    /// could no longer use it. Nil when not root, or when all are root's.
    func anotherUsersFile(_ target: FileTarget, lockPath: String) -> ProgressStoreError? {
        guard geteuid() == 0 else { return nil }
        func refusal(_ shown: String, _ owner: uid_t) -> ProgressStoreError {
            .anotherUsersFile(path: shown, owner: UserAccounts.system().name(of: UInt32(owner)), ownerID: UInt32(owner))
        }
        if target.kind != .missing, target.owner != 0 { return refusal(path, target.owner) }
        if let lock = FileCalls.linkInfo(lockPath), lock.st_uid != 0 { return refusal(lockPath, lock.st_uid) }
        var folder = target.folder
        while true {
            if let info = FileCalls.info(folder) { return info.st_uid == 0 ? nil : refusal(folder, info.st_uid) }
            let parent = PathText.folder(of: folder)
            if parent.isEmpty || parent == folder { return nil }
            folder = parent
        }
    }

    /// Deletes temporary files a killed save left behind. Call only while holding the lock: then no other
    /// save of this file can be running.
    public func removeStaleTemporaryFiles() {
        guard let target = try? FileTarget.resolve(path), target.kind == .regular || target.kind == .missing else { return }
        AtomicFile.removeStaleTemporaryFiles(of: target, onlyDeadWriters: false)
    }
}

extension ProgressStore: ProgressSaving {
    /// Moves the progress file aside as `progress.json.backup-<time>`, exactly as
    /// `optout start --start-over` does.
    public func keepAside(at now: Date) throws(ProgressStoreError) -> String? {
        guard exists else { return nil }
        return PathBytes.display(try moveAside(now: now))
    }
}
