import ArgumentParser
import OptOutCore

/// `optout guide export`: the guide as a JSON guide file.
struct ExportGuide: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the guide as a JSON guide file (the built-in one unless --guide names another).",
        discussion: """
            The file can be edited (e.g. when LinkedIn renames a menu) and run with `optout --guide FILE`. \
            docs/guide-format.md describes the format.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Write to this file instead of standard output (- for standard output).", valueName: "file"), completion: .file())
    var output: String?

    func run() throws {
        let destination = OutputDestination(path: output, option: "--output")
        try destination.validate()
        let text = GuideFile.export(try global.loadGuideAsWritten())
        if destination.isStandardOutput { return writeOut(text) }
        try destination.write(text, environment: global.environment)
    }
}
