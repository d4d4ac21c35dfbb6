import OptOutCore

/// How the line-by-line front ends (`PlainMode`, `PlainRecheck`) talk and listen: each text written at
/// once (so a question shows before its answer is read), text from the member or a guide made
/// terminal-safe, every line wrapped between words at the width the run gives (`RunContext.lineWidth`:
/// the terminal's width less two, or 78 into a file or a pipe), and answers read a line at a time
/// after a `> `.
final class LinePrompt {
    private var input: any LineSource
    private let output: (String) -> Void
    private let measure: () -> Int

    init(input: any LineSource, write: @escaping (String) -> Void, width: @escaping () -> Int = { TextWidth.page }) {
        self.input = input
        self.output = write
        self.measure = width
    }

    /// The width lines are wrapped at now (asked each time, so a resized terminal is followed).
    var width: Int { measure() }

    /// Text from the member or a guide, with control characters made visible.
    static func safe(_ text: String) -> String { TerminalSafeText.sanitize(text) }

    /// Text made safe and wrapped at `width`; continuation lines start with `hanging` (else `indent`).
    static func wrapped(_ text: String, width: Int, indent: String = "  ", hanging: String? = nil) -> [String] {
        TextWrap.wrap(safe(text), width: width, indent: indent, hangingIndent: hanging)
    }

    /// Text made safe and wrapped at this prompt's width.
    func wrapped(_ text: String, indent: String = "  ", hanging: String? = nil) -> [String] {
        Self.wrapped(text, width: width, indent: indent, hanging: hanging)
    }

    /// Writes text as it is.
    func write(_ text: String) { output(text) }

    /// Writes a line, wrapped when it is wider than the width.
    func say(_ line: String) { say([line]) }

    /// Writes lines, each ending in a line break; a line wider than the width is wrapped.
    func say(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        let width = width
        output(lines.flatMap { TextWrap.fit($0, width: width) }.joined(separator: "\n") + "\n")
    }

    /// A sentence of optout's own, made safe and wrapped from the left edge.
    func tell(_ text: String) { say(wrapped(text, indent: "")) }

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
