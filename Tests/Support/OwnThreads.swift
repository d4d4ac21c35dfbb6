import Foundation
import Testing

/// A task executor that runs each job on a new thread, outside the Swift concurrency pool.
///
/// Swift Testing runs a synchronous test on the concurrency pool, which has one thread per CPU. A test that
/// waits for a process (most tests here run optout, tmux, strace or a shell) holds its thread while it
/// waits, so on a 2-core machine only two such tests ran at a time however idle the CPUs were, and a test
/// waiting for the release build stopped half the suite. Work that prefers this executor waits on threads
/// of its own; Swift Testing's own limit on the tests that run at once still applies.
@available(macOS 15.0, iOS 18.0, tvOS 18.0, watchOS 11.0, *)
public final class ThreadPerJobExecutor: TaskExecutor {
    public static let shared = ThreadPerJobExecutor()

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        let thread = Thread { job.runSynchronously(on: executor) }
        // As much stack as a main thread: some tests recurse deeply (nested JSON).
        thread.stackSize = 8 << 20
        thread.start()
    }
}

/// Runs every test of a suite (or one test) with `ThreadPerJobExecutor` preferred: for tests that wait for
/// processes, so that their waiting does not hold a thread of the concurrency pool.
///
/// At most `OwnThreadsTrait.limit` of these test cases run at once (`OPTOUT_TEST_JOBS`, or four per CPU).
/// They wait mostly for programs that need the CPU: without a limit some two hundred ran at once on two
/// cores, each start of optout took seconds, and a test with a deadline (the terminal tests wait up to
/// 10 s for a screen) could miss it for no fault of optout's.
///
/// Test cases marked `long` get a turn before the others that wait for one: a long test started last
/// would be the only one left running at the end.
public struct OwnThreadsTrait: SuiteTrait, TestTrait, TestScoping {
    public var isRecursive: Bool { true }
    /// The suite's test cases take long (tens of seconds on a loaded machine): they go first.
    public var long = false

    public static let limit: Int = {
        if let given = ProcessInfo.processInfo.environment["OPTOUT_TEST_JOBS"].flatMap({ Int($0) }), given > 0 { return given }
        return 4 * ProcessInfo.processInfo.activeProcessorCount
    }()

    private static let slots = Slots(limit)

    public func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        func run() async throws {
            await Self.slots.take(first: long)
            defer { Self.slots.give() }
            let started = Date()
            defer { Self.printTime(since: started, test) }
            try await Self.$holdsTurn.withValue(true) {
                try await function()
            }
        }
        if #available(macOS 15.0, iOS 18.0, tvOS 18.0, watchOS 11.0, *) {
            try await withTaskExecutorPreference(ThreadPerJobExecutor.shared) { try await run() }
        } else {
            // (Task executors are newer than these systems: the tests then wait on the pool.)
            try await run()
        }
    }

    /// Whether the running test case holds one of the turns (`limit`).
    @TaskLocal static var holdsTurn = false

    /// Runs `body`, which waits for something other tests do not need (the release build, built once for
    /// the run), with this test case's turn given to another meanwhile; the turn is taken back, ahead of
    /// the tests that have not started, before this returns.
    static func waitingWithoutTurn<T>(_ body: () throws -> T) rethrows -> T {
        guard holdsTurn else { return try body() }
        slots.give()
        defer { slots.takeBlocking() }
        return try body()
    }

    /// With `OPTOUT_TEST_TIMES` set, each test case's own time, from when it may run to its end (Swift
    /// Testing's times count the wait for a turn as well), to find the slow ones:
    /// `[test time] 12.34 s Module.Suite/test(argument:)/File.swift:12:6`.
    private static let printsTimes = ProcessInfo.processInfo.environment["OPTOUT_TEST_TIMES"] != nil

    private static func printTime(since started: Date, _ test: Test) {
        guard printsTimes else { return }
        print(String(format: "[test time] %.2f s %@", Date().timeIntervalSince(started), test.id.description))
    }

    /// A counting semaphore that suspends, never blocks, while it waits (a lock, not an actor, so taking and
    /// giving need no thread of the concurrency pool).
    private final class Slots: @unchecked Sendable {
        private let lock = NSLock()
        private var free: Int
        /// What wakes each waiter, in order: those that go first, then the others.
        private var waiting: [@Sendable () -> Void] = []
        private var waitingFirst: [@Sendable () -> Void] = []

        init(_ count: Int) { free = count }

        func take(first: Bool) async {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                if !takeNow(orWait: { continuation.resume() }, first: first) { return }
                continuation.resume()
            }
        }

        /// The same, blocking this thread (one of the test's own) while it waits.
        func takeBlocking() {
            let woken = DispatchSemaphore(value: 0)
            if takeNow(orWait: { woken.signal() }, first: true) { return }
            woken.wait()
        }

        /// Takes a turn if one is free (true), or queues `wake` for when one is given back (false).
        private func takeNow(orWait wake: @escaping @Sendable () -> Void, first: Bool) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            if free > 0 {
                free -= 1
                return true
            }
            if first { waitingFirst.append(wake) } else { waiting.append(wake) }
            return false
        }

        func give() {
            lock.lock()
            let next = waitingFirst.isEmpty ? (waiting.isEmpty ? nil : waiting.removeFirst()) : waitingFirst.removeFirst()
            if next == nil { free += 1 }
            lock.unlock()
            next?()
        }
    }
}

extension Trait where Self == OwnThreadsTrait {
    /// The suite's tests wait for processes on threads of their own (`ThreadPerJobExecutor`).
    public static var ownThreads: Self { Self() }

    /// The same for tests that take long: they get a turn before the others.
    public static var ownThreadsLong: Self { Self(long: true) }
}
