/// Why the progress file could not be read or written. Each message names the file and says what to do.
public enum ProgressStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file exists but is not progress this version understands.
    case corrupt(path: String, reason: String)
    /// The file was written by a newer `optout`; it is left as it is.
    case newerSchema(path: String, found: Int, supported: Int)
    /// The file holds progress for a different guide.
    case otherGuide(path: String, found: String, expected: String)
    /// Another `optout` holds the lock on this progress.
    case locked(path: String, holder: String?)
    /// A system call failed.
    case io(path: String, action: FileAction, reason: String)
    /// optout runs as root, and the progress file, its lock file or the folder it would go in belongs to
    /// another user (`sudo -E optout` keeps that user's HOME): what root saved there would be root's.
    /// `owner` is the user's name, nil when the password file does not list the id.
    case anotherUsersFile(path: String, owner: String?, ownerID: UInt32)
    /// The new progress is in place, but its folder could not be flushed: a power cut now could bring back
    /// the file as it was before. Not a failed save: the state on disk is the state in memory.
    case savedNotFlushed(path: String, reason: String)

    public var path: String {
        switch self {
        case let .corrupt(path, _), let .newerSchema(path, _, _), let .otherGuide(path, _, _),
            let .locked(path, _), let .io(path, _, _), let .savedNotFlushed(path, _), let .anotherUsersFile(path, _, _):
            path
        }
    }

    /// True when the progress did reach the file (only flushing its folder failed).
    public var progressIsSaved: Bool {
        if case .savedNotFlushed = self { return true }
        return false
    }

    /// The cause alone, for a short message: the system's reason for a file problem, else the whole sentence.
    public var shortReason: String {
        switch self {
        case let .io(_, _, reason), let .savedNotFlushed(_, reason): reason
        default: description
        }
    }

    public var description: String {
        let path = PathBytes.display(path)
        switch self {
        case let .corrupt(_, reason):
            return "The progress file \(path) cannot be read: \(reason). It has been left as it is; run `optout start --start-over` to keep it as a backup and begin again, or fix it by hand."
        case let .newerSchema(_, found, supported):
            return "The progress file \(path) was written by a newer optout (format \(found); this one reads up to \(supported)). It has been left as it is; update optout, or use --state-file for a separate checklist."
        case let .otherGuide(_, found, expected):
            return "The progress file \(path) belongs to the guide \"\(found)\", not \"\(expected)\". Use --state-file to keep a separate checklist for each guide."
        case let .locked(_, holder):
            return "Another optout\(holder.map { " (process \($0))" } ?? "") is already using \(path). Finish or quit that one first; reading with `optout status` works meanwhile."
        case let .io(_, action, reason):
            return action.sentence(path: path, reason: reason)
        case let .anotherUsersFile(_, owner, id):
            let who = owner.map { "the user \($0)" } ?? "the user with id \(id)"
            return "optout is running as root, but \(path) belongs to \(who): what optout saved there would belong to root, "
                + "and \(owner ?? "that user") could no longer use it. Run optout as \(owner ?? "that user"): "
                + "sudo -u \(owner ?? "'#\(id)'") optout (with sudo, leave out -E, so that HOME is root's own)."
        case let .savedNotFlushed(_, reason):
            return "Progress saved to \(path), but not yet flushed to disk: \(reason). The next save flushes it again."
        }
    }

    /// The progress file's words for a file problem: what to give instead of a folder, a device or a FIFO,
    /// and a file too large to be progress is damaged progress (start over keeps it aside).
    public static func from(_ error: FileError, storePath: String) -> ProgressStoreError {
        switch error.cause {
        case .notRegular(.folder):
            return .io(path: storePath, action: error.action, reason: "it is a folder, not a file; give a file path with --state-file")
        case .notRegular:
            return .io(path: storePath, action: error.action, reason: "\(error.reason); give the path of a regular file with --state-file")
        case .tooLarge:
            return .corrupt(path: storePath, reason: "\(error.reason), more than any progress file optout writes")
        case .untrustedLink, .notAFolder, .missingFolder, .takesNoNewFiles, .unknownUser, .system:
            return .io(path: error.path, action: error.action, reason: error.reason)
        }
    }
}
