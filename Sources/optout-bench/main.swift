// In-process figures for Benchmarks/run.py: save latency (with its fsyncs), and the cost of rendering
// a frame and saving progress for generated guides of growing length. Prints one JSON object per line.
import Foundation
import OptOutCore
import OptOutSystem
import OptOutTUI
import QRCode

/// Median and 99th percentile of samples, in microseconds.
func percentiles(_ samples: [Double]) -> (median: Double, p99: Double) {
    let sorted = samples.sorted()
    return (sorted[sorted.count / 2], sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))])
}

func microseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1000
}

func emit(_ object: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}

/// A guide of `count` steps shaped like the built-in one's action steps.
func generatedGuide(steps count: Int) -> Guide {
    let template = Guide.linkedInAITraining.steps[6]
    var guide = Guide.linkedInAITraining
    guide.id = "generated-\(count)"
    guide.steps = (0..<count).map { i in
        var step = template
        step.id = "step-\(i)"
        step.title = "Generated step \(i + 1)"
        step.kind = i == count - 1 ? .finish : .action
        step.recheck = nil
        step.receipt = nil
        return step
    }
    return guide
}

/// The state halfway through: the first half done, on the middle step.
func halfway(_ guide: Guide) throws -> WalkthroughState {
    var progress = WalkthroughProgress(fresh: guide, at: Date())
    let now = Date().wholeSeconds
    for i in 0..<(guide.steps.count / 2) {
        progress.steps[i].status = .done
        progress.steps[i].updatedAt = now
        progress.steps[i].note = "Note for step \(i + 1)"
    }
    progress.currentStepId = guide.steps[guide.steps.count / 2].id
    progress.answers = ["platform": "web", "region": "uk"]
    return try Walkthrough.reduce(.begin(guide: guide, saved: progress, now: now), .resume, now: now).state
}

let arguments = CommandLine.arguments
let quick = arguments.contains("--quick")
let folder = NSTemporaryDirectory() + "optout-bench-\(getpid())"
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: folder) }

// Save latency: the built-in guide's progress, saved again and again.
do {
    let store = ProgressStore(path: folder + "/save.json")
    let state = try halfway(.linkedInAITraining)
    let count = quick ? 100 : 1000
    var samples: [Double] = []
    for _ in 0..<count { samples.append(try microseconds { try store.save(state.progress) }) }
    let (median, p99) = percentiles(samples)
    emit(["figure": "save", "count": count, "medianMicroseconds": median, "p99Microseconds": p99])
}

// Scale: render a frame (80x24 and 120x40) and save, for guides of 10, 1,000 and 10,000 steps and the built-in one.
for (label, guide) in [("built-in (\(Guide.linkedInAITraining.steps.count))", Guide.linkedInAITraining)] + [10, 1000, 10000].map({ ("\($0)", generatedGuide(steps: $0)) }) {
    let state = try halfway(guide)
    var model = ScreenModel()
    model.sync(with: state)
    let context = ScreenContext(statePath: folder + "/scale.json")
    var result: [String: Any] = ["figure": "scale", "steps": guide.steps.count, "label": label]
    for size in [ScreenSize(columns: 80, rows: 24), ScreenSize(columns: 120, rows: 40)] {
        let count = quick ? 20 : 200
        var samples: [Double] = []
        for _ in 0..<count {
            samples.append(microseconds { _ = ScreenView.render(state: state, model: model, context: context, size: size) })
        }
        result["render\(size.columns)x\(size.rows)MedianMicroseconds"] = percentiles(samples).median
    }
    let store = ProgressStore(path: folder + "/scale-\(guide.steps.count).json")
    let saves = quick ? 5 : (guide.steps.count > 1000 ? 20 : 100)
    var samples: [Double] = []
    for _ in 0..<saves { samples.append(try microseconds { try store.save(state.progress) }) }
    result["saveMedianMicroseconds"] = percentiles(samples).median
    result["fileBytes"] = (try? FileManager.default.attributesOfItem(atPath: store.path)[.size] as? Int) ?? 0
    emit(result)
}

// The note field: what one key costs (the screen model's update and a frame) in an empty field and
// after pastes of growing length, and what the paste itself costs. Linear typing means the per-key
// figure does not grow with the text.
do {
    let state = try halfway(.linkedInAITraining)
    let context = ScreenContext(statePath: folder + "/field.json")
    let size = ScreenSize(columns: 80, rows: 24)
    let keys = quick ? 50 : 500
    for length in [0, 10_000, 100_000] {
        var model = ScreenModel()
        model.sync(with: state)
        _ = model.update(.startNote, state: state, today: "2026-11-29")
        let text = String(repeating: "0123456789", count: length / 10)
        let paste = microseconds { _ = model.update(.edit(.paste(text)), state: state, today: "2026-11-29") }
        var samples: [Double] = []
        for _ in 0..<keys {
            samples.append(microseconds {
                _ = model.update(.edit(.insert("x")), state: state, today: "2026-11-29")
                _ = ScreenView.render(state: state, model: model, context: context, size: size)
            })
        }
        let (median, p99) = percentiles(samples)
        emit(["figure": "field", "length": length, "pasteMicroseconds": paste, "keyMedianMicroseconds": median,
              "keyP99Microseconds": p99])
    }
}

// QR codes: encoding the built-in guide's links and longer ones (done only when `p` is pressed or
// `optout qr` runs, never before the first frame), and drawing the code page.
do {
    let links = Set(Guide.linkedInAITraining.steps.compactMap { $0.link?.url }).sorted()
    let thousand = "https://www.linkedin.com/help/linkedin/answer/a5538339?q=" + String(repeating: "x", count: 1000 - 57)
    let capacity = String(repeating: "x", count: QRCode.byteCapacity(version: 40, errorCorrection: .medium))
    for (label, text) in links.map({ ($0, $0) }) + [("1,000-character URL", thousand), ("version 40-M, full", capacity)] {
        let count = quick ? 5 : (text.utf8.count > 1000 ? 20 : 100)
        var version = 0
        var samples: [Double] = []
        for _ in 0..<count { samples.append(try microseconds { version = try QRCode(text: text).version }) }
        let (median, p99) = percentiles(samples)
        emit(["figure": "qr", "label": label, "bytes": text.utf8.count, "version": version,
              "encodeMedianMicroseconds": median, "encodeP99Microseconds": p99])
    }
    var progress = WalkthroughProgress(fresh: .linkedInAITraining, at: Date())
    progress.currentStepId = "open-genai-setting"
    let now = Date()
    let state = try Walkthrough.reduce(.begin(guide: .linkedInAITraining, saved: progress, now: now), .resume, now: now).state
    var model = ScreenModel()
    model.sync(with: state)
    _ = model.update(.showPhoneCode, state: state, today: "2026-11-29")
    var samples: [Double] = []
    for _ in 0..<(quick ? 20 : 200) {
        samples.append(microseconds {
            _ = ScreenView.render(state: state, model: model, context: ScreenContext(statePath: folder), size: ScreenSize(columns: 80, rows: 24))
        })
    }
    emit(["figure": "qr-page", "render80x24MedianMicroseconds": percentiles(samples).median])
}
