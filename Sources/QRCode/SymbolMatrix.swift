/// The symbol being built: the layout's function patterns, then the codewords, the mask and the
/// format information; and the penalty that decides between masks.
struct SymbolMatrix {
    let layout: SymbolLayout
    var dark: [Bool]
    var size: Int { layout.size }

    init(layout: SymbolLayout) {
        self.layout = layout
        dark = layout.dark
    }

    /// Places the codewords' bits, most significant first, in two-module-wide columns from the
    /// bottom right, upwards then downwards in turn, skipping function modules and the vertical
    /// timing column. Modules left over (the remainder bits) stay light.
    mutating func place(_ codewords: [UInt8]) {
        let size = self.size
        let totalBits = codewords.count * 8
        let isFunction = layout.isFunction
        var bitIndex = 0
        var upward = true
        var right = size - 1
        while right > 0 {
            if right == 6 { right = 5 }
            for step in 0..<size {
                let row = upward ? size - 1 - step : step
                for offset in 0..<2 {
                    let at = row * size + right - offset
                    if isFunction[at] { continue }
                    if bitIndex < totalBits {
                        dark[at] = codewords[bitIndex >> 3] >> (7 - bitIndex & 7) & 1 == 1
                    }
                    bitIndex += 1
                }
            }
            upward.toggle()
            right -= 2
        }
    }

    /// Inverts the data and error-correction modules the mask selects.
    mutating func apply(mask: Int) {
        let size = self.size
        let isFunction = layout.isFunction
        dark.withUnsafeMutableBufferPointer { modules in
            for row in 0..<size {
                for column in 0..<size where !isFunction[row * size + column]
                    && QRCode.maskInverts(mask, row: row, column: column)
                {
                    modules[row * size + column].toggle()
                }
            }
        }
    }

    mutating func drawFormatInformation(errorCorrection: QRCode.ErrorCorrection, mask: Int) {
        let bits = QRCode.formatInformation(errorCorrection: errorCorrection, mask: mask)
        for (bit, positions) in SymbolLayout.formatPositions(size: size).enumerated() {
            let isDark = bits >> bit & 1 == 1
            dark[positions.first.0 * size + positions.first.1] = isDark
            dark[positions.second.0 * size + positions.second.1] = isDark
        }
    }

    // MARK: Penalty

    /// The standard's four penalty rules, summed: runs of five or more modules of one colour in a
    /// row or column; 2×2 blocks of one colour; finder-like 1:1:3:1:1 patterns with four light
    /// modules on one side (the quiet zone counts as light); and dark modules far from half.
    func penalty() -> Int {
        let n = size
        return dark.withUnsafeBufferPointer { modules -> Int in
            var total = 0
            for horizontal in [true, false] {
                for index in 0..<n {
                    let start = horizontal ? index * n : index
                    let stride = horizontal ? 1 : n
                    total += Self.linePenalty(modules, start: start, stride: stride, count: n)
                }
            }
            var darkCount = 0
            for row in 0..<n {
                for column in 0..<n {
                    let at = row * n + column
                    let colour = modules[at]
                    if colour { darkCount += 1 }
                    if row + 1 < n, column + 1 < n, modules[at + 1] == colour, modules[at + n] == colour,
                        modules[at + n + 1] == colour
                    {
                        total += 3
                    }
                }
            }
            // Ten points for each whole 5 % the dark share lies away from 50 %.
            total += 10 * (abs(20 * darkCount - 10 * n * n) / (n * n))
            return total
        }
    }

    /// Rules 1 and 3 on one row or column: 3 points for a run of five modules of one colour and one
    /// more for each module beyond; 40 points for each dark-light-dark-dark-dark-light-dark run
    /// with four light modules before it, and 40 for each with four after it.
    static func linePenalty(_ modules: UnsafeBufferPointer<Bool>, start: Int, stride: Int, count: Int) -> Int {
        var total = 0
        var run = 0
        var previous = false
        // The last eleven modules seen, newest in the lowest bit, with four light ones before and
        // after the line standing for the quiet zone.
        var window = 0
        let lightThenCore = 0b0000_1011101, coreThenLight = 0b1011101_0000
        for i in 0..<(count + 4) {
            let isDark = i < count && modules[start + i * stride]
            if i < count {
                if i > 0, isDark == previous {
                    run += 1
                } else {
                    if run >= 5 { total += 3 + run - 5 }
                    run = 1
                    previous = isDark
                }
            }
            window = (window << 1 | (isDark ? 1 : 0)) & 0x7FF
            if i >= 6, window == lightThenCore { total += 40 }
            if i >= 10, window == coreThenLight { total += 40 }
        }
        if run >= 5 { total += 3 + run - 5 }
        return total
    }
}
