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
            let name = TerminalSafeText.sanitize(file)
            let id = TerminalSafeText.sanitize(guide.id), version = TerminalSafeText.sanitize(guide.version)
            // Translators: put in place of {steps} in "{file}: a valid guide, {id} {version}, {steps}."
            let steps = trn("{count} step", "{count} steps", count: guide.steps.count, context: "guide validate")
            // Translators: put in place of {labels}: how many of LinkedIn's labels a guide file names.
            let labels = trn("{count} label", "{count} labels", count: guide.labels.count, context: "guide validate")
            // Translators: {file} is a guide file, {id} and {version} the guide's; {steps} "12 steps", {labels} "3 labels".
            let sentence = guide.labels.isEmpty
                ? tr("{file}: a valid guide, {id} {version}, {steps}.", ["file": name, "id": id, "version": version, "steps": steps])
                : tr("{file}: a valid guide, {id} {version}, {steps}, {labels}.", ["file": name, "id": id, "version": version, "steps": steps, "labels": labels])
            writeOut(sentence + "\n")
            if let warning = guide.foreignLinkWarning {
                writeOut(Self.warning(TerminalSafeText.sanitize(warning), file: name) + "\n")
            }
            // Missing translations are worth knowing, not a reason to refuse the file.
            for warning in GuideFile.translationWarnings(in: guide) {
                writeError(Self.warning(TerminalSafeText.sanitize(warning.description), file: name) + "\n")
            }
            return
        }
        for problem in problems {
            writeError("\(TerminalSafeText.sanitize(file)): \(TerminalSafeText.sanitize(problem.description))\n")
        }
        // Translators: after the list of a guide file's problems; {file} is the file.
        let counted = trn("{count} problem in {file}.", "{count} problems in {file}.", count: problems.count, ["file": TerminalSafeText.sanitize(file)])
        writeError("optout: \(counted)\n")
        throw ExitCode(ExitStatus.badGuide)
    }

    /// A warning about a guide file, after the file's name.
    static func warning(_ text: String, file: String) -> String {
        // Translators: {file} is the guide file, {warning} a sentence about it.
        tr("{file}: warning: {warning}", ["file": file, "warning": text])
    }
}
