#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ArgumentParser
import OptOutCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// How the program speaks and ends: its output, its one-sentence errors, and its exit statuses.

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

/// Prints a one-sentence error to standard error and returns the exit status to throw.
func failure(_ message: String, _ status: Int32) -> ExitCode {
    let text = TerminalSafeText.sanitize(message)
    writeError("optout: \(text)\n")
    return ExitCode(status)
}

func exitStatus(for error: ProgressStoreError) -> Int32 {
    if case .locked = error { return ExitStatus.busy }
    return ExitStatus.progressFileProblem
}

/// Writes to standard output at once, so prompts show before input is read. Output that cannot be written
/// (a full disk, a closed standard output) is an error, not a success: the program says so and exits 1.
func writeOut(_ text: String) {
    DescriptorWriter.writeAll(text, to: 1, onFailure: .exitProgram(status: ExitStatus.unfinished))
}

/// Writes to standard error; when that fails there is nowhere left to say so.
func writeError(_ text: String) {
    DescriptorWriter.writeAll(text, to: 2, onFailure: .ignore)
}
