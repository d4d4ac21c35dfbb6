import Foundation
import OptOutCore
import OptOutTestSupport
import QRCode
import Testing

/// The encoder against libqrencode: same text, 8-bit mode, same version and level; the same
/// function patterns, version information and data and error-correction modules.
@Suite(.ownThreadsLong, .enabled(if: Oracle.path != nil || inCI, "needs qrencode (apt-get install qrencode)"))
struct OracleTests {
    @Test func theBuiltInGuidesLinksAtEveryLevel() throws {
        let links = Set(Guide.linkedInAITraining.steps.compactMap { $0.link?.url }).sorted()
        #expect(links.count >= 3)
        let cases = links.flatMap { url in QRCode.ErrorCorrection.allCases.map { (Array(url.utf8), $0, 1) } }
        for (item, result) in zip(cases, try compare(cases)) {
            #expect(result.differences.isEmpty, "\(String(decoding: item.0, as: UTF8.self)) at \(item.1): \(result.differences)")
        }
        print("[qr figure] built-in links: \(cases.count) symbols compared with qrencode (\(links.count) links × 4 levels)")
    }

    /// One test case per level, so the four run side by side.
    @Test(arguments: QRCode.ErrorCorrection.allCases)
    func everyVersionAtEveryLevel(level: QRCode.ErrorCorrection) throws {
        // A short text forced into each version, so every version's layout, blocks and
        // version information are compared.
        let cases = (1...40).map { version in (Array("https://example.com/v\(version)".utf8), level, version) }
        for (item, result) in zip(cases, try compare(cases)) {
            #expect(result.differences.isEmpty, "version \(item.2) \(item.1): \(result.differences)")
        }
        print("[qr figure] versions 1-40 at \(level): \(cases.count) symbols compared with qrencode")
    }

    @Test func fullSymbolsAtTheLargestVersion() throws {
        // Filled to capacity at version 40: the most blocks and the longest ones.
        let cases = QRCode.ErrorCorrection.allCases.map { level in
            var random = SeededGenerator(seed: UInt64(40 + level.rawValue))
            let capacity = QRCode.byteCapacity(version: 40, errorCorrection: level)
            return ((0..<capacity).map { _ in UInt8.random(in: 0...255, using: &random) }, level, 1)
        }
        for (item, result) in zip(cases, try compare(cases)) {
            #expect(result.differences.isEmpty, "\(item.0.count) bytes at \(item.1): \(result.differences)")
        }
    }

    /// 600 random contents of varied length and kind at random levels. The seed is fixed; set
    /// OPTOUT_QR_SEED to try others (a failure names the seed and the case). The same 600 every time,
    /// compared in six parts of 100 (by case number) that run side by side.
    @Test(arguments: 0..<6)
    func randomContents(part: Int) throws {
        let seed = UInt64(ProcessInfo.processInfo.environment["OPTOUT_QR_SEED"] ?? "") ?? 0x5EED_0013
        var random = SeededGenerator(seed: seed)
        var cases: [(bytes: [UInt8], level: QRCode.ErrorCorrection, minimumVersion: Int)] = []
        var indices: [Int] = []
        for index in 0..<600 {
            let bytes = randomContent(&random, index: index)
            let level = QRCode.ErrorCorrection.allCases.randomElement(using: &random)!
            guard bytes.count <= QRCode.byteCapacity(version: 40, errorCorrection: level) else { continue }
            cases.append((bytes, level, 1))
            indices.append(index)
        }
        #expect(cases.count >= 500)
        let mine = cases.indices.filter { indices[$0] / 100 == part }
        let results = try compare(mine.map { cases[$0] })
        for (n, result) in zip(mine, results) {
            #expect(result.differences.isEmpty,
                    "seed \(seed), case \(indices[n]), \(cases[n].bytes.count) bytes at \(cases[n].level): \(result.differences)")
        }
        let versions = Set(results.map(\.version))
        print("[qr figure] random contents (seed \(seed)), cases \(part * 100)-\(part * 100 + 99): \(mine.count) symbols compared "
              + "with qrencode, \(versions.count) versions, same mask chosen in \(results.filter(\.sameMask).count)")
    }
}
