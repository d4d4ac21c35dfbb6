@testable import QRCode
import Testing

struct EncoderTests {
    @Test func byteCapacitiesMatchTheStandardsTable() {
        // Corner values of the standard's capacity table (byte mode).
        let expected: [(Int, QRCode.ErrorCorrection, Int)] = [
            (1, .low, 17), (1, .medium, 14), (1, .quartile, 11), (1, .high, 7),
            (5, .medium, 84), (10, .medium, 213), (26, .medium, 1059), (26, .low, 1367),
            (40, .low, 2953), (40, .medium, 2331), (40, .quartile, 1663), (40, .high, 1273),
        ]
        for (version, level, bytes) in expected {
            #expect(QRCode.byteCapacity(version: version, errorCorrection: level) == bytes, "\(version)-\(level)")
        }
    }

    @Test func codewordCountsAgreeWithTheLayout() {
        // The closed form for the codewords equals the modules the layout leaves for data.
        for version in 1...40 {
            let function = QRCode.FunctionModules(version: version)
            var free = 0
            for row in 0..<function.size {
                for column in 0..<function.size where !function[row: row, column: column] { free += 1 }
            }
            #expect(SymbolLayout.totalCodewords(version: version) == free / 8, "version \(version)")
            #expect(free % 8 == [0, 7, 7, 7, 7, 7, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3,
                                 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0][version - 1],
                    "remainder bits of version \(version)")
        }
    }

    @Test func theSmallestVersionThatHoldsTheText() throws {
        let url = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
        #expect(try QRCode(text: url).version == 5)
        #expect(try QRCode(text: url, errorCorrection: .low).version == 4)
        #expect(try QRCode(text: url).errorCorrection == .medium)
        #expect(try QRCode(text: String(repeating: "a", count: 14)).version == 1)
        #expect(try QRCode(text: String(repeating: "a", count: 15)).version == 2)
        let thousand = "https://www.linkedin.com/" + String(repeating: "x", count: 975)
        let code = try QRCode(text: thousand)
        #expect(code.version == 26 && code.size == 121)
        // Multi-byte characters count as their UTF-8 bytes.
        #expect(try QRCode(text: String(repeating: "é", count: 7)).version == 1)
        #expect(try QRCode(text: String(repeating: "é", count: 8)).version == 2)
    }

    @Test func tooMuchIsRefused() {
        #expect(throws: QRCode.EncodingError.tooLong(bytes: 2332, capacity: 2331)) {
            try QRCode(bytes: Array(repeating: 0x41, count: 2332))
        }
        #expect(throws: QRCode.EncodingError.tooLong(bytes: 20, capacity: 17)) {
            try QRCode(bytes: Array(repeating: 0x41, count: 20), errorCorrection: .low, maximumVersion: 1)
        }
        #expect(throws: QRCode.EncodingError.self) { try QRCode(text: "x", minimumVersion: 41) }
        #expect(throws: QRCode.EncodingError.self) { try QRCode(text: "x", mask: 8) }
        #expect((try? QRCode(bytes: [])) != nil)
    }

    @Test func knownFormatAndVersionInformation() {
        // Values listed in the standard's annexes.
        #expect(QRCode.formatInformation(errorCorrection: .medium, mask: 0) == 0b101010000010010)
        #expect(QRCode.formatInformation(errorCorrection: .low, mask: 4) == 0b110011000101111)
        #expect(QRCode.formatInformation(errorCorrection: .high, mask: 7) == 0b000100000111011)
        #expect(QRCode.formatInformation(errorCorrection: .quartile, mask: 0) == 0b011010101011111)
        #expect(QRCode.versionInformation(version: 7) == 0b000111110010010100)
        #expect(QRCode.versionInformation(version: 40) == 0b101000110001101001)
    }

    @Test func theMaskWithTheLowestPenaltyIsChosen() throws {
        // The penalty computed here, rule by rule and independently of the encoder's, is lowest
        // (first on a tie) for the mask the encoder chose.
        let texts = ["https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
                     "https://www.linkedin.com/help/linkedin/ask/TS-DPRO", "a", String(repeating: "\u{0}", count: 200),
                     String(repeating: "QR", count: 300)]
        for text in texts {
            for level in QRCode.ErrorCorrection.allCases {
                let chosen = try QRCode(text: text, errorCorrection: level)
                let penalties = try (0...7).map { mask in
                    referencePenalty(try QRCode(text: text, errorCorrection: level, minimumVersion: chosen.version,
                                                maximumVersion: chosen.version, mask: mask))
                }
                let lowest = penalties.min()!
                #expect(chosen.mask == penalties.firstIndex(of: lowest), "\(text.prefix(20)) \(level): \(penalties)")
            }
        }
    }

    /// ISO/IEC 18004's penalty, written out plainly: N1 = 3, N2 = 3, N3 = 40, N4 = 10.
    func referencePenalty(_ code: QRCode) -> Int {
        let n = code.size
        func dark(_ r: Int, _ c: Int) -> Bool { code[row: r, column: c] }
        var lines: [[Bool]] = []
        for i in 0..<n {
            lines.append((0..<n).map { dark(i, $0) })
            lines.append((0..<n).map { dark($0, i) })
        }
        var score = 0
        for line in lines {
            // Rule 1: each run of 5 + k modules of one colour scores 3 + k.
            var start = 0
            while start < n {
                var end = start
                while end < n, line[end] == line[start] { end += 1 }
                if end - start >= 5 { score += 3 + (end - start - 5) }
                start = end
            }
            // Rule 3: 1:1:3:1:1 with four light modules (or the quiet zone) on either side.
            let padded = [Bool](repeating: false, count: 4) + line + [Bool](repeating: false, count: 4)
            let before: [Bool] = [false, false, false, false, true, false, true, true, true, false, true]
            let after: [Bool] = [true, false, true, true, true, false, true, false, false, false, false]
            for i in 0...(padded.count - 11) {
                let window = Array(padded[i..<(i + 11)])
                if window == before { score += 40 }
                if window == after { score += 40 }
            }
        }
        // Rule 2: every 2 × 2 block of one colour.
        for r in 0..<(n - 1) {
            for c in 0..<(n - 1) where dark(r, c) == dark(r + 1, c) && dark(r, c) == dark(r, c + 1) && dark(r, c) == dark(r + 1, c + 1) {
                score += 3
            }
        }
        // Rule 4: 10 for each full 5 % of deviation from half dark.
        let darkCount = (0..<n).reduce(0) { sum, r in sum + (0..<n).filter { dark(r, $0) }.count }
        let percent = Double(darkCount) * 100 / Double(n * n)
        score += 10 * Int((abs(percent - 50) / 5).rounded(.down))
        return score
    }
}

