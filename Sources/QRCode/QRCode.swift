/// A QR code symbol (ISO/IEC 18004, model 2) that holds bytes in byte mode: a square of dark and
/// light modules, ready to draw. Pure Swift with no Foundation, so it links into a static binary.
///
/// ```swift
/// let code = try QRCode(text: "https://example.com/")
/// code[row: 0, column: 0]   // true: the top-left finder pattern is dark
/// ```
public struct QRCode: Equatable, Sendable {
    /// How much of the symbol may be damaged and still be read: about 7 %, 15 %, 25 % and 30 %.
    public enum ErrorCorrection: Int, CaseIterable, Sendable, CustomStringConvertible {
        case low, medium, quartile, high

        /// The two bits the format information uses for the level (they are not in level order).
        var formatBits: Int {
            switch self {
            case .low: 1
            case .medium: 0
            case .quartile: 3
            case .high: 2
            }
        }

        /// The level's letter: L, M, Q or H.
        public var description: String {
            switch self {
            case .low: "L"
            case .medium: "M"
            case .quartile: "Q"
            case .high: "H"
            }
        }
    }

    /// Why bytes could not be encoded.
    public enum EncodingError: Error, Equatable, Sendable, CustomStringConvertible {
        /// More bytes than the largest allowed version holds at this level.
        case tooLong(bytes: Int, capacity: Int)
        /// A version outside 1...40, or a mask outside 0...7.
        case invalidParameter(String)

        public var description: String {
            switch self {
            case let .tooLong(bytes, capacity):
                "This link is too long for a QR code: it has \(bytes) bytes, and a code holds at most \(capacity)."
            case let .invalidParameter(problem):
                "A QR code cannot be made: \(problem)."
            }
        }
    }

    /// 1 to 40; the symbol is 17 + 4 × version modules wide.
    public let version: Int
    public let errorCorrection: ErrorCorrection
    /// The data mask applied, 0 to 7, as the format information names it.
    public let mask: Int
    /// Modules on a side.
    public let size: Int
    /// Row by row, true for a dark module.
    private let modules: [Bool]

    /// Encodes bytes in byte mode in the smallest version from `minimumVersion` to `maximumVersion`
    /// that holds them. Without a `mask`, the one of the eight with the lowest penalty is chosen by
    /// the standard's rules (the lowest-numbered on a tie).
    public init(
        bytes: [UInt8], errorCorrection: ErrorCorrection = .medium, minimumVersion: Int = 1,
        maximumVersion: Int = 40, mask: Int? = nil
    ) throws(EncodingError) {
        guard (1...40).contains(minimumVersion), (minimumVersion...40).contains(maximumVersion) else {
            throw .invalidParameter("versions must lie within 1...40, the smallest first")
        }
        if let mask, !(0...7).contains(mask) { throw .invalidParameter("the mask must lie within 0...7") }
        guard let version = (minimumVersion...maximumVersion).first(where: {
            Self.byteCapacity(version: $0, errorCorrection: errorCorrection) >= bytes.count
        }) else {
            throw .tooLong(bytes: bytes.count, capacity: Self.byteCapacity(version: maximumVersion, errorCorrection: errorCorrection))
        }
        let layout = SymbolLayout(version: version)
        let codewords = CodewordSequence.build(bytes: bytes, version: version, errorCorrection: errorCorrection,
                                               layout: layout)
        var symbol = SymbolMatrix(layout: layout)
        symbol.place(codewords)
        let unmasked = symbol
        var best: (mask: Int, matrix: SymbolMatrix, penalty: Int)?
        for candidate in mask.map({ [$0] }) ?? Array(0...7) {
            var masked = unmasked
            masked.apply(mask: candidate)
            masked.drawFormatInformation(errorCorrection: errorCorrection, mask: candidate)
            let penalty = mask == nil ? masked.penalty() : 0
            if best == nil || penalty < best!.penalty { best = (candidate, masked, penalty) }
        }
        self.version = version
        self.errorCorrection = errorCorrection
        self.mask = best!.mask
        self.size = layout.size
        self.modules = best!.matrix.dark
    }

