import OptOutCore
import OptOutSystem

// How the program speaks: what it writes to standard output and standard error.

/// Writes to standard output at once, so prompts show before input is read. Output that cannot be written
/// (a full disk, a closed standard output) is an error, not a success: the program says so and exits 1.
func writeOut(_ text: String) {
    DescriptorWriter.writeAll(text, to: 1, onFailure: .exitProgram(status: ExitStatus.unfinished))
}

/// Writes to standard error; when that fails there is nowhere left to say so.
func writeError(_ text: String) {
    DescriptorWriter.writeAll(text, to: 2, onFailure: .ignore)
}
