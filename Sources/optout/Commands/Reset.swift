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
            writeOut(tr("Nothing to reset: no progress at {path}.", ["path": shownPath]) + "\n")
            return
        }
        let lock = try global.lock(store)
        guard store.exists else {
            lock.releaseRemovingLockFile()
            writeOut(tr("Nothing to reset: no progress at {path}.", ["path": shownPath]) + "\n")
            return
        }
        if !yes {
            // Translators: a question that waits for an answer on the same line; y and N are the keys to type, kept as they are.
            writeOut(tr("Remove your progress at {path}? This cannot be undone. [y/N] ", ["path": shownPath]))
            var lines = StandardInputLines()
            let answer = lines.nextLine()?.trimmed.lowercased()
            guard let answer, Self.yesWords.contains(answer) else {
                // A lock file this run made goes again: declining changes nothing.
                if lock.createdLockFile { lock.releaseRemovingLockFile() } else { lock.release() }
                writeOut(tr("Nothing removed.") + "\n")
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
        writeOut(tr("Progress removed.") + "\n")
    }

    /// The answers that remove the progress: y and yes, and the language's word for yes.
    static var yesWords: Set<String> {
        // Translators: the word for "yes" a member may type to reset's question, in lowercase; y and yes work too.
        ["y", "yes", tr("yes", context: "typed answer").lowercased()]
    }
}
