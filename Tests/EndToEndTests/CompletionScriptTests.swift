import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

/// The shell completions `make install` writes (`optout --generate-completion-script SHELL`) offer the
/// values that matter: the steps `optout qr` takes, the LinkedIn language codes, the formats and the QR
/// levels. Bash is run for real on the script; the zsh and fish scripts are read.
@Suite("Shell completions")
struct CompletionScriptTests {
    /// The ids and numbers of the built-in guide's steps that have a link: what `optout qr` takes.
    static var qrSteps: [String] {
        let steps = Guide.linkedInAITraining.steps.enumerated().filter { $0.element.link != nil }
        return steps.map(\.element.id) + steps.map { String($0.offset + 1) }
    }

    static let languages = LinkedInLanguage.allCases.map(\.rawValue)

    static func script(_ shell: String, _ cli: Runner) throws -> String {
        let result = try cli.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// What bash offers for the command line `words`, the last one being the word completed.
    static func bashOffers(_ words: [String], script: String, in cli: Runner) throws -> [String] {
        let file = cli.folder + "/optout.bash"
        try script.write(toFile: file, atomically: true, encoding: .utf8)
        let quoted = words.map { "'" + $0 + "'" }.joined(separator: " ")
        let line = words.joined(separator: " ")
        let run = """
            source '\(file)'
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
            COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
            _optout optout '\(words.last!)' '\(words[words.count - 2])'
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try Runner.execute(["/bin/bash", "-c", run], input: Data(), environment: cli.environment, folder: cli.folder)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test func bashOffersTheValuesThatMatter() throws {
        let cli = Runner("complete-bash")
        defer { cli.cleanUp() }
        let script = try Self.script("bash", cli)
        for (words, expected) in [
            (["optout", "qr", ""], Self.qrSteps),
            (["optout", "qr", "obj"], ["objection-form"]),
            (["optout", "qr", "--level", ""], ["L", "M", "Q", "H"]),
            (["optout", "start", "--linkedin-language", ""], Self.languages),
            (["optout", "guide", "print", "--linkedin-language", ""], Self.languages),
            (["optout", "qr", "--linkedin-language", "d"], ["de"]),
            (["optout", "summary", "--format", ""], ["text", "markdown", "json", "html"]),
            (["optout", "guide", "print", "--format", ""], ["text", "markdown", "html"]),
        ] {
            let offered = try Self.bashOffers(words, script: script, in: cli)
            #expect(Set(offered) == Set(expected), "\(words.joined(separator: " "))<TAB> offers \(offered)")
        }
        // Paths complete as files: the guide file among them.
        try "{}".write(toFile: cli.folder + "/mine.json", atomically: true, encoding: .utf8)
        #expect(try Self.bashOffers(["optout", "status", "--guide", "mi"], script: script, in: cli) == ["mine.json"])
    }

    @Test func zshOffersTheValuesThatMatter() throws {
        let cli = Runner("complete-zsh")
        defer { cli.cleanUp() }
        let script = try Self.script("zsh", cli)
        let array = { (values: [String]) in "(" + values.map { "'\($0)'" }.joined(separator: " ") + ")" }
        #expect(script.contains("local -ar _step=\(array(Self.qrSteps))"), "\(script)")
        #expect(script.contains("local -ar ___level=\(array(["L", "M", "Q", "H"]))"))
        // start, guide print and qr take the language.
        #expect(script.components(separatedBy: "local -ar ___linkedin_language=\(array(Self.languages))").count == 4)
        #expect(script.contains("local -ar ___format=\(array(["text", "markdown", "json", "html"]))"), "\(script)")
        #expect(script.contains("local -ar ___format=\(array(["text", "markdown", "html"]))"))
    }

    @Test func fishOffersTheValuesThatMatter() throws {
        let cli = Runner("complete-fish")
        defer { cli.cleanUp() }
        let lines = try Self.script("fish", cli).split(separator: "\n").map(String.init)
        func line(_ command: String, _ condition: String) -> String? {
            lines.first { $0.contains("\"optout \(command)\" \(condition)") }
        }
        #expect(line("qr", "-eq 1")?.hasSuffix("-fka '\(Self.qrSteps.joined(separator: " "))'") == true)
        #expect(line("qr", "level")?.hasSuffix("-rfka 'L M Q H'") == true)
        for command in ["start", "guide print", "qr"] {
            #expect(line(command, "linkedin-language")?.hasSuffix("-rfka '\(Self.languages.joined(separator: " "))'") == true, "\(command)")
        }
        #expect(line("summary", "format")?.hasSuffix("-rfka 'text markdown json html'") == true)
    }

    /// The help and the man page (made from the help) give `--level`'s default as its letter.
    @Test func theQRLevelsDefaultIsShownAsItsLetter() throws {
        let cli = Runner("complete-level")
        defer { cli.cleanUp() }
        let help = try cli.run(["qr", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("(values: L, M, Q, H; default: M)"), "\(help)")
        #expect(try cli.run(["qr", "--level", "h"]).status == 0, "a level is taken in either case")
    }
}
