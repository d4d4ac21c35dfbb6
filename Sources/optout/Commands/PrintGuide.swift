import ArgumentParser
import OptOutCore
import OptOutHTML

/// What `guide print --format` takes: the core's text and Markdown, and the HTML handout.
enum GuidePrintFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, html
}

/// `optout guide print`, the default of `guide`: the whole walkthrough as text, Markdown or a
/// printable HTML page.
struct PrintGuide: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print", abstract: "Print the whole walkthrough, for reading or printing (the default).",
        discussion: """
            --format html makes one self-contained page to print or send to someone who needs it: every \
            step with a box to tick, LinkedIn's labels in their LinkedIn language, and each link as a QR \
            code to scan with a phone. The page loads nothing from anywhere and runs no script.

            Examples:
              optout guide --format html --output linkedin-ai.html
              optout guide --format html --linkedin-language de \\
                  --output linkedin-ki.html
              optout guide --region eu-eea | less
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "text, markdown or html (a page to print or send, with QR codes for the links).")
    var format: GuidePrintFormat = .text

    @Option(help: ArgumentHelp("Write to this file instead of standard output (- for standard output).", valueName: "file"))
    var output: String?

    @OptionGroup var linkedInLanguage: LinkedInLanguageOption
    @OptionGroup var region: RegionOption
    @OptionGroup var stale: StaleOptions

    func run() throws {
        let destination = OutputDestination(path: output, option: "--output")
        try destination.validate()
        let guide = try global.loadGuide()
        // Without --linkedin-language, the language of the saved walkthrough, if there is one.
        let saved = try global.optionalStore.flatMap { try? $0.load(expectingGuide: guide.id) }
        let language = linkedInLanguage.language ?? saved?.linkedInLanguage
        let age = stale.age(of: guide)
        let width = destination.isStandardOutput ? StandardOutputWidth.lineWidth : TextWidth.page
        let text = switch format {
        case .text: GuideRenderer.render(guide, format: .text, language: language, age: age, region: region.value, width: width)
        case .markdown: GuideRenderer.render(guide, format: .markdown, language: language, age: age, region: region.value)
        case .html: GuideHandout.render(guide, language: language, age: age, region: region.value)
        }
        if destination.isStandardOutput { return writeOut(text) }
        try destination.write(text, environment: global.environment)
    }
}
