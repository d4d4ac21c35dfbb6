import Foundation
import OptOutTestSupport
import Testing

/// The README's examples must keep working.
@Suite("README examples", .ownThreads)
struct ReadmeTests {
    func readme(file: String = #filePath) throws -> String {
        let root = ((file as NSString).deletingLastPathComponent as NSString).appendingPathComponent("../..")
        return try String(contentsOfFile: root + "/README.md", encoding: .utf8)
    }

    @Test func theScriptedWalkthroughInTheReadmeCompletesTheChecklist() throws {
        let line = try #require(try readme().split(separator: "\n").first { $0.hasPrefix("printf '") && $0.hasSuffix("| optout") })
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", String(line)]
        var env = cli.environment
        env["PATH"] = (Runner.binary as NSString).deletingLastPathComponent + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        shell.environment = env
        shell.standardOutput = FileHandle.nullDevice
        try startingProcess { try shell.run() }
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)
        #expect(try cli.run(["status"]).status == 0)
    }

    @Test func everyCommandInTheUsageSectionIsAccepted() throws {
        let text = try readme()
        let usage = try #require(text.components(separatedBy: "## Usage").dropFirst().first?.components(separatedBy: "```").dropFirst().first)
        let cli = Runner("e2e")
        defer { cli.cleanUp() }
        try cli.run([], input: "d\nq\n")
        for line in usage.split(separator: "\n") {
            let command = line.components(separatedBy: "#")[0].components(separatedBy: ">")[0].components(separatedBy: "|")[0]
            var words = command.split(separator: " ").map(String.init)
            guard words.first == "optout" else { continue }
            words.removeFirst()
            if words.first == "reset" || words.contains("--start-over") { words.append("--help") }
            let result = try cli.run(words, input: "q\n")
            #expect(result.status != 64, "optout \(words.joined(separator: " ")): \(result.stderr)")
        }
    }
}
