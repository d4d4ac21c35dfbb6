import Foundation
import OptOutCore
import Testing

@testable import OptOutTUI

/// The full screen in the member's language, and on a screen that shows only ASCII: the too-small
/// line and the resume offer from the catalogue, the language question with the interface language
/// first, and letters outside ASCII written readably (ä as ae) where no UTF-8 locale is.
@Suite("The full screen in other languages and in ASCII")
struct InterfaceLanguageScreenTests {
    @Test func theTooSmallLineIsInTheInterfaceLanguage() throws {
        let state = try state(on: "open-data-privacy")
        for language in [InterfaceLanguage.language(.de), .language(.fr), .language(.it), .english] {
            // One row: the fullest wording in the language that fits the width, on its own.
            for columns in [14, 20, 30, 39] {
                let size = ScreenSize(columns: columns, rows: 1)
                let frame = InterfaceLanguage.$current.withValue(language) { render(state, columns: columns, rows: 1) }
                let candidates = InterfaceLanguage.$current.withValue(language) { TooSmallNotice.candidates(glyphs: .unicode, size: size) }
                let fitting = try #require(candidates.first { $0.count <= columns })
                #expect(frame.grid.rowsText.filter { !$0.isEmpty } == [fitting], "\(language.code) at \(columns)x1")
                #expect(frame.facts.mode == .tooSmall)
                if language != .english {
                    let english = TooSmallNotice.candidates(glyphs: .unicode, size: size)
                    #expect(candidates.dropLast() != english.dropLast(), "\(language.code): the wordings are translated")
                }
            }
            // Six rows: the whole sentence, wrapped between words.
            let frame = InterfaceLanguage.$current.withValue(language) { render(state, columns: 30, rows: 6) }
            let sentence = InterfaceLanguage.$current.withValue(language) {
                TooSmallNotice.candidates(glyphs: .unicode, size: ScreenSize(columns: 30, rows: 6))[0]
            }
            #expect(frame.grid.rowsText.filter { !$0.isEmpty }.joined(separator: " ") == sentence, "\(language.code) at 30x6")
        }
        // Wide enough for the whole sentence on one line.
        let wide = InterfaceLanguage.$current.withValue(.language(.de)) { render(state, columns: 90, rows: 6) }
        #expect(wide.grid.rowsText[0] == "Bitte vergrößern Sie das Terminal auf mindestens 40×12 (jetzt 90×6).")
    }

    @Test(arguments: [InterfaceLanguage.language(.de), .language(.nl), .pseudo])
    func theResumeOfferIsInTheInterfaceLanguage(language: InterfaceLanguage) throws {
        let state = WalkthroughState.begin(guide: guide, saved: try savedProgressPartWay(), now: fixedNow)
        let frame = InterfaceLanguage.$current.withValue(language) { render(state) }
        let choices = InterfaceLanguage.$current.withValue(language) { Messages.resumeChoices.map(\.label) }
        #expect(choices != Messages.resumeChoices.map(\.label))
        for (n, label) in choices.enumerated() {
            let prefix = n == 0 ? "› 1. " : "  \(n + 1). "
            // The longer pseudo-locale text may wrap; its first words are on the choice's line.
            let start = String(label.prefix(20))
            #expect(frame.grid.rowsText.contains { $0.contains(prefix + start) }, "\(prefix + start) in\n\(frame.grid.text)")
        }
        #expect(frame.grid.rowsText.allSatisfy { TerminalWidth.columns(of: $0) <= 80 })
    }

    @Test(arguments: LinkedInLanguage.allCases)
    func theLanguageQuestionListsTheInterfaceLanguageFirst(language: LinkedInLanguage) throws {
        let localized = InterfaceLanguage.$current.withValue(.language(language)) { Guide.linkedInAITraining.localized() }
        let index = try #require(localized.index(ofStep: "linkedin-language"))
        var state = WalkthroughState.begin(guide: localized, saved: nil, now: fixedNow)
        state = try applying([.markDone, .choose("web")], to: state)
        #expect(state.phase == .onStep(index))
        // Tall enough for the answers under the paragraphs.
        let frame = InterfaceLanguage.$current.withValue(.language(language)) { render(state, rows: 60) }
        let first = try #require(localized.steps[index].choice?.options.first)
        #expect(first.id == language.rawValue)
        #expect(frame.grid.rowsText.contains { $0.contains("1. " + first.label) }, "\(frame.grid.text)")
        // Choosing 1 records the interface language's code.
        let chosen = try applying([.choose(first.id)], to: state)
        #expect(chosen.progress.answers[LinkedInLanguage.answerKey] == language.rawValue)
    }

