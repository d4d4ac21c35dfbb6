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
