import ArgumentParser
import OptOutCore
import OptOutSystem
import OptOutPlain

/// `optout reset`: removes the saved progress and its lock file, after asking.
struct Reset: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove the saved progress (asks first).",
        discussion: """
            Examples:
              optout reset
              optout reset --yes
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(name: [.short, .long], help: "Do not ask.")
    var yes = false

    func run() throws {
        let store = try global.store
        let shownPath = TerminalSafeText.sanitize(PathBytes.display(store.path))
        // Nothing there: nothing to lock, and no folder or lock file to create.
        guard store.exists else {
            writeOut("Nothing to reset: no progress at \(shownPath).\n")
            return
        }
        let lock = try global.lock(store)
        guard store.exists else {
            lock.releaseRemovingLockFile()
            writeOut("Nothing to reset: no progress at \(shownPath).\n")
            return
        }
        if !yes {
            writeOut("Remove your progress at \(shownPath)? This cannot be undone. [y/N] ")
            var lines = StandardInputLines()
            let answer = lines.nextLine()?.trimmed.lowercased()
            guard answer == "y" || answer == "yes" else {
                // A lock file this run made goes again: declining changes nothing.
                if lock.createdLockFile { lock.releaseRemovingLockFile() } else { lock.release() }
                writeOut("Nothing removed.\n")
                throw ExitCode(ExitStatus.unfinished)
            }
        }
        do throws(ProgressStoreError) {
            try store.remove()
        } catch {
            throw failure(error.description, exitStatus(for: error))
        }
        // The progress is gone; its lock file goes with it.
        lock.releaseRemovingLockFile()
        writeOut("Progress removed.\n")
    }
}
