import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every command's words go through the catalogue, run as a program: under `--language x-pseudo` each
/// command's output and its errors hold no English outside the pseudo-locale's markers (paths, ids,
/// JSON, commands in backquotes, options and key caps aside), and under `LANG=de_DE.UTF-8` an error
/// comes out as the German catalogue has it.
@Suite("Every command's words through the catalogue, run as a program")
struct MarkedCommandTextTests {
    static let pseudo = ["--language", "x-pseudo"]

    /// Words of `text` that stand outside the pseudo-locale's markers and are not one of `allowed`
    /// (paths, ids, anything the test knows is not a sentence): text that did not go through the
    /// catalogue. Backquoted commands, options, URLs, ids with dashes, numbers and times are left out.
    static func unmarkedWords(_ text: String, allowing allowed: [String] = []) -> [String] {
        var outside = ""
        var depth = 0
        for character in text {
            if String(character) == PseudoLocale.start {
                depth += 1
            } else if String(character) == PseudoLocale.end {
                depth = max(0, depth - 1)
                outside += " "
            } else if depth == 0 {
                outside.append(character)
            }
        }
        // Addresses first, whole: an allowed word inside one (a source's address holds its title's
        // words) must not split it.
        outside = outside.replacingOccurrences(of: #"https?://[^\s)>]*"#, with: " ", options: .regularExpression)
        // Whole words only: a short label ("Yo") must not take a piece of a word.
        for item in allowed.sorted(by: { $0.count > $1.count }) where !item.isEmpty {
            // A long item (a source's title) may be wrapped: any white space stands for a space.
            let words = item.split(separator: " ").map { NSRegularExpression.escapedPattern(for: String($0)) }
            let pattern = #"(?<![\p{L}])"# + words.joined(separator: #"\s+"#) + #"(?![\p{L}])"#
            outside = outside.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        // Commands in backquotes, paths and addresses (anything with a slash), ids with dashes, options.
        for pattern in [#"`[^`]*`"#, #"\S*/\S*"#, #"\b[A-Za-z0-9]+(-[A-Za-z0-9]+)+\b"#, #"(?<![A-Za-z0-9])--?[a-z][a-z-]*"#, #"\boptout:"#] {
            outside = outside.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        let keyCaps: Set<String> = ["optout", "UTC", "Enter", "Esc", "Ctrl", "q", "d", "s", "x", "b", "n", "y", "N", "r", "p", "e", "t"]
        return outside.split(whereSeparator: { !$0.isLetter && $0 != "'" })
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "'")) }
            // A single letter is a key cap (d, s, w, t, …) in an answers line.
            .filter { word in word.contains { $0.isASCII && $0.isLetter } && !keyCaps.contains(word) && word.count > 1 }
    }

