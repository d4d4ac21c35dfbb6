import ArgumentParser
import OptOutCore
import OptOutSystem

// How the program ends: errors become one sentence on standard error and an exit status (the
// statuses are `ExitStatus`; the README and `optout --help` list them).

/// Prints a one-sentence error to standard error and returns the exit status to throw. On a terminal
/// the sentence is wrapped between words to its width, as the terminal would otherwise break a word;
/// elsewhere (a pipe, a log) it stays one line, for scripts that read it.
func failure(_ message: String, _ status: Int32) -> ExitCode {
    let text = "optout: " + TerminalSafeText.sanitize(message)
    if let columns = StandardOutputWidth.terminalColumns(of: 2), text.count > TextWidth.lineWidth(terminalColumns: columns) {
        let width = TextWidth.lineWidth(terminalColumns: columns)
        writeError(TextWrap.wrap(text, width: width, hangingIndent: "  ").joined(separator: "\n") + "\n")
    } else {
        writeError(text + "\n")
    }
    return ExitCode(status)
}

/// The exit status for a problem with the progress file: 4 when another optout holds the lock, else 3.
func exitStatus(for error: ProgressStoreError) -> Int32 {
    if case .locked = error { return ExitStatus.busy }
    return ExitStatus.progressFileProblem
}

/// Ends the process after an error a command threw. An `ExitCode` (from `failure`, or a command's
/// own status) has been said already and ends the process at once; anything else comes from the
/// argument parser: help and the version are output (so a full disk or a closed standard output is an
/// error, not a silent success), and a usage error is printed, made terminal-safe, with its status.
func end(after error: any Error) -> Never {
    if let code = error as? ExitCode { exitProcess(code.rawValue) }
    let status = OptOut.exitCode(for: error)
    guard status != .success else {
        let text = OptOut.fullMessage(for: error)
        if !text.isEmpty { writeOut(text + "\n") }
        exitProcess(0)
    }
    // The parser quotes what was typed; hostile text must not reach the terminal as control.
    writeError(TerminalSafeText.sanitize(OptOut.fullMessage(for: error), keepNewlines: true) + "\n")
    exitProcess(status.rawValue)
}

/// Ends the process with a status (the C library's `exit`).
func exitProcess(_ status: Int32) -> Never {
    #if canImport(Glibc)
    Glibc.exit(status)
    #elseif canImport(Musl)
    Musl.exit(status)
    #else
    Darwin.exit(status)
    #endif
}
