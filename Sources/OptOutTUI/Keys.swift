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
    /// The terminal changed size.
    case resize
    /// A key the program has no use for, by its code.
    case other(UInt32)
}

/// The values ncurses' `get_wch` uses, so decoding can be tested without a terminal.
/// The backend fills them in from the curses header (see `CursesKeyCodes.curses`).
public struct CursesKeyCodes: Sendable {
    public var ok: Int32
    public var keyCodeYes: Int32
    public var up: UInt32
    public var down: UInt32
    public var left: UInt32
    public var right: UInt32
    public var home: UInt32
    public var end: UInt32
    public var pageUp: UInt32
    public var pageDown: UInt32
    public var backspace: UInt32
    public var delete: UInt32
    public var enter: UInt32
    public var resize: UInt32

    public init(
        ok: Int32, keyCodeYes: Int32, up: UInt32, down: UInt32, left: UInt32, right: UInt32, home: UInt32, end: UInt32,
        pageUp: UInt32, pageDown: UInt32, backspace: UInt32, delete: UInt32, enter: UInt32, resize: UInt32
    ) {
        self.ok = ok
        self.keyCodeYes = keyCodeYes
        self.up = up
        self.down = down
        self.left = left
        self.right = right
        self.home = home
        self.end = end
        self.pageUp = pageUp
        self.pageDown = pageDown
        self.backspace = backspace
        self.delete = delete
        self.enter = enter
        self.resize = resize
    }
}

/// Turns what `get_wch` returned into a key.
public struct KeyDecoder: Sendable {
    public let codes: CursesKeyCodes

    public init(codes: CursesKeyCodes) { self.codes = codes }

    /// The key for a `get_wch` result: `status` is OK (a character) or KEY_CODE_YES (a function
    /// key); `value` is the character or key code. Nil for any other status (ERR).
    public func decode(status: Int32, value: UInt32) -> Key? {
        if status == codes.keyCodeYes { return functionKey(value) }
        guard status == codes.ok else { return nil }
        switch value {
        case 0x0D, 0x0A: return .enter
        case 0x1B: return .escape
        case 0x09: return .tab
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(value + 0x60)!))
        case 0x00, 0x1C...0x1F, 0x80...0x9F: return .other(value)
        default:
            guard let scalar = Unicode.Scalar(value) else { return .other(value) }
            return .character(scalar)
        }
    }

    private func functionKey(_ code: UInt32) -> Key {
        switch code {
        case codes.up: .up
        case codes.down: .down
        case codes.left: .left
        case codes.right: .right
        case codes.home: .home
        case codes.end: .end
        case codes.pageUp: .pageUp
        case codes.pageDown: .pageDown
        case codes.backspace: .backspace
        case codes.delete: .delete
        case codes.enter: .enter
        case codes.resize: .resize
        default: .other(code)
        }
    }
}
