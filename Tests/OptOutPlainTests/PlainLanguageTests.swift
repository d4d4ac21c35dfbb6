import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

@testable import OptOutPlain

/// Plain mode in the member's language: its own words from the catalogue (the pseudo-locale shows
/// any that are not), a transcript in German kept as a golden file, and answers typed as their
/// letter, their English word or their word in the interface language.
@Suite("Plain mode in other languages")
struct PlainLanguageTests {
    /// Every language optout speaks, English included.
    static let languages = LinkedInLanguage.allCases.map { InterfaceLanguage.language($0) }

    @Test("every step's text, answers line and help in the pseudo-locale hold no text that bypassed the catalogue")
    func everyStepIsMarked() throws {
        try InterfaceLanguage.$current.withValue(.pseudo) {
            let guide = Guide.linkedInAITraining.localized()
            var state = WalkthroughState.begin(guide: guide, saved: nil, now: fixedStart)
            var seen = 0
            while let step = state.currentStep {
                let lines = PlainStepText.step(state, zone: .utc) + PlainStepText.answers(state) + PlainStepText.help(for: step, statePath: "/tmp/p.json")
                let unmarked = UnmarkedText.words(in: lines.joined(separator: "\n"), allowed: allowedWords(state))
                #expect(unmarked.isEmpty, "\(step.id): \(unmarked)\n\(lines.joined(separator: "\n"))")
                let event = step.completingEvent(answer: step.choice.flatMap { defaultAnswers[$0.answerKey] })
                state = try Walkthrough.reduce(state, event, now: fixedStart).state
                seen += 1
            }
            #expect(seen == guide.steps.count)
        }
    }

    @Test("a pseudo-locale transcript fits its width and shows the catalogue's words for plain mode's prompts")
    func aPseudoTranscriptFits() throws {
        InterfaceLanguage.$current.withValue(.pseudo) {
            let guide = Guide.linkedInAITraining.localized()
            let (_, output, _, _) = runPlain(["?", "nonsense words", "", "d", "q"], width: 60, guide: guide)
            let long = output.split(separator: "\n").filter { $0.count > 60 }
            #expect(long.isEmpty, "lines longer than 60: \(long)")
            for own in [tr("Answers at a step:"), tr("Type an answer."), tr("\"{answer}\" is not an answer here.", ["answer": "nonsense words"])] {
                #expect(output.contains(own.prefix(12)), "\(own) missing")
            }
            let unmarked = UnmarkedText.words(in: output.components(separatedBy: "\n").filter { $0.contains("⟦") || $0.hasPrefix("Answer") }
                .joined(separator: "\n"), allowed: allowedWords(WalkthroughState.begin(guide: guide, saved: nil, now: fixedStart)).union(["nonsense", "words"]))
            #expect(unmarked.isEmpty, "\(unmarked)")
        }
    }

    /// The German transcript: the whole walk, help, a wrong answer and the summary. Rewrite with
    /// `OPTOUT_UPDATE_GOLDENS=1 swift test --filter PlainLanguageTests` once the translations change.
    @Test("a German transcript matches its golden file")
    func aGermanTranscript() throws {
        let output = InterfaceLanguage.$current.withValue(.language(.de)) {
            runPlain(["?", "nonsense"] + wholeWalk, guide: Guide.linkedInAITraining.localized()).1
        }
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens/de/plain-walkthrough.txt").path
        Golden.check(output, path: path)
    }

    @Test("each answer is taken as its letter, its English word and its word in the interface language", arguments: languages + [.pseudo])
    func answersInTheLanguage(language: InterfaceLanguage) {
        InterfaceLanguage.$current.withValue(language) {
            for word in AnswerWord.atAStep {
                for spelling in word.spellings {
                    #expect(AnswerWord.matching(spelling) == word, "\(language.code): \(spelling)")
                    #expect(AnswerWord.matching(spelling.uppercased()) == word, "\(language.code): \(spelling) in capitals")
                }
            }
            for word in AnswerWord.inARecheck {
                #expect(AnswerWord.matching(word.translated, among: AnswerWord.inARecheck) == word)
                for english in word.english { #expect(AnswerWord.matching(english, among: AnswerWord.inARecheck) == word) }
            }
            #expect(PlainAnswer.parse(AnswerWord.done.translated) == .done)
            #expect(PlainAnswer.parse("done") == .done)
            #expect(PlainAnswer.parse(AnswerWord.skip.translated + " later") == .skip(reason: "later"))
        }
    }

    @Test("no answer word means two answers at one prompt, or an answer of a question, in any of the seven languages",
          arguments: languages)
    func answerWordsNeverCollide(language: InterfaceLanguage) throws {
        try InterfaceLanguage.$current.withValue(language) {
            let guide = Guide.linkedInAITraining.localized()
            let optionIds = Set(guide.steps.compactMap(\.choice).flatMap { $0.options.map { $0.id.lowercased() } })
            for prompt in [AnswerWord.atAStep, AnswerWord.inARecheck] {
                var owner: [String: AnswerWord] = [:]
                for word in prompt {
                    for spelling in word.spellings {
                        #expect(!spelling.isEmpty && !spelling.contains(" "), "\(language.code): \"\(spelling)\" is not one word")
                        if let other = owner[spelling], other != word {
                            Issue.record("\(language.code): \"\(spelling)\" answers both \(other) and \(word)")
                        }
                        owner[spelling] = word
                        #expect(Int(spelling) == nil, "\(language.code): \"\(spelling)\" is a number")
                        if prompt == AnswerWord.atAStep {
                            #expect(!optionIds.contains(spelling), "\(language.code): \"\(spelling)\" is also a question's answer")
                        }
                    }
                }
            }
        }
    }

    @Test("the collision check sees two answers spelled alike")
    func theCollisionCheckCanFail() {
        // "n" is note at a step and no in a re-check: two prompts, no collision; within one prompt it would be.
        #expect(AnswerWord.note.english.contains("n") && AnswerWord.no.english.contains("n"))
        #expect(!AnswerWord.atAStep.contains(.no) && !AnswerWord.inARecheck.contains(.note))
    }
}

let fixedStart = Date(timeIntervalSince1970: 1_796_000_000)
let defaultAnswers = ["platform": "web", "linkedInLanguage": "en", "region": "eu-eea"]

/// LinkedIn's labels, the answers' letters and English words, the questions' answer ids, and what
/// the core says about a step (until the core marks it, its own English; once marked, in the
/// pseudo-locale, allowing nothing English).
func allowedWords(_ state: WalkthroughState) -> Set<String> {
    var texts = state.guide.labels.values.flatMap { $0.values.flatMap(\.wording) }
    texts += AnswerWord.allCases.flatMap(\.english)
    texts += state.guide.steps.compactMap(\.choice).flatMap { $0.options.map(\.id) }
    texts += StepStatus.allCases.map(\.words) + Platform.allCases.map(\.displayName)
    // The core's mark after a label whose English wording is unsure (LabelResolver), not yet in the catalogue.
    texts.append("(not verified)")
    texts.append(StepContent(state: state)?.position ?? "")
    texts += state.currentRecord?.facts(in: .utc).flatMap { [$0.label, $0.text] } ?? []
    return UnmarkedText.allowing(texts)
}
