import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text that would act on a terminal if printed as it is: colour and clear-screen sequences (ESC, CSI),
/// clipboard write (OSC 52) and title change (OSC 0), carriage return and backspace that overwrite what was
/// shown, the one-character CSI U+009B and other C1 controls, bidirectional overrides and isolates that make
/// text read differently from its bytes, DEL and NUL, and a tab.
enum Hostile {
    static let text =
        "A\u{1B}[31mB\u{1B}[2J\u{1B}[HC\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}D\u{1B}]0;pwned\u{07}E\rF\u{08}\u{08}G"
        + "\u{9B}31mH\u{202E}fdp.exe\u{202C}I\u{2066}J\u{2069}K\u{7F}L\u{85}M\u{0}N\tO"
    /// The same without a NUL or a slash: usable in a file name.
    static let fileName = text.replacingOccurrences(of: "\u{0}", with: "")
    /// Without spaces (one word, as a choice answer is read).
    static let word = text.replacingOccurrences(of: "\t", with: "")

    /// What every terminal-facing output must show instead: visible stand-ins.
    static let visible = ["\u{241B}[31m", "\u{241B}]52;c;", "\u{2407}", "\u{240D}", "\u{2408}", "<U+009B>", "<U+202E>", "<U+2066>", "\u{2421}", "<U+0085>"]
    /// What JSON output must show instead: escapes that decode back to the very same text.
    static let escaped = ["\\u001b[31m", "\\u0007", "\\r", "\\b", "\\u009b", "\\u202e", "\\u2066", "\\u007f", "\\u0085"]
}

