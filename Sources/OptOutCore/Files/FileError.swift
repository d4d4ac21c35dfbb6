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

    /// The cause in words, without a suggestion of what to do.
    public var reason: String {
        switch cause {
        case let .system(error): error.text
        case let .notRegular(kind) where kind == .folder: "it is a folder, not a file"
        case let .notRegular(kind): "it is \(kind), not a regular file"
        case let .tooLarge(limit): "it is larger than \(limit >> 20) MiB"
        case .untrustedLink:
            "it is a symbolic link owned by another user in a folder anyone can write to (sticky), so optout does not follow it"
        case .notAFolder: "it is not a folder"
        case .missingFolder: "its folder does not exist"
        case .takesNoNewFiles: "it cannot hold new files"
        case let .unknownUser(name):
            "there is no user named \"\(name)\" in /etc/passwd, so ~\(name) cannot be expanded; give the whole path"
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

    /// "Could not <do this to> <path>: <reason>."
    public func sentence(path: String, reason: String) -> String {
        switch self {
        case .read: "Could not read \(path): \(reason)."
        case .readLink: "Could not read the link \(path): \(reason)."
        case .use: "Could not use \(path): \(reason)."
        case .useFolder: "Could not use the folder \(path): \(reason)."
        case .write: "Could not write \(path): \(reason)."
        case .replace: "Could not replace \(path): \(reason)."
        case .createTemporaryFileBeside: "Could not create a temporary file beside \(path): \(reason)."
        case .setModeOfTemporaryFileBeside: "Could not set the mode of the temporary file beside \(path): \(reason)."
        case .setOwnerOfTemporaryFileBeside: "Could not give the temporary file beside \(path) its owner: \(reason)."
        case .flushToDisk: "Could not flush to disk \(path): \(reason)."
        case .flushFolder: "Could not flush the folder \(path): \(reason)."
        case .flushFolderOf: "Could not flush the folder of \(path): \(reason)."
        case .createFolder: "Could not create the folder \(path): \(reason)."
        case .saveProgressTo: "Could not save progress to \(path): \(reason)."
        case .encodeProgressFor: "Could not encode progress for \(path): \(reason)."
        case .moveAside: "Could not move aside \(path): \(reason)."
        case .remove: "Could not remove \(path): \(reason)."
        case .openLockFile: "Could not open the lock file \(path): \(reason)."
        case .useLockFile: "Could not use the lock file \(path): \(reason)."
        case .lock: "Could not lock \(path): \(reason)."
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

    /// The error in lower case, as the end of a sentence ("no space left on device").
    public var text: String {
        switch kind {
        case .noSuchFile: "no such file or directory"
        case .permissionDenied: "permission denied"
        case .notPermitted: "operation not permitted"
        case .noSpace: "no space left on device"
        case .quotaExceeded: "disk quota exceeded"
        case .readOnlyFileSystem: "read-only file system"
        case .fileTooLarge: "file too large"
        case .notAFolder: "not a directory"
        case .isAFolder: "is a directory"
        case .tooManyLinks: "too many levels of symbolic links"
        case .nameTooLong: "file name too long"
        case .exists: "file exists"
        case .busy: "device or resource busy"
        case .inputOutput: "input/output error"
        case .tooManyOpenFiles: "too many open files"
        case .badDescriptor: "bad file descriptor"
        case .crossDevice: "invalid cross-device link"
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
                "Could not write \(PathBytes.display(problem.path)): it is a folder, not a file; give a file path with \(option)."
            case .notRegular:
                "Could not write \(PathBytes.display(problem.path)): \(problem.reason); optout writes into FIFOs and character devices, and replaces only regular files."
            default:
                problem.description
            }
        case let .noHome(path):
            "Could not write \(PathBytes.display(path)): HOME is not set, so ~ has no meaning; give the whole path."
        }
    }
}
