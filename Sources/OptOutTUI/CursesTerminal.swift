import CNCurses
import CTerminalSignals
import OptOutCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutSystem

/// The ncurses backend: the only code that talks to curses. It copies cell grids to the screen,
/// reads the terminal's bytes itself (poll on the terminal and the signal pipe, then `read`) and
/// decodes them with `InputDecoder`, and keeps the terminal sane on signals, suspends and crashes.
/// Signal handling, the saved terminal settings and the crash handler live in `CTerminalSignals`.
final class CursesTerminal: FullScreenTerminal {
    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var previous: CellGrid?
    private var repaintAll = true
    private var decoder = InputDecoder()
    /// Keys decoded but not handed out yet.
    private var keys: [Key] = []
    /// The colour pair of each role, by its raw value (0: the terminal's own colours).
    private var pairs = [Int16](repeating: 0, count: ColorRole.allCases.count)
    private let environment: [String: String]
    /// How long a lone ESC waits for the rest of a sequence, in milliseconds.
    private let escapeDelay: Int
    /// False until the keys terminfo describes are in the decoder: they go in when the first key is
    /// read, after the first frame.
    private var decoderHasTerminfoKeys = false
    private(set) var glyphs: Glyphs = .ascii
    var showsColour: Bool {
        pairs[Int(ColorRole.qrCode.rawValue)] != 0 && pairs[Int(ColorRole.qrDarkModule.rawValue)] != 0
    }

