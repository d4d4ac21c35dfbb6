#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The member's own text editor (`$VISUAL`, else `$EDITOR`), for editing the objection draft.
/// Started without a shell, with the arguments as a list; the text goes through a private temporary file.
public struct ExternalEditor: Sendable {
    /// The command and its arguments, e.g. `["vim"]` or `["code", "--wait"]`.
    public let command: [String]

    /// The editor the environment names, or nil when neither variable is set.
    public init?(environment: [String: String]) {
        let value = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.trimmed.isEmpty }
        guard let words = value?.split(separator: " ").map(String.init), !words.isEmpty else { return nil }
        command = words
    }

    /// Opens `text` in the editor and returns what the member saved, or nil when the editor could not
    /// start or exited with an error (the text is then unchanged).
    public func edit(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let folder = PathText.temporaryFolder(environment: environment)
        var template = Array(PathText.join(folder, "optout-draft-XXXXXX.txt").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
        guard fd >= 0 else { return nil }
        let path = String(decoding: template.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(path) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else { return nil }

        let arguments = command + [path]
        var cArguments = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, arguments[0], nil, nil, &cArguments, environ)
        guard status == 0 else { return nil }
        var exitStatus: Int32 = 0
        while waitpid(pid, &exitStatus, 0) < 0, errno == EINTR {}
        // Exited normally with status 0.
        guard exitStatus & 0x7F == 0, (exitStatus >> 8) & 0xFF == 0 else { return nil }
        return (try? String(contentsOfFile: path, encoding: .utf8))
    }
}