struct DrawingTests {
    let code = try! QRCode(text: "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement")

    @Test func halfBlocksPutTwoModulesInACell() {
        let drawing = QRTextDrawing(code: code)
        // 37 modules and a quiet zone of two on each side: 41 across, 21 rows (the last half row light).
        #expect(drawing.columns == 41 && drawing.rows == 21)
        let lines = drawing.lines
        #expect(lines.count == 21 && lines.allSatisfy { $0.count == 41 })
        #expect(Set(lines.joined()).isSubset(of: [" ", "▀", "▄", "█"]))
        // The quiet zone: the first row and the two outer columns are blank.
        #expect(lines[0].allSatisfy { $0 == " " })
        #expect(lines.allSatisfy { $0.prefix(2) == "  " && $0.suffix(2) == "  " })
        // Row 1 holds the top-left finder's first two module rows: its dark top edge over the
        // sides of its light ring.
        #expect(String(Array(lines[1])[2...8]) == "█▀▀▀▀▀█")
        // Each cell is exactly the two modules it covers.
        for (r, line) in lines.enumerated() {
            for (c, glyph) in line.enumerated() {
                let top = code[row: 2 * r - 2, column: c - 2], bottom = code[row: 2 * r - 1, column: c - 2]
                #expect(glyph == (top ? (bottom ? "█" : "▀") : (bottom ? "▄" : " ")))
            }
        }
    }

    @Test func twoColumnsPerModule() {
        let drawing = QRTextDrawing(code: code, glyphs: .twoColumns)
        #expect(drawing.columns == 82 && drawing.rows == 41)
        let lines = drawing.lines
        for (r, line) in lines.enumerated() {
            let characters = Array(line)
            for c in 0..<41 {
                let dark = code[row: r - 2, column: c - 2]
                #expect(String(characters[2 * c...2 * c + 1]) == (dark ? "##" : "  "))
            }
        }
    }

    @Test func aLargerScaleRepeatsModules() {
        let double = QRTextDrawing(code: code, scale: 2)
        #expect(double.columns == 82 && double.rows == 41)
        // At scale 2 a module is two columns and one whole row: only full blocks and spaces.
        #expect(Set(double.lines.joined()).isSubset(of: [" ", "█"]))
        #expect(QRTextDrawing.largest(code: code, glyphs: .halfBlocks, fittingColumns: 80, rows: 40)?.scale == 1)
        #expect(QRTextDrawing.largest(code: code, glyphs: .halfBlocks, fittingColumns: 82, rows: 41)?.scale == 2)
        #expect(QRTextDrawing.largest(code: code, glyphs: .halfBlocks, fittingColumns: 40, rows: 30) == nil)
    }

    @Test func contrastsAsTerminalAttributes() {
        let drawing = QRTextDrawing(code: code)
        let plain = drawing.lines
        #expect(QRContrast.none.terminalLines(drawing) == plain)
        let coloured = QRContrast.blackOnWhite.terminalLines(drawing)
        #expect(coloured[3] == "\u{1B}[0;30;47m" + plain[3] + "\u{1B}[0m")
        let reversed = QRContrast.reverseVideo.terminalLines(drawing)
        #expect(reversed[3] == "\u{1B}[0;7m" + plain[3] + "\u{1B}[0m")
        // Two columns in colour: the dark modules' cells black on black.
        let twoColumns = QRContrast.blackOnWhite.terminalLines(QRTextDrawing(code: code, glyphs: .twoColumns))
        #expect(twoColumns[2].hasPrefix("\u{1B}[0;30;47m    \u{1B}[0;30;40m##############\u{1B}[0;30;47m  "))
    }
}