/// Checks that a run's standard output and error hold nothing that acts on a terminal.
func expectTerminalSafe(_ result: RunResult, _ label: String, allowCRLF: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) {
    var out = result.stdoutData
    if allowCRLF { out = Data(String(decoding: out, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n").utf8) }
    #expect(terminalHazard(in: out) == nil, "\(label): standard output: \(terminalHazard(in: out) ?? "")", sourceLocation: sourceLocation)
    #expect(terminalHazard(in: result.stderrData) == nil, "\(label): standard error: \(terminalHazard(in: result.stderrData) ?? "")", sourceLocation: sourceLocation)
    #expect(result.exitedNormally, "\(label): killed by signal \(result.signal ?? 0)", sourceLocation: sourceLocation)
}

/// Promise 9: hostile text typed into notes and reasons, or found in a progress file or a guide file, comes
/// out harmless in every output (plain mode, summary in every format, status, draft, calendar, guide,
/// errors): no control character but the newline, visible replacements, and the stored text unchanged.
@Suite("Hostile text", .ownThreads)
struct HostileTextTests {
    @Test func typedTextIsShownHarmlesslyAndStoredUnchanged() throws {
        let cli = Runner("hostile-typed")
        defer { cli.cleanUp() }
        let h = Hostile.text
        // A note and a skip reason on step 1; two wrong answers on the choice step; back to step 1 to see
        // them shown; a "screen differs" note; quit. Then a wrong answer at the resume offer.
        let walk = try cli.run([], input: "n \(h)\ns \(h)\n\(Hostile.word)\n\(h)\nb\nx \(h)\nq\n")
        #expect(walk.status == 1, "\(walk.stderr)")
        expectTerminalSafe(walk, "the walkthrough")
        for stand_in in Hostile.visible { #expect(walk.stdout.contains(stand_in), "the walkthrough does not show \(stand_in)") }
        #expect(walk.flatStdout.components(separatedBy: "Your note: A\u{241B}[31mB").count > 1, "the note is shown")
        #expect(walk.flatStdout.contains("(reason: A\u{241B}[31mB"), "the reason is shown")
        #expect(walk.stdout.contains("is not one of the answers") || walk.stdout.contains("is not an answer here"))

        let again = try cli.run([], input: "\(h)\n3\n")
        expectTerminalSafe(again, "the resume offer")
        #expect(again.stdout.contains("\"A\u{241B}[31mB"), "the wrong answer is echoed harmlessly")

        // Stored exactly as typed.
        let saved = try cli.loadState()
        #expect(saved.record("about")?.note == h)
        #expect(saved.record("about")?.reason == h)
        #expect(saved.record("about")?.screenDiffers == h)

        try checkEveryReport(cli, expectNote: h)
    }

    @Test func aTypedNameAndEmailInTheObjectionDraftAreShownHarmlesslyAndStoredUnchanged() throws {
        let cli = Runner("hostile-draft")
        defer { cli.cleanUp() }
        let h = Hostile.text
        // To the objection form (web, English, EU/EEA), then the draft: uses kept, then the name and the email.
        let walk = try cli.run([], input: "d\n1\n1\n1\nd\nd\nd\nd\nd\nt\n\n\(h)\n\(h)\nq\n")
        #expect(walk.status == 1, "\(walk.stderr)")
        expectTerminalSafe(walk, "the objection draft in plain mode")
        #expect(walk.stdout.contains("Name: A\u{241B}[31mB"), "\(walk.stdout.suffix(600))")
        let saved = try cli.loadState()
        #expect(saved.draft?.name == h)
        #expect(saved.draft?.email == h)
        let draft = try cli.run(["draft"])
        expectTerminalSafe(draft, "optout draft")
        #expect(draft.stdout.contains("Name: A\u{241B}[31mB"))
    }

    /// Every read-only output of a progress file that holds hostile text.
    func checkEveryReport(_ cli: Runner, expectNote note: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let bytes = cli.stateBytes()
        for arguments in [["status"], ["summary"], ["summary", "--format", "markdown"], ["draft"]] {
            let result = try cli.run(arguments)
            expectTerminalSafe(result, "optout \(arguments.joined(separator: " "))", sourceLocation: sourceLocation)
            if arguments != ["draft"], arguments != ["status"] {
                // (Markdown escapes the bracket too.)
                #expect(result.stdout.contains("\u{241B}[31m") || result.stdout.contains("\u{241B}\\[31m"),
                        "optout \(arguments): no visible ESC", sourceLocation: sourceLocation)
            }
        }
        for arguments in [["status", "--json"], ["summary", "--format", "json"]] {
            let result = try cli.run(arguments)
            expectTerminalSafe(result, "optout \(arguments.joined(separator: " "))", sourceLocation: sourceLocation)
            for escape in Hostile.escaped { #expect(result.stdout.contains(escape), "optout \(arguments): no \(escape)", sourceLocation: sourceLocation) }
            // JSON keeps the text exactly: it decodes back to what is stored.
            let object = try jsonObject(result.stdout)
            let notes = ((object["steps"] as? [[String: Any]]) ?? []).compactMap { $0["note"] as? String }
            #expect(notes.contains(note), "optout \(arguments): the note does not decode back unchanged", sourceLocation: sourceLocation)
        }
        #expect(cli.stateBytes() == bytes, "reading changed the file", sourceLocation: sourceLocation)
    }

    /// A progress file (as a hand edit or another program could leave it) with hostile text in every text
    /// field it has, read by every command.
    @Test(arguments: ["schema-v2/waiting-for-confirmation.json", "schema-v2/complete-with-draft-confirmation-and-recheck.json"])
    func hostileTextInAProgressFileIsShownHarmlesslyAndKept(fixture: String) throws {
        let cli = Runner("hostile-file")
        defer { cli.cleanUp() }
        let h = Hostile.text
        var progress = try jsonObject(String(decoding: try Runner.fixture(fixture), as: UTF8.self))
        progress["guideVersion"] = h
        progress["answers"] = ["platform": h, "region": h]
        var steps = (progress["steps"] as? [[String: Any]]) ?? []
        for i in steps.indices {
            steps[i]["note"] = h
            if steps[i]["status"] as? String != "done" { steps[i]["reason"] = h }
            if steps[i]["sentOn"] != nil { steps[i]["sentOn"] = h; steps[i]["confirmation"] = h }
            steps[i]["screenDiffers"] = h
        }
        // A step this guide does not have, and a retired one.
        steps.append(["id": h, "status": "done", "note": h])
        progress["steps"] = steps
        progress["retiredSteps"] = [["id": h + "2", "status": "skipped", "reason": h, "note": h]]
        progress["draft"] = ["uses": ["personalization"], "name": h, "email": h]
        try cli.writeState(try JSONSerialization.data(withJSONObject: progress, options: [.prettyPrinted, .sortedKeys]))

        try checkEveryReport(cli, expectNote: h)
        let complete = fixture.contains("complete")
        if complete {
            let ics = try cli.run(["remind", "--ics", "-"])
            #expect(ics.status == 0, "\(ics.stderr)")
            expectTerminalSafe(ics, "optout remind --ics -", allowCRLF: true)
        }
        // The walkthrough reads it, shows it, and a save keeps every text as it was.
        let walk = try cli.run([], input: complete ? "" : "1\nb\nq\n")
        expectTerminalSafe(walk, "the walkthrough")
        #expect(walk.stdout.contains("\u{241B}[31m"))
        let saved = try jsonObject(String(decoding: try #require(cli.stateBytes()), as: UTF8.self))
        let texts = memberTexts(saved)
        #expect(!texts.isEmpty && texts.allSatisfy { $0 == h }, "stored text changed: \(texts.filter { $0 != h }.map(\.debugDescription))")
        #expect(texts.count >= memberTexts(progress).count, "texts were lost: \(texts.count) of \(memberTexts(progress).count)")
    }

    @Test func errorMessagesQuoteHostileTextHarmlessly() throws {
        let cli = Runner("hostile-errors")
        defer { cli.cleanUp() }
        let valid = String(decoding: try Runner.fixture("schema-v1/unfinished-with-notes.json"), as: UTF8.self)
        let h = Hostile.text.replacingOccurrences(of: "\u{0}", with: "")
        let escapedH = String(decoding: try JSONEncoder().encode(h), as: UTF8.self)

        // An unknown status and a foreign guide id, quoted in the error.
        for (name, broken) in [
            ("unknown status", valid.replacingOccurrences(of: "\"status\" : \"waiting\"", with: "\"status\" : \(escapedH)")),
            ("other guide", valid.replacingOccurrences(of: "\"guideId\" : \"linkedin-ai-training\"", with: "\"guideId\" : \(escapedH)")),
            ("unknown key type", valid.replacingOccurrences(of: "\"answers\" : {", with: "\"answers\" : { \(escapedH) : 1, ")),
        ] {
            try cli.writeState(broken)
            for arguments in [[], ["status"], ["summary", "--format", "json"]] {
                let result = try cli.run(arguments, input: "q\n")
                #expect(result.status == 3, "\(name): \(result.stderr)")
                expectTerminalSafe(result, "\(name): optout \(arguments)")
                #expect(result.stderr.contains("\u{241B}"), "\(name): the quoted text is shown with visible stand-ins: \(result.stderr)")
            }
        }

        // A progress path whose folder name is hostile: every message that names the file.
        let folder = cli.folder + "/" + Hostile.fileName
        let path = folder + "/progress.json"
        for (arguments, input) in [(["status"], ""), (["summary"], ""), (["status", "--json"], ""), (["reset", "--yes"], ""), (["draft"], ""),
                                   ([], "d\nq\n"), (["status"], ""), (["summary"], ""), (["reset", "--yes"], "")] {
            let result = try cli.run(["--state-file", path] + arguments, input: input)
            expectTerminalSafe(result, "hostile path: optout \(arguments)")
        }
        // A guide file that does not exist, named in the error.
        let missing = try cli.run(["guide", "--guide", cli.folder + "/" + Hostile.fileName + ".json"])
        #expect(missing.status != 0)
        expectTerminalSafe(missing, "a missing guide file")
        #expect(missing.stderr.contains("\u{241B}"))
    }

    /// The command-line parser quotes what it did not understand; that must be harmless too.
    @Test func commandLineErrorsQuoteHostileTextHarmlessly() throws {
        let cli = Runner("hostile-args")
        defer { cli.cleanUp() }
        let h = Hostile.fileName
        for arguments in [["summary", "--format", h], [h], ["--recheck-days", h, "remind", "--ics", "-"], ["status", "--\(h)"]] {
            let result = try cli.run(arguments)
            #expect(result.status == 64, "optout \(arguments): \(result.status)")
            expectTerminalSafe(result, "optout \(arguments.map(\.debugDescription))")
        }
    }

    /// A guide file with hostile text in every text field the guide format accepts, run through every
    /// command that shows a guide.
    @Test func hostileTextInAGuideFileIsShownHarmlessly() throws {
        let cli = Runner("hostile-guide")
        defer { cli.cleanUp() }
        let exported = try cli.run(["guide", "export"])
        #expect(exported.status == 0, "\(exported.stderr)")
        let (guide, injected) = try HostileGuide.make(from: exported.stdoutData)
        #expect(injected > 50, "hostile text reached only \(injected) fields of the guide")
        let path = cli.folder + "/hostile-guide.json"
        try guide.write(to: URL(fileURLWithPath: path))
        let validate = try cli.run(["guide", "validate", path])
        #expect(validate.status == 0, "the hostile guide should be a valid guide: \(validate.stdout) \(validate.stderr)")
        expectTerminalSafe(validate, "guide validate")

        for arguments in [["guide"], ["guide", "--format", "markdown"], ["guide", "print"]] {
            let result = try cli.run(arguments + ["--guide", path])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            expectTerminalSafe(result, "optout --guide FILE \(arguments.joined(separator: " "))")
            #expect(result.stdout.contains("\u{241B}"), "\(arguments): hostile text not shown visibly")
        }
        // The whole walkthrough of the hostile guide, with help at each step, then every report.
        // At each step: help, the first answer, "received" (on the form step: today, no reference), done.
        let walk = try cli.run(["--guide", path], input: String(repeating: "?\n1\nr\n\n\nd\n", count: 40))
        #expect(walk.status == 0, "the walkthrough of the hostile guide did not reach its end: \(walk.stdout.suffix(300)) \(walk.stderr)")
        expectTerminalSafe(walk, "the walkthrough of a hostile guide")
        #expect(walk.stdout.contains("\u{241B}[31m"))
        for arguments in [["status"], ["status", "--json"], ["summary"], ["summary", "--format", "markdown"], ["summary", "--format", "json"], ["draft"]] {
            let result = try cli.run(arguments + ["--guide", path])
            #expect(result.status == 0 || result.status == 1, "\(arguments): \(result.stderr)")
            expectTerminalSafe(result, "optout --guide FILE \(arguments.joined(separator: " "))")
        }
        let ics = try cli.run(["remind", "--ics", "-", "--guide", path])
        #expect(ics.status == 0, "\(ics.stderr)")
        expectTerminalSafe(ics, "optout --guide FILE remind --ics -", allowCRLF: true)
        let recheck = try cli.run(["recheck", "--guide", path], input: String(repeating: "y\n", count: 10))
        #expect(recheck.status == 0, "\(recheck.stdout.suffix(300)) \(recheck.stderr)")
        expectTerminalSafe(recheck, "optout --guide FILE recheck")

        // A guide file that is invalid because of hostile text: the problems are listed harmlessly.
        var object = try #require(try JSONSerialization.jsonObject(with: guide) as? [String: Any])
        object["id"] = Hostile.text
        object["lastVerified"] = Hostile.text
        let badPath = cli.folder + "/bad-guide.json"
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: badPath))
        for arguments in [["guide", "validate", badPath], ["guide", "--guide", badPath], ["--guide", badPath]] {
            let result = try cli.run(arguments, input: "q\n")
            #expect(result.status != 0)
            expectTerminalSafe(result, "an invalid hostile guide: optout \(arguments.first ?? "")")
        }
    }
}

/// Builds a guide file with hostile text appended to every string the guide format accepts it in.
///
/// Linear in the guide's size: the text goes into every string at once, the validator names the strings
/// that refuse it, those are put back as they were, and the guide is validated again. The validator stops
/// at the first stage that finds problems, so each pass finds one kind: values of a fixed set (kinds,
/// regions, judgements), then ids and dates, then references to the ids put back; the built-in guide
/// takes four passes, each one serialisation and one validation (one per string was 1,034 of each).
enum HostileGuide {
    static func make(from exported: Data) throws -> (Data, Int) {
        let original = try #require(try JSONSerialization.jsonObject(with: exported) as? [String: Any])
        // Each string leaf by its path as the validator writes paths: $.steps[2].choice.options[0].id
        var leaves: [String] = []
        func collect(_ value: Any, _ path: String) {
            if let object = value as? [String: Any] {
                for (key, child) in object { collect(child, path + "." + key) }
            } else if let list = value as? [Any] {
                for (i, child) in list.enumerated() { collect(child, "\(path)[\(i)]") }
            } else if value is String {
                leaves.append(path)
            }
        }
        collect(original, "$")
        var refused = Set<String>()
        var injected = 0
        func inject(_ value: Any, _ path: String) -> Any {
            if let object = value as? [String: Any] {
                var changed = object
                for (key, child) in object { changed[key] = inject(child, path + "." + key) }
                return changed
            }
            if let list = value as? [Any] { return list.enumerated().map { inject($1, "\(path)[\($0)]") } }
            guard let text = value as? String, !refused.contains(path) else { return value }
            injected += 1
            return text + " " + Hostile.text
        }
        for _ in 0..<8 {
            injected = 0
            let data = try JSONSerialization.data(withJSONObject: inject(original, "$"), options: [.prettyPrinted, .sortedKeys])
            let problems = GuideFile.validate(data).1
            if problems.isEmpty { return (data, injected) }
            // A problem names the leaf itself or a list or object holding it ($.steps[3].sourceIds).
            let named = Set(problems.map(\.path))
            let before = refused.count
            for leaf in leaves where !refused.contains(leaf) {
                let prefixes = leaf.indices.filter { leaf[$0] == "." || leaf[$0] == "[" }.map { String(leaf[..<$0]) }
                if named.contains(leaf) || prefixes.contains(where: named.contains) { refused.insert(leaf) }
            }
            try #require(refused.count > before, "problems that name no string of the guide: \(problems)")
        }
        Issue.record("the hostile guide is still invalid after eight passes")
        throw CancellationError()
    }
}
