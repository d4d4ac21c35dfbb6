import Foundation
import OptOutCore
import Testing

@testable import OptOutTUI

/// Every page the full screen draws, each as a walkthrough and a screen model, over the guide in the
/// interface language bound while they are made: every step, the help, the resume offer and the
/// question asked from it, the QR code page, a text field, a form's list and its field, a message
/// line, the too-small notice (drawn at its own size). The pseudo-locale and golden-screen tests in
/// other languages go through all of them.
struct ScreenPage: Sendable, CustomTestStringConvertible {
    let name: String
    let state: WalkthroughState
    let model: ScreenModel
    /// Drawn at this size instead of the one asked for (the too-small notice).
    var fixedSize: ScreenSize?

    var testDescription: String { name }

    func render(columns: Int, rows: Int) -> ScreenFrame {
        var model = model
        model.sync(with: state)
        let size = fixedSize ?? ScreenSize(columns: columns, rows: rows)
        return ScreenView.render(state: state, model: model, context: screenContext, size: size)
    }

    /// The pages over the built-in guide in the interface language (`InterfaceLanguage.current`).
    static func all() throws -> [ScreenPage] {
        let localized = Guide.linkedInAITraining.localized()
        var pages: [ScreenPage] = []
        for index in localized.steps.indices {
            let state = try walk(localized, to: index)
            pages.append(ScreenPage(name: String(format: "step-%02d-%@", index + 1, localized.steps[index].id), state: state, model: ScreenModel()))
        }
        let genai = try walk(localized, to: "open-genai-setting")
        let form = try walk(localized, to: "objection-form")
        var help = ScreenModel()
        help.overlay = .help
        pages.append(ScreenPage(name: "help", state: genai, model: help))

        let resume = WalkthroughState.begin(guide: localized, saved: try walk(localized, to: "sign-in").progress, now: fixedNow)
        pages.append(ScreenPage(name: "resume", state: resume, model: ScreenModel()))
        pages.append(ScreenPage(name: "start-over-question", state: resume, model: acted([.chooseNumber(2), .confirm], on: resume)))

        pages.append(ScreenPage(name: "phone-code", state: genai, model: acted([.showPhoneCode], on: genai)))
        pages.append(ScreenPage(name: "note-field", state: form, model: acted([.startNote] + typing("Sent by post"), on: form)))
        pages.append(ScreenPage(name: "skip-reason-field", state: genai, model: acted([.startSkip], on: genai)))
        pages.append(ScreenPage(name: "draft-uses-list", state: form, model: acted([.startDraft], on: form)))
        pages.append(ScreenPage(name: "sent-day-field", state: form, model: acted([.startSent], on: form)))
        let about = try walk(localized, to: "about")
        pages.append(ScreenPage(name: "message-no-link", state: about, model: acted([.openLink], on: about)))
        pages.append(ScreenPage(name: "too-small", state: genai, model: ScreenModel(), fixedSize: ScreenSize(columns: 30, rows: 8)))
        pages.append(ScreenPage(name: "too-small-field", state: form, model: acted([.startNote], on: form),
                                fixedSize: ScreenSize(columns: 30, rows: 8)))
        return pages
    }

    /// The walkthrough over `guide` on the step with this id, every step before it answered.
    static func walk(_ guide: Guide, to id: String) throws -> WalkthroughState {
        try walk(guide, to: try #require(guide.index(ofStep: id)))
    }

    static func walk(_ guide: Guide, to index: Int) throws -> WalkthroughState {
        var state = WalkthroughState.begin(guide: guide, saved: nil, now: fixedNow)
        while state.phase != .onStep(index) {
            let step = try #require(state.currentStep, "walked past step \(index)")
            state = try Walkthrough.reduce(
                state, step.completingEvent(answer: step.choice.flatMap { defaultAnswers[$0.answerKey] }), now: fixedNow).state
        }
        return state
    }

    /// The screen model after these actions on `state`.
    static func acted(_ actions: [UIAction], on state: WalkthroughState) -> ScreenModel {
        var model = ScreenModel()
        model.sync(with: state)
        for action in actions { _ = model.update(action, state: state) }
        return model
    }

    static func typing(_ text: String) -> [UIAction] { text.unicodeScalars.map { .edit(.insert($0)) } }
}
