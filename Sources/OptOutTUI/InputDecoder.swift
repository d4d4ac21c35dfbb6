import OptOutCore

/// A key press as the full screen understands it.
public enum Key: Hashable, Sendable {
    /// A printable character (one Unicode scalar; combining marks arrive as their own key).
    case character(Unicode.Scalar)
    case enter
    case escape
    case tab
    case backspace
    case delete
    case up
    case down
    case left
    case right
    case home
    case end
    case pageUp
    case pageDown
    /// A control character typed with Ctrl, by its letter: `.control("a")` for Ctrl-A.
    case control(Character)
    /// Text the terminal marked as pasted (bracketed paste), as it came.
    case paste(String)
    /// A key the program has no use for, by its code.
    case other(UInt32)
}

/// Turns the bytes a terminal sends into keys: UTF-8 text, control keys, the escape sequences of
/// cursor and editing keys (ANSI/VT forms and any extra ones terminfo names), and pastes.
///
/// A paste is text the terminal marked (bracketed paste), or, from a terminal that does not mark
/// pastes, a block that came at once (`feed(_:cameAtOnce:)`: bytes that arrived together while the
/// program waited for input) in which one line of text ends and another begins, which no one types
/// that fast. Such a block, and whatever follows it without a pause, is one paste, ended by
/// `flush()`; its lines never run as keys.
///
/// Escape sequences it does not know are dropped whole, so their bytes never act as keys (Home sent as
/// `ESC [ 1 ~` is Home, not Esc, `[`, `1`, `~`). Bytes that are not UTF-8 become U+FFFD, so a
/// terminal in another encoding never stalls input. Pure: the backend feeds it what `read` returned
/// and, when `isWaiting` and no more bytes came within the escape delay, calls `flush()`.
public struct InputDecoder: Sendable {
    /// Extra sequences (from terminfo) and their keys; each starts with ESC.
    private let extraSequences: [([UInt8], Key)]
    /// Bytes not decoded yet: the start of an escape sequence or of a character.
    private var pending: [UInt8] = []
    /// Inside a paste: the pasted bytes so far.
    private var pasted: [UInt8]?
    /// True while the paste is one the terminal did not mark: it ends when no more bytes come.
    public private(set) var isInUnmarkedPaste = false

    private static let escape: UInt8 = 0x1B
    private static let pasteEnd: [UInt8] = Array("\u{1B}[201~".utf8)

    /// A decoder that also knows `sequences` (for example the terminal's keys from terminfo).
    public init(sequences: [[UInt8]: Key] = [:]) {
        extraSequences = sequences.filter { $0.key.count >= 2 && $0.key.first == Self.escape }
            .sorted { $0.key.count > $1.key.count }
            .map { ($0.key, $0.value) }
    }

    /// True when bytes wait for more: the start of an escape sequence or character, or a paste that has
    /// not ended.
    public var isWaiting: Bool { !pending.isEmpty || pasted != nil }

    /// True inside a paste (marked or not).
    public var isInPaste: Bool { pasted != nil }

    /// The keys these bytes complete. With `cameAtOnce`, the bytes arrived together while the
    /// program was waiting for input (not typed ahead while it was busy): when they hold a line break
    /// followed by more text, they start a paste.
    public mutating func feed(_ bytes: some Sequence<UInt8>, cameAtOnce: Bool = false) -> [Key] {
        let start = pending.count
        pending.append(contentsOf: bytes)
        if cameAtOnce, pasted == nil, start == 0, Self.looksPasted(pending) {
            pasted = []
            isInUnmarkedPaste = true
        }
        return decode(final: false)
    }

    /// A block of bytes that came at once is a paste when a line break in it has text before it and
    /// text after it (a line ends and another begins: not Enter typed last, nor CR LF, which some
    /// terminals send for Enter, nor Enter and the next key that a busy moment brought together),
    /// and it holds no escape sequence (arrows and Enter typed together are keys).
    static func looksPasted(_ bytes: [UInt8]) -> Bool {
        guard !bytes.contains(escape) else { return false }
        func isLineBreak(_ byte: UInt8) -> Bool { byte == 0x0D || byte == 0x0A }
        guard let firstText = bytes.firstIndex(where: { !isLineBreak($0) }),
            let lineBreak = bytes[firstText...].firstIndex(where: isLineBreak)
        else { return false }
        return bytes[lineBreak...].contains { !isLineBreak($0) }
    }

    /// No more bytes came in time: what waits is decided now (a lone ESC is the Esc key, a cut-short
    /// character is U+FFFD, a cut-short sequence is dropped, an unended paste, marked or not, ends).
    public mutating func flush() -> [Key] {
        decode(final: true)
    }

