import ArgumentParser
import OptOutCore

extension GuideFormat: ExpressibleByArgument {}

/// `optout guide print`, the default of `guide`: the whole walkthrough as text or Markdown.
struct PrintGuide: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print", abstract: "Print the whole walkthrough, for reading or printing (the default).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "text or markdown.")
    var format: GuideFormat = .text

    @OptionGroup var linkedInLanguage: LinkedInLanguageOption
    @OptionGroup var stale: StaleOptions

    func run() throws {
        let guide = try global.loadGuide()
        // Without --linkedin-language, the language of the saved walkthrough, if there is one.
        let saved = try global.optionalStore.flatMap { try? $0.load(expectingGuide: guide.id) }
        let language = linkedInLanguage.language ?? saved?.linkedInLanguage
        writeOut(GuideRenderer.render(
            guide, format: format, language: language, age: stale.age(of: guide), width: StandardOutputWidth.lineWidth))
    }
}
