import CNCurses
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What the terminal reported while the full screen waited for input.
enum TerminalInput: Equatable {
    case key(Key)
    /// The terminal changed size; lay out again.
    case resized
    /// The program was continued after a stop (Ctrl-Z, then fg); draw everything again.
    case continued
    /// SIGINT, SIGTERM or SIGHUP arrived.
    case signal(Int32)
    /// Input cannot be read any more (the terminal went away).
    case inputEnded
}

/// What the full screen needs from a terminal. `CursesTerminal` is the real one; tests use a fake.
protocol FullScreenTerminal: AnyObject {
    /// Takes over the terminal. False when it cannot be used (then nothing has changed).
    func start() -> Bool
    var size: ScreenSize { get }
    var glyphs: Glyphs { get }
    /// Shows a frame, changing only the cells that differ from the last one.
    func draw(_ frame: ScreenFrame)
    /// Makes the next `draw` repaint every cell.
    func forceFullRedraw()
    /// Blocks until a key, a resize, a continue or a signal.
    func nextInput() -> TerminalInput
    /// Writes bytes straight to the terminal, past the screen's cells (for OSC 52).
    func writeDirectly(_ text: String)
    /// Leaves the full screen while `body` runs another program on the terminal, then comes back
    /// and repaints everything.
    func runOutside<T>(_ body: () -> T) -> T
    /// Gives the terminal back as it was.
    func stop()
}

extension CursesKeyCodes {
    /// The codes of the ncurses this program is linked with.
    static let curses = CursesKeyCodes(
        ok: OK, keyCodeYes: KEY_CODE_YES, up: UInt32(KEY_UP), down: UInt32(KEY_DOWN), left: UInt32(KEY_LEFT),
        right: UInt32(KEY_RIGHT), home: UInt32(KEY_HOME), end: UInt32(KEY_END), pageUp: UInt32(KEY_PPAGE),
        pageDown: UInt32(KEY_NPAGE), backspace: UInt32(KEY_BACKSPACE), delete: UInt32(KEY_DC),
        enter: UInt32(KEY_ENTER), resize: UInt32(KEY_RESIZE))
}

/// The ncurses backend: the only code that talks to curses. It copies cell grids to the screen,
/// reads keys with `get_wch`, and keeps the terminal sane on signals and crashes.
final class CursesTerminal: FullScreenTerminal {
    private var window: UnsafeMutablePointer<WINDOW>?
    private var previous: CellGrid?
    private var repaintAll = true
    private let decoder = KeyDecoder(codes: .curses)
    private var pairs: [ColorRole: Int16] = [:]
    private var errorsInARow = 0
    private let environment: [String: String]
    private(set) var glyphs: Glyphs = .ascii

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// True when terminfo knows the terminal, so curses can start.
    static func terminalIsKnown() -> Bool {
        optout_terminal_is_known() != 0
    }

    func start() -> Bool {
        setlocale(LC_ALL, "")
        glyphs = Self.localeIsUTF8() ? .unicode : .ascii
        guard Self.terminalIsKnown() else { return false }
        _ = optout_save_terminal_settings()
        optout_unblock_handled_signals()
        optout_install_crash_handlers()
        guard let window = initscr() else {
            optout_remove_crash_handlers()
            return false
        }
        self.window = window
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        set_escdelay(25)
        setUpColours()
        // After initscr, so these replace the handlers curses installed for SIGINT and SIGTERM.
        optout_install_signal_handlers()
        repaintAll = true
        return true
    }

    var size: ScreenSize {
        guard let window else { return ScreenSize(columns: 0, rows: 0) }
        return ScreenSize(columns: Int(getmaxx(window)), rows: Int(getmaxy(window)))
    }

