/// Named placeholders in messages: `{path}`, `{count}`, and in guide text LinkedIn's label keys
/// (`{data-privacy}`). A name is letters, digits, `-` and `_` between braces; other braces are text.
/// A translation keeps exactly the placeholders of its English (the catalogue tests check it, as
/// msgfmt cannot).
public enum Placeholders {
    /// The names in `text`, in order, each as often as it occurs.
    public static func names(in text: String) -> [String] {
        var names: [String] = []
        forEach(in: text) { piece in
            if case let .placeholder(name) = piece { names.append(name) }
        }
        return names
    }

    /// `text` with each placeholder that `values` names replaced by its value; the others (a guide's
    /// label keys) stay as they are. Values are put in as they are, never read for placeholders.
    public static func fill(_ text: String, _ values: KeyValuePairs<String, String>) -> String {
        guard !values.isEmpty, text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var out = ""
        forEach(in: text) { piece in
            switch piece {
            case let .text(part): out += String(decoding: part, as: UTF8.self)
            case let .placeholder(name):
                if let value = values.first(where: { $0.key == name })?.value {
                    out += value
                } else {
                    out += "{\(name)}"
                }
            }
        }
        return out
    }

    /// Where a piece is, in bytes.
    private struct PieceRange {
        var start: Int
        var end: Int
        var isName: Bool
    }

    enum Piece {
        /// Text between placeholders, as UTF-8 (cut at the ASCII braces, so on scalar boundaries).
        case text(Substring.UTF8View)
        case placeholder(String)
    }

    /// Calls `body` with the text between placeholders and with each placeholder, in order. The
    /// text is read as UTF-8 bytes, in place: braces and names are ASCII, so the pieces are cut on
    /// scalar boundaries, and no character is assembled (the guide's texts are all read before the
    /// first frame).
    static func forEach(in text: String, _ body: (Piece) -> Void) {
        let utf8 = text.utf8
        // Where the pieces are, as byte offsets, found in the contiguous UTF-8 of a native string.
        var pieces: [PieceRange] = []
        let found: Void? = utf8.withContiguousStorageIfAvailable { bytes in
            var pieceStart = 0
            var index = 0
            while index < bytes.count {
                guard let open = CatalogueTable.firstIndex(of: UInt8(ascii: "{"), in: bytes, index..<bytes.count) else { break }
                guard let after = end(of: bytes, placeholderAt: open) else {
                    index = open + 1
                    continue
                }
                let close = after - 1
                if pieceStart < open { pieces.append(PieceRange(start: pieceStart, end: open, isName: false)) }
                pieces.append(PieceRange(start: open + 1, end: close, isName: true))
                pieceStart = close + 1
                index = pieceStart
            }
            if pieceStart < bytes.count { pieces.append(PieceRange(start: pieceStart, end: bytes.count, isName: false)) }
        }
        guard found != nil else {
            // Not contiguous (a bridged string): the same, on a native copy.
            var copy = text
            copy.makeContiguousUTF8()
            return forEach(in: copy, body)
        }
        for piece in pieces {
            let range = utf8.index(utf8.startIndex, offsetBy: piece.start)..<utf8.index(utf8.startIndex, offsetBy: piece.end)
            body(piece.isName ? .placeholder(String(decoding: utf8[range], as: UTF8.self)) : .text(utf8[range]))
        }
    }

    /// Where the placeholder that opens at `index` ends (just after its `}`); nil when no
    /// placeholder opens there.
    static func end(of bytes: UnsafeBufferPointer<UInt8>, placeholderAt index: Int) -> Int? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
        var close = index + 1
        while close < bytes.count, isNameByte(bytes[close]) { close += 1 }
        guard close < bytes.count, bytes[close] == UInt8(ascii: "}"), close > index + 1 else { return nil }
        return close + 1
    }

    /// Letters, digits, `-` and `_` in ASCII.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default:
            false
        }
    }
}
