/// The bit stream a symbol carries: byte-mode segment, terminator and padding, split into blocks,
/// each block given its Reed-Solomon codewords, and the blocks interleaved.
enum CodewordSequence {
    static func build(bytes: [UInt8], version: Int, errorCorrection: QRCode.ErrorCorrection, layout: SymbolLayout) -> [UInt8] {
        let dataCount = QRCode.dataCodewords(version: version, errorCorrection: errorCorrection)
        let data = dataCodewords(bytes: bytes, version: version, capacity: dataCount)

        let level = errorCorrection.rawValue
        let blocks = SymbolTables.blockCount[level][version - 1]
        let correctionPerBlock = SymbolTables.correctionCodewordsPerBlock[level][version - 1]
        // The first blocks are one data codeword shorter when the data does not divide evenly.
        let shortLength = dataCount / blocks
        let longBlocks = dataCount % blocks
        let encoder = ReedSolomon(correctionCodewords: correctionPerBlock)
        var dataBlocks: [ArraySlice<UInt8>] = []
        var start = 0
        for block in 0..<blocks {
            let length = shortLength + (block >= blocks - longBlocks ? 1 : 0)
            dataBlocks.append(data[start..<(start + length)])
            start += length
        }
        let correctionBlocks = dataBlocks.map(encoder.correctionCodewords(for:))

        var result: [UInt8] = []
        result.reserveCapacity(SymbolLayout.totalCodewords(version: version))
        for i in 0...shortLength {
            for block in dataBlocks where i < block.count { result.append(block[block.startIndex + i]) }
        }
        for i in 0..<correctionPerBlock {
            for block in correctionBlocks { result.append(block[i]) }
        }
        return result
    }

    /// Mode indicator 0100 (byte), the count, the bytes, up to four zero bits of terminator, zeros
    /// to the byte, then the pad codewords 0xEC and 0x11 in turn.
    static func dataCodewords(bytes: [UInt8], version: Int, capacity: Int) -> [UInt8] {
        var bits = BitWriter()
        bits.append(0b0100, count: 4)
        bits.append(bytes.count, count: QRCode.characterCountBits(version: version))
        for byte in bytes { bits.append(Int(byte), count: 8) }
        bits.append(0, count: min(4, capacity * 8 - bits.count))
        bits.append(0, count: (8 - bits.count % 8) % 8)
        var codewords = bits.bytes
        var pad: UInt8 = 0xEC
        while codewords.count < capacity {
            codewords.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return codewords
    }
}
