import ArgumentParser

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore

/// `optout guide validate FILE`: every problem of a guide file, with its JSON path.
struct ValidateGuide: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a guide file and list every problem with its JSON path (exit 5 when there is one).")

    @Argument(help: ArgumentHelp("The guide file.", valueName: "file"), completion: .file(extensions: ["json"]))
    var file: String

    func run() throws {
        let data: Data
        do throws(GuideFileError) {
            data = try GuideFile.contents(ofFile: file)
        } catch {
            throw failure(PathBytes.display(error.description), ExitStatus.badGuide)
        }
        let (guide, problems) = GuideFile.validate(data)
        if let guide, problems.isEmpty {
            let labels = guide.labels.isEmpty ? "" : ", " + Words.count(guide.labels.count, "label")
            writeOut("\(TerminalSafeText.sanitize(file)): a valid guide, \(TerminalSafeText.sanitize(guide.id)) \(TerminalSafeText.sanitize(guide.version)), \(Words.count(guide.steps.count, "step"))\(labels).\n")
            if let warning = guide.foreignLinkWarning {
                writeOut("\(TerminalSafeText.sanitize(file)): warning: \(TerminalSafeText.sanitize(warning))\n")
            }
            return
        }
        for problem in problems {
            writeError("\(TerminalSafeText.sanitize(file)): \(TerminalSafeText.sanitize(problem.description))\n")
        }
        writeError("optout: \(problems.count) problem\(problems.count == 1 ? "" : "s") in \(TerminalSafeText.sanitize(file)).\n")
        throw ExitCode(ExitStatus.badGuide)
    }
}