    /// How long a paste may pause before it counts as ended without its end mark, in milliseconds.
    static let pastePause = 5000
    /// How long a paste the terminal did not mark may pause before it counts as ended, in
    /// milliseconds: long enough for a big paste's next block, far shorter than a person between keys.
    static let unmarkedPastePause = 100

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
        escapeDelay = InputDecoder.escapeDelay(environment: environment)
    }

    /// Why terminfo cannot drive the terminal named by TERM, or nil when it can.
    static func terminalProblem(environment: [String: String]) -> String? {
        Self.useTerminalSize()
        let name = TerminalSafeText.sanitize(environment["TERM"] ?? "")
        switch optout_terminal_check() {
        case 1: return nil
        // Translators: why the full screen cannot start, after "optout: "; {name} is the TERM value.
        case -1: return tr("no terminfo database describes the terminal type \"{name}\"", ["name": name])
        // Translators: why the full screen cannot start, after "optout: "; {name} is the TERM value.
        default: return tr("the terminal type \"{name}\" is not in the terminfo database", ["name": name])
        }
    }

    /// The size comes from the terminal (the TIOCGWINSZ ioctl): LINES and COLUMNS in the environment
    /// do not override it. `use_env(false)` alone would make curses take terminfo's 80×24 instead;
    /// `use_tioctl(true)` with it is the combination that means "the operating system's size".
    private static func useTerminalSize() {
        use_env(false)
        use_tioctl(true)
    }

    func start() throws(TerminalStartError) {
        // Only the character type: messages (strerror) stay in one language with plain mode's.
        Self.setCharacterType(environment: environment)
        glyphs = Self.localeIsUTF8() ? .unicode : .ascii
        TerminfoSearch.prepare()
        if let problem = Self.terminalProblem(environment: environment) { throw TerminalStartError(reason: problem) }
        _ = optout_terminal_save()
        guard optout_signals_install() == 0 else {
            // Translators: why the full screen cannot start, after "optout: "; {reason} is the system's words.
            throw TerminalStartError(reason: tr("could not set up signal handling ({reason})", ["reason": String(cString: strerror(errno))]))
        }
        optout_crash_install()
        Self.useTerminalSize()
        guard let screen = optout_newterm() else {
            optout_crash_remove()
            optout_signals_restore()
            // Translators: why the full screen cannot start, after "optout: "; {term} is the TERM value.
            throw TerminalStartError(reason: tr("curses could not start on this terminal (TERM={term})",
                                                ["term": TerminalSafeText.sanitize(environment["TERM"] ?? "")]))
        }
        // Curses installs handlers only for signals still at their default; ours go in again anyway.
        _ = optout_signals_install()
        self.screen = screen
        let window = optout_stdscr()
        self.window = window
        // cbreak, not raw: the terminal keeps ISIG, so Ctrl-C, Ctrl-\ and Ctrl-Z come as SIGINT, SIGQUIT
        // and SIGTSTP, which `nextInput` reports; they never arrive as keys.
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        def_prog_mode()
        setUpColours()
        decoder = InputDecoder()
        decoderHasTerminfoKeys = false
        keys = []
        setBracketedPaste(true)
        repaintAll = true
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
                // werase left blanks everywhere: a full repaint draws only the rest.
                if full, cell == .blank { continue }
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
        guard window != nil else { return .inputEnded }
        if !decoderHasTerminfoKeys {
            decoder = InputDecoder(sequences: Self.terminfoKeys())
            decoderHasTerminfoKeys = true
        }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let signal = optout_signals_terminating()
            if signal != 0 { return .signal(signal) }
            if optout_signals_take_stop() != 0 {
                suspend()
                return .continued
            }
            if optout_signals_take_continue() != 0 {
                comeBack()
                return .continued
            }
            if optout_signals_take_resize() != 0 {
                _ = optout_resize_to_terminal()
                repaintAll = true
                return .resized
            }
            if !keys.isEmpty { return .key(keys.removeFirst()) }
            // Keys are read only when poll says the terminal has bytes; a signal wakes the wait through
            // its pipe, so none is missed between the checks above and the wait.
            let timeout = decoder.isWaiting
                ? (decoder.isInUnmarkedPaste ? Self.unmarkedPastePause : decoder.isInPaste ? Self.pastePause : escapeDelay) : -1
            // Bytes already there were perhaps typed ahead while the program was busy; bytes that
            // arrive while it waits came at once, and a block of lines among them is a paste.
            let cameWhileWaiting = !Self.inputIsReady()
            switch optout_signals_wait(STDIN_FILENO, Int32(timeout)) {
            case Int32(OPTOUT_WAIT_INPUT):
                let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
                if count > 0 {
                    keys += decoder.feed(buffer[0..<count], cameAtOnce: cameWhileWaiting)
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    return .inputEnded
                }
            case Int32(OPTOUT_WAIT_TIMEOUT):
                keys += decoder.flush()
            case Int32(OPTOUT_WAIT_SIGNAL):
                continue
            default:
                return .inputEnded
            }
        }
    }

    /// True when standard input has bytes to read now, without waiting.
    private static func inputIsReady() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLIN) != 0
    }

    func writeDirectly(_ text: String) {
        // A terminal that has hung up cannot be told anything.
        DescriptorWriter.writeAll(text, to: STDOUT_FILENO, onFailure: .ignore)
    }

    func runOutside<T>(_ body: () -> T) -> T {
        guard let window else { return body() }
        setBracketedPaste(false)
        endwin()
        let result = body()
        comeBack()
        wrefresh(window)
        return result
    }

    func runProgram(_ invocation: ProgramInvocation) -> ProgramExit {
        // A crash meanwhile removes the temporary file too; a signal ends the program first (see the C side).
        ForegroundProgram.run(invocation)
    }

    func stop() {
        guard let window else { return }
        // A blank screen first: some terminals (tmux after the window grew) leave parts of the
        // alternate screen showing after leaving it.
        werase(window)
        wrefresh(window)
        curs_set(1)
        endwin()
        setBracketedPaste(false)
        optout_terminal_restore()
        optout_signals_restore()
        optout_crash_remove()
        if let screen { delscreen(screen) }
        self.window = nil
        screen = nil
        previous = nil
    }

    // MARK: Suspending

    /// Ctrl-Z: hands the terminal to the shell as it was (no bracketed paste), stops, and on `fg`
    /// takes it back.
    private func suspend() {
        setBracketedPaste(false)
        endwin()
        optout_signals_suspend()
        comeBack()
    }

    /// Back after a stop or another program: the terminal's modes may have been changed meanwhile
    /// (a shell's line editor turns bracketed paste off after each line), so they are set again and
    /// everything is repainted.
    private func comeBack() {
        guard window != nil else { return }
        reset_prog_mode()
        setBracketedPaste(true)
        repaintAll = true
    }

    /// Bracketed paste: the terminal marks pasted text, so it goes into a field as text and never
    /// runs as keys.
    private func setBracketedPaste(_ on: Bool) {
        DescriptorWriter.writeAll(on ? "\u{1B}[?2004h" : "\u{1B}[?2004l", to: STDOUT_FILENO, onFailure: .ignore)
    }

    // MARK: Drawing

    private func put(_ cell: Cell, _ row: Int, _ column: Int, _ window: UnsafeMutablePointer<WINDOW>) {
        var attributes = optout_attr_normal()
        let style = cell.style
        if style.attributes.contains(.bold) { attributes |= optout_attr_bold() }
        if style.attributes.contains(.reverse) { attributes |= optout_attr_reverse() }
        if style.attributes.contains(.underline) { attributes |= optout_attr_underline() }
        let pair = pairs[Int(style.role.rawValue)]
        // The usual cell, whose first scalar has the width the layout gave it, goes to curses from the
        // stack: this runs for every cell drawn. Any other takes `drawable`'s stand-ins.
        var characters: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (32, 0, 0, 0, 0, 0)
        let usual = withUnsafeMutableBytes(of: &characters) { bytes -> Bool in
            let buffer = bytes.bindMemory(to: wchar_t.self)
            var count = 0
            var examined = 0
            for scalar in cell.text.unicodeScalars {
                // The first five scalars, as `drawable` takes them (without `prefix`, which is generic).
                if examined == 5 { break }
                examined += 1
                if count == 0 {
                    guard libraryWidth(scalar.value) == cell.width else { return false }
                } else if libraryWidth(scalar.value) != 0 {
                    continue
                }
                buffer[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            if count > 0 { buffer[count] = 0 }
            return true
        }
        if usual {
            _ = withUnsafePointer(to: &characters) { tuple in
                tuple.withMemoryRebound(to: wchar_t.self, capacity: 6) {
                    optout_put_cell(window, Int32(row), Int32(column), $0, attributes, pair)
                }
            }
            return
        }
        let drawn = Self.drawable(cell, libraryWidth: libraryWidth)
        for (offset, scalars) in drawn.enumerated() {
            let characters = scalars.map { wchar_t(bitPattern: $0) } + [0]
            _ = optout_put_cell(window, Int32(row), Int32(column + offset), characters, attributes, pair)
        }
    }

    /// The C library's width of a character. Printable ASCII takes one column in every locale; other
    /// characters are asked each time (`wcwidth` is a table lookup, cheaper than caching it in a
    /// dictionary, whose first use before the first frame costs the runtime a conformance search).
    private func libraryWidth(_ scalar: UInt32) -> Int {
        scalar >= 0x20 && scalar < 0x7F ? 1 : Int(optout_wcwidth(scalar))
    }

    /// What to draw for a cell, one entry per column it covers that needs drawing: its own scalars when
    /// the C library (whose widths curses and the terminal use) gives its first scalar the width the
    /// layout gave the cell; otherwise a stand-in of the same width, so the columns stay where the
    /// layout put them: U+FFFD (or `?` when even that cannot be shown), then a blank for a wide cell.
    /// Marks the library does not take as zero-width are left out.
    static func drawable(_ cell: Cell, libraryWidth: (UInt32) -> Int) -> [[UInt32]] {
        let scalars = cell.text.unicodeScalars.prefix(5).map(\.value)
        guard let first = scalars.first else { return [[0x20]] }
        if libraryWidth(first) == cell.width {
            return [[first] + scalars.dropFirst().filter { libraryWidth($0) == 0 }]
        }
        let standIn: UInt32 = libraryWidth(0xFFFD) == 1 ? 0xFFFD : 0x3F
        return cell.width == 2 ? [[standIn], [0x20]] : [[standIn]]
    }

    /// The cursor and editing keys terminfo gives for this terminal, for the decoder.
    private static func terminfoKeys() -> [[UInt8]: Key] {
        let capabilities: [(String, Key)] = [
            ("kcuu1", .up), ("kcud1", .down), ("kcub1", .left), ("kcuf1", .right), ("khome", .home), ("kend", .end),
            ("kpp", .pageUp), ("knp", .pageDown), ("kdch1", .delete), ("kent", .enter),
        ]
        var sequences: [[UInt8]: Key] = [:]
        for (name, key) in capabilities {
            guard let value = optout_terminfo_string(name) else { continue }
            sequences[Array(UnsafeRawBufferPointer(start: value, count: strlen(value)))] = key
        }
        return sequences
    }

    /// Colour from terminfo when the terminal has it and NO_COLOR is not set; none otherwise.
    private func setUpColours() {
        pairs = [Int16](repeating: 0, count: ColorRole.allCases.count)
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
            if init_pair(pair, Int16(entry.1), background) == OK { pairs[Int(entry.0.rawValue)] = pair }
        }
        // QR codes: explicit black on white, whatever the theme's own colours.
        let codeColours: [(ColorRole, Int32, Int32)] = [(.qrCode, COLOR_BLACK, COLOR_WHITE), (.qrDarkModule, COLOR_BLACK, COLOR_BLACK)]
        for (index, entry) in codeColours.enumerated() {
            let pair = Int16(foregrounds.count + index + 1)
            if init_pair(pair, Int16(entry.1), Int16(entry.2)) == OK { pairs[Int(entry.0.rawValue)] = pair }
        }
    }

    /// The character type the environment names; when its files are not installed (`de_DE.UTF-8` where
    /// only `C.UTF-8` is) but the name says UTF-8, `C.UTF-8`'s: the terminal is UTF-8 all the same, and
    /// the screen then draws with Unicode. Without any UTF-8 locale it stays ASCII.
    static func setCharacterType(environment: [String: String]) {
        guard setlocale(LC_CTYPE, "") == nil, LocaleName.characterTypeIsUTF8(environment) else { return }
        for fallback in ["C.UTF-8", "C.utf8", "UTF-8"] where setlocale(LC_CTYPE, fallback) != nil { return }
    }

    private static func localeIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(decoding: UnsafeRawBufferPointer(start: codeset, count: strlen(codeset)), as: UTF8.self).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
