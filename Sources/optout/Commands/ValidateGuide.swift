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
        abstract: "Check a guide file and list every problem with its JSON path (exit 5 when there is one).",
        discussion: """
            Texts without a translation (per language) are listed as warnings on standard error; they \
            show in English and do not make the file invalid.
            """)

    @Argument(help: ArgumentHelp("The guide file.", valueName: "file"), completion: .file(extensions: ["json"]))
    var file: String

    @OptionGroup var language: LanguageOption

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
            // Missing translations are worth knowing, not a reason to refuse the file.
            for warning in GuideFile.translationWarnings(in: guide) {
                writeError("\(TerminalSafeText.sanitize(file)): warning: \(TerminalSafeText.sanitize(warning.description))\n")
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
