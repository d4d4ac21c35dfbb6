import OptOutCore

/// `errno` values as the core's `SystemError`: the kinds optout words itself, the C library's words for
/// the rest.
extension SystemError {
    public init(errno code: Int32) {
        let kind: Kind = switch code {
        case ENOENT: .noSuchFile
        case EACCES: .permissionDenied
        case EPERM: .notPermitted
        case ENOSPC: .noSpace
        case EDQUOT: .quotaExceeded
        case EROFS: .readOnlyFileSystem
        case EFBIG: .fileTooLarge
        case ENOTDIR: .notAFolder
        case EISDIR: .isAFolder
        case ELOOP: .tooManyLinks
        case ENAMETOOLONG: .nameTooLong
        case EEXIST: .exists
        case EBUSY: .busy
        case EIO: .inputOutput
        case EMFILE, ENFILE: .tooManyOpenFiles
        case EBADF: .badDescriptor
        case EXDEV: .crossDevice
        default: .other
        }
        self.init(kind: kind, code: code, systemText: String(cString: strerror(code)).lowercased())
    }
}

extension FileError.Cause {
    /// A system call failed with this `errno`.
    public static func system(errno code: Int32) -> Self { .system(SystemError(errno: code)) }
}

extension FileKind {
    /// The kind a `stat` mode names.
    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .folder
        case S_IFIFO: self = .fifo
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFSOCK: self = .socket
        default: self = .other
        }
    }
}

extension SystemError {
    /// The words for an `errno`, as the end of a sentence.
    public static func text(errno code: Int32) -> String { SystemError(errno: code).text }
}
