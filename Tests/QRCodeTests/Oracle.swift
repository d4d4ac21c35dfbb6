import Foundation
import OptOutTestSupport
import QRCode
import Testing

/// libqrencode's `qrencode` command as the reference encoder.
enum Oracle {
    static let path = which("qrencode")

    /// The symbols qrencode makes for each case's bytes in 8-bit mode at its version and level,
    /// row by row (true dark), with no quiet zone. One shell runs qrencode for all of them, each
    /// reading its bytes from a file (`-r`), so NUL and invalid UTF-8 reach it whole.
    static func symbols(_ cases: [(bytes: [UInt8], version: Int, level: QRCode.ErrorCorrection)]) throws -> [[[Bool]]] {
        let folder = makeTemporaryFolder("qrencode")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var script = "set -e\n"
        for (index, item) in cases.enumerated() {
            try Data(item.bytes).write(to: URL(fileURLWithPath: "\(folder)/\(index).in"))
            script += "'\(path ?? "qrencode")' -8 -t ASCII -m 0 -v \(item.version) -l \(item.level) -r \(index).in -o \(index).out\n"
        }
        let result = try Runner.execute(["/bin/sh", "-c", script], input: Data(), environment: ["PATH": "/usr/bin:/bin"],
                                        folder: folder, timeout: 300)
        guard result.status == 0 else { throw OracleError(message: "qrencode failed (\(result.status)): \(result.stderr)") }
        return try cases.indices.map { index in
            let text = try String(contentsOfFile: "\(folder)/\(index).out", encoding: .utf8)
            // Each module is two characters: "##" dark, two spaces light.
            return text.split(separator: "\n").map { line in
                let bytes = Array(line.utf8)
                return stride(from: 0, to: bytes.count, by: 2).map { bytes[$0] == UInt8(ascii: "#") }
            }
        }
    }

    struct OracleError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}

/// What comparing one symbol of ours with qrencode's found.
struct Comparison {
    var differences: [String] = []
    var sameMask = false
    var version = 0
}

/// Compares our symbol with qrencode's for the same bytes, version and level: the function
/// patterns and version information module for module, the format information for the level
/// (each with its own mask), the data and error-correction modules with each one's mask removed,
/// and, with qrencode's mask forced on ours, the whole symbol.
func compare(_ cases: [(bytes: [UInt8], level: QRCode.ErrorCorrection, minimumVersion: Int)]) throws -> [Comparison] {
    let ours = try cases.map { try QRCode(bytes: $0.bytes, errorCorrection: $0.level, minimumVersion: $0.minimumVersion) }
    let theirs = try Oracle.symbols(zip(cases, ours).map { ($0.bytes, $1.version, $0.level) })
    return try cases.indices.map { try compare(cases[$0].bytes, ours: ours[$0], theirs: theirs[$0]) }
}

func compare(_ bytes: [UInt8], ours: QRCode, theirs: [[Bool]]) throws -> Comparison {
    var result = Comparison(version: ours.version)
    let level = ours.errorCorrection
    guard theirs.count == ours.size, theirs.allSatisfy({ $0.count == ours.size }) else {
        result.differences.append("qrencode made a \(theirs.count)-module symbol; ours is version \(ours.version), \(ours.size) modules")
        return result
    }
    let size = ours.size
    let function = QRCode.FunctionModules(version: ours.version)
    let format = formatCells(size: size)

    // The format information: both copies must agree and name the same level; each names its own mask.
    func readFormat(_ dark: (Int, Int) -> Bool) -> (first: Int, second: Int) {
        var first = 0, second = 0
        for (bit, cells) in format.enumerated() {
            if dark(cells.first.0, cells.first.1) { first |= 1 << bit }
            if dark(cells.second.0, cells.second.1) { second |= 1 << bit }
        }
        return (first, second)
    }
    let theirFormat = readFormat { theirs[$0][$1] }
    let ourFormat = readFormat { ours[row: $0, column: $1] }
    guard theirFormat.first == theirFormat.second,
        let theirMask = (0...7).first(where: { QRCode.formatInformation(errorCorrection: level, mask: $0) == theirFormat.first })
    else {
        result.differences.append("qrencode's format information \(theirFormat) names no mask at level \(level)")
        return result
    }
    if ourFormat.first != ourFormat.second || ourFormat.first != QRCode.formatInformation(errorCorrection: level, mask: ours.mask) {
        result.differences.append("our format information \(ourFormat) does not name level \(level) and mask \(ours.mask)")
    }
    result.sameMask = theirMask == ours.mask

    var isFormat = [Bool](repeating: false, count: size * size)
    for cells in format { isFormat[cells.first.0 * size + cells.first.1] = true; isFormat[cells.second.0 * size + cells.second.1] = true }
    var functionDiffers = 0, dataDiffers = 0
    var firstDifference: String?
    for row in 0..<size {
        for column in 0..<size where !isFormat[row * size + column] {
            let mine = ours[row: row, column: column]
            let other = theirs[row][column]
            if function[row: row, column: column] {
                if mine != other { functionDiffers += 1; firstDifference = firstDifference ?? "function module (\(row), \(column))" }
            } else {
                let mineUnmasked = mine != QRCode.maskInverts(ours.mask, row: row, column: column)
                let otherUnmasked = other != QRCode.maskInverts(theirMask, row: row, column: column)
                if mineUnmasked != otherUnmasked { dataDiffers += 1; firstDifference = firstDifference ?? "data module (\(row), \(column))" }
            }
        }
    }
    if functionDiffers + dataDiffers > 0 {
        result.differences.append(
            "version \(ours.version)-\(level): \(functionDiffers) function and \(dataDiffers) data modules differ; first: \(firstDifference ?? "")")
    }
    // With qrencode's mask forced, every module must match.
    let forced = try QRCode(bytes: bytes, errorCorrection: level, minimumVersion: ours.version, maximumVersion: ours.version,
                            mask: theirMask)
    let forcedDiffers = (0..<size).reduce(0) { sum, row in
        sum + (0..<size).filter { forced[row: row, column: $0] != theirs[row][$0] }.count
    }
    if forcedDiffers > 0 { result.differences.append("with qrencode's mask \(theirMask) forced, \(forcedDiffers) modules differ") }
    return result
}