    /// Encodes text as its UTF-8 bytes; see ``init(bytes:errorCorrection:minimumVersion:maximumVersion:mask:)``.
    public init(
        text: String, errorCorrection: ErrorCorrection = .medium, minimumVersion: Int = 1, maximumVersion: Int = 40,
        mask: Int? = nil
    ) throws(EncodingError) {
        try self.init(bytes: Array(text.utf8), errorCorrection: errorCorrection, minimumVersion: minimumVersion,
                      maximumVersion: maximumVersion, mask: mask)
    }

    /// True when the module is dark. Outside the symbol (the quiet zone) every module is light.
    public subscript(row row: Int, column column: Int) -> Bool {
        guard row >= 0, row < size, column >= 0, column < size else { return false }
        return modules[row * size + column]
    }

    /// The most bytes a version holds in byte mode at a level.
    public static func byteCapacity(version: Int, errorCorrection: ErrorCorrection) -> Int {
        guard (1...40).contains(version) else { return 0 }
        let dataBits = 8 * dataCodewords(version: version, errorCorrection: errorCorrection)
        let headerBits = 4 + characterCountBits(version: version)
        // The count field caps the length too, though no version's capacity reaches it.
        return min((dataBits - headerBits) / 8, (1 << characterCountBits(version: version)) - 1)
    }

    /// Bits of the byte-mode character count: 8 up to version 9, 16 from version 10.
    static func characterCountBits(version: Int) -> Int { version < 10 ? 8 : 16 }

    /// Data codewords (all codewords less the error-correction ones) of a version at a level.
    static func dataCodewords(version: Int, errorCorrection: ErrorCorrection) -> Int {
        let level = errorCorrection.rawValue
        let correction = SymbolTables.correctionCodewordsPerBlock[level][version - 1]
            * SymbolTables.blockCount[level][version - 1]
        return SymbolLayout.totalCodewords(version: version) - correction
    }

    /// True when the data mask inverts this module (before the function patterns are left out).
    public static func maskInverts(_ mask: Int, row: Int, column: Int) -> Bool {
        let (i, j) = (row, column)
        switch mask {
        case 0: return (i + j) % 2 == 0
        case 1: return i % 2 == 0
        case 2: return j % 3 == 0
        case 3: return (i + j) % 3 == 0
        case 4: return (i / 2 + j / 3) % 2 == 0
        case 5: return (i * j) % 2 + (i * j) % 3 == 0
        case 6: return ((i * j) % 2 + (i * j) % 3) % 2 == 0
        default: return ((i + j) % 2 + (i * j) % 3) % 2 == 0
        }
    }

    /// The 15 format-information bits for a level and mask: 5 data bits, 10 BCH bits, then the
    /// fixed XOR pattern that keeps them from being all light.
    public static func formatInformation(errorCorrection: ErrorCorrection, mask: Int) -> Int {
        let data = errorCorrection.formatBits << 3 | mask
        return (data << 10 | bchRemainder(data, generator: 0x537, degree: 10)) ^ 0x5412
    }

    /// The 18 version-information bits (versions 7 and up): 6 bits of version, 12 BCH bits.
    public static func versionInformation(version: Int) -> Int {
        version << 12 | bchRemainder(version, generator: 0x1F25, degree: 12)
    }

    /// The remainder of `data` × x^degree divided by the generator polynomial over GF(2).
    static func bchRemainder(_ data: Int, generator: Int, degree: Int) -> Int {
        var remainder = data << degree
        var bit = Int.bitWidth - 1
        while bit >= degree {
            if remainder >> bit & 1 == 1 { remainder ^= generator << (bit - degree) }
            bit -= 1
        }
        return remainder
    }
}
