// Fuzz target: loading a progress file (ProgressFileFormat.decode, including migration of older schema
// versions), reconciliation with the built-in guide, the walkthrough's first state, and every report
// made from it. Nothing may crash; reports may hold no control character but the newline; progress that
// loads survives a save and a load unchanged.
import Foundation
import OptOutCore

let guide = Guide.linkedInAITraining
let fixedNow = Date(timeIntervalSince1970: 1_800_000_000)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProgress(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let progress: WalkthroughProgress
    do {
        progress = try ProgressFileFormat.decode(data, path: "/fuzz/progress.json", expectingGuide: guide.id)
    } catch {
        // Every refusal names the file.
        if !error.description.contains("/fuzz/progress.json") { fatalError("an error does not name the file: \(error)") }
        return 0
    }
    let (reconciled, _) = GuideReconciler.reconcile(progress, with: guide)
    let state = WalkthroughState.begin(guide: guide, saved: progress, now: fixedNow)
    _ = StepContent(state: state)
    _ = state.guideChanges.explanation(in: guide)
    let report = ProgressReport(guide: guide, saved: progress, zone: .utc, now: fixedNow)
    var outputs = SummaryFormat.allCases.map { SummaryRenderer.render(report, format: $0) }
    outputs.append(StatusRenderer.line(report))
    outputs.append(StatusRenderer.json(report, stateFile: "/fuzz/progress.json"))
    for out in outputs {
        for scalar in out.unicodeScalars where scalar != "\n" && TerminalSafeText.needsReplacing(scalar) {
            fatalError("a report holds U+\(String(scalar.value, radix: 16))")
        }
    }
    // What a save writes loads back to the same progress, byte for byte when saved again, with every text
    // the member wrote. (The first save may normalise what a hand edit left, e.g. a fraction of a second in
    // a time: optout keeps whole seconds.)
    guard let bytes = try? ProgressFileFormat.encode(reconciled) else { fatalError("loaded progress does not encode") }
    guard let again = try? ProgressFileFormat.decode(bytes, path: "/fuzz/progress.json", expectingGuide: guide.id) else {
        fatalError("saved progress does not load back")
    }
    guard let bytesAgain = try? ProgressFileFormat.encode(again), bytesAgain == bytes else {
        fatalError("saved progress does not load back to what was saved")
    }
    func texts(_ p: WalkthroughProgress) -> [String?] {
        (p.steps + (p.retiredSteps ?? [])).flatMap { [$0.id, $0.note, $0.reason, $0.screenDiffers, $0.confirmation, $0.sentOn] }
            + [p.draft?.name, p.draft?.email, p.draft?.editedText] + p.answers.sorted { $0.key < $1.key }.map(\.value)
    }
    if texts(again) != texts(reconciled) { fatalError("a text the member wrote changed through a save and a load") }
    return 0
}
