/// Why a file could not be read or written: what optout was doing, on which path, and the cause. Callers
/// word it for their file (the progress file, an output, a guide file).
public struct FileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The cause.
    public enum Cause: Equatable, Sendable {
        /// A system call failed.
        case system(SystemError)
        /// The path names something other than a regular file (a folder, a FIFO, a device…).
        case notRegular(FileKind)
        /// A regular file larger than optout reads.
        case tooLarge(limit: Int)
        /// A symbolic link in a sticky folder anyone can write to, owned by neither the member nor the folder's
        /// owner: the kernel's fs.protected_symlinks rule does not follow it, and neither does optout.
        case untrustedLink
        /// A part of the path that should be a folder is not one.
        case notAFolder
        /// The folder the file goes in does not exist (outputs are never given folders of their own).
        case missingFolder
        /// A folder whose file system takes no files of optout's (such as /proc).
        case takesNoNewFiles
        /// `~name` names a user the machine's password file does not list.
        case unknownUser(String)
    }

    /// The path the sentence names (as the member gave it, or a folder on the way to it).
    public var path: String
    /// What optout was doing.
    public var action: FileAction
    public var cause: Cause

    public init(path: String, action: FileAction, cause: Cause) {
        self.path = path
        self.action = action
        self.cause = cause
    }

    /// The cause in words, without a suggestion of what to do, in the interface language: the end of a
    /// sentence ("Could not read {path}: {reason}.").
    public var reason: String {
        // Translators: why a file could not be used, after "Could not read {path}:"; "it" is the path.
        switch cause {
        case let .system(error): return error.text
        case let .notRegular(kind): return Self.notRegularReason(kind)
        case let .tooLarge(limit): return tr("it is larger than {size} MiB", ["size": String(limit >> 20)])
        case .untrustedLink:
            return tr("it is a symbolic link owned by another user in a folder anyone can write to (sticky), so optout does not follow it")
        case .notAFolder: return tr("it is not a folder")
        case .missingFolder: return tr("its folder does not exist")
        // Translators: a folder that cannot hold new files (such as one in /proc).
        case .takesNoNewFiles: return tr("it cannot hold new files")
        case let .unknownUser(name):
            // Translators: {name} is a user name; ~{name} is how a path names that user's home folder: keep it as it is.
            return tr("there is no user named \"{name}\" in /etc/passwd, so ~{name} cannot be expanded; give the whole path", ["name": name])
        }
    }

    /// "it is a FIFO (named pipe), not a regular file": what the path is instead of a file.
    static func notRegularReason(_ kind: FileKind) -> String {
        // Translators: why a path could not be used as a file, after "Could not read {path}:"; "it" is the path.
        switch kind {
        case .folder: tr("it is a folder, not a file")
        case .fifo: tr("it is a FIFO (named pipe), not a regular file")
        case .characterDevice: tr("it is a character device, not a regular file")
        case .blockDevice: tr("it is a block device, not a regular file")
        case .socket: tr("it is a socket, not a regular file")
        // Missing and regular never come here: a regular file is used, a missing one is created.
        case .other, .missing, .regular: tr("it is not a file optout knows, not a regular file")
        }
    }

    /// "Could not <action> <path>: <reason>."
    public var description: String { action.sentence(path: PathBytes.display(path), reason: reason) }
}

/// What optout was doing with a file when something failed; each gives the whole sentence, so the path
/// and the reason can stand where a language puts them.
public enum FileAction: Equatable, Sendable {
    case read
    case readLink
    case use
    case useFolder
    case write
    case replace
    case createTemporaryFileBeside
    case setModeOfTemporaryFileBeside
    case setOwnerOfTemporaryFileBeside
    case flushToDisk
    case flushFolder
    case flushFolderOf
    case createFolder
    case saveProgressTo
    case encodeProgressFor
    case moveAside
    case remove
    case openLockFile
    case useLockFile
    case lock

    /// "Could not <do this to> <path>: <reason>." in the interface language.
    public func sentence(path: String, reason: String) -> String {
        let values: KeyValuePairs<String, String> = ["path": path, "reason": reason]
        // Translators: {path} is a file or folder; {reason} says why, such as "permission denied" or "it is not a folder".
        switch self {
        case .read: return tr("Could not read {path}: {reason}.", values)
        case .readLink: return tr("Could not read the link {path}: {reason}.", values)
        case .use: return tr("Could not use {path}: {reason}.", values)
        case .useFolder: return tr("Could not use the folder {path}: {reason}.", values)
        case .write: return tr("Could not write {path}: {reason}.", values)
        case .replace: return tr("Could not replace {path}: {reason}.", values)
        case .createTemporaryFileBeside: return tr("Could not create a temporary file beside {path}: {reason}.", values)
        case .setModeOfTemporaryFileBeside: return tr("Could not set the mode of the temporary file beside {path}: {reason}.", values)
        case .setOwnerOfTemporaryFileBeside: return tr("Could not give the temporary file beside {path} its owner: {reason}.", values)
        case .flushToDisk: return tr("Could not flush to disk {path}: {reason}.", values)
        case .flushFolder: return tr("Could not flush the folder {path}: {reason}.", values)
        case .flushFolderOf: return tr("Could not flush the folder of {path}: {reason}.", values)
        case .createFolder: return tr("Could not create the folder {path}: {reason}.", values)
        case .saveProgressTo: return tr("Could not save progress to {path}: {reason}.", values)
        case .encodeProgressFor: return tr("Could not encode progress for {path}: {reason}.", values)
        case .moveAside: return tr("Could not move aside {path}: {reason}.", values)
        case .remove: return tr("Could not remove {path}: {reason}.", values)
        case .openLockFile: return tr("Could not open the lock file {path}: {reason}.", values)
        case .useLockFile: return tr("Could not use the lock file {path}: {reason}.", values)
        case .lock: return tr("Could not lock {path}: {reason}.", values)
        }
    }
}

