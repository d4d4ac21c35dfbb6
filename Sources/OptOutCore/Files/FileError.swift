/// Why a file could not be read or written: what optout was doing, on which path, and the cause. Callers
/// word it for their file (the progress file, an output, a guide file).
public struct FileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The cause.
    public enum Cause: Equatable, Sendable {
        /// A system call failed with this error number.
        case system(Int32)
        /// The path names something other than a regular file (a folder, a FIFO, a device…).
        case notRegular(FileKind)
        /// A regular file larger than optout reads.
        case tooLarge(limit: Int)
        /// A symbolic link in a sticky folder anyone can write to, owned by neither the member nor the folder's
        /// owner: the kernel's fs.protected_symlinks rule does not follow it, and neither does optout.
        case untrustedLink
        /// A part of the path that should be a folder is not one.
        case notAFolder
    }

    /// The path the sentence names (as the member gave it, or a folder on the way to it).
    public var path: String
    /// What optout was doing, as a verb phrase before the path: "read", "create a temporary file beside".
    public var action: String
    public var cause: Cause

    public init(path: String, action: String, cause: Cause) {
        self.path = path
        self.action = action
        self.cause = cause
    }

    /// The cause in words, without a suggestion of what to do.
    public var reason: String {
        switch cause {
        case let .system(code): FileCalls.errorText(code)
        case let .notRegular(kind) where kind == .folder: "it is a folder, not a file"
        case let .notRegular(kind): "it is \(kind), not a regular file"
        case let .tooLarge(limit): "it is larger than \(limit >> 20) MiB"
        case .untrustedLink:
            "it is a symbolic link owned by another user in a folder anyone can write to (sticky), so optout does not follow it"
        case .notAFolder: "it is not a folder"
        }
    }

    /// "Could not <action> <path>: <reason>."
    public var description: String { "Could not \(action) \(PathBytes.display(path)): \(reason)." }
}
