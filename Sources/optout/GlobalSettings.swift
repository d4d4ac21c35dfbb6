#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore
import OptOutSystem

/// The options every command takes (`GlobalOptions`) as plain values, for code that also runs without
/// the parser (`optout` with no arguments), and the wiring they drive: the environment, the progress
/// store, the guide, the lock, and the saved progress. Each failure ends the command with its own
/// sentence and exit status.
struct GlobalSettings: Equatable {
    var stateFile: String?
    var plain: Bool
    var guideFile: String?

    /// The environment, read once for the whole run (several parts ask for it), with the variables
    /// that name paths read byte for byte.
    var environment: [String: String] { Self.processEnvironment }

    private static let processEnvironment: [String: String] = {
        var environment = ProcessEnvironment.atStart
        for name in ["HOME", "XDG_STATE_HOME", "OPTOUT_STATE_FILE"] { environment[name] = PathBytes.environmentValue(name) }
        return environment
    }()

    /// The progress file; an empty path is a usage error, and no usable HOME (with nothing else naming
    /// the file) a progress-file problem.
    var store: ProgressStore {
        get throws {
            do throws(ProgressPathError) {
                return ProgressStore(path: try ProgressStore.defaultPath(stateFileOption: stateFile, environment: environment))
            } catch {
                throw failure(PathBytes.display(error.description), error.exitStatus)
            }
        }
    }

    /// The progress file, or nil, without a word, when nothing names it and HOME gives no default place
    /// (unset, or not an absolute path): for the commands that work without saved progress (`guide`,
    /// `qr`, `draft`). A file named but unusable (empty, or `~` without HOME) is still an error.
    var optionalStore: ProgressStore? {
        get throws {
            do throws(ProgressPathError) {
                return ProgressStore(path: try ProgressStore.defaultPath(stateFileOption: stateFile, environment: environment))
            } catch {
                if error.isNoDefaultPlace { return nil }
                throw failure(PathBytes.display(error.description), error.exitStatus)
            }
        }
    }

    /// The built-in guide, or the one `--guide` names, in the interface language (`Guide.localized`):
    /// what people read.
    func loadGuide() throws -> Guide {
        try loadGuideAsWritten().localized()
    }

    /// The guide as written: in English, its translations beside it. For `guide export` and for JSON
    /// output, whose values do not change with the language.
    func loadGuideAsWritten() throws -> Guide {
        guard let guideFile else { return .linkedInAITraining }
        do throws(GuideFileError) {
            return try GuideFile.load(path: guideFile)
        } catch {
            throw failure(error.description, ExitStatus.badGuide)
        }
    }

    /// The lock on the store for this run (commands that write), with stale temporary files removed.
    func lock(_ store: ProgressStore) throws -> ProgressLock {
        do throws(ProgressStoreError) {
            let lock = try ProgressLock.acquire(for: store)
            store.removeStaleTemporaryFiles()
            return lock
        } catch {
            throw failure(error.description, exitStatus(for: error))
        }
    }

    /// Saved progress for the guide, or nil when there is none.
    func load(_ store: ProgressStore, guide: Guide) throws -> WalkthroughProgress? {
        do throws(ProgressStoreError) {
            return try store.load(expectingGuide: guide.id)
        } catch {
            throw failure(error.description, exitStatus(for: error))
        }
    }

    /// Saves progress (under the lock this run holds); a failure ends the command with its sentence.
    func save(_ progress: WalkthroughProgress, to store: ProgressStore) throws {
        do throws(ProgressStoreError) {
            try store.save(progress)
        } catch {
            throw failure(error.description, exitStatus(for: error))
        }
    }

    /// Saved progress for the guide; without any, the command ends: nothing saved yet (exit 2), or, where no
    /// progress file can be, why (exit 3).
    func loadSaved(_ store: ProgressStore, guide: Guide) throws -> WalkthroughProgress {
        guard let saved = try load(store, guide: guide) else {
            try checkPlace(of: store)
            throw failure(Self.nothingSaved(at: PathBytes.display(store.path)), ExitStatus.nothingSaved)
        }
        return saved
    }

    /// What commands that need saved progress say when there is none (`status` too, without `optout:`).
    static func nothingSaved(at path: String) -> String {
        tr("No progress saved yet at {path}. Run `optout` to start.", ["path": path])
    }

    /// With nothing saved: ends the command when no progress file can be at the path (a part of it is a
    /// file, /proc, a folder this user may not write), which is not "nothing saved".
    func checkPlace(of store: ProgressStore) throws {
        if let problem = store.placeProblem { throw failure(problem.description, exitStatus(for: problem)) }
    }
}
