import CTerminalSignals
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The signal state of the C target. Signal actions belong to the whole process, and the other suites run
/// at the same time in this one (`Runner` ignores SIGPIPE, and children inherit ignored signals), so each
/// test installs and raises its signals in a child process of its own (an exit test): nothing here can
/// change the signal actions the other suites run with.
@Suite("Signal state in one place")
struct SignalStateTests {
    /// The handler a signal has now, as a number (SIG_DFL is 0, SIG_IGN 1).
    static func handler(_ signalNumber: Int32) -> Int {
        let current = signal(signalNumber, SIG_IGN)
        signal(signalNumber, current)
        return unsafeBitCast(current, to: Int.self)
    }

    static let testHandler: @convention(c) (Int32) -> Void = { _ in }

    @Test("a signal ignored at the start stays ignored; the actions found come back afterwards")
    func previousActions() async {
        await #expect(processExitsWith: .success) {
            let handler = SignalStateTests.handler
            let before1 = signal(SIGUSR1, SIG_IGN)
            let before2 = signal(SIGUSR2, SignalStateTests.testHandler)
            defer {
                signal(SIGUSR1, before1)
                signal(SIGUSR2, before2)
            }
            let ours = unsafeBitCast(SignalStateTests.testHandler, to: Int.self)
            #expect(optout_signals_install() == 0)
            #expect(handler(SIGUSR1) == unsafeBitCast(SIG_IGN, to: Int.self), "an ignored signal was caught")
            #expect(handler(SIGUSR2) != ours)
            #expect(handler(SIGUSR2) != unsafeBitCast(SIG_DFL, to: Int.self))
            raise(SIGUSR2)
            #expect(optout_signals_terminating() == SIGUSR2)
            // Installing again (after curses) keeps what was found the first time.
            #expect(optout_signals_install() == 0)
            optout_signals_restore()
            #expect(handler(SIGUSR2) == ours, "the previous handler did not come back")
            #expect(handler(SIGUSR1) == unsafeBitCast(SIG_IGN, to: Int.self))
            #expect(optout_signals_installed() == 0)
        }
    }

    @Test("a signal handled on another thread still wakes the wait: no lost wake-up")
    func noLostWakeUp() async {
        await #expect(processExitsWith: .success) {
            #expect(optout_signals_install() == 0)
            defer { optout_signals_restore() }
            var fds: [Int32] = [0, 0]
            #expect(pipe(&fds) == 0)
            defer { fds.forEach { close($0) } }
            // The signal is raised on another thread, so it never interrupts the wait below: only the pipe
            // its handler writes to can wake it.
            Thread.detachNewThread {
                usleep(100_000)
                raise(SIGALRM)
            }
            let started = Date()
            let result = optout_signals_wait(fds[0], 20_000)
            #expect(result == Int32(OPTOUT_WAIT_SIGNAL))
            #expect(optout_signals_terminating() == SIGALRM)
            #expect(Date().timeIntervalSince(started) < 19, "the wait ran to its timeout")
        }
    }

    @Test("input and timeouts are told apart from signals")
    func waitResults() async {
        await #expect(processExitsWith: .success) {
            #expect(optout_signals_install() == 0)
            defer { optout_signals_restore() }
            var fds: [Int32] = [0, 0]
            #expect(pipe(&fds) == 0)
            defer { fds.forEach { close($0) } }
            #expect(optout_signals_wait(fds[0], 10) == Int32(OPTOUT_WAIT_TIMEOUT))
            #expect(write(fds[1], "x", 1) == 1)
            #expect(optout_signals_wait(fds[0], 1000) == Int32(OPTOUT_WAIT_INPUT))
            raise(SIGWINCH)
            #expect(optout_signals_wait(fds[0], 1000) == Int32(OPTOUT_WAIT_SIGNAL))
            #expect(optout_signals_take_resize() == 1)
            #expect(optout_signals_take_resize() == 0)
            #expect(optout_signals_terminating() == 0)
        }
    }
}
