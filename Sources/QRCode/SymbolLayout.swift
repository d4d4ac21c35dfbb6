/// Where a version's function patterns lie and how they are coloured: the finder patterns with
/// their separators, the timing patterns, the alignment patterns, the dark module, the version
/// information, and the (reserved, still light) format information areas.
struct SymbolLayout {
    let version: Int
    let size: Int
    /// Row by row, true where a module belongs to a function pattern or the format or version information.
    private(set) var isFunction: [Bool]
    /// Row by row, the function patterns' colours (true dark); data modules are false.
    private(set) var dark: [Bool]

    init(version: Int) {
        self.version = version
        size = 17 + 4 * version
        isFunction = Array(repeating: false, count: size * size)
        dark = Array(repeating: false, count: size * size)
        // Timing first: alignment patterns that cross the timing lines agree with them anyway.
        for i in 0..<size {
            set(row: 6, column: i, dark: i % 2 == 0)
            set(row: i, column: 6, dark: i % 2 == 0)
        }
        for (row, column) in [(3, 3), (3, size - 4), (size - 4, 3)] { drawFinder(centreRow: row, centreColumn: column) }
        let centres = SymbolTables.alignmentCentres[version - 1]
        for row in centres {
            for column in centres {
                let onFinder = (row == 6 && column == 6) || (row == 6 && column == centres.last)
                    || (row == centres.last && column == 6)
                if !onFinder { drawAlignment(centreRow: row, centreColumn: column) }
            }
        }
        // The format information's two copies, reserved light until a mask is chosen, and the
        // dark module beside the lower one.
        for (row, column) in Self.formatPositions(size: size).flatMap({ [$0.first, $0.second] }) {
            set(row: row, column: column, dark: false)
        }
        set(row: size - 8, column: 8, dark: true)
        if version >= 7 {
            let bits = QRCode.versionInformation(version: version)
            for i in 0..<18 {
                let isDark = bits >> i & 1 == 1
                let near = i / 3
                let far = size - 11 + i % 3
                set(row: near, column: far, dark: isDark)
                set(row: far, column: near, dark: isDark)
            }
        }
    }

    func isFunction(row: Int, column: Int) -> Bool { isFunction[row * size + column] }

    private mutating func set(row: Int, column: Int, dark isDark: Bool) {
        guard row >= 0, row < size, column >= 0, column < size else { return }
        isFunction[row * size + column] = true
        dark[row * size + column] = isDark
    }

    /// A 7×7 finder pattern (dark ring, light ring, dark 3×3 centre) with its light separator.
    private mutating func drawFinder(centreRow: Int, centreColumn: Int) {
        for dr in -4...4 {
            for dc in -4...4 {
                let ring = max(abs(dr), abs(dc))
                set(row: centreRow + dr, column: centreColumn + dc, dark: ring != 2 && ring != 4)
            }
        }
    }

    /// A 5×5 alignment pattern: dark ring, light ring, dark centre.
    private mutating func drawAlignment(centreRow: Int, centreColumn: Int) {
        for dr in -2...2 {
            for dc in -2...2 {
                set(row: centreRow + dr, column: centreColumn + dc, dark: max(abs(dr), abs(dc)) != 1)
            }
        }
    }

    /// Where each of the 15 format bits goes (bit 0 the least significant), in both copies: the
    /// first around the top-left finder, the second split between the top-right and bottom-left ones.
    static func formatPositions(size: Int) -> [(first: (Int, Int), second: (Int, Int))] {
        (0..<15).map { bit in
            let first: (Int, Int)
            switch bit {
            case 0...5: first = (bit, 8)
            case 6: first = (7, 8)
            case 7: first = (8, 8)
            case 8: first = (8, 7)
            default: first = (8, 14 - bit)
            }
            let second = bit < 8 ? (8, size - 1 - bit) : (size - 15 + bit, 8)
            return (first, second)
        }
    }

    /// All codewords of a version (data and error correction): the modules left for them, in whole bytes.
    static func totalCodewords(version: Int) -> Int {
        let size = 17 + 4 * version
        let centres = SymbolTables.alignmentCentres[version - 1].count
        var function = 3 * 64  // finders with separators
        function += 2 * 15 + 1  // format information, twice, and the dark module
        function += 2 * (size - 16)  // timing between the separators
        if centres > 0 {
            // All pairs of centres but the three on finders; those on row or column 6 share five
            // modules with a timing line.
            function += 25 * (centres * centres - 3) - 5 * 2 * (centres - 2)
        }
        if version >= 7 { function += 2 * 18 }
        return (size * size - function) / 8
    }
}
