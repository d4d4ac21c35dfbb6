import OptOutCore
import OptOutSystem

/// Where plain mode reads answers: standard input, or a script in tests.
public protocol LineSource {
    /// The next line without its line break, or nil at end of input.
    mutating func nextLine() -> String?
    /// Why input ended, when it was not simply the end of the stream (nil then).
    var whyItEnded: String? { get }
    /// The signal that ended input (Ctrl-C, SIGTERM, a closed window), when one did.
    var endingSignal: Int32? { get }
}

extension LineSource {
    public var whyItEnded: String? { nil }
    public var endingSignal: Int32? { nil }
}

/// Standard input, a line at a time, read with `read(2)` into a buffer of bounded size.
///
/// A line longer than `maximumLineBytes` ends the input (with `whyItEnded` saying so) instead of
/// growing without limit: `optout < /dev/zero` must not take all the memory. Bytes that are not UTF-8
/// become U+FFFD; a carriage return before the line feed is dropped.
public struct StandardInputLines: LineSource {
    /// 16 MiB: far more than any answer, note or pasted text.
    public static let maximumLineBytes = 16 << 20

    private let descriptor: Int32
    private let limit: Int
    private var buffer: [UInt8] = []
    /// Where unread bytes start in `buffer`.
    private var start = 0
    private var ended = false
    public private(set) var whyItEnded: String?
    public private(set) var endingSignal: Int32?

    public init(descriptor: Int32 = 0, maximumLineBytes: Int = StandardInputLines.maximumLineBytes) {
        self.descriptor = descriptor
        self.limit = maximumLineBytes
    }

    public mutating func nextLine() -> String? {
        var searched = start
        while true {
            let newline = buffer[searched...].firstIndex(of: 0x0A)
            if (newline ?? buffer.count) - start > limit {
                // Translators: why plain mode stopped reading; {count} is a size in MiB or in bytes.
                whyItEnded = limit % (1 << 20) == 0
                    ? trn("Input ended: a line was longer than {count} MiB, more than any answer.",
                          "Input ended: a line was longer than {count} MiB, more than any answer.", count: limit >> 20)
                    : trn("Input ended: a line was longer than {count} byte, more than any answer.",
                          "Input ended: a line was longer than {count} bytes, more than any answer.", count: limit)
                ended = true
                buffer = []
                start = 0
                return nil
            }
            if let newline {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = String(decoding: buffer[start..<end], as: UTF8.self)
                start = newline + 1
                return line
            }
            searched = buffer.count
            if ended {
                guard start < buffer.count else { return nil }
                let line = String(decoding: buffer[start...], as: UTF8.self)
                buffer = []
                start = 0
                return line
            }
            // Drop what was handed out before reading more, so the buffer holds one line at most.
            if start > 0 {
                buffer.removeFirst(start)
                searched -= start
                start = 0
            }
            // With signals caught (`TerminalSignals`), a Ctrl-C while waiting for a line ends the input.
            if case let .signal(signal) = TerminalSignals.waitForInput(on: descriptor) {
                endingSignal = signal
                return nil
            }
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            let n = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 {
                ended = true
                continue
            }
            buffer.append(contentsOf: chunk[0..<n])
        }
    }
}

/// Lines given up front (for tests and scripts); `thenSignal` ends them as that signal would.
public struct ScriptedLines: LineSource {
    private var lines: [String]
    private let thenSignal: Int32?
    public private(set) var endingSignal: Int32?
    public init(_ lines: [String], thenSignal: Int32? = nil) {
        self.lines = lines
        self.thenSignal = thenSignal
    }
    public mutating func nextLine() -> String? {
        if lines.isEmpty {
            endingSignal = thenSignal
            return nil
        }
        return lines.removeFirst()
    }
}