    /// An HTML page's text: no stylesheet, no tags, the character references of the escaper undone.
    static func pageText(_ html: String) -> String {
        html.replacingOccurrences(of: #"<style>[\s\S]*?</style>"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: #"<title>[\s\S]*?</title>"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: #"<(svg|path)[^>]*>"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// What a run of `arguments` said, on both streams, checked for unmarked words.
    static func expectMarked(
        _ result: RunResult, _ arguments: [String], allowing allowed: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let said = result.stdout + "\n" + result.stderr
        let words = unmarkedWords(said, allowing: allowed)
        #expect(words.isEmpty, "optout \(arguments.joined(separator: " ")): unmarked \(words)\n\(said)", sourceLocation: sourceLocation)
        // Something was said, in the markers (a file written without a word says nothing).
        let silent = result.stdout.isEmpty && result.stderr.isEmpty
        #expect(silent || said.contains(PseudoLocale.start), "optout \(arguments.joined(separator: " ")) said nothing marked: \(said)",
                sourceLocation: sourceLocation)
    }

    /// What a command's output may show as it is: the runner's paths, the guide's id, version and step
    /// ids, its sources' ids, titles and publishers (the names of documents, quoted as published),
    /// LinkedIn's labels as LinkedIn words them (in every language: the English follows them in
    /// brackets) and the LinkedIn languages' own names.
    static func allowed(_ cli: Runner) -> [String] {
        let guide = Guide.linkedInAITraining
        let labels = guide.labels.values.flatMap { $0.values.flatMap(\.wording) }
        let sources = guide.sources.flatMap { [$0.id, $0.title] + ($0.publisher.map { [$0] } ?? []) }
        return [cli.statePath, cli.folder, guide.id, guide.version] + guide.steps.map(\.id) + sources + labels
            + LinkedInLanguage.allCases.flatMap { [$0.displayName, $0.nativeName] }
    }

    @Test func theDetectorFindsEnglishOutsideTheMarkersOnly() {
        let marked = PseudoLocale.transform("No progress saved yet at {path}.")
        #expect(Self.unmarkedWords(marked + " /tmp/x `optout status` --state-file open-genai-setting 2026-01-02 14:05 UTC").isEmpty)
        #expect(Self.unmarkedWords("www.linkedin.com/help/x --ics: q Enter").isEmpty)
        #expect(Self.unmarkedWords("optout: " + marked + " Progress saved.") == ["Progress", "saved"])
        #expect(Self.unmarkedWords("\(PseudoLocale.start)a \(PseudoLocale.start)b\(PseudoLocale.end) c\(PseudoLocale.end) left") == ["left"])
        #expect(Self.unmarkedWords("Nothing at /tmp/x", allowing: ["/tmp/x"]) == ["Nothing", "at"])
        #expect(Self.unmarkedWords("Your Yo", allowing: ["Yo"]) == ["Your"])
    }

    @Test func everyCommandsOutputIsMarked() throws {
        let cli = Runner("marked")
        defer { cli.cleanUp() }
        let allowed = Self.allowed(cli)
        // Nothing saved yet.
        for arguments in [["status"], ["summary"], ["report"], ["recheck"], ["reset"], ["remind", "--ics", "r.ics"]] {
            let result = try cli.run(arguments + Self.pseudo)
            Self.expectMarked(result, arguments, allowing: allowed)
        }
        // The walkthrough, piped, stopped halfway: plain mode's prompts and the "Progress saved" line.
        let walk = try cli.run(["--plain"] + Self.pseudo, input: "d\n1\n1\n1\nq\n")
        Self.expectMarked(walk, ["--plain"], allowing: allowed)
        let resumed = try cli.run(["--plain"] + Self.pseudo, input: "q\n")
        Self.expectMarked(resumed, ["--plain (resumed)"], allowing: allowed)
        let file = cli.folder + "/guide.json"
        #expect(try cli.run(["guide", "export", "--output", file]).status == 0)
        let commands: [[String]] = [
            ["status"], ["summary"], ["summary", "--format", "markdown"], ["guide"], ["guide", "--format", "markdown"],
            ["guide", "--linkedin-language", "de"], ["draft"], ["report"], ["qr"], ["guide", "validate", file],
            ["report", "--output", cli.folder + "/report.md"], ["draft", "--output", cli.folder + "/draft.txt"],
        ]
        for arguments in commands {
            Self.expectMarked(try cli.run(arguments + Self.pseudo), arguments, allowing: allowed)
        }
        for arguments in [["guide", "--format", "html"], ["summary", "--format", "html"]] {
            let result = try cli.run(arguments + Self.pseudo)
            #expect(result.stdout.contains("<html lang=\"x-pseudo\">"), "\(arguments)")
            var page = result
            page.stdoutData = Data(Self.pageText(result.stdout).utf8)
            Self.expectMarked(page, arguments, allowing: allowed)
        }
        // The rest of the walkthrough, the re-check, the reminder, and reset.
        let rest = String(repeating: "d\n", count: BuiltInSteps.number("objection-form") - 5) + "d\n2\n\n\n"
            + String(repeating: "d\n", count: BuiltInSteps.count - BuiltInSteps.number("objection-form"))
        let finished = try cli.run(["--plain"] + Self.pseudo, input: "1\n" + rest)
        Self.expectMarked(finished, ["--plain (to the end)"], allowing: allowed)
        for arguments in [["remind", "--ics", cli.folder + "/r.ics"], ["status"], ["summary"]] {
            Self.expectMarked(try cli.run(arguments + Self.pseudo), arguments, allowing: allowed)
        }
        Self.expectMarked(try cli.run(["recheck"] + Self.pseudo, input: "y\ny\n"), ["recheck"], allowing: allowed)
        let declined = try cli.run(["reset"] + Self.pseudo, input: "n\n")
        #expect(declined.status == 1)
        Self.expectMarked(declined, ["reset (declined)"], allowing: allowed)
        Self.expectMarked(try cli.run(["reset", "--yes"] + Self.pseudo), ["reset --yes"], allowing: allowed)
    }

    @Test func errorsAreMarked() throws {
        let cli = Runner("marked")
        defer { cli.cleanUp() }
        let allowed = Self.allowed(cli) + ["statsu", "start", "status", "summary", "reset", "guide", "draft", "recheck", "remind", "report", "qr"]
        var cases: [(arguments: [String], status: Int32)] = [
            (["statsu"], 64),
            (["summary"], 2),
            (["--state-file", "", "status"], 64),
            (["--state-file", cli.folder + "/file/progress.json", "status"], 3),
            (["draft", "--output", cli.folder + "/no-such-folder/draft.txt"], 6),
            (["draft", "--output", ""], 64),
            (["qr", "99"], 64),
            (["--linkedin-language", "de", "status"], 64),
        ]
        FileManager.default.createFile(atPath: cli.folder + "/file", contents: Data())
        for (arguments, status) in cases {
            let result = try cli.run(arguments + Self.pseudo)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            Self.expectMarked(result, arguments, allowing: allowed)
        }
        // A lock another optout holds.
        try cli.run(["--plain"], input: "d\nq\n")
        let lockPath = cli.statePath + ".lock"
        let holder = open(lockPath, O_RDWR | O_CREAT, 0o600)
        try #require(holder >= 0)
        defer { close(holder) }
        try #require(flock(holder, LOCK_EX | LOCK_NB) == 0)
        cases = [([], 4), (["reset", "--yes"], 4)]
        for (arguments, status) in cases {
            let result = try cli.run(arguments + Self.pseudo, input: "q\n")
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            Self.expectMarked(result, arguments, allowing: allowed)
        }
    }

    @Test func anErrorComesOutAsTheGermanCatalogueHasIt() throws {
        let cli = Runner("marked")
        defer { cli.cleanUp() }
        let msgid = "{option} needs a file name; it was empty. Use - for standard output."
        let german = try #require(
            GermanCatalogue.translation(of: msgid), "po/de.po has no German for \"\(msgid)\" yet (make pot, then translate)")
        let result = try cli.run(["draft", "--output", ""], extraEnvironment: ["LANG": "de_DE.UTF-8"])
        #expect(result.status == 64)
        #expect(result.stderr == "optout: " + german.replacingOccurrences(of: "{option}", with: "--output") + "\n")
        #expect(german != msgid)
    }
}

