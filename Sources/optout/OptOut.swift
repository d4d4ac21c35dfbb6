import ArgumentParser
import OptOutCore
import OptOutSystem

/// The root command, `optout`: its help, its commands (each in `Commands/`), and the program's entry.
///
/// `optout` with no arguments, the usual way to start, takes a fast path: `main` runs the walkthrough
/// at once, as `start` with no options, without the argument parser. Any other command line goes
/// through the parser (after `CommandLineArguments` has arranged it), and errors end the program
/// through `end(after:)`.
@main
struct OptOut: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "optout",
        abstract: "Walks you through taking your data out of LinkedIn's AI training, step by step.",
        discussion: """
            optout never logs in and never uses the network: you make each change on LinkedIn \
            yourself; optout shows the way, saves your progress after every step, and prints a \
            summary you can keep.

            Examples:
              optout                        start, or resume where you stopped
              optout --plain                line-by-line prompts (also piped)
              optout status                 one line: how far you are
              optout status --json          the same for scripts
              optout summary --format markdown > optout-summary.md
              optout guide | less           read the whole walkthrough
              optout guide --format html --output handout.html
                                            a handout to print or send
              optout reset --yes            forget the saved progress
              optout draft --output objection.txt
                                            the objection text for the form
              optout --linkedin-language de
                                            LinkedIn's labels in German
              optout report --output report.md
                                            screens that differed, to send in
              optout recheck                later: is the setting still Off?
              optout remind --ics recheck.ics
                                            a calendar event for the re-check
              optout qr                     the setting's link as a QR code
              printf 'd\\n1\\n' | optout      answer prompts from a script

            Every command but `guide validate` takes --state-file PATH (the progress file; also \
            $OPTOUT_STATE_FILE) and --guide FILE (a guide from a JSON file instead of the built-in one); \
            --plain (line-by-line prompts) changes only the walkthrough. Options may come before or after \
            the command's name, or between its words. --output and --ics take - for standard output. \
            `optout help start` lists all options.

            Exit statuses: 0 complete or success, 1 unfinished (or the output could not be written), \
            2 nothing saved yet, 3 the progress file cannot be read or written (or HOME is not set), \
            4 another optout is using it, 5 the guide file is invalid, 6 an output file (--output, --ics) \
            cannot be written, 7 `optout qr` could not give a usable code (the link is printed instead), \
            64 wrong command line.
            """,
        version: OptOutVersion.current,
        subcommands: [
            Start.self, Status.self, Summary.self, Reset.self, GuideCommand.self, Draft.self, Recheck.self, Remind.self,
            Report.self, QR.self,
        ],
        defaultSubcommand: Start.self
    )

    /// `optout` with no arguments (the usual way to start) runs the walkthrough at once, with the
    /// defaults `start` has (`Start.Request.defaults`), without the argument parser's reflection at
    /// start-up: that saves milliseconds before the first frame. Everything else goes through the
    /// parser. An exit status (`ExitCode`) ends the process directly; the parser's own error handling
    /// builds its help text, which costs milliseconds at every exit.
    static func main() {
        // Over a file-size limit, write() should fail with EFBIG and the member be told; by default
        // SIGXFSZ would kill the process without a word.
        signal(SIGXFSZ, SIG_IGN)
        // A closed standard stream must not be handed to the lock or a progress file by the next open().
        StandardDescriptors.guardClosed()
        // Byte for byte: a path that is not UTF-8 must reach the file system unchanged.
        let arguments = Array(PathBytes.arguments().dropFirst())
        // The language of everything the run says: --language, else the environment's.
        let option = CommandLineArguments.languageOption(in: arguments)
        let environment = ProcessEnvironment.atStart
        guard let language = InterfaceLanguage.forRun(option: option, environment: environment) else {
            let code = InterfaceLanguage.$current.withValue(.preferred(by: environment)) {
                failure(InterfaceLanguage.unknownCodeMessage(option ?? ""), ExitStatus.usage)
            }
            exitProcess(code.rawValue)
        }
        InterfaceLanguage.$current.withValue(language) { runCommandLine(arguments) }
        exitProcess(0)
    }

    /// The run, in the language chosen.
    private static func runCommandLine(_ arguments: [String]) {
        do {
            if arguments.isEmpty {
                try Start.runWalkthrough(.defaults)
            } else {
                switch CommandLineArguments.arrange(Array(arguments), root: OptOut.self) {
                case let .arguments(arranged, path, moved):
                    var command: any ParsableCommand
                    do {
                        command = try parseAsRoot(arranged)
                    } catch where exitCode(for: error) != .success {
                        // An option moved after a command that does not take it is named with the command.
                        if let message = CommandLineArguments.misplacedOptionMessage(path: path, moved: moved, root: OptOut.self) {
                            throw failure(message, ExitStatus.usage)
                        }
                        throw error
                    }
                    try command.run()
                case let .unknownCommand(word, parent, known):
                    let message = CommandLineArguments.unknownCommandMessage(word: word, parent: parent, known: known)
                    throw failure(PathBytes.display(message), ExitStatus.usage)
                }
            }
        } catch {
            end(after: error)
        }
    }
}