    @Test func aStepInGermanIsDrawnInGerman() throws {
        let localized = Guide.linkedInAITraining.localized(to: .language(.de))
        var state = WalkthroughState.begin(guide: localized, saved: nil, now: fixedNow)
        state = try applying([.markDone, .choose("web")], to: state)
        let frame = InterfaceLanguage.$current.withValue(.language(.de)) { render(state, rows: 60) }
        #expect(frame.grid.text.contains("In welcher Sprache nutzen Sie LinkedIn?"), "\(frame.grid.text)")
        #expect(frame.grid.text.contains("1. Deutsch"))
    }

    // MARK: ASCII

    @Test func lettersOutsideASCIIAreWrittenReadably() {
        let cases: [(String, String)] = [
            ("Größe", "Groesse"), ("Ärger über Öl", "Aerger ueber Oel"), ("Straße ẞ", "Strasse SS"),
            ("Données générales", "Donnees generales"), ("Français, garçon", "Francais, garcon"), ("España, año", "Espana, ano"),
            ("Æble, æble, Œuvre, œuf", "AEble, aeble, OEuvre, oeuf"), ("Øre, Łódź, Đ", "Ore, Lodz, D"), ("Ţară, ő, ą, ř", "Tara, o, a, r"),
            ("“quoted” „so“ «so» ‘so’", "\"quoted\" \"so\" \"so\" 'so'"), ("a – b — c …", "a - b - c ..."),
            ("Einstellungen & Datenschutz → Datenschutz", "Einstellungen & Datenschutz -> Datenschutz"),
            ("40×12, 5 €", "40x12, 5 EUR"), ("e\u{301}te\u{301}", "ete"), ("no\u{A0}break", "no break"), ("⟦pseudo⟧", "[[pseudo]]"),
        ]
        for (text, ascii) in cases { #expect(ASCIITransliteration.transliterate(text) == ascii, "\(text)") }
        // What has no ASCII form is left to the backend's stand-in.
        #expect(ASCIITransliteration.replacement(for: "確") == nil)
        #expect(ASCIITransliteration.replacement(for: "😀") == nil)
        #expect(ASCIITransliteration.replacement(for: "ə") == nil)
    }

    @Test func anASCIIScreenMeasuresAndDrawsTheTransliteration() {
        #expect(TerminalWidth.columns(of: "Größe") == 5)
        TerminalWidth.$asciiOnly.withValue(true) {
            #expect(TerminalWidth.columns(of: "Größe") == 7)
            #expect(TerminalWidth.cells(of: "ß").map(\.text) == ["s", "s"])
            #expect(TerminalWidth.columns(of: "確") == 2)
        }
    }

    @Test(arguments: ["fr", "de", "es", "pt"])
    func anASCIIScreenShowsLinkedInsLabelsReadably(language: String) throws {
        var answers = defaultAnswers
        answers["linkedInLanguage"] = language
        let state = try state(on: "open-genai-setting", answers: answers)
        var model = ScreenModel()
        model.sync(with: state)
        let context = ScreenContext(statePath: screenContext.statePath, glyphs: .ascii)
        for size in [ScreenSize(columns: 80, rows: 24), ScreenSize(columns: 40, rows: 12)] {
            let frame = ScreenView.render(state: state, model: model, context: context, size: size)
            #expect(frame.grid.text.unicodeScalars.allSatisfy { $0.isASCII }, "\(language) at \(size):\n\(frame.grid.text)")
            #expect(frame.grid.rowsText.allSatisfy { $0.count <= size.columns })
            if size.columns == 80 {
                let label = try #require(guide.labels["genai-setting"]?[language]?.wording.first)
                #expect(frame.grid.text.contains(ASCIITransliteration.transliterate(label)), "\(label):\n\(frame.grid.text)")
            }
        }
    }

    @Test func aUnicodeScreenKeepsTheLetters() throws {
        var answers = defaultAnswers
        answers["linkedInLanguage"] = "fr"
        let frame = render(try state(on: "open-genai-setting", answers: answers))
        #expect(frame.grid.text.contains("Données pour l’amélioration de l’IA générative"))
    }
}