/// An error number a system call gave, as a kind optout has words for; other numbers keep the C
/// library's own words. The system target makes these from `errno`; the core only words them.
public struct SystemError: Equatable, Sendable, CustomStringConvertible {
    /// The errors optout words itself.
    public enum Kind: Equatable, Sendable {
        case noSuchFile, permissionDenied, notPermitted, noSpace, quotaExceeded, readOnlyFileSystem
        case fileTooLarge, notAFolder, isAFolder, tooManyLinks, nameTooLong, exists, busy, inputOutput
        case tooManyOpenFiles, badDescriptor, crossDevice, other
    }

    public var kind: Kind
    /// The platform's error number.
    public var code: Int32
    /// The C library's words for it, for kinds optout has none of its own.
    public var systemText: String

    public init(kind: Kind, code: Int32, systemText: String) {
        self.kind = kind
        self.code = code
        self.systemText = systemText
    }

    /// The error in lower case, as the end of a sentence ("no space left on device"), in the interface
    /// language.
    public var text: String {
        // Translators: a system error, as the end of a sentence ("Could not write {path}: no space left on device.").
        switch kind {
        case .noSuchFile: tr("no such file or directory")
        case .permissionDenied: tr("permission denied")
        case .notPermitted: tr("operation not permitted")
        case .noSpace: tr("no space left on device")
        case .quotaExceeded: tr("disk quota exceeded")
        case .readOnlyFileSystem: tr("read-only file system")
        case .fileTooLarge: tr("file too large")
        case .notAFolder: tr("not a directory")
        case .isAFolder: tr("is a directory")
        case .tooManyLinks: tr("too many levels of symbolic links")
        case .nameTooLong: tr("file name too long")
        case .exists: tr("file exists")
        case .busy: tr("device or resource busy")
        case .inputOutput: tr("input/output error")
        case .tooManyOpenFiles: tr("too many open files")
        case .badDescriptor: tr("bad file descriptor")
        case .crossDevice: tr("invalid cross-device link")
        case .other: systemText
        }
    }

    public var description: String { text }
}

/// What is at a path, once links are followed.
public enum FileKind: Equatable, Sendable, CustomStringConvertible {
    case missing
    case regular
    case folder
    case fifo
    case characterDevice
    case blockDevice
    case socket
    case other

    /// The kind in words, after "it is": "a folder", "a FIFO (named pipe)", "a character device".
    /// Sentences use `FileError.reason`, which words each kind in a whole clause.
    public var description: String {
        switch self {
        case .missing: "missing"
        case .regular: "a regular file"
        case .folder: "a folder"
        case .fifo: "a FIFO (named pipe)"
        case .characterDevice: "a character device"
        case .blockDevice: "a block device"
        case .socket: "a socket"
        case .other: "not a file optout knows"
        }
    }
}

/// Why an output file named on the command line (`draft --output`, `remind --ics`, `guide export --output`,
/// `report --output`) could not be written. It ends the command with exit status 6.
public enum OutputFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Reading, creating or writing the file failed; `option` named it ("--output", "--ics").
    case file(FileError, option: String)
    /// The path starts with `~` and HOME is not set.
    case noHome(path: String)

    public var description: String {
        switch self {
        case let .file(problem, option):
            switch problem.cause {
            case .notRegular(.folder):
                // Translators: {option} is the option that named the file, such as --output.
                tr("Could not write {path}: it is a folder, not a file; give a file path with {option}.",
                   ["path": PathBytes.display(problem.path), "option": option])
            case .notRegular:
                // Translators: {reason} says what the path is, such as "it is a block device, not a regular file".
                tr("Could not write {path}: {reason}; optout writes into FIFOs and character devices, and replaces only regular files.",
                   ["path": PathBytes.display(problem.path), "reason": problem.reason])
            default:
                problem.description
            }
        case let .noHome(path):
            // Translators: HOME is an environment variable and ~ the home folder's short name: keep both as they are.
            tr("Could not write {path}: HOME is not set, so ~ has no meaning; give the whole path.", ["path": PathBytes.display(path)])
        }
    }
}
