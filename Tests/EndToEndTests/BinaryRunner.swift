import Foundation

/// Runs the built `optout` binary as a person or a script would, with its own progress file.
struct BinaryRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let folder: String
    var statePath: String { folder + "/state/progress.json" }

    init() {
        folder = NSTemporaryDirectory() + "optout-e2e-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: folder) }

    /// The `optout` binary built beside the test bundle.
    static var binary: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = (exe as NSString).deletingLastPathComponent
        // On macOS the tests run inside a .xctest bundle.
        while folder.contains(".xctest") { folder = (folder as NSString).deletingLastPathComponent }
        return folder + "/optout"
    }

    var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["OPTOUT_STATE_FILE"] = statePath
        env["HOME"] = folder
        env["TERM"] = "dumb"
        env.removeValue(forKey: "XDG_STATE_HOME")
        return env
    }

    func process(_ arguments: [String], extraEnvironment: [String: String] = [:]) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        process.environment = environment.merging(extraEnvironment) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        return process
    }

    /// Runs `optout` with `input` on standard input (closed after it), and waits.
    @discardableResult
    func run(_ arguments: [String], input: String = "", extraEnvironment: [String: String] = [:]) throws -> Result {
        let process = process(arguments, extraEnvironment: extraEnvironment)
        let id = UUID().uuidString
        let outPath = folder + "/out-\(id)", errPath = folder + "/err-\(id)", inPath = folder + "/in-\(id)"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        FileManager.default.createFile(atPath: inPath, contents: Data(input.utf8))
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        let inp = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        try inp.close()
        defer { [outPath, errPath, inPath].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        return Result(
            status: process.terminationStatus,
            stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }

    func writeState(_ text: String) throws {
        try FileManager.default.createDirectory(atPath: folder + "/state", withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: statePath))
    }

    func stateBytes() -> Data? { FileManager.default.contents(atPath: statePath) }

    static func fixture(_ name: String, file: String = #filePath) throws -> String {
        try String(contentsOfFile: (file as NSString).deletingLastPathComponent + "/Fixtures/" + name, encoding: .utf8)
    }
}
