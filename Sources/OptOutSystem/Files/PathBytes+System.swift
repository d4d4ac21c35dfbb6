import OptOutCore

/// Paths from the process and the kernel, byte for byte (see `PathBytes`).
extension PathBytes {
    /// The program's arguments, byte for byte (Swift's `CommandLine.arguments` replaces bytes that are
    /// not UTF-8).
    public static func arguments() -> [String] {
        (0..<Int(CommandLine.argc)).map { index in
            guard let argument = CommandLine.unsafeArgv[index] else { return "" }
            return decode(UnsafeBufferPointer(start: UnsafeRawPointer(argument).assumingMemoryBound(to: UInt8.self), count: strlen(argument)))
        }
    }

    /// An environment variable, byte for byte; nil when it is not set.
    public static func environmentValue(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return decode(UnsafeBufferPointer(start: UnsafeRawPointer(value).assumingMemoryBound(to: UInt8.self), count: strlen(value)))
    }

    /// The current folder, byte for byte; nil when it cannot be found (it was removed, or is too long).
    public static func currentFolder() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return nil }
        return decode(buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) })
    }
}