/// The German catalogue's translations as po/de.po holds them (messages without a context, each with one
/// form): a small reader, apart from the program's generated catalogue, so the test compares the binary's
/// output with what the translators wrote.
enum GermanCatalogue {
    static func translation(of msgid: String) -> String? {
        guard let text = try? String(contentsOfFile: OptOutBinary.packageRoot + "/po/de.po", encoding: .utf8) else { return nil }
        var field = ""
        var entry: [String: String] = [:]
        var found: String?
        func finish() {
            if entry["msgctxt"] == nil, entry["msgid"] == msgid, let translation = entry["msgstr"], !translation.isEmpty, !entry.keys.contains("fuzzy") {
                found = translation
            }
            entry = [:]
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { finish(); continue }
            if line.hasPrefix("#,"), line.contains("fuzzy") { entry["fuzzy"] = "" }
            if line.hasPrefix("#") { continue }
            var value = line
            if let space = line.firstIndex(of: " "), !line.hasPrefix("\"") {
                field = String(line[..<space])
                value = String(line[line.index(after: space)...])
            }
            guard value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 else { continue }
            let unquoted = String(value.dropFirst().dropLast())
                .replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\n", with: "\n")
                .replacingOccurrences(of: "\\\\", with: "\\")
            entry[field, default: ""] += unquoted
        }
        finish()
        return found
    }
}