/// The format information's cells, bit by bit, as the standard places them (read independently of the encoder).
func formatCells(size: Int) -> [(first: (Int, Int), second: (Int, Int))] {
    // First copy: up column 8 from the top (skipping the timing row), then along row 8 to the left.
    let first: [(Int, Int)] = [(0, 8), (1, 8), (2, 8), (3, 8), (4, 8), (5, 8), (7, 8), (8, 8), (8, 7),
                               (8, 5), (8, 4), (8, 3), (8, 2), (8, 1), (8, 0)]
    // Second copy: row 8 from the right edge leftwards (bits 0-7), then column 8 near the bottom.
    let second: [(Int, Int)] = (0..<8).map { (8, size - 1 - $0) } + (8..<15).map { (size - 15 + $0, 8) }
    return (0..<15).map { (first[$0], second[$0]) }
}

/// Random contents of many kinds and lengths: URLs, plain ASCII, accented and CJK text, emoji,
/// control characters and NUL, and raw bytes that are not UTF-8.
func randomContent(_ random: inout SeededGenerator, index: Int) -> [UInt8] {
    let lengths = [1, 2, 5, 17, 32, 60, 73, 100, 150, 250, 400, 700, 1000, 1500]
    let target: Int
    switch index % 10 {
    case 0: target = Int.random(in: 1...20, using: &random)
    case 1...6: target = Int.random(in: 1...300, using: &random)
    case 7, 8: target = lengths.randomElement(using: &random)!
    default: target = Int.random(in: 300...1100, using: &random)
    }
    var bytes: [UInt8] = []
    switch index % 6 {
    case 0:
        bytes = Array("https://www.linkedin.com/".utf8)
        let pathCharacters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/?#[]@!$&'()*+,;=%".utf8)
        while bytes.count < target { bytes.append(pathCharacters.randomElement(using: &random)!) }
    case 1:
        while bytes.count < target { bytes.append(UInt8.random(in: 0x20...0x7E, using: &random)) }
    case 2:
        let pieces = ["é", "ß", "Ø", "ñ", "ü", "Ω", "ж", "中", "文", "日本", "한", "😀", "👍🏽", "🇪🇺", " ", "a", "Z", "9", "\u{301}", "\u{200F}"]
        while bytes.count < target { bytes += Array(pieces.randomElement(using: &random)!.utf8) }
    case 3:
        while bytes.count < target { bytes.append(UInt8.random(in: 0...255, using: &random)) }
    case 4:
        let pieces = ["\0", "\n", "\r\n", "\t", "\u{1B}[31m", "\u{7F}", "\u{85}", "x", "\\", "\""]
        while bytes.count < target { bytes += Array(pieces.randomElement(using: &random)!.utf8) }
    default:
        // Long runs of one byte, which give masks and padding something to do.
        while bytes.count < target {
            let byte = [UInt8(0), 0xFF, 0x41, 0xEC, 0x11].randomElement(using: &random)!
            bytes += Array(repeating: byte, count: Int.random(in: 1...40, using: &random))
        }
    }
    return Array(bytes.prefix(target))
}