    func draw(_ frame: ScreenFrame) {
        guard let window else { return }
        let grid = frame.grid
        let full = repaintAll || previous?.size != grid.size
        if full {
            werase(window)
            clearok(window, true)
        }
        let rows = min(grid.size.rows, Int(getmaxy(window)))
        let columns = min(grid.size.columns, Int(getmaxx(window)))
        for row in 0..<rows {
            for column in 0..<columns {
                let cell = grid[row, column]
                if !full, let previous, previous[row, column] == cell { continue }
                if cell.isContinuation {
                    // The wide character to its left covers it; draw that one.
                    if column > 0, grid[row, column - 1].width == 2 { put(grid[row, column - 1], row, column - 1, window) }
                } else if cell.width == 2, column + 1 >= columns {
                    put(.blank, row, column, window)
                } else {
                    put(cell, row, column, window)
                }
            }
        }
        if let cursor = frame.cursor, cursor.row < rows, cursor.column < columns {
            curs_set(1)
            wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        wrefresh(window)
        previous = grid
        repaintAll = false
    }

    func forceFullRedraw() {
        repaintAll = true
    }

    func nextInput() -> TerminalInput {
        guard let window else { return .inputEnded }
        while true {
            let signal = optout_terminating_signal()
            if signal != 0 { return .signal(signal) }
            if optout_take_continue() != 0 {
                repaintAll = true
                return .continued
            }
            var value: UInt32 = 0
            errno = 0
            let status = optout_get_wch(window, &value)
            if status == ERR {
                let error = errno
                if optout_terminating_signal() != 0 || error == EINTR { continue }
                // Without a timeout, ERR means the input is gone; do not spin on it.
                errorsInARow += 1
                if errorsInARow >= 3 { return .inputEnded }
                continue
            }
            errorsInARow = 0
            guard let key = decoder.decode(status: status, value: value) else { continue }
            if key == .resize {
                repaintAll = true
                return .resized
            }
            return .key(key)
        }
    }

    func writeDirectly(_ text: String) {
        writeAll(text, to: STDOUT_FILENO)
    }

    func runOutside<T>(_ body: () -> T) -> T {
        guard let window else { return body() }
        endwin()
        let result = body()
        repaintAll = true
        wrefresh(window)
        return result
    }

    func stop() {
        guard let window else { return }
        // A blank screen first: some terminals (tmux after the window grew) leave parts of the
        // alternate screen showing after leaving it.
        werase(window)
        wrefresh(window)
        curs_set(1)
        endwin()
        optout_restore_terminal_settings()
        optout_remove_signal_handlers()
        optout_remove_crash_handlers()
        self.window = nil
        previous = nil
    }

    // MARK: Drawing

    private func put(_ cell: Cell, _ row: Int, _ column: Int, _ window: UnsafeMutablePointer<WINDOW>) {
        var characters = cell.text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        if characters.isEmpty { characters = [wchar_t(32)] }
        characters.append(0)
        var attributes = optout_attr_normal()
        let style = cell.style
        if style.attributes.contains(.bold) { attributes |= optout_attr_bold() }
        if style.attributes.contains(.reverse) { attributes |= optout_attr_reverse() }
        if style.attributes.contains(.underline) { attributes |= optout_attr_underline() }
        if style.attributes.contains(.dim) { attributes |= optout_attr_dim() }
        let pair = pairs[style.role] ?? 0
        _ = optout_put_cell(window, Int32(row), Int32(column), characters, attributes, pair)
    }

    /// Colour from terminfo when the terminal has it and NO_COLOR is not set; none otherwise.
    private func setUpColours() {
        pairs = [:]
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return }
        guard has_colors() else { return }
        start_color()
        let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
        let foregrounds: [(ColorRole, Int32)] = [
            (.header, COLOR_CYAN), (.heading, COLOR_CYAN), (.link, COLOR_BLUE), (.caution, COLOR_YELLOW),
            (.error, COLOR_RED), (.success, COLOR_GREEN),
        ]
        for (index, entry) in foregrounds.enumerated() {
            let pair = Int16(index + 1)
            if init_pair(pair, Int16(entry.1), background) == OK { pairs[entry.0] = pair }
        }
    }

    private static func localeIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(decoding: UnsafeRawBufferPointer(start: codeset, count: strlen(codeset)), as: UTF8.self).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
