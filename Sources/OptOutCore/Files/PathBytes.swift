#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// File names as the system has them: bytes, which need not be UTF-8. A path is carried in a `String`
/// whose bytes that are not UTF-8 are each held by one private-use scalar (U+10FF80 + byte - 0x80), so
/// every path from an argument, a variable or the kernel reaches the file system again byte for byte.
/// Genuine scalars from that range are escaped the same way, so the mapping is exact both ways.
public enum PathBytes {
    /// The first scalar that stands for a byte (0x80 ... 0xFF).
    static let escapeBase: UInt32 = 0x10FF00
    static let escapes: ClosedRange<UInt32> = 0x10FF80...0x10FFFF

    /// Text for raw path bytes: valid UTF-8 as it is, every other byte as its stand-in scalar.
    public static func decode<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let bytes = Array(bytes)
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        var index = 0
        while index < bytes.count {
            let length = validSequenceLength(bytes, at: index)
            if length > 0 {
                let scalar = String(decoding: bytes[index..<index + length], as: UTF8.self).unicodeScalars.first!
                if !escapes.contains(scalar.value) {
                    scalars.append(scalar)
                    index += length
                    continue
                }
                // A genuine stand-in scalar is kept as its four bytes, each escaped, so decoding is reversible.
                for byte in bytes[index..<index + length] { scalars.append(Unicode.Scalar(escapeBase + UInt32(byte))!) }
                index += length
                continue
            }
            scalars.append(Unicode.Scalar(escapeBase + UInt32(bytes[index]))!)
            index += 1
        }
        return String(scalars)
    }

    /// The bytes a path stands for (without a terminating NUL).
    public static func encode(_ path: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        for scalar in path.unicodeScalars {
            if escapes.contains(scalar.value) {
                out.append(UInt8(scalar.value - escapeBase))
            } else {
                out.append(contentsOf: String(scalar).utf8)
            }
        }
        return out
    }

    /// Calls `body` with the path as a C string of its bytes.
    public static func withCString<T>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        guard path.unicodeScalars.contains(where: { escapes.contains($0.value) }) else {
            return try path.withCString(body)
        }
        let bytes = encode(path).map { CChar(bitPattern: $0) } + [0]
        return try bytes.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// The path for showing to a person: each byte that is not UTF-8 shown as U+FFFD, as a terminal would.
    public static func display(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: { escapes.contains($0.value) }) else { return path }
        return String(decoding: encode(path), as: UTF8.self)
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or 0 when the byte there starts none.
    static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let first = bytes[index]
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < bytes.count && range.contains(bytes[index + offset])
        }
        switch first {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }
}
