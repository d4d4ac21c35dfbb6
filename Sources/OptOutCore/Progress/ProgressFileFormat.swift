#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where the progress file lives, from the command line and the environment (values, no system calls).
public enum ProgressLocation {
    /// Where progress lives: `--state-file`, else `OPTOUT_STATE_FILE`, else
    /// `$XDG_STATE_HOME/optout/progress.json` (when absolute), else `~/.local/state/optout/progress.json`.
    /// An empty option or variable is a mistake, never the default file; without HOME (and no other way
    /// to the file) there is no default, and optout never falls back to "/" or the password database.
    public static func path(
        stateFileOption: String?, environment: [String: String], currentFolder: String
    ) throws(ProgressPathError) -> String {
        let home = PathText.home(environment: environment)
        func absolute(_ path: String) throws(ProgressPathError) -> String {
            guard let expanded = PathText.expandingTilde(path, environment: environment) else {
                throw .tildeWithoutHome(path: path, home: nil)
            }
            // `~` stands for HOME only where HOME is a real place.
            if expanded != path, let home, !home.hasPrefix("/") { throw .tildeWithoutHome(path: path, home: home) }
            if expanded.hasPrefix("/") { return expanded }
            return PathText.join(currentFolder, expanded)
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
}

/// The progress file's format: the bytes a save writes and what loading makes of them. Loading checks
/// `schemaVersion` before anything else, refuses newer files, and turns decoding errors into sentences
/// with the JSON path.
public enum ProgressFileFormat {
    /// Decodes progress file bytes, with errors that name `path`.
    public static func decode(_ data: Data, path: String, expectingGuide guideId: String? = nil) throws(ProgressStoreError) -> WalkthroughProgress {
        if data.isEmpty { throw .corrupt(path: path, reason: tr("the file is empty")) }
        struct Header: Decodable { var schemaVersion: Int?; var guideId: String? }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch {
            throw .corrupt(path: path, reason: DecodingErrorText.explain(error, json: true))
        }
        guard let version = header.schemaVersion else {
            // Translators: schemaVersion is a field of the file: keep it as it is.
            throw .corrupt(path: path, reason: tr("it has no schemaVersion, so it is not an optout progress file"))
        }
        if version > WalkthroughProgress.currentSchemaVersion {
            throw .newerSchema(path: path, found: version, supported: WalkthroughProgress.currentSchemaVersion)
        }
        guard version >= 1 else {
            throw .corrupt(path: path, reason: tr("schemaVersion {version} is not a valid version", ["version": String(version)]))
        }
        var progress: WalkthroughProgress
        do {
            progress = try decoder.decode(WalkthroughProgress.self, from: data)
        } catch {
            throw .corrupt(path: path, reason: DecodingErrorText.explain(error, json: false))
        }
        // Read strictly too: a field given twice or a trailing comma (a hand edit) is refused with its place.
        if let problem = JSONSyntax.problem(in: data) {
            throw .corrupt(
                path: path,
                // Translators: {path} is a place in the file, such as $.steps[2]; {problem} says what is wrong there.
                reason: tr("it is not valid JSON at {path} (line {line}, column {column}): {problem}",
                           ["path": problem.path, "line": String(problem.line), "column": String(problem.column), "problem": problem.message]))
        }
        // Older versions load as they are; the next save writes the current version.
        progress.schemaVersion = WalkthroughProgress.currentSchemaVersion
        if let guideId, progress.guideId != guideId {
            throw .otherGuide(path: path, found: progress.guideId, expected: guideId)
        }
        return progress
    }

    /// The most a progress file may hold; a larger one is refused as damaged, and a save that would write
    /// more fails (the member is told, and the progress stays in memory).
    public static let sizeLimit = 16 << 20

    /// The bytes `save` writes for this progress.
    public static func encode(_ progress: WalkthroughProgress) throws -> Data {
        try JSONText.encoder().encode(progress) + Data("\n".utf8)
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