    /// The escape delay in milliseconds: `ESCDELAY` from the environment when it is a whole number of
    /// milliseconds (0 to 10,000), as in ncurses; 100 otherwise, so an arrow key whose bytes arrive a
    /// little apart over a slow link is not taken for Esc.
    public static func escapeDelay(environment: [String: String]) -> Int {
        if let text = environment["ESCDELAY"], let value = Int(text.trimmed),
            (0...10_000).contains(value)
        {
            return value
        }
        return defaultEscapeDelay
    }

    /// The escape delay when `ESCDELAY` is not set, in milliseconds.
    public static let defaultEscapeDelay = 100

    // MARK: Decoding

    private enum Step {
        /// `length` bytes make `key` (nil: bytes that are dropped).
        case key(Key?, length: Int)
        case startPaste(length: Int)
        /// More bytes are needed.
        case incomplete
    }

    private mutating func decode(final: Bool) -> [Key] {
        var keys: [Key] = []
        var index = 0
        let bytes = pending
        while index < bytes.count {
            if isInUnmarkedPaste {
                // No end mark: everything is pasted until the bytes pause.
                pasted!.append(contentsOf: bytes[index...])
                index = bytes.count
                break
            }
            if pasted != nil {
                index = collectPaste(bytes, from: index, final: final, into: &keys)
                if pasted != nil { break }
                continue
            }
            switch step(bytes, at: index) {
            case let .key(key, length):
                if let key { keys.append(key) }
                index += length
            case let .startPaste(length):
                pasted = []
                index += length
            case .incomplete:
                guard final else {
                    pending = Array(bytes[index...])
                    return keys
                }
                let (key, length) = cutShort(bytes, at: index)
                if let key { keys.append(key) }
                index += length
            }
        }
        pending = index < bytes.count ? Array(bytes[index...]) : []
        if final, let text = pasted {
            keys.append(.paste(String(decoding: text, as: UTF8.self)))
            pasted = nil
            isInUnmarkedPaste = false
        }
        return keys
    }

    /// Inside a paste: collects bytes up to the end mark. Returns the index after what it used.
    private mutating func collectPaste(_ bytes: [UInt8], from start: Int, final: Bool, into keys: inout [Key]) -> Int {
        let end = Self.pasteEnd
        var index = start
        while index < bytes.count {
            if bytes[index] == Self.escape {
                let available = min(end.count, bytes.count - index)
                if bytes[index..<(index + available)].elementsEqual(end[0..<available]) {
                    if available == end.count {
                        pasted!.append(contentsOf: bytes[start..<index])
                        keys.append(.paste(String(decoding: pasted!, as: UTF8.self)))
                        pasted = nil
                        return index + end.count
                    }
                    if !final {
                        // Perhaps the start of the end mark: wait for the rest.
                        pasted!.append(contentsOf: bytes[start..<index])
                        return index
                    }
                }
            }
            index += 1
        }
        pasted!.append(contentsOf: bytes[start..<index])
        return index
    }

    private func step(_ bytes: [UInt8], at index: Int) -> Step {
        let byte = bytes[index]
        if byte == Self.escape { return escapeSequence(bytes, at: index) }
        switch byte {
        case 0x0D, 0x0A: return .key(.enter, length: 1)
        case 0x09: return .key(.tab, length: 1)
        case 0x7F, 0x08: return .key(.backspace, length: 1)
        case 0x01...0x1A: return .key(.control(Character(Unicode.Scalar(byte + 0x60))), length: 1)
        case 0x00, 0x1C...0x1F: return .key(.other(UInt32(byte)), length: 1)
        case 0x20...0x7E: return .key(.character(Unicode.Scalar(byte)), length: 1)
        default: return utf8Character(bytes, at: index)
        }
    }

    /// What to do with bytes still waiting when no more come.
    private func cutShort(_ bytes: [UInt8], at index: Int) -> (Key?, Int) {
        if bytes[index] == Self.escape {
            // A lone ESC is the Esc key; the start of a sequence that never ended is dropped.
            return index + 1 == bytes.count ? (.escape, 1) : (nil, bytes.count - index)
        }
        // A character cut short (every byte so far fitted): one U+FFFD for all of it.
        return (.character(Self.replacement), bytes.count - index)
    }

    private static let replacement: Unicode.Scalar = "\u{FFFD}"

