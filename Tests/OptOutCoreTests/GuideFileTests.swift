import Foundation
import OptOutTestSupport
import Testing
@testable import OptOutCore

@Suite("Guide files")
struct GuideFileTests {
    /// The built-in guide exported, changed by `edit` on its JSON object, and validated.
    func problems(_ edit: (inout [String: Any]) -> Void) throws -> [GuideProblem] {
        var object = try #require(
            try JSONSerialization.jsonObject(with: Data(GuideFile.export(.linkedInAITraining).utf8)) as? [String: Any])
        edit(&object)
        let data = try JSONSerialization.data(withJSONObject: object)
        return GuideFile.validate(data).1
    }

    func editStep(_ index: Int, _ object: inout [String: Any], _ change: (inout [String: Any]) -> Void) {
        var steps = object["steps"] as! [[String: Any]]
        change(&steps[index])
        object["steps"] = steps
    }

    /// The index of a built-in step: numbers come from the guide.
    func at(_ id: String) -> Int { Guide.linkedInAITraining.index(ofStep: id)! }

    @Test func theBuiltInGuideExportsValidatesAndLoadsBackTheSame() throws {
        let text = GuideFile.export(.linkedInAITraining)
        let (guide, problems) = GuideFile.validate(Data(text.utf8))
        #expect(problems.isEmpty, "\(problems)")
        // With the catalogue's translations of its texts, which the file carries.
        #expect(guide == Guide.linkedInAITraining.withCatalogueTranslations())
        #expect(guide?.translations.isEmpty == false)
    }

    @Test func notJSON() {
        #expect(GuideFile.validate(Data("{".utf8)).1 == [
            GuideProblem(path: "$", message: "not valid JSON: line 1, column 2: expected a field name in double quotes"),
        ])
        #expect(GuideFile.validate(Data("[]".utf8)).1 == [GuideProblem(path: "$", message: "should be an object")])
    }

    @Test func duplicateIds() throws {
        let found = try problems { editStep(at("open-data-privacy"), &$0) { $0["id"] = "sign-in" } }
        #expect(found.contains(GuideProblem(path: "$.steps[\(at("open-data-privacy"))].id", message: "duplicate step id \"sign-in\"")))
    }

    @Test func missingText() throws {
        let found = try problems {
            editStep(0, &$0) { $0["title"] = "  " }
            $0.removeValue(forKey: "purpose")
        }
        #expect(found.contains(GuideProblem(path: "$.purpose", message: "missing")))
        let blank = try problems { editStep(0, &$0) { $0["title"] = "  " } }
        #expect(blank.contains(GuideProblem(path: "$.steps[0].title", message: "missing text")))
    }

    @Test func badLinks() throws {
        let found = try problems {
            editStep(5, &$0) { $0["link"] = ["label": "Setting", "url": "http://www.linkedin.com/x"] }
            editStep(8, &$0) { $0["link"] = ["label": "Form", "url": "javascript:alert(1)"] }
        }
        #expect(found.contains(GuideProblem(path: "$.steps[5].link.url", message: "not an https link: \"http://www.linkedin.com/x\"")))
        #expect(found.contains(GuideProblem(path: "$.steps[8].link.url", message: "not an https link: \"javascript:alert(1)\"")))
    }

    @Test func unknownFieldsAndValues() throws {
        let found = try problems {
            $0["colour"] = "blue"
            editStep(1, &$0) { $0["kind"] = "quiz" }
            editStep(2, &$0) { $0["hint"] = "x" }
        }
        #expect(found.contains(GuideProblem(path: "$.colour", message: "unknown field")))
        #expect(found.contains(GuideProblem(path: "$.steps[2].hint", message: "unknown field")))
        #expect(found.contains(GuideProblem(path: "$.steps[1].kind", message: "unknown value \"quiz\" (expected one of info, choice, action, finish)")))
    }

    @Test func wrongTypes() throws {
        let found = try problems {
            editStep(3, &$0) { $0["optional"] = "yes" }
            editStep(3, &$0) { $0["body"] = "one paragraph" }
            $0["steps"] = ($0["steps"] as! [[String: Any]])
        }
        #expect(found.contains(GuideProblem(path: "$.steps[3].optional", message: "should be true or false")))
        #expect(found.contains(GuideProblem(path: "$.steps[3].body", message: "should be a list")))
        let numberForBool = try problems { editStep(3, &$0) { $0["optional"] = 1 } }
        #expect(numberForBool.contains(GuideProblem(path: "$.steps[3].optional", message: "should be true or false")))
    }

    @Test func choicesThatDoNotFitTheEngine() throws {
        let found = try problems {
            editStep(1, &$0) {
                var choice = $0["choice"] as! [String: Any]
                choice["options"] = [["id": "desktop", "label": "Desktop"], ["id": "desktop", "label": "Again"]]
                $0["choice"] = choice
            }
        }
        #expect(found.contains(GuideProblem(path: "$.steps[1].choice.options[1].id", message: "duplicate option id \"desktop\"")))
        #expect(found.contains(GuideProblem(path: "$.steps[1].choice.options[0].id", message: "a platform answer must be one of web, app")))
    }

    @Test func actionStepsNeedBothPlatformsAndSourcesMustExist() throws {
        let found = try problems {
            editStep(4, &$0) {
                $0["instructions"] = ["web": ["Click."]]
                $0["sourceIds"] = ["nowhere"]
            }
        }
        #expect(found.contains(GuideProblem(path: "$.steps[4].instructions", message: "an action step needs instructions for app (or for any)")))
        #expect(found.contains(GuideProblem(path: "$.steps[4].sourceIds", message: "no source with id \"nowhere\"")))
    }

    @Test func everyProblemIsReportedNotJustTheFirst() throws {
        let found = try problems {
            editStep(0, &$0) { $0["title"] = "" }
            editStep(at("open-data-privacy"), &$0) { $0["id"] = "sign-in" }
            $0["lastVerified"] = "last week"
        }
        #expect(found.count >= 3)
        #expect(found.contains(GuideProblem(path: "$.lastVerified", message: "not a date as YYYY-MM-DD: \"last week\"")))
    }

    /// The built-in guide's labels, spoiled in several ways; with `badJudgement` also in its shape.
    func spoilLabels(_ object: inout [String: Any], badJudgement: Bool) {
        var labels = object["labels"] as! [String: Any]
        var me = labels["me"] as! [String: Any]
        me["xx"] = ["judgement": "agreed", "wording": ["Moi"], "sourceIds": ["fr-blick"]]
        me["de"] = ["judgement": "agreed", "wording": ["Sie", "Du"], "sourceIds": ["nowhere"]]
        me["fr"] = ["judgement": "not-found", "wording": ["Vous"], "sourceIds": []]
        if badJudgement { me["it"] = ["judgement": "sure", "wording": ["Tu"], "sourceIds": []] }
        me.removeValue(forKey: "en")
        labels["me"] = me
        labels["Bad Key"] = ["en": ["judgement": "official", "wording": ["X"], "sourceIds": ["erpn"]]]
        object["labels"] = labels
    }

    @Test func labelsAreChecked() throws {
        let shape = try problems { spoilLabels(&$0, badJudgement: true) }
        #expect(shape.contains(GuideProblem(path: "$.labels.me.it.judgement", message: "unknown value \"sure\" (expected one of official, agreed, single, not-found)")))
        let meaning = try problems { spoilLabels(&$0, badJudgement: false) }
        #expect(meaning.contains(GuideProblem(path: "$.labels.me.xx", message: "unknown language code (expected one of en, de, fr, nl, es, it, pt)")))
        #expect(meaning.contains(GuideProblem(path: "$.labels.me.en", message: "missing: every label needs its English wording")))
        #expect(meaning.contains(GuideProblem(path: "$.labels.me.de.sourceIds", message: "no source with id \"nowhere\"")))
        #expect(meaning.contains(GuideProblem(path: "$.labels.me.de.wording", message: "an agreed wording has exactly one text (variants are judged single)")))
        #expect(meaning.contains(GuideProblem(path: "$.labels.me.fr.wording", message: "a wording judged not-found has no words")))
        #expect(meaning.contains(GuideProblem(path: "$.labels.Bad Key", message: "label keys use lower-case letters, digits and -")))
    }

    @Test func labelReferencesMustNameALabelAndStandWhereTheyAreShown() throws {
        let found = try problems {
            editStep(at("open-data-privacy"), &$0) {
                $0["body"] = ["Open {data-privcy} now."]
                $0["title"] = "Open {data-privacy}"
            }
        }
        let path = "$.steps[\(at("open-data-privacy"))]"
        #expect(found.contains(GuideProblem(path: path + ".body[0]", message: "no label with key \"data-privcy\" in $.labels")))
        #expect(found.contains(GuideProblem(path: path + ".title", message: "label references like {data-privacy} are not allowed here")))
        // The guide's last-verified date is a reference every text may use.
        #expect(try problems { editStep(0, &$0) { $0["body"] = ["Checked on {lastVerified}."] } }.isEmpty)
    }

    @Test func everyCitedSourceMustExist() throws {
        let found = try problems {
            editStep(at("region"), &$0) {
                var notes = $0["regionNotes"] as! [[String: Any]]
                notes[0]["sourceIds"] = ["nowhere"]
                $0["regionNotes"] = notes
            }
            editStep(at("objection-form"), &$0) {
                var link = $0["link"] as! [String: Any]
                link["sourceIds"] = ["gone"]
                $0["link"] = link
            }
        }
        #expect(found.contains(GuideProblem(path: "$.steps[\(at("region"))].regionNotes[0].sourceIds", message: "no source with id \"nowhere\"")))
        #expect(found.contains(GuideProblem(path: "$.steps[\(at("objection-form"))].link.sourceIds", message: "no source with id \"gone\"")))
    }

    @Test func theChangelogIsExportedAndChecked() throws {
        let exported = try #require(
            try JSONSerialization.jsonObject(with: Data(GuideFile.export(.linkedInAITraining).utf8)) as? [String: Any])
        let entries = try #require(exported["changelog"] as? [[String: Any]])
        #expect(entries.map { $0["version"] as? String } == Guide.linkedInAITraining.changelog.map(\.version))
        let found = try problems {
            $0["changelog"] = [
                ["version": "1", "date": "2026-02-30", "summary": " ", "sourceIds": ["nowhere"]],
                ["version": "1", "summary": "Mentions {data-privacy}.",
                 "regionNotes": [["regions": [], "text": "For nobody."], ["regions": ["mars"], "text": "x"]]],
                ["summary": "No version.", "colour": "red"],
            ]
        }
        for expected in [
            GuideProblem(path: "$.changelog[1].regionNotes[1].regions[0]", message: "unknown value \"mars\" (expected one of eu-eea, switzerland, uk, canada, hong-kong, elsewhere)"),
            GuideProblem(path: "$.changelog[2].colour", message: "unknown field"),
            GuideProblem(path: "$.changelog[2].version", message: "missing"),
        ] {
            #expect(found.contains(expected), "\(expected)")
        }
        let meaning = try problems {
            $0["changelog"] = [
                ["version": "1", "date": "2026-02-30", "summary": " ", "sourceIds": ["nowhere"]],
                ["version": "1", "summary": "Mentions {data-privacy}.", "regionNotes": [["regions": [], "text": "For nobody."]]],
            ]
        }
        for expected in [
            GuideProblem(path: "$.changelog[0].date", message: "not a date as YYYY-MM-DD: \"2026-02-30\""),
            GuideProblem(path: "$.changelog[0].summary", message: "missing text"),
            GuideProblem(path: "$.changelog[0].sourceIds", message: "no source with id \"nowhere\""),
            GuideProblem(path: "$.changelog[1].version", message: "duplicate version \"1\""),
            GuideProblem(path: "$.changelog[1].summary", message: "label references like {data-privacy} are not allowed here"),
            GuideProblem(path: "$.changelog[1].regionNotes[0].regions", message: "name at least one region"),
        ] {
            #expect(meaning.contains(expected), "\(expected)")
        }
        // A guide file without a changelog is still a guide file.
        #expect(try problems { $0.removeValue(forKey: "changelog") }.isEmpty)
    }

    @Test func theLanguageChoiceOffersOnlyKnownLanguages() throws {
        let found = try problems {
            editStep(at("linkedin-language"), &$0) {
                var choice = $0["choice"] as! [String: Any]
                choice["options"] = [["id": "en", "label": "English"], ["id": "pl", "label": "Polski"]]
                $0["choice"] = choice
            }
        }
        #expect(found.contains(GuideProblem(
            path: "$.steps[\(at("linkedin-language"))].choice.options[1].id",
            message: "a linkedInLanguage answer must be one of en, de, fr, nl, es, it, pt")))
    }

    @Test func guideFilesWithoutLabelsOrSourceDetailsStillLoad() throws {
        // A guide file made before labels, source details and report addresses existed.
        let text = """
            {"id": "mine", "title": "Mine", "version": "1", "lastVerified": "2026-01-02", "purpose": "Test.",
             "caveats": [], "sources": [{"id": "s", "title": "A source"}],
             "steps": [
               {"id": "go", "title": "Go", "kind": "action", "instructions": {"any": ["Click \\"Data privacy\\"."]},
                "expected": "Done.", "link": {"label": "Page", "url": "https://example.com/"},
                "regionNotes": [{"regions": ["uk"], "text": "UK."}], "sourceIds": ["s"]},
               {"id": "end", "title": "End", "kind": "finish"}]}
            """
        let (guide, found) = GuideFile.validate(Data(text.utf8))
        #expect(found.isEmpty, "\(found)")
        #expect(guide?.labels.isEmpty == true)
        #expect(guide?.steps[0].link?.sourceIds == [])
        #expect(guide?.resolvingLabels(for: .de).steps[0].instructions?.any == ["Click \"Data privacy\"."])
    }

    @Test func trailingCommasAndFieldsGivenTwiceAreRefusedWithTheirPlace() throws {
        // Other tools read the last of two fields; optout's decoder would read the first: refused.
        var text = GuideFile.export(.linkedInAITraining)
        text = text.replacingOccurrences(of: "\"id\" : \"linkedin-ai-training\",", with: "\"id\" : \"linkedin-ai-training\", \"id\" : \"evil-guide\",")
        let (guide, problems) = GuideFile.validate(Data(text.utf8))
        #expect(guide == nil)
        let problem = try #require(problems.first)
        #expect(problem.path == "$")
        #expect(problem.message.contains("the field \"id\" is given twice in one object"), "\(problem)")
        let steps = GuideFile.validate(Data("{\"steps\": [{\"id\": \"a\",}]}".utf8)).1
        #expect(steps.first?.path == "$.steps[0]")
        #expect(steps.first?.message.contains("a comma before the closing brace") == true)
        // A progress file edited by hand: refused as damaged, with the place.
        let progress = try ProgressFileFormat.encode(WalkthroughProgress(fresh: sampleGuide, at: t0))
        let doubled = String(decoding: progress, as: UTF8.self).replacingOccurrences(of: "\"guideId\" : \"sample\",", with: "\"guideId\" : \"sample\", \"guideId\" : \"other\",")
        #expect(doubled != String(decoding: progress, as: UTF8.self))
        #expect(throws: ProgressStoreError.self) { try ProgressFileFormat.decode(Data(doubled.utf8), path: "p.json") }
    }

    @Test func linksMustBeSingleURLsAndForeignHostsAreNamed() {
        var guide = Guide.linkedInAITraining
        let index = guide.index(ofStep: "open-genai-setting")!
        guide.steps[index].link?.url = "https://www.linkedin.com/ä ö?x=<script>"
        let problems = GuideFile.validate(Data(GuideFile.export(guide).utf8)).1
        #expect(problems.contains { $0.path == "$.steps[\(index)].link.url" && $0.message.hasPrefix("not a single URL") })
        guide = Guide.linkedInAITraining
        #expect(guide.foreignLinkHosts.isEmpty)
        #expect(guide.foreignLinkWarning == nil)
        guide.steps[index].link?.url = "https://evil.example/login"
        #expect(guide.foreignLinkHosts == ["evil.example"])
        #expect(guide.foreignLinkWarning?.contains("evil.example") == true)
    }

    @Test func whereJSONStopsBeingValid() {
        let text = "{\n  \"id\": \"x\",\n  \"title\": oops\n}"
        #expect(GuideFile.validate(Data(text.utf8)).1 == [
            GuideProblem(path: "$.title", message: "not valid JSON: line 3, column 12: expected a value (text in double quotes, a number, true, false, null, a list or an object)"),
        ])
        #expect(JSONSyntax.firstError(in: Data("{\"a\": [1, 2,]}".utf8)) == "line 1, column 13: a comma before the closing bracket (JSON has no trailing commas)")
        #expect(JSONSyntax.firstError(in: Data("{\"é\": \"unterminated".utf8)) == "line 1, column 20: text in double quotes is not closed")
        #expect(JSONSyntax.firstError(in: Data("{\"a\": 1} x".utf8)) == "line 1, column 10: unexpected text after the end")
        #expect(JSONSyntax.firstError(in: Data(GuideFile.export(.linkedInAITraining).utf8)) == nil)
    }

    @Test func invalidGuideFilesNameTheFile() {
        let error = GuideFileError.invalid(path: "g.json", problems: [GuideProblem(path: "$.id", message: "missing")])
        #expect(error.description == "The guide file g.json has 1 problem, the first at $.id: missing. Run `optout guide validate g.json` to list them all.")
    }

    @Test func theFormatDocumentsExampleValidates() throws {
        let doc = try String(contentsOfFile: testsFolder() + "/../../docs/guide-format.md", encoding: .utf8)
        let blocks = doc.components(separatedBy: "```json").dropFirst().map { $0.components(separatedBy: "```")[0] }
        #expect(!blocks.isEmpty)
        let (guide, problems) = GuideFile.validate(Data(blocks[0].utf8))
        #expect(problems.isEmpty, "\(problems)")
        #expect(guide != nil)
    }
}

@Suite("Guide format documentation")
struct GuideFormatDocTests {
    @Test func theExampleIsTheBuiltInGuidesOwnSteps() throws {
        let doc = try String(contentsOfFile: testsFolder() + "/../../docs/guide-format.md", encoding: .utf8)
        let block = try #require(doc.components(separatedBy: "```json").dropFirst().first?.components(separatedBy: "```").first)
        let example = try JSONDecoder().decode(Guide.self, from: Data(block.utf8))
        let builtIn = Guide.linkedInAITraining
        #expect(example.steps.count == 4)
        for step in example.steps { #expect(builtIn.step(step.id) == step, "\(step.id) differs from the built-in guide") }
        for source in example.sources { #expect(builtIn.sources.contains(source), "\(source.id) differs from the built-in guide") }
        for (key, languages) in example.labels {
            for (code, wording) in languages { #expect(builtIn.labels[key]?[code] == wording, "\(key).\(code) differs") }
        }
        #expect(example.version == builtIn.version)
        #expect(example.lastVerified == builtIn.lastVerified)
        #expect(!example.changelog.isEmpty)
        for entry in example.changelog { #expect(builtIn.changelog.contains(entry), "\(entry.version) differs from the built-in guide") }
    }
}
