import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `optout` binaries the tests run.
public enum OptOutBinary {
    /// The binary `swift test` built beside the test bundle (the debug build, or whatever
    /// configuration the tests were built in).
    public static let built: String = {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = (exe as NSString).deletingLastPathComponent
        // On macOS the tests run inside a .xctest bundle.
        while folder.contains(".xctest") { folder = (folder as NSString).deletingLastPathComponent }
        return folder + "/optout"
    }()

    /// The package's root folder (this file is `Tests/Support/OptOutBinary.swift`).
    public static let packageRoot: String = {
        var path = #filePath as NSString
        for _ in 0..<3 { path = path.deletingLastPathComponent as NSString }
        return path as String
    }()

    /// The release binary exactly as `make install` installs it, which is what members run.
    ///
    /// When `OPTOUT_INSTALLED_BINARY` names it (CI runs `make install` once and sets the variable),
    /// that file is used. Otherwise it is built and installed once per test run with
    /// `make install DESTDIR=.build-installed/root SCRATCH=.build-installed/build`, a build folder of
    /// its own, so it never waits on the lock `swift test` holds on `.build`. That is skipped when
    /// nothing it is built from has changed since the last install there (`InstallInputs`): the same
    /// sources, manifest, resolved dependencies, Makefile, packaging files, toolchain and make variables.
    ///
    /// A test case that waits here for the build gives its turn to run (`OwnThreadsTrait`) to another
    /// meanwhile, so the tests of the debug build go on while the release build is made.
    public static func installed() throws -> String {
        if let done = installedDone.withLock({ $0 }) { return try done.get() }
        return try OwnThreadsTrait.waitingWithoutTurn {
            let result = installedResult
            installedDone.withLock { $0 = result }
            return try result.get()
        }
    }

    /// `installedResult` once it is known, read without waiting on its initialisation.
    private static let installedDone = LockedValue<Result<String, InstallError>?>(nil)

    private static let installedResult: Result<String, InstallError> = {
        if let given = ProcessInfo.processInfo.environment["OPTOUT_INSTALLED_BINARY"], !given.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: given) else {
                return .failure(InstallError(message: "OPTOUT_INSTALLED_BINARY names \(given), which is not an executable file"))
            }
            return .success(given)
        }
        let root = packageRoot + "/.build-installed"
        let log = root + "/make-install.log"
        let binary = root + "/root/usr/local/bin/optout"
        let stamp = root + "/installed-from"
        let inputs = InstallInputs.digest(packageRoot: packageRoot)
        if InstallInputs.matches(stamp: stamp, inputs: inputs, binary: binary) { return .success(binary) }
        unlink(stamp)
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let script = "make -C '\(packageRoot)' install DESTDIR='\(root)/root' PREFIX=/usr/local SCRATCH='\(root)/build' > '\(log)' 2>&1"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        do {
            try startingProcess { try process.run() }
        } catch {
            return .failure(InstallError(message: "could not run make: \(error)"))
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.isExecutableFile(atPath: binary) else {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            return .failure(InstallError(message: "make install failed (\(process.terminationStatus)); the end of \(log):\n"
                + text.split(separator: "\n", omittingEmptySubsequences: false).suffix(30).joined(separator: "\n")))
        }
        // Inputs changed during the build are caught next time: the stamp holds what was read before it.
        InstallInputs.record(stamp: stamp, inputs: inputs, binary: binary)
        return .success(binary)
    }()

    /// Why the installed binary is not there.
    public struct InstallError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}

/// The two builds the terminal tests run: the one `swift test` built (debug) and the release build as
/// `make install` installs it, which is what members run. Promises about signals, keys, paste and
/// locales are checked on both, because the two are compiled differently.
public enum BuildUnderTest: String, CaseIterable, Sendable, CustomStringConvertible {
    case built
    case installed

    /// The binary's path (building and installing the release binary on first use).
    public func path() throws -> String {
        switch self {
        case .built: OptOutBinary.built
        case .installed: try OptOutBinary.installed()
        }
    }

    public var description: String { self == .built ? "the built binary" : "the installed release binary" }
}

/// A value behind a lock.
final class LockedValue<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value
    init(_ value: Value) { self.value = value }
    func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

/// What the installed release binary is built from, as one digest, so a test run can tell whether the
/// last `make install` into `.build-installed` is still the build of this tree.
///
/// The digest covers the contents of every file under `Sources/`, `Package.swift`, `Package.resolved`
/// (the dependencies' exact revisions), `Makefile` and `packaging/`; the toolchain (where `swift` resolves
/// to, its size and time); and the make variables the environment may set. The stamp also records the
/// installed binary's size and time, so a binary replaced or touched since is built again.
enum InstallInputs {
    static func digest(packageRoot: String) -> String {
        var hash = FNV1a()
        let manager = FileManager.default
        var files = ["Package.swift", "Package.resolved", "Makefile"]
        for folder in ["Sources", "packaging"] {
            let names = (manager.subpaths(atPath: packageRoot + "/" + folder) ?? []).map { folder + "/" + $0 }
            files += names.filter { isRegularFile(packageRoot + "/" + $0) }
        }
        for file in files.sorted() {
            hash.add(file)
            hash.add(manager.contents(atPath: packageRoot + "/" + file).map { [UInt8]($0) } ?? [0xFF])
        }
        let environment = ProcessInfo.processInfo.environment
        for name in ["SWIFT", "PREFIX", "STATIC_LIBS", "ORDER_FLAGS", "BUILD_FLAGS", "STRIP_FLAGS", "SOURCE_DATE_EPOCH"] {
            hash.add(name + "=" + (environment[name] ?? "(unset)"))
        }
        let swift = which(environment["SWIFT"] ?? "swift").map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path } ?? "(none)"
        hash.add("toolchain " + swift + " " + fileIdentity(swift))
        return hash.hex
    }

    /// True when the stamp says the binary was installed from these inputs and the binary is as it was left.
    static func matches(stamp: String, inputs: String, binary: String) -> Bool {
        guard let text = try? String(contentsOfFile: stamp, encoding: .utf8) else { return false }
        return text == line(inputs: inputs, binary: binary)
    }

    static func record(stamp: String, inputs: String, binary: String) {
        try? line(inputs: inputs, binary: binary).write(toFile: stamp, atomically: true, encoding: .utf8)
    }

    private static func line(inputs: String, binary: String) -> String {
        "inputs \(inputs) binary \(fileIdentity(binary))\n"
    }

    /// Size and modification time in nanoseconds, or "missing".
    private static func fileIdentity(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "missing" }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return "\(info.st_size) \(time.tv_sec).\(time.tv_nsec)"
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// FNV-1a, 64 bits: enough to notice a change, not a defence against anyone.
    private struct FNV1a {
        private var value: UInt64 = 0xcbf2_9ce4_8422_2325
        mutating func add(_ bytes: [UInt8]) {
            for byte in bytes { mix(byte) }
            // The length after the bytes, so that "ab" + "c" and "a" + "bc" differ.
            for shift in stride(from: 0, to: 64, by: 8) { mix(UInt8(truncatingIfNeeded: bytes.count >> shift)) }
        }
        private mutating func mix(_ byte: UInt8) {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        mutating func add(_ text: String) { add(Array(text.utf8)) }
        var hex: String { String(value, radix: 16) }
    }
}
