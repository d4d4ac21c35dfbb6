import OptOutCore

/// What the terminal reported while the full screen waited for input.
enum TerminalInput: Equatable {
    case key(Key)
    /// The terminal changed size; lay out again.
    case resized
    /// The program was continued after a stop (Ctrl-Z, then fg); draw everything again.
    case continued
    /// A signal asked the program to end (SIGINT, SIGTERM, SIGHUP, SIGQUIT and the others whose default
    /// action ends a process).
    case signal(Int32)
    /// Input cannot be read any more (the terminal went away).
    case inputEnded
}

/// Why the full screen could not start; nothing on the terminal has changed.
struct TerminalStartError: Error, Equatable {
    var reason: String
}

/// What the full screen needs from a terminal. `CursesTerminal` is the real one; tests use a fake.
protocol FullScreenTerminal: AnyObject {
    /// Takes over the terminal, or says why it cannot (then nothing has changed).
    func start() throws(TerminalStartError)
    var size: ScreenSize { get }
    var glyphs: Glyphs { get }
    /// True when the screen is drawn with colours (the terminal has them, NO_COLOR is not set, and
    /// the QR code's colour pairs could be made); QR codes are drawn in reverse video otherwise.
    var showsColour: Bool { get }
    /// Shows a frame, changing only the cells that differ from the last one.
    func draw(_ frame: ScreenFrame)
    /// Makes the next `draw` repaint every cell.
    func forceFullRedraw()
    /// Blocks until a key, a paste, a resize, a continue or a signal.
    func nextInput() -> TerminalInput
    /// Writes bytes straight to the terminal, past the screen's cells (for OSC 52).
    func writeDirectly(_ text: String)
    /// Leaves the full screen while `body` runs another program on the terminal, then comes back
    /// and repaints everything.
    func runOutside<T>(_ body: () -> T) -> T
    /// Runs a program on the terminal (inside `runOutside`) and waits for it, as a shell runs a job.
    func runProgram(_ invocation: ProgramInvocation) -> ProgramExit
    /// Gives the terminal back as it was.
    func stop()
}
