import ArgumentParser
import OptOutCore

/// The command line before the parser sees it. The options every command takes may come before the
/// command's name (`optout --state-file FILE status`, `optout --guide g.json summary`, as the docs show);
/// they are moved after it. A word in a command's place that names no command is an error that lists the
/// commands, instead of the parser's "unexpected argument" for `start`, the default command.
enum CommandLineArguments {
    /// The options moved, and whether each takes a value.
    static let sharedOptions: [String: Bool] = ["--state-file": true, "--guide": true, "--plain": false, "--language": true]

    /// The value of `--language` (`--language CODE` or `--language=CODE`; the last one counts, as for
    /// the parser), looked for before the parser runs: the language has to be known before anything is
    /// said. Nothing after `--` is an option.
    static func languageOption(in arguments: [String]) -> String? {
        var value: String?
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if word == "--" { break }
            if word == "--language", index + 1 < arguments.count {
                value = arguments[index + 1]
                index += 2
                continue
            }
            if word.hasPrefix("--language=") { value = String(word.dropFirst("--language=".count)) }
            index += 1
        }
        return value
    }

    /// What the parser should get, or the word that is not a command.
    enum Arrangement: Equatable {
        case arguments([String])
        /// `word` is not a command of `parent` (the command's words, empty at the top); `known` lists them.
        case unknownCommand(word: String, parent: [String], known: [String])
    }

    /// The commands under a command, by name.
    static func subcommands(of command: any ParsableCommand.Type) -> [(name: String, type: any ParsableCommand.Type)] {
        command.configuration.subcommands.map { ($0._commandName, $0) }
    }

    /// Arranges `arguments` (without the program's name) for `root`.
    static func arrange(_ arguments: [String], root: any ParsableCommand.Type) -> Arrangement {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if let takesValue = sharedOptions[word] {
                let count = takesValue ? 2 : 1
                leading += arguments[index..<min(index + count, arguments.count)]
                index += count
            } else if let equals = word.firstIndex(of: "="), sharedOptions[String(word[..<equals])] == true {
                leading.append(word)
                index += 1
            } else {
                break
            }
        }
        // Only shared options (the default command), or another option first (`--help`, `--start-over`):
        // the parser decides.
        guard index < arguments.count, !arguments[index].hasPrefix("-") else { return .arguments(arguments) }

        if arguments[index] == "help" {
            // `help [command [subcommand]]`: each word must name a command.
            var command = root
            var parent: [String] = []
            for word in arguments[(index + 1)...] where !word.hasPrefix("-") {
                let known = subcommands(of: command)
                guard let next = known.first(where: { $0.name == word }) else {
                    return .unknownCommand(word: word, parent: parent, known: known.map(\.name))
                }
                command = next.type
                parent.append(word)
            }
            return .arguments(Array(arguments[index...]))
        }

        var command = root
        var path: [String] = []
        while index < arguments.count {
            let known = subcommands(of: command)
            guard !known.isEmpty else { break }
            let word = arguments[index]
            if let next = known.first(where: { $0.name == word }) {
                command = next.type
                path.append(word)
                index += 1
                continue
            }
            // An option goes to the default command; any other word in a command's place is a mistake.
            if word.hasPrefix("-") { break }
            return .unknownCommand(word: word, parent: path, known: known.map(\.name))
        }
        return .arguments(path + leading + arguments[index...])
    }

    /// The error for a word that names no command.
    static func unknownCommandMessage(word: String, parent: [String], known: [String]) -> String {
        let commands = known.joined(separator: ", ")
        let help = (["optout"] + parent).joined(separator: " ") + " --help"
        guard parent.isEmpty else {
            let command = (["optout"] + parent).joined(separator: " ")
            return tr(
                "\"{word}\" is not a command of {command}. The commands are: {commands}. See `{help}`.",
                ["word": word, "command": command, "commands": commands, "help": help])
        }
        return tr("\"{word}\" is not a command. The commands are: {commands}. See `{help}`.", ["word": word, "commands": commands, "help": help])
    }
}
