import ArgumentParser
import OptOutCore
import OptOutPlain
import QRCode
import OptOutSystem

/// `--level`: a QR code's error correction, by its letter (in either case). The letters are the raw
/// values, so the help and the completions show them, and the default as M.
enum QRLevel: String, CaseIterable, ExpressibleByArgument {
    case low = "L", medium = "M", quartile = "Q", high = "H"

    init?(argument: String) { self.init(rawValue: argument.uppercased()) }

    var errorCorrection: QRCode.ErrorCorrection {
        switch self {
        case .low: .low
        case .medium: .medium
        case .quartile: .quartile
        case .high: .high
        }
    }
}

/// `optout qr [STEP]`: a step's link as a QR code, drawn in text, to open it on a phone.
struct QR: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qr",
        abstract: "Print a step's link as a QR code, to open it on your phone by scanning it.",
        discussion: """
            The code is drawn with text characters (half blocks; two columns per module without a \
            UTF-8 locale), so a copy or a capture of it keeps it. On a terminal it is black on white \
            (reverse video with NO_COLOR set); to a file or a pipe it is plain text. A line above it \
            names the link (in your LinkedIn language) and the step; the link is printed under it. \
            Without a STEP it is the step with the setting's direct link (in a guide file: the first \
            step with a link). A step without a link is refused (exit 64). Where no usable code can be \
            shown (a link too long for a QR code, no UTF-8 locale and no colour, or a terminal \
            narrower than the code), the link is printed alone and the exit status is 7.

            Examples:
              optout qr                     the setting's direct link
              optout qr objection-form      the form's link, by step id
              optout qr 9                   a step by its number
              optout qr --guide my-guide.json
              optout qr --linkedin-language de
                                            the link's name in German
              optout qr > link-code.txt     as plain text, to keep or print
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(
        help: ArgumentHelp("A step's id or number (default: the step with the setting's direct link).", valueName: "step"),
        completion: .list(QR.stepsWithLinks(.linkedInAITraining)))
    var step: String?

    @Option(help: "Error correction, from L (least) to H (most): more correction makes a larger code.")
    var level: QRLevel = .medium

    @OptionGroup var linkedInLanguage: LinkedInLanguageOption

    /// The step whose link opens the setting in the built-in guide.
    static let settingStepID = "open-genai-setting"

    func run() throws {
        let loaded = try global.loadGuide()
        // LinkedIn's labels (in the messages) in the language asked for, else the saved walkthrough's.
        let saved = try global.optionalStore.flatMap { try? $0.load(expectingGuide: loaded.id) }
        let guide = loaded.resolvingLabels(for: linkedInLanguage.language ?? saved?.linkedInLanguage)
        let index = try Self.stepIndex(step, in: guide)
        let chosen = guide.steps[index]
        guard let link = chosen.link else {
            // Translators: {number} is the step's number, {title} its title; a sentence listing the steps with a link follows.
            let sentence = tr("Step {number}, \"{title}\", has no link.", ["number": String(index + 1), "title": chosen.title])
            throw failure(sentence + " " + Self.stepsWithLinksSentence(guide), ExitStatus.usage)
        }
        let outputIsTerminal = isatty(1) == 1
        let printed = PrintedQRCode(link, style: .choose(environment: global.environment, outputIsTerminal: outputIsTerminal),
                                    errorCorrection: level.errorCorrection)
        // Where no usable code can be shown, standard output carries the link alone, and the command fails.
        if let reason = printed.reason {
            writeError("optout: \(reason)\n")
            writeOut(printed.url + "\n")
            throw ExitCode(ExitStatus.noQRCode)
        }
        if outputIsTerminal, let columns = StandardOutputWidth.terminalColumns, printed.columns > columns {
            // Translators: {need} and {columns} are numbers of columns (characters across the terminal), always many.
            let sentence = tr(
                "This code needs a terminal at least {need} columns wide; this one has {columns}. Widen it, or make the font smaller, and run `optout qr` again; the link is below.",
                ["need": String(printed.columns), "columns": String(columns)])
            writeError("optout: \(sentence)\n")
            writeOut(printed.url + "\n")
            throw ExitCode(ExitStatus.noQRCode)
        }
        // Translators: above the QR code; {link} is the link's name (LinkedIn's label), {number} the step's number, {count} the guide's steps.
        let heading = tr(
            "Scan this code with your phone to open {link} (step {number} of {count}):",
            ["link": TerminalSafeText.sanitize(link.label), "number": String(index + 1), "count": String(guide.steps.count)])
        writeOut(TextWrap.wrap(heading, width: StandardOutputWidth.lineWidth).joined(separator: "\n") + "\n" + printed.text)
    }

    /// The step a STEP argument names (an id, or a number from 1), or the default one.
    static func stepIndex(_ argument: String?, in guide: Guide) throws -> Int {
        guard let argument else {
            if let index = guide.steps.firstIndex(where: { $0.id == settingStepID && $0.link != nil })
                ?? guide.steps.firstIndex(where: { $0.link != nil })
            {
                return index
            }
            throw failure(tr("This guide has no step with a link."), ExitStatus.usage)
        }
        if let index = guide.index(ofStep: argument) { return index }
        if let number = Int(argument), (1...guide.steps.count).contains(number) { return number - 1 }
        // Translators: {step} is what was typed; {count} the number of the guide's last step. A sentence listing the steps with a link follows.
        let sentence = tr(
            "There is no step \"{step}\": give a step's number, 1 to {count}, or its id.", ["step": argument, "count": String(guide.steps.count)])
        throw failure(sentence + " " + stepsWithLinksSentence(guide), ExitStatus.usage)
    }

    /// The ids and numbers of the steps with a link, for shell completion (of the built-in guide: a
    /// completion script cannot know which guide file will be named).
    static func stepsWithLinks(_ guide: Guide) -> [String] {
        let indices = guide.steps.indices.filter { guide.steps[$0].link != nil }
        return indices.map { guide.steps[$0].id } + indices.map { String($0 + 1) }
    }

    /// A sentence listing the steps that have a link.
    static func stepsWithLinksSentence(_ guide: Guide) -> String {
        let steps = guide.steps.enumerated().filter { $0.element.link != nil }.map { "\($0.offset + 1) (\($0.element.id))" }
        // Translators: {steps} lists the steps' numbers with their ids in brackets: "6 (open-genai-setting), 9 (objection-form)".
        return steps.isEmpty ? tr("No step of this guide has a link.") : tr("Steps with a link: {steps}.", ["steps": steps.joined(separator: ", ")])
    }
}
