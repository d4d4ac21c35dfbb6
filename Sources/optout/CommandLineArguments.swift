import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore

/// The command line before the parser sees it. Options may come before the command's name, and between
/// a command's words (`optout --state-file FILE status`, `optout guide --guide g.json export`, as the
/// docs show); they are moved after the last command word, where the parser looks for them. A word in a
/// command's place that names no command is an error that lists the commands, instead of the parser's
/// "unexpected argument" for `start`, the default command; and an option moved to a command that does
/// not take it is an error that names both (`misplacedOptionMessage`).
enum CommandLineArguments {
    /// Every option of every command, and whether it takes a value: what the walk needs to tell an
    /// option's value from a command's name (`--state-file status` names a file called "status").
    /// `--help` and `--version` are not moved: before a command's name they are the root's.
    /// `CommandLineShapeTests` checks this table against the commands' own declarations.
    static let options: [String: Bool] = [
        "--state-file": true, "--guide": true, "--plain": false, "--language": true, "--linkedin-language": true,
        "--recheck-days": true, "--stale-days": true, "--format": true, "--output": true, "--region": true, "--ics": true,
        "--level": true, "--json": false, "--start-over": false, "--yes": false, "-y": false,
    ]

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
        /// The words for the parser. `moved` are the options that stood before a command word of `path`
        /// (the command words, in order) and now follow it.
        case arguments([String], path: [String], moved: [String])
        /// `word` is not a command of `parent` (the command's words, empty at the top); `known` lists them.
        case unknownCommand(word: String, parent: [String], known: [String])
    }

    /// The commands under a command, by name.
    static func subcommands(of command: any ParsableCommand.Type) -> [(name: String, type: any ParsableCommand.Type)] {
        command.configuration.subcommands.map { ($0._commandName, $0) }
    }

    /// How many words the option at `index` takes (with its value), or nil when the word is not one of
    /// the `options`.
    private static func optionLength(_ arguments: [String], at index: Int) -> Int? {
        let word = arguments[index]
        if let takesValue = options[word] { return min(takesValue ? 2 : 1, arguments.count - index) }
        if let equals = word.firstIndex(of: "="), options[String(word[..<equals])] == true { return 1 }
        return nil
    }

    /// Arranges `arguments` (without the program's name) for `root`.
    static func arrange(_ arguments: [String], root: any ParsableCommand.Type) -> Arrangement {
        var command = root
        var path: [String] = []
        var moved: [String] = []
        var waiting: [String] = []
        var index = 0
        while index < arguments.count {
            // Options in a command's place wait to see whether a command word follows them.
            while index < arguments.count, let length = optionLength(arguments, at: index) {
                waiting += arguments[index..<(index + length)]
                index += length
            }
            // Nothing more, or another option (`--help`, or one the parser will refuse): the parser decides.
            guard index < arguments.count, !arguments[index].hasPrefix("-") else { break }
            let known = subcommands(of: command)
            // A command without subcommands: the word is its argument (`qr 9`, `guide validate FILE`).
            guard !known.isEmpty else { break }
            let word = arguments[index]
            if path.isEmpty, word == "help" { return arrangeHelp(Array(arguments[(index + 1)...]), root: root) }
            guard let next = known.first(where: { $0.name == word }) else {
                return .unknownCommand(word: word, parent: path, known: known.map(\.name))
            }
            command = next.type
            path.append(word)
            moved += waiting
            waiting = []
            index += 1
        }
        return .arguments(path + moved + waiting + arguments[index...], path: path, moved: moved)
    }

    /// `help [command [subcommand]]`: each word must name a command; options before `help` are dropped.
    private static func arrangeHelp(_ words: [String], root: any ParsableCommand.Type) -> Arrangement {
        var command = root
        var parent: [String] = []
        for word in words where !word.hasPrefix("-") {
            let known = subcommands(of: command)
            guard let next = known.first(where: { $0.name == word }) else {
                return .unknownCommand(word: word, parent: parent, known: known.map(\.name))
            }
            command = next.type
            parent.append(word)
        }
        return .arguments(["help"] + words, path: [], moved: [])
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

    // MARK: Options a command does not take

    /// When the parser refused a command line, the sentence for an option that was moved to a command
    /// that does not take it (`optout --linkedin-language de status`): the option, the command, and the
    /// commands that do take it. Nil when every moved option belongs to its command, and the parser's
    /// own message is the right one. Only asked after a refusal, so a command line that parses pays
    /// nothing for it.
    static func misplacedOptionMessage(path: [String], moved: [String], root: any ParsableCommand.Type) -> String? {
        guard !moved.isEmpty, let tree = CommandOptions.read(root) else { return nil }
        let movedNames = moved.compactMap { word -> String? in
            let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
            return options[name] == nil ? nil : name
        }
        // The command that receives them: the one the words name, or its default subcommand.
        guard var target = tree.command(at: path) else { return nil }
        var targetPath = path
        while let name = target.defaultSubcommand, let next = target.subcommands.first(where: { $0.name == name }) {
            target = next
            targetPath.append(name)
        }
        guard let name = movedNames.first(where: { !target.options.contains($0) }) else { return nil }
        let shown = (["optout"] + path).joined(separator: " ")
        let takers = tree.commandsTaking(name).map { (["optout"] + $0).joined(separator: " ") }
        guard !takers.isEmpty else {
            // Translators: {command} is a command (optout status), {option} an option it does not take (--linkedin-language).
            return tr("`{command}` does not take {option}. See `{command} --help`.", ["command": shown, "option": name])
        }
        // Translators: {commands} lists the commands that take {option}: "optout guide print and optout qr".
        return trn(
            "`{command}` does not take {option} ({commands} takes it). See `{command} --help`.",
            "`{command}` does not take {option} ({commands} take it). See `{command} --help`.",
            count: takers.count, ["command": shown, "option": name, "commands": Self.list(takers)])
    }

    /// "a", "a and b", "a, b and c".
    private static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        // Translators: the end of a list: {items} is the items before the last, joined by ", "; {last} the last one.
        return tr("{items} and {last}", ["items": items.dropLast().joined(separator: ", "), "last": last])
    }

    /// Each command's options, read from the argument parser's own description of the commands (the
    /// JSON of `--experimental-dump-help`), so they cannot drift from the declarations.
    struct CommandOptions: Decodable {
        var name: String
        var defaultSubcommand: String?
        var subcommands: [CommandOptions]
        /// The command's option and flag names, with their dashes (`--state-file`, `-y`).
        var options: Set<String>
        /// The same names, with whether each takes a value.
        var arity: [String: Bool]

        private struct Dump: Decodable { var command: CommandOptions }
        private struct Argument: Decodable {
            struct Name: Decodable { var kind: String; var name: String }
            var kind: String
            var names: [Name]?
        }
        private enum Keys: String, CodingKey { case commandName, defaultSubcommand, subcommands, arguments }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Keys.self)
            name = try c.decode(String.self, forKey: .commandName)
            defaultSubcommand = try c.decodeIfPresent(String.self, forKey: .defaultSubcommand)
            subcommands = try c.decodeIfPresent([CommandOptions].self, forKey: .subcommands) ?? []
            var arity: [String: Bool] = [:]
            for argument in try c.decodeIfPresent([Argument].self, forKey: .arguments) ?? [] where argument.kind != "positional" {
                for name in argument.names ?? [] {
                    arity[(name.kind == "short" ? "-" : "--") + name.name] = argument.kind == "option"
                }
            }
            self.arity = arity
            options = Set(arity.keys)
        }

        /// The parser's description of `root` and every command under it.
        static func read(_ root: any ParsableCommand.Type) -> CommandOptions? {
            try? JSONDecoder().decode(Dump.self, from: Data(root._dumpHelp().utf8)).command
        }

        /// The command the words name, below this one.
        func command(at path: [String]) -> CommandOptions? {
            var command = self
            for word in path {
                guard let next = command.subcommands.first(where: { $0.name == word }) else { return nil }
                command = next
            }
            return command
        }

        /// The words of every command below this one that takes `option`, in the order of the help
        /// (`help` itself left out).
        func commandsTaking(_ option: String, under path: [String] = []) -> [[String]] {
            subcommands.filter { $0.name != "help" }.flatMap { sub -> [[String]] in
                let words = path + [sub.name]
                let here = sub.subcommands.isEmpty && sub.options.contains(option) ? [words] : []
                return here + sub.commandsTaking(option, under: words)
            }
        }
    }
}
