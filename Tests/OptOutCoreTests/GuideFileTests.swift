import Foundation
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

    @Test func theBuiltInGuideExportsValidatesAndLoadsBackTheSame() throws {
        let text = GuideFile.export(.linkedInAITraining)
        let (guide, problems) = GuideFile.validate(Data(text.utf8))
        #expect(problems.isEmpty, "\(problems)")
        #expect(guide == .linkedInAITraining)
    }

    @Test func notJSON() {
        #expect(GuideFile.validate(Data("{".utf8)).1 == [GuideProblem(path: "$", message: "not valid JSON")])
        #expect(GuideFile.validate(Data("[]".utf8)).1 == [GuideProblem(path: "$", message: "should be an object")])
    }

    @Test func duplicateIds() throws {
        let found = try problems { editStep(4, &$0) { $0["id"] = "sign-in" } }
        #expect(found.contains(GuideProblem(path: "$.steps[4].id", message: "duplicate step id \"sign-in\"")))
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
            editStep(4, &$0) { $0["id"] = "sign-in" }
            $0["lastVerified"] = "last week"
        }
        #expect(found.count >= 3)
        #expect(found.contains(GuideProblem(path: "$.lastVerified", message: "not a date as YYYY-MM-DD: \"last week\"")))
    }

    @Test func aWholeWalkthroughOfAnExportedThenLoadedGuide() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        let path = folder + "/guide.json"
        try Data(GuideFile.export(.linkedInAITraining).utf8).write(to: URL(fileURLWithPath: path))
        let guide = try GuideFile.load(path: path)
        var state = WalkthroughState.begin(guide: guide, saved: nil, now: t0)
        while let step = state.currentStep {
            state = try Walkthrough.reduce(state, step.choice.map { .choose($0.options[0].id) } ?? .markDone, now: t0).state
        }
        #expect(state.progress.isComplete)
    }

    @Test func loadErrorsNameTheFile() {
        #expect(throws: GuideFileError.unreadable(path: "/nonexistent/g.json", reason: "no such file")) {
            try GuideFile.load(path: "/nonexistent/g.json")
        }
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
        #expect(example.steps.count == 4)
        for step in example.steps { #expect(Guide.linkedInAITraining.step(step.id) == step, "\(step.id) differs from the built-in guide") }
        #expect(example.version == Guide.linkedInAITraining.version)
    }
}
