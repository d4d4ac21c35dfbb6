import OptOutCore

/// The one way optout writes bytes to a file descriptor: all of them, retrying after interruptions and
/// short writes. What a failure means differs by caller, so each call says it.
public enum DescriptorWriter {
    /// What to do when a write fails for a reason other than an interruption.
    public enum OnFailure: Sendable {
        /// Stop quietly: there is nobody to tell (the terminal hung up).
        case ignore
        /// Stop and return the error number, for the caller to report.
        case report
        /// Say "optout: could not write the output: <reason>." on standard error and end the program with
        /// this status: output that was asked for and lost must not look like success.
        case exitProgram(status: Int32)
    }

    /// Writes all of `bytes` to `descriptor`. Returns the error number of a failed write (with `.report`
    /// and `.ignore`), or nil when everything was written.
    @discardableResult
    public static func writeAll<Bytes: Collection>(_ bytes: Bytes, to descriptor: Int32, onFailure: OnFailure) -> Int32?
    where Bytes.Element == UInt8 {
        let code: Int32? =
            bytes.withContiguousStorageIfAvailable { write($0, to: descriptor) }
            ?? Array(bytes).withUnsafeBufferPointer { write($0, to: descriptor) }
        guard let code else { return nil }
        if case let .exitProgram(status) = onFailure {
            // Translators: after "optout: "; {reason} is the system's reason (no space left on device).
            let sentence = tr("could not write the output: {reason}.", ["reason": SystemError.text(errno: code)])
            writeAll(Array("optout: \(sentence)\n".utf8), to: 2, onFailure: .ignore)
            exit(status)
        }
        return code
    }

    /// Writes all of `text`, as UTF-8.
    @discardableResult
    public static func writeAll(_ text: String, to descriptor: Int32, onFailure: OnFailure) -> Int32? {
        writeAll(Array(text.utf8), to: descriptor, onFailure: onFailure)
    }

    private static func write(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < buffer.count {
            let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            // A write that takes nothing would loop for ever.
            if written == 0 { return EIO }
            offset += written
        }
        return nil
    }
}

/// The system `write`, named apart from Swift methods called `write`.
@inline(__always)
func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Darwin)
    return Darwin.write(fd, buffer, count)
    #elseif canImport(Musl)
    return Musl.write(fd, buffer, count)
    #else
    return Glibc.write(fd, buffer, count)
    #endif
}
