// Fuzz target: guide files. The bytes go through what `optout --guide FILE` and `optout guide validate`
// use (GuideFile.validate: JSON shape, decoding, meaning checks) and through a plain JSONDecoder of
// `Guide`; a guide either passes then feeds everything a guide feeds: the text and Markdown renderers,
// each step's content for every platform and region, the walkthrough's first state, the calendar file.
// Nothing may crash, and rendered text may hold no control character but the newline (CRLF in the .ics).
import Foundation
import OptOutCore

let fixedNow = Date(timeIntervalSince1970: 1_800_000_000)

func expectSafe(_ text: String, _ what: String, allowCR: Bool = false) {
    for scalar in text.unicodeScalars where scalar != "\n" && !(allowCR && scalar == "\r") && TerminalSafeText.needsReplacing(scalar) {
        fatalError("\(what) holds U+\(String(scalar.value, radix: 16))")
    }
}

func exercise(_ guide: Guide) {
    for format in GuideFormat.allCases {
        expectSafe(GuideRenderer.render(guide, format: format), "the \(format) guide")
    }
    for index in guide.steps.indices {
        for platform in [nil] + Platform.allCases.map(Optional.some) {
            for region in [nil, Region.euEEA, Region.elsewhere] {
                _ = StepContent(guide: guide, index: index, platform: platform, region: region)
            }
        }
    }
    let state = WalkthroughState.begin(guide: guide, saved: nil, now: fixedNow)
    _ = StepContent(state: state)
    expectSafe(RecheckCalendar.ics(day: "2027-01-15", now: fixedNow, guide: guide, uid: "fuzz@optout.invalid"), "the calendar", allowCR: true)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGuide(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let (valid, problems) = GuideFile.validate(data)
    if let valid {
        if !problems.isEmpty { fatalError("a guide came back with problems") }
        exercise(valid)
        // What `optout guide export` writes for it loads back as the same guide, with the catalogue's
        // translations of its texts added (export writes them into the file).
        let (again, _) = GuideFile.validate(Data(GuideFile.export(valid).utf8))
        if again != valid.withCatalogueTranslations() { fatalError("an exported guide does not load back unchanged") }
    } else if problems.isEmpty {
        fatalError("a guide was refused without a problem")
    }
    // A plain JSONDecoder of the type, as the issue names it: it may throw, never crash. (What it decodes
    // but validation refuses is never shown, so it is not rendered here.)
    _ = try? JSONDecoder().decode(Guide.self, from: data)
    return 0
}
