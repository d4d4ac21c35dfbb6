import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

/// `optout guide --format html` and `optout summary --format html` as commands: what they write, where,
/// and how they fail. No browser needed.
@Suite("The HTML commands")
struct HandoutCommandTests {
    static let goldens = OptOutBinary.packageRoot + "/Tests/OptOutHTMLTests/Goldens/"

    func golden(_ name: String) throws -> String { try String(contentsOfFile: Self.goldens + name, encoding: .utf8) }

    /// The commands write the pages the in-process goldens hold, from both builds, to standard output
    /// and with --output alike.
    @Test(arguments: BuildUnderTest.allCases)
    func theBuildsWriteTheGoldenPages(binary: BuildUnderTest) throws {
        let cli = try Runner("html", binary: binary)
        defer { cli.cleanUp() }
        for language in ["en", "de"] {
            let printed = try cli.run(["guide", "--format", "html", "--linkedin-language", language, "--stale-days", "36500"])
            #expect(printed.status == 0 && printed.stderr.isEmpty, "\(printed.stderr)")
            #expect(printed.stdout == (try golden("handout-\(language).html")), "\(binary), \(language)")
            let file = cli.folder + "/handout-\(language).html"
            let written = try cli.run(["guide", "--format", "html", "--linkedin-language", language, "--stale-days", "36500", "--output", file])
            #expect(written.status == 0 && written.stdout.isEmpty && written.stderr.isEmpty, "\(written.stderr)")
            #expect(try String(contentsOfFile: file, encoding: .utf8) == printed.stdout)
            #expect(try cli.run(["guide", "--format", "html", "--linkedin-language", language, "--stale-days", "36500", "--output", "-"]).stdout
                == printed.stdout)
        }
        try cli.writeState(try Data(contentsOf: URL(fileURLWithPath: receiptFixture)))
        let receipt = try cli.run(["summary", "--format", "html", "--stale-days", "36500"])
        #expect(receipt.status == 0)
        #expect(receipt.stdout == (try golden("receipt.html")))
        let file = cli.folder + "/receipt.html"
        #expect(try cli.run(["summary", "--format", "html", "--stale-days", "36500", "--output", file]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == receipt.stdout)
    }

    /// Every language's page is the same from the debug build and the release build members install.
    @Test func bothBuildsWriteTheSameBytes() throws {
        let built = Runner("html-dbg"), installed = try Runner("html-rel", binary: .installed)
        defer { built.cleanUp(); installed.cleanUp() }
        for language in LinkedInLanguage.allCases {
            for region in [[], ["--region", "switzerland"]] {
                let arguments = ["guide", "--format", "html", "--linkedin-language", language.rawValue, "--stale-days", "0"] + region
                let a = try built.run(arguments), b = try installed.run(arguments)
                #expect(a.status == 0 && b.status == 0)
                #expect(a.stdoutData == b.stdoutData, "\(arguments.joined(separator: " "))")
            }
        }
    }

    @Test(arguments: BuildUnderTest.allCases)
    func anOutputThatCannotBeWrittenEndsWithStatus6(binary: BuildUnderTest) throws {
        let cli = try Runner("html-out", binary: binary)
        defer { cli.cleanUp() }
        try cli.writeState(try Data(contentsOf: URL(fileURLWithPath: receiptFixture)))
        let notAFolder = cli.folder + "/plain-file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: notAFolder))
        for command in [["guide", "--format", "html"], ["summary", "--format", "html"], ["guide"], ["summary", "--format", "json"]] {
            let result = try cli.run(command + ["--output", notAFolder + "/page.html"])
            #expect(result.status == 6, "\(command): \(result.status) \(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix("optout: "), "\(result.stderr)")
            let empty = try cli.run(command + ["--output", ""])
            #expect(empty.status == 64, "\(command) --output \"\": \(empty.status)")
        }
    }

    @Test func regionChoosesTheNotesAndAnUnknownOneIsAUsageError() throws {
        let cli = Runner("html-region")
        defer { cli.cleanUp() }
        let uk = try cli.run(["guide", "--region", "uk"])
        #expect(uk.status == 0)
        #expect(uk.flatStdout.contains("If you live in the UK:"))
        #expect(!uk.flatStdout.contains("If you live in Switzerland:"))
        let markdown = try cli.run(["guide", "--format", "markdown", "--region", "UK"])
        #expect(markdown.status == 0 && markdown.stdout.contains("> If you live in the UK:") && !markdown.stdout.contains("Switzerland:"))
        let html = try cli.run(["guide", "--format", "html", "--region", "hong-kong"])
        #expect(html.status == 0 && html.stdout.contains("Only the notes for one region are shown: Hong Kong."))
        #expect(html.stdout.contains("If you live in Canada or Hong Kong:") && !html.stdout.contains("If you live in the UK:"))
        let everyRegion = try cli.run(["guide"])
        #expect(everyRegion.flatStdout.contains("If you live in the UK:") && everyRegion.flatStdout.contains("If you live in Switzerland:"))
        let unknown = try cli.run(["guide", "--region", "mars"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("\"mars\" is not a region optout knows. --region takes one of: eu-eea, switzerland, uk, canada, hong-kong, elsewhere."))
    }

    @Test func theHelpSaysWhatTheFormatsAndOptionsDo() throws {
        let cli = Runner("html-help")
        defer { cli.cleanUp() }
        let guide = try cli.run(["guide", "print", "--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: #" +"#, with: " ", options: .regularExpression)
        #expect(guide.contains("text, markdown or html (a page to print or send, with QR codes for the links)"))
        #expect(guide.contains("--output <file>") && guide.contains("--region <region>"))
        #expect(guide.contains("optout guide --format html --linkedin-language de \\ --output linkedin-ki.html"))
        let summary = try cli.run(["summary", "--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: #" +"#, with: " ", options: .regularExpression)
        #expect(summary.contains("text, markdown, json or html (a page to print and keep)"))
        #expect(summary.contains("--output <file>"))
    }
}
