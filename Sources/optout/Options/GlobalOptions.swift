import ArgumentParser
import OptOutCore
import OptOutSystem

/// The options every command but `guide validate` takes: the progress file, line-by-line prompts, a
/// guide file, and the language optout speaks in (which `guide validate` takes too).
/// `CommandLineArguments` lets them come before the command's name too.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("state-file"),
        help: ArgumentHelp(
            "The progress file (default: $OPTOUT_STATE_FILE, else $XDG_STATE_HOME/optout/progress.json, else ~/.local/state/optout/progress.json).",
            valueName: "path"),
        completion: .file())
    var stateFile: String?

    @Flag(help: "The walkthrough in line-by-line prompts, not the full screen (also chosen when input or output is not a terminal, TERM=dumb, or ACCESSIBLE is set). Other commands print plain text anyway.")
    var plain = false

    @Option(
        name: .customLong("guide"),
        help: ArgumentHelp("Run a guide from a JSON file instead of the built-in one (see `optout guide export`).", valueName: "file"),
        completion: .file(extensions: ["json"]))
    var guideFile: String?

    @OptionGroup var language: LanguageOption

    /// The options as plain values, with what they load.
    var settings: GlobalSettings { GlobalSettings(stateFile: stateFile, plain: plain, guideFile: guideFile) }
    var environment: [String: String] { settings.environment }
    var store: ProgressStore { get throws { try settings.store } }
    var optionalStore: ProgressStore? { get throws { try settings.optionalStore } }
    func loadGuide() throws -> Guide { try settings.loadGuide() }
    func loadGuideAsWritten() throws -> Guide { try settings.loadGuideAsWritten() }
    func lock(_ store: ProgressStore) throws -> ProgressLock { try settings.lock(store) }
    func load(_ store: ProgressStore, guide: Guide) throws -> WalkthroughProgress? { try settings.load(store, guide: guide) }
    func loadSaved(_ store: ProgressStore, guide: Guide) throws -> WalkthroughProgress { try settings.loadSaved(store, guide: guide) }
    func save(_ progress: WalkthroughProgress, to store: ProgressStore) throws { try settings.save(progress, to: store) }
}
