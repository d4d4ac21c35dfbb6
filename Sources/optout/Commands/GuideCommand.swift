import ArgumentParser

/// `optout guide`: the guide printed, exported as a file, or a guide file checked (by its subcommands).
struct GuideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide",
        abstract: "Print the whole walkthrough, export it as a guide file, or check a guide file.",
        discussion: """
            Examples:
              optout guide | less
              optout guide --linkedin-language de
                                            LinkedIn's labels in German
              optout guide --format markdown > linkedin-ai-opt-out.md
              optout guide --format html --linkedin-language de \\
                  --output linkedin-ki.html
              optout guide --region uk           only the notes for the UK
              optout guide export --output my-guide.json
              optout guide validate my-guide.json
              optout --guide my-guide.json
            """,
        subcommands: [PrintGuide.self, ExportGuide.self, ValidateGuide.self],
        defaultSubcommand: PrintGuide.self)
}
