import Foundation

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
    /// its own, so it never waits on the lock `swift test` holds on `.build`.
    public static func installed() throws -> String {
        try installedResult.get()
    }

    private static let installedResult: Result<String, InstallError> = {
        if let given = ProcessInfo.processInfo.environment["OPTOUT_INSTALLED_BINARY"], !given.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: given) else {
                return .failure(InstallError(message: "OPTOUT_INSTALLED_BINARY names \(given), which is not an executable file"))
            }
            return .success(given)
        }
        let root = packageRoot + "/.build-installed"
        let log = root + "/make-install.log"
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
        let binary = root + "/root/usr/local/bin/optout"
        guard process.terminationStatus == 0, FileManager.default.isExecutableFile(atPath: binary) else {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            return .failure(InstallError(message: "make install failed (\(process.terminationStatus)); the end of \(log):\n"
                + text.split(separator: "\n", omittingEmptySubsequences: false).suffix(30).joined(separator: "\n")))
        }
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
