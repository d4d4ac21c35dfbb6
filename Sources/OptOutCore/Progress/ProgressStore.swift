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

/// Reads and writes the progress file. Saves are atomic and durable (`AtomicFile`): a temporary file
/// in the same folder (created exclusively, mode 0600 or the existing file's), write, fsync, rename
/// over the old file, fsync the folder.
public struct ProgressStore: Sendable {
    /// The path as given (it may be a symbolic link; saves then go to the link's target).
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Where progress lives: `--state-file`, else `OPTOUT_STATE_FILE`, else
    /// `$XDG_STATE_HOME/optout/progress.json` (when absolute), else `~/.local/state/optout/progress.json`.
    /// An empty option or variable is a mistake, never the default file; without HOME (and no other way
    /// to the file) there is no default, and optout never falls back to "/" or the password database.
    public static func defaultPath(stateFileOption: String?, environment: [String: String]) throws(ProgressPathError) -> String {
        let home = PathText.home(environment: environment)
        func absolute(_ path: String) throws(ProgressPathError) -> String {
            guard let expanded = PathText.expandingTilde(path, environment: environment) else {
                throw .tildeWithoutHome(path: path, home: nil)
            }
            // `~` stands for HOME only where HOME is a real place.
            if expanded != path, let home, !home.hasPrefix("/") { throw .tildeWithoutHome(path: path, home: home) }
            if expanded.hasPrefix("/") { return expanded }
            return PathText.join(PathBytes.currentFolder() ?? FileManager.default.currentDirectoryPath, expanded)
        }
        if let option = stateFileOption {
            guard !option.isEmpty else { throw .emptyOption }
            return try absolute(option)
        }
        if let variable = environment["OPTOUT_STATE_FILE"] {
            guard !variable.isEmpty else { throw .emptyVariable }
            return try absolute(variable)
        }
        // The XDG spec ignores relative values.
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            return PathText.join(xdg, "optout/progress.json")
        }
        guard let home else { throw .noHome }
        guard home.hasPrefix("/") else { throw .homeNotAbsolute(home: home) }
        return PathText.join(home, ".local/state/optout/progress.json")
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
            throw .corrupt(path: path, reason: DecodingErrorText.explain(error, json: true))
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
            throw .corrupt(path: path, reason: DecodingErrorText.explain(error, json: false))
        }
        // Older versions load as they are; the next save writes the current version.
        progress.schemaVersion = WalkthroughProgress.currentSchemaVersion
        if let guideId, progress.guideId != guideId {
            throw .otherGuide(path: path, found: progress.guideId, expected: guideId)
        }
        return progress
    }

    private func readFile() throws(ProgressStoreError) -> Data? {
        do throws(FileError) {
            return try RegularFileReader.read(path, limit: Self.sizeLimit)
        } catch {
            throw .from(error, storePath: path)
        }
    }

    /// The most a progress file may hold; a larger one is refused as damaged, and a save that would write
    /// more fails (the member is told, and the progress stays in memory).
    public static let sizeLimit = RegularFileReader.defaultLimit

    /// Whether something is at the path (a file, or anything else optout would refuse).
    public var exists: Bool {
        guard let target = try? FileTarget.resolve(path) else { return true }
        return target.kind != .missing
    }

    /// What is at the path, when it is a regular file or nothing yet: the only things optout reads,
    /// replaces, moves aside or removes. `action` words the refusal ("save progress to", "move aside").
    /// With `allowingFolder`, a folder passes too, for the caller to refuse in its own words.
    public func target(for action: String, allowingFolder: Bool = false) throws(ProgressStoreError) -> FileTarget {
        let target: FileTarget
        do throws(FileError) {
            target = try FileTarget.resolve(path)
        } catch {
            throw .from(error, storePath: path)
        }
        guard target.kind == .regular || target.kind == .missing || (allowingFolder && target.kind == .folder) else {
            throw .from(FileError(path: path, action: action, cause: .notRegular(target.kind)), storePath: path)
        }
        return target
    }

    // MARK: Writing

    /// Writes the progress atomically and durably (`AtomicFile`). Keeps an existing file's mode; a new file
    /// gets 0600 in a folder created with 0700. A symbolic link stays a link; its target gets the new contents.
    /// Throws `.savedNotFlushed` when only the flush of the folder failed: the progress is saved.
    public func save(_ progress: WalkthroughProgress) throws(ProgressStoreError) {
        let data: Data
        do {
            data = try Self.encode(progress)
        } catch {
            throw .io(path: path, action: "encode progress for", reason: "\(error)")
        }
        guard data.count <= Self.sizeLimit else {
            throw .io(path: path, action: "save progress to", reason: "it would be larger than \(Self.sizeLimit >> 20) MiB, more than optout reads back; shorten the longest note")
        }
        let target = try target(for: "save progress to")
        let durability: AtomicFile.Durability
        do throws(FileError) {
            durability = try AtomicFile.write(data, to: target)
        } catch {
            throw .from(error, storePath: path)
        }
        if case let .notFlushed(code) = durability {
            throw .savedNotFlushed(path: path, reason: FileCalls.errorText(code))
        }
    }

    /// The bytes `save` writes for this progress.
    public static func encode(_ progress: WalkthroughProgress) throws -> Data {
        try JSONText.encoder().encode(progress) + Data("\n".utf8)
    }

    /// Removes the progress file (no error when there is none). A FIFO, a device or a folder at the path is
    /// never removed.
    public func remove() throws(ProgressStoreError) {
        let target = try target(for: "remove")
        guard target.kind == .regular else { return }
        if !FileCalls.remove(target.realPath), errno != ENOENT {
            throw .io(path: path, action: "remove", reason: FileCalls.errorText(errno))
        }
        if let code = FileCalls.flushFolder(target.folder) {
            throw .io(path: path, action: "flush the folder of", reason: FileCalls.errorText(code))
        }
    }

    /// Renames the file to a backup beside it, named after the time, and returns the backup's path.
    /// Used only when the member asks to start over. Only a regular file is moved aside, never a folder, a
    /// FIFO or a device given by mistake as the progress path.
    public func moveAside(now: Date) throws(ProgressStoreError) -> String {
        let target = try target(for: "move aside")
        guard target.kind == .regular else { throw .io(path: path, action: "move aside", reason: FileCalls.errorText(ENOENT)) }
        let stamp = TimeText.compact(now)
        var backup = "\(target.realPath).backup-\(stamp)"
        var counter = 1
        while FileCalls.linkInfo(backup) != nil {
            counter += 1
            backup = "\(target.realPath).backup-\(stamp)-\(counter)"
        }
        if !FileCalls.move(target.realPath, to: backup) {
            throw .io(path: path, action: "move aside", reason: FileCalls.errorText(errno))
        }
        if let code = FileCalls.flushFolder(target.folder) {
            throw .io(path: path, action: "flush the folder of", reason: FileCalls.errorText(code))
        }
        return backup
    }

    /// Deletes temporary files a killed save left behind. Call only while holding the lock: then no other
    /// save of this file can be running.
    public func removeStaleTemporaryFiles() {
        guard let target = try? FileTarget.resolve(path), target.kind == .regular || target.kind == .missing else { return }
        AtomicFile.removeStaleTemporaryFiles(of: target, onlyDeadWriters: false)
    }

    // MARK: Decoding

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