    private func escapeSequence(_ bytes: [UInt8], at index: Int) -> Step {
        // Sequences terminfo names come first: they may differ from the usual forms.
        var isPrefixOfKnown = false
        for (sequence, key) in extraSequences {
            let available = bytes.count - index
            if available >= sequence.count {
                if bytes[index..<(index + sequence.count)].elementsEqual(sequence) { return .key(key, length: sequence.count) }
            } else if bytes[index...].elementsEqual(sequence[0..<available]) {
                isPrefixOfKnown = true
            }
        }
        if isPrefixOfKnown { return .incomplete }
        guard index + 1 < bytes.count else { return .incomplete }
        switch bytes[index + 1] {
        case UInt8(ascii: "["):
            return controlSequence(bytes, at: index)
        case UInt8(ascii: "O"):
            return singleShift(bytes, at: index)
        default:
            // Esc and then another key soon after (or Alt with a key, which terminals send the same
            // way): Esc, and the next byte starts again, as curses reads it.
            return .key(.escape, length: 1)
        }
    }

    /// `ESC [ parameters intermediates final`, as ECMA-48 defines it; the Linux console's `ESC [ [ A`
    /// (F1 to F5) too.
    private func controlSequence(_ bytes: [UInt8], at index: Int) -> Step {
        var cursor = index + 2
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "[") {
            return cursor + 1 < bytes.count ? .key(nil, length: 4) : .incomplete
        }
        let parametersStart = cursor
        while cursor < bytes.count, (0x30...0x3F).contains(bytes[cursor]) { cursor += 1 }
        let parameters = bytes[parametersStart..<cursor]
        while cursor < bytes.count, (0x20...0x2F).contains(bytes[cursor]) { cursor += 1 }
        guard cursor < bytes.count else { return .incomplete }
        let final = bytes[cursor]
        // A byte that cannot be part of a sequence: drop what came before it and decode it as itself.
        guard (0x40...0x7E).contains(final) else { return .key(nil, length: cursor - index) }
        let length = cursor + 1 - index
        let plain = parameters.allSatisfy { (0x30...0x39).contains($0) || $0 == UInt8(ascii: ";") }
        guard plain, cursor == parametersStart + parameters.count else { return .key(nil, length: length) }
        let first = Int(String(decoding: parameters.prefix { $0 != UInt8(ascii: ";") }, as: UTF8.self))
        if let key = Self.cursorKey(final) { return .key(key, length: length) }
        switch final {
        case UInt8(ascii: "~"):
            switch first {
            case 1, 7: return .key(.home, length: length)
            case 4, 8: return .key(.end, length: length)
            case 3: return .key(.delete, length: length)
            case 5: return .key(.pageUp, length: length)
            case 6: return .key(.pageDown, length: length)
            case 200: return .startPaste(length: length)
            default: return .key(nil, length: length)
            }
        default:
            return .key(nil, length: length)
        }
    }

    /// `ESC O final` (keys in application mode), possibly with a modifier digit before the final byte.
    private func singleShift(_ bytes: [UInt8], at index: Int) -> Step {
        var cursor = index + 2
        while cursor < bytes.count, (0x30...0x3F).contains(bytes[cursor]) { cursor += 1 }
        guard cursor < bytes.count else { return .incomplete }
        let final = bytes[cursor]
        guard (0x40...0x7E).contains(final) else { return .key(nil, length: cursor - index) }
        let length = cursor + 1 - index
        if let key = Self.cursorKey(final) { return .key(key, length: length) }
        return .key(final == UInt8(ascii: "M") ? .enter : nil, length: length)
    }

    /// The cursor key a sequence's final byte names, in both the `ESC [` and the `ESC O` forms.
    private static func cursorKey(_ final: UInt8) -> Key? {
        switch final {
        case UInt8(ascii: "A"): .up
        case UInt8(ascii: "B"): .down
        case UInt8(ascii: "C"): .right
        case UInt8(ascii: "D"): .left
        case UInt8(ascii: "H"): .home
        case UInt8(ascii: "F"): .end
        default: nil
        }
    }

    /// One UTF-8 character; an invalid byte is U+FFFD on its own.
    private func utf8Character(_ bytes: [UInt8], at index: Int) -> Step {
        let lead = bytes[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return .key(.character(Self.replacement), length: 1)
        }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            guard index + offset < bytes.count else { return .incomplete }
            let byte = bytes[index + offset]
            let range: ClosedRange<UInt8> = offset == 1 ? secondRange : 0x80...0xBF
            guard range.contains(byte) else { return .key(.character(Self.replacement), length: offset) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return .key(.character(Self.replacement), length: length) }
        if (0x80...0x9F).contains(value) { return .key(.other(value), length: length) }
        return .key(.character(scalar), length: length)
    }
}
