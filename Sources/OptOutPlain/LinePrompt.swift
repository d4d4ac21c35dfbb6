import OptOutCore

/// How the line-by-line front ends (`PlainMode`, `PlainRecheck`) talk and listen: each text written at
/// once (so a question shows before its answer is read), text from the member or a guide made
/// terminal-safe, optout's own sentences wrapped at 78 columns, and answers read a line at a time
/// after a `> `.
final class LinePrompt {
    /// The width plain text is wrapped at.
    static let width = 78

    private var input: any LineSource
    private let output: (String) -> Void

    init(input: any LineSource, write: @escaping (String) -> Void) {
        self.input = input
        self.output = write
    }

    /// Text from the member or a guide, with control characters made visible.
    static func safe(_ text: String) -> String { TerminalSafeText.sanitize(text) }

    /// Text made safe and wrapped; continuation lines start with `hanging` (else `indent`).
    static func wrapped(_ text: String, indent: String = "  ", hanging: String? = nil) -> [String] {
        TextWrap.wrap(safe(text), width: width, indent: indent, hangingIndent: hanging)
    }

    /// Writes text as it is.
    func write(_ text: String) { output(text) }

    /// Writes a line.
    func say(_ line: String) { output(line + "\n") }

    /// Writes lines, each ending in a line break.
    func say(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        output(lines.joined(separator: "\n") + "\n")
    }

    /// A sentence of optout's own, made safe and wrapped at 78 columns from the left edge.
    func tell(_ text: String) { say(Self.wrapped(text, indent: "")) }

    /// Writes `> ` and reads the answer: the next line, or nil when input has ended.
    func answer() -> String? {
        output("> ")
        return input.nextLine()
    }

    /// Why input ended, when it was not simply the end of the stream.
    var whyInputEnded: String? { input.whyItEnded }

    /// The signal that ended input, when one did.
    var endingSignal: Int32? { input.endingSignal }
}
