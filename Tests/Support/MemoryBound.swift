import Foundation
import Synchronization

/// A limit on how much memory one run of the binary may take, so a test of "input that never ends" cannot
/// take the machine's memory when the promise it checks is broken.
///
/// A plain build gets an address-space limit (`ulimit -v`). A build with AddressSanitizer reserves terabytes of
/// address space for its shadow memory and cannot start under such a limit, so it gets the sanitizer's own
/// limit on resident memory instead (`hard_rss_limit_mb`), raised to allow for the sanitizer's quarantine of
/// freed memory. Either way a run that reads without bound is ended within about a second.
public struct MemoryBound: Sendable {
    /// The shell script to run the binary with: `ulimit -v …; exec "$0" "$@"` plus `redirect` (e.g. `< /dev/zero`).
    public var shell: String
    /// Variables to add to the run's environment.
    public var environment: [String: String]

    /// The bound for `executable`: an address-space limit of `megabytes`, or for a sanitized build a resident
    /// limit of `megabytes` plus `sanitizerAllowance`.
    public init(megabytes: Int, for executable: String, redirect: String = "", sanitizerAllowance: Int = 600) {
        if MemoryBound.isAddressSanitized(executable) {
            let inherited = ProcessInfo.processInfo.environment["ASAN_OPTIONS"] ?? "detect_leaks=0"
            shell = "exec \"$0\" \"$@\" \(redirect)"
            environment = ["ASAN_OPTIONS": inherited + ":hard_rss_limit_mb=\(megabytes + sanitizerAllowance)"]
        } else {
            shell = "ulimit -v \(megabytes * 1000); exec \"$0\" \"$@\" \(redirect)"
            environment = [:]
        }
    }

    private static let probed = Mutex<[String: Bool]>([:])

    /// Whether the binary at `path` was built with AddressSanitizer: asked of the binary itself, which lists the
    /// sanitizer's flags on standard error when `ASAN_OPTIONS=help=1` and it has the sanitizer.
    public static func isAddressSanitized(_ path: String) -> Bool {
        if let known = probed.withLock({ $0[path] }) { return known }
        var environment = ProcessInfo.processInfo.environment
        environment["ASAN_OPTIONS"] = "help=1:detect_leaks=0"
        let result = try? Runner.execute(
            [path, "--version"], input: Data(), environment: environment, folder: NSTemporaryDirectory(), timeout: 30)
        let sanitized = result?.stderr.contains("AddressSanitizer") ?? false
        probed.withLock { $0[path] = sanitized }
        return sanitized
    }
}
