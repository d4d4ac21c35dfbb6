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
    case io(path: String, action: String, reason: String)

    public var path: String {
        switch self {
        case let .corrupt(path, _), let .newerSchema(path, _, _), let .otherGuide(path, _, _),
            let .locked(path, _), let .io(path, _, _):
            path
        }
    }

    public var description: String {
        switch self {
        case let .corrupt(path, reason):
            "The progress file \(path) cannot be read: \(reason). It has been left as it is; run `optout start --start-over` to keep it as a backup and begin again, or fix it by hand."
        case let .newerSchema(path, found, supported):
            "The progress file \(path) was written by a newer optout (format \(found); this one reads up to \(supported)). It has been left as it is; update optout, or use --state-file for a separate checklist."
        case let .otherGuide(path, found, expected):
            "The progress file \(path) belongs to the guide \"\(found)\", not \"\(expected)\". Use --state-file to keep a separate checklist for each guide."
        case let .locked(path, holder):
            "Another optout\(holder.map { " (process \($0))" } ?? "") is already using \(path). Finish or quit that one first; reading with `optout status` works meanwhile."
        case let .io(path, action, reason):
            "Could not \(action) \(path): \(reason)."
        }
    }
}

/// Reads and writes the progress file. Saves are atomic and durable: temporary file in the same
/// folder (mode 0600, created exclusively), write, fsync, rename over the old file, fsync the folder.
public struct ProgressStore: Sendable {
    /// The path as given (it may be a symbolic link; saves then go to the link's target).
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Where progress lives: `--state-file`, else `OPTOUT_STATE_FILE`, else
    /// `$XDG_STATE_HOME/optout/progress.json`, else `~/.local/state/optout/progress.json`.
    public static func defaultPath(stateFileOption: String?, environment: [String: String]) -> String {
        func absolute(_ path: String) -> String {
            let expanded = PathText.expandingTilde(path, environment: environment)
            if expanded.hasPrefix("/") { return expanded }
            return FileManager.default.currentDirectoryPath + "/" + expanded
        }
        if let option = stateFileOption, !option.isEmpty { return absolute(option) }
        if let variable = environment["OPTOUT_STATE_FILE"], !variable.isEmpty { return absolute(variable) }
        // The XDG spec ignores relative values.
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            return xdg + "/optout/progress.json"
        }
        let home = PathText.home(environment: environment)
        return home + "/.local/state/optout/progress.json"
    }

    // MARK: Reading

    /// The saved progress, or nil when no file exists yet. Never changes the file.
    public func load(expectingGuide guideId: String? = nil) throws(ProgressStoreError) -> WalkthroughProgress? {
        guard let data = try readFile() else { return nil }
        return try Self.decode(data, path: path, expectingGuide: guideId)
    }

    /// Decodes progress file bytes, with errors that name `path`.
    public static func decode(_ data: Data, path: String, expectingGuide guideId: String? = nil) throws(ProgressStoreError) -> WalkthroughProgress {
        if data.isEmpty { throw .corrupt(path: path, reason: "the file is empty") }
        struct Header: Decodable { var schemaVersion: Int?; var guideId: String? }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch {
            throw .corrupt(path: path, reason: Self.explain(error, json: true))
        }
        guard let version = header.schemaVersion else {
            throw .corrupt(path: path, reason: "it has no schemaVersion, so it is not an optout progress file")
        }
        if version > WalkthroughProgress.currentSchemaVersion {
            throw .newerSchema(path: path, found: version, supported: WalkthroughProgress.currentSchemaVersion)
        }
        guard version >= 1 else { throw .corrupt(path: path, reason: "schemaVersion \(version) is not a valid version") }
        var progress: WalkthroughProgress
        do {
            progress = try Self.decoder.decode(WalkthroughProgress.self, from: data)
        } catch {
            throw .corrupt(path: path, reason: Self.explain(error, json: false))
        }
        // Older versions load as they are; the next save writes the current version.
        progress.schemaVersion = WalkthroughProgress.currentSchemaVersion
        if let guideId, progress.guideId != guideId {
            throw .otherGuide(path: path, found: progress.guideId, expected: guideId)
        }
        return progress
    }

    private func readFile() throws(ProgressStoreError) -> Data? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw .io(path: path, action: "open", reason: Self.errorText(errno))
        }
        defer { close(fd) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EISDIR { throw .io(path: path, action: "read", reason: "it is a folder, not a file; give a file path with --state-file") }
                throw .io(path: path, action: "read", reason: Self.errorText(errno))
            }
            if n == 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        return data
    }

    /// Whether a progress file exists at the path.
    public var exists: Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    // MARK: Writing

    /// Writes the progress atomically and durably. Keeps an existing file's mode; a new file gets 0600
    /// in a folder created with 0700. A symbolic link stays a link; its target gets the new contents.
    public func save(_ progress: WalkthroughProgress) throws(ProgressStoreError) {
        let data: Data
        do {
            data = try Self.encoder.encode(progress) + Data("\n".utf8)
        } catch {
            throw .io(path: path, action: "encode progress for", reason: "\(error)")
        }
        try write(data)
    }

    /// Writes any text the same careful way (used for the draft and calendar files the member asks for).
    public func writeText(_ text: String) throws(ProgressStoreError) {
        try write(Data(text.utf8))
    }

    /// The bytes `save` writes for this progress.
    public static func encode(_ progress: WalkthroughProgress) throws -> Data {
        try encoder.encode(progress) + Data("\n".utf8)
    }

    func write(_ data: Data) throws(ProgressStoreError) {
        let target = resolvedTarget()
        let folder = PathText.folder(of: target)
        try Self.makeFolder(folder.isEmpty ? "." : folder)

        var info = stat()
        var mode: mode_t = 0o600
        if stat(target, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR {
                throw .io(path: path, action: "save progress to", reason: "it is a folder, not a file; give a file path with --state-file")
            }
            mode = info.st_mode & 0o7777
        }

        let temp = Self.temporaryPath(for: target)
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        if fd < 0 { throw .io(path: path, action: "create a temporary file beside", reason: Self.errorText(errno)) }
        var failure: ProgressStoreError?
        if fchmod(fd, mode) != 0 {
            failure = .io(path: path, action: "set the mode of the temporary file beside", reason: Self.errorText(errno))
        }
        if failure == nil {
            failure = data.withUnsafeBytes { raw -> ProgressStoreError? in
                var offset = 0
                while offset < raw.count {
                    let n = systemWrite(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        return .io(path: path, action: "write", reason: Self.errorText(errno))
                    }
                    offset += n
                }
                return nil
            }
        }
        if failure == nil, fsync(fd) != 0 {
            failure = .io(path: path, action: "flush to disk", reason: Self.errorText(errno))
        }
        if close(fd) != 0, failure == nil {
            failure = .io(path: path, action: "write", reason: Self.errorText(errno))
        }
        if failure == nil, rename(temp, target) != 0 {
            failure = .io(path: path, action: "replace", reason: Self.errorText(errno))
        }
        if let failure {
            unlink(temp)
            throw failure
        }
        try Self.syncFolder(folder.isEmpty ? "." : folder, path: path)
    }

    /// Removes the progress file (no error when there is none).
    public func remove() throws(ProgressStoreError) {
        let target = resolvedTarget()
        if unlink(target) != 0, errno != ENOENT {
            throw .io(path: path, action: "remove", reason: Self.errorText(errno))
        }
        try Self.syncFolder(PathText.folder(of: target), path: path)
    }

    /// Renames the file to a backup beside it, named after the time, and returns the backup's path.
    /// Used only when the member asks to start over.
    public func moveAside(now: Date) throws(ProgressStoreError) -> String {
        let target = resolvedTarget()
        var info = stat()
        // Only a progress file is moved aside, never a folder given by mistake as the progress path.
        if stat(target, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw .io(path: path, action: "move aside", reason: "it is a folder, not a file; give a file path with --state-file")
        }
        let stamp = TimeText.compact(now)
        var backup = "\(target).backup-\(stamp)"
        var counter = 1
        while stat(backup, &info) == 0 {
            counter += 1
            backup = "\(target).backup-\(stamp)-\(counter)"
        }
        if rename(target, backup) != 0 {
            throw .io(path: path, action: "move aside", reason: Self.errorText(errno))
        }
        try Self.syncFolder(PathText.folder(of: target), path: path)
        return backup
    }

    /// Deletes temporary files a killed save left behind. Call only while holding the lock.
    public func removeStaleTemporaryFiles() {
        let target = resolvedTarget()
        let folder = PathText.folder(of: target)
        let prefix = Self.temporaryPrefix(for: target)
        // readdir directly: this runs at every start, before the first frame.
        guard let directory = opendir(folder.isEmpty ? "." : folder) else { return }
        defer { closedir(directory) }
        var stale: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasPrefix(prefix) { stale.append(name) }
        }
        for name in stale { unlink(PathText.join(folder, name)) }
    }

    /// The file saves write to: the path, or the final target of a symbolic link.
    public func resolvedTarget() -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n > 0 else { return current }
            let destination = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/")
                ? destination
                : PathText.join(PathText.folder(of: current), destination)
        }
        return current
    }

    // MARK: Helpers

    static func temporaryPrefix(for target: String) -> String {
        "." + PathText.name(of: target) + ".tmp-"
    }

    static func temporaryPath(for target: String) -> String {
        let folder = PathText.folder(of: target)
        let name = temporaryPrefix(for: target) + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        return folder.isEmpty ? name : folder + "/" + name
    }

    static func makeFolder(_ folder: String) throws(ProgressStoreError) {
        var info = stat()
        if stat(folder, &info) == 0 {
            if (info.st_mode & S_IFMT) != S_IFDIR {
                throw .io(path: folder, action: "use the folder", reason: "it is not a folder")
            }
            return
        }
        let parent = PathText.folder(of: folder)
        if !parent.isEmpty, parent != folder { try makeFolder(parent) }
        if mkdir(folder, 0o700) != 0, errno != EEXIST {
            throw .io(path: folder, action: "create the folder", reason: errorText(errno))
        }
    }

    static func syncFolder(_ folder: String, path: String) throws(ProgressStoreError) {
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 { throw .io(path: path, action: "open the folder of", reason: errorText(errno)) }
        defer { close(fd) }
        if fsync(fd) != 0, errno != EINVAL {
            throw .io(path: path, action: "flush the folder of", reason: errorText(errno))
        }
    }

    static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    /// A decoding error in words: where in the file, and what is wrong there.
    static func explain(_ error: any Error, json: Bool) -> String {
        func place(_ path: [any CodingKey]) -> String {
            var text = ""
            for key in path {
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
            }
            return text.isEmpty ? "the top level" : text
        }
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case let .dataCorrupted(context):
            // JSONDecoder checks the inside of strings (NUL bytes, invalid UTF-8) only when it decodes them,
            // so invalid JSON can first show up in the second, full decoding.
            var detail = context.debugDescription
            while detail.hasSuffix(".") { detail.removeLast() }
            if context.codingPath.isEmpty, json || detail == "The given data was not valid JSON" {
                return "it is not valid JSON"
            }
            if context.codingPath.isEmpty { return detail.prefix(1).lowercased() + detail.dropFirst() }
            return "\(place(context.codingPath)): \(detail)"
        case let .keyNotFound(key, context):
            return "\(place(context.codingPath + [key])) is missing"
        case let .typeMismatch(type, context):
            return "\(place(context.codingPath)) should be \(describe(type))"
        case let .valueNotFound(type, context):
            return "\(place(context.codingPath)) should be \(describe(type)), not null"
        @unknown default:
            return "\(error)"
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is Date.Type: "a date"
        default:
            "\(type)".hasPrefix("Array") ? "a list" : ("\(type)".hasPrefix("Dictionary") ? "an object" : "\(type)")
        }
    }
}

extension StepStatus {
    /// Decodes a status, naming the allowed values when the file holds an unknown one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let status = StepStatus(rawValue: raw) else {
            let allowed = StepStatus.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "unknown status \"\(raw)\" (expected one of \(allowed))")
        }
        self = status
    }
}

/// The system `write`, named apart from Swift methods called `write`.
@inline(__always)
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Darwin)
    return Darwin.write(fd, buffer, count)
    #elseif canImport(Musl)
    return Musl.write(fd, buffer, count)
    #else
    return Glibc.write(fd, buffer, count)
    #endif
}
