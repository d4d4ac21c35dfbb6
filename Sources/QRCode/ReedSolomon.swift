/// Reed-Solomon error correction as QR codes use it: the codewords are the remainder of the
/// data polynomial times xⁿ divided by the generator (x − α⁰)(x − α¹)…(x − αⁿ⁻¹).
struct ReedSolomon {
    /// The generator's coefficients below its leading 1, highest power first.
    let generator: [UInt8]

    init(correctionCodewords count: Int) {
        var polynomial: [UInt8] = [1]
        for i in 0..<count {
            // Multiply by (x + αⁱ); in GF(2⁸) subtraction is addition.
            let root = GaloisField.exponents[i]
            var product = polynomial + [0]
            for j in 1..<product.count {
                product[j] ^= GaloisField.multiply(polynomial[j - 1], root)
            }
            polynomial = product
        }
        generator = Array(polynomial.dropFirst())
    }

    /// The error-correction codewords for one block of data codewords.
    func correctionCodewords(for data: ArraySlice<UInt8>) -> [UInt8] {
        var remainder = [UInt8](repeating: 0, count: generator.count)
        for byte in data {
            let factor = byte ^ remainder[0]
            remainder.removeFirst()
            remainder.append(0)
            if factor == 0 { continue }
            for i in 0..<generator.count {
                remainder[i] ^= GaloisField.multiply(generator[i], factor)
            }
        }
        return remainder
    }
}
