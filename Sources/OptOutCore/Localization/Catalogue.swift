/// optout's message catalogue: the translations of its messages into six languages, built into the
/// program from the PO files in `po/` (`make catalogues` writes `Catalogues+Generated.swift`), so
/// the binary needs no .mo file, libintl or locale file at run time. The messages themselves are
/// English, so English needs no catalogue.
///
/// Nothing is read ahead: a message is found through a hash table in its language's generated literal
/// (`CatalogueTable`), so a language costs nothing before its first message and little at each, however
/// large the catalogue (the guide's texts are all looked up before the first frame). A message
/// without a translation (or a translation that is empty) is shown in English.
public enum Catalogue {
    /// A message in a language: its translation, else the English; in the pseudo-locale, the English
    /// transformed.
    public static func text(_ msgid: String, context: String? = nil, in language: InterfaceLanguage) -> String {
        switch language {
        case .pseudo: return PseudoLocale.transform(msgid)
        case .language(.en): return msgid
        case let .language(code): return table(for: code)?.translation(of: msgid, context: context) ?? msgid
        }
    }

    /// A message with a count in a language: the form the language's plural rule picks for `count`.
    public static func text(
        singular: String, plural: String, count: Int, context: String? = nil, in language: InterfaceLanguage
    ) -> String {
        let english = PluralRule.english.form(for: count) == 0 ? singular : plural
        switch language {
        case .pseudo: return PseudoLocale.transform(english)
        case .language(.en): return english
        case let .language(code):
            return table(for: code)?.translation(of: singular, context: context, count: count) ?? english
        }
    }

    /// The translation of a message, or nil when the language's catalogue has none (or is English).
    public static func translation(of msgid: String, context: String? = nil, in language: LinkedInLanguage) -> String? {
        table(for: language)?.translation(of: msgid, context: context)
    }

    /// Every message a language's catalogue translates, sorted by context and msgid (for tests).
    public static func messages(in language: LinkedInLanguage) -> [CatalogueMessage] {
        CatalogueSource.generated(for: language).map { CatalogueMessage.read($0.records.description) } ?? []
    }

    /// The `Plural-Forms` of a language's catalogue; nil for English.
    public static func pluralForms(of language: LinkedInLanguage) -> String? {
        CatalogueSource.generated(for: language)?.pluralForms
    }

    /// The languages that have a catalogue (all but English).
    public static var translatedLanguages: [LinkedInLanguage] {
        LinkedInLanguage.allCases.filter { CatalogueSource.generated(for: $0) != nil }
    }

    /// The context the guide's texts have in the catalogue.
    public static let guideContext = "guide"

    static func table(for language: LinkedInLanguage) -> CatalogueTable? {
        switch language {
        case .en: nil
        case .de: Tables.de
        case .fr: Tables.fr
        case .nl: Tables.nl
        case .es: Tables.es
        case .it: Tables.it
        case .pt: Tables.pt
        }
    }

    /// One table per language, each made when first used (a `static let` is initialised once, safely
    /// across threads): it reads the header's plural rule.
    private enum Tables {
        static let de = CatalogueTable(.de)
        static let fr = CatalogueTable(.fr)
        static let nl = CatalogueTable(.nl)
        static let es = CatalogueTable(.es)
        static let it = CatalogueTable(.it)
        static let pt = CatalogueTable(.pt)
    }
}

/// One message of a catalogue: its context, the English (singular and plural) and the translations
/// (one per plural form, or one).
public struct CatalogueMessage: Equatable, Sendable {
    public var context: String?
    public var msgid: String
    public var msgidPlural: String?
    public var translations: [String]

    public init(context: String?, msgid: String, msgidPlural: String?, translations: [String]) {
        self.context = context
        self.msgid = msgid
        self.msgidPlural = msgidPlural
        self.translations = translations
    }

    /// The messages in a generated catalogue's records: each record ends in U+001E, and its fields
    /// (context, msgid, msgid_plural, then each translation) are separated by U+001F; an empty context
    /// or plural is none.
    static func read(_ records: String) -> [CatalogueMessage] {
        var messages: [CatalogueMessage] = []
        forEachRecord(in: records) { fields in
            guard fields.count >= 4 else { return }
            messages.append(
                CatalogueMessage(
                    context: fields[0].isEmpty ? nil : fields[0], msgid: fields[1],
                    msgidPlural: fields[2].isEmpty ? nil : fields[2], translations: Array(fields[3...])))
        }
        return messages
    }

    /// Calls `body` with the fields of each record. The records are split as bytes (U+001E and U+001F
    /// are single bytes in UTF-8 and never part of another character): splitting them as characters
    /// would cost a grapheme break test per character, milliseconds for a whole catalogue.
    static func forEachRecord(in records: String, _ body: ([String]) -> Void) {
        var records = records
        records.withUTF8 { bytes in
            var fields: [String] = []
            var start = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte == 0x1F || byte == 0x1E else { continue }
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = index + 1
                if byte == 0x1E {
                    body(fields)
                    fields.removeAll(keepingCapacity: true)
                }
            }
        }
    }
}

/// A generated catalogue as it is compiled in: the header's `Plural-Forms`, the records
/// (`CatalogueMessage.read`) in one static string literal per language (bytes in the binary, at a
/// fixed address), and a hash table of where they start, so a message is found in the literal as it
/// is, without reading the catalogue first.
struct CatalogueSource: Sendable {
    var language: LinkedInLanguage
    var pluralForms: String
    var records: StaticString
    /// An open-addressing hash table (a power of two in size, linear probing) by `CatalogueTable.hash`
    /// of each record's key: 0 for an empty slot, else the record's UTF-8 offset plus 1.
    var slots: [Int]
}

/// A language's catalogue ready for lookups: its plural rule, read from the header once, and its
/// records and slots (a class: the lookups before the first frame pass it around without copying its
/// parts). Unchecked Sendable: its one pointer is to a static literal, which nothing writes.
final class CatalogueTable: @unchecked Sendable {
    let rule: PluralRule
    /// The records' bytes: a static string literal's, in the binary, so they never move.
    private let records: UnsafeBufferPointer<UInt8>
    private let slots: [Int]

    init?(_ language: LinkedInLanguage) {
        guard let source = CatalogueSource.generated(for: language) else { return nil }
        // A header gettext cannot read either is caught by msgfmt in CI; English's rule is the fallback.
        rule = PluralRule(pluralForms: source.pluralForms) ?? .english
        records = UnsafeBufferPointer(start: source.records.utf8Start, count: source.records.utf8CodeUnitCount)
        slots = source.slots
    }

    func translation(of msgid: String, context: String?) -> String? {
        guard let first = forms(of: msgid, context: context)?.first, !first.isEmpty else { return nil }
        return first
    }

    func translation(of singular: String, context: String?, count: Int) -> String? {
        guard let forms = forms(of: singular, context: context) else { return nil }
        let form = rule.form(for: count)
        guard forms.indices.contains(form), !forms[form].isEmpty else { return nil }
        return forms[form]
    }

    /// The translations of a message: its key (context, U+001F, msgid) hashed, then the records its
    /// slots name compared with it as bytes, in place. A lookup allocates nothing until it finds the
    /// message, and costs the same however large the catalogue (the guide's texts are all looked up
    /// before the first frame).
    func forms(of msgid: String, context: String?) -> [String]? {
        let found = (context ?? "").utf8.withContiguousStorageIfAvailable { context in
            msgid.utf8.withContiguousStorageIfAvailable { msgid in
                Self.find(context: context, msgid: msgid, in: records, slots: slots)
            }
        }
        if let found { return found ?? nil }
        // Strings that are not contiguous UTF-8 (bridged ones) are copied into native ones first.
        func native(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }
        return forms(of: native(msgid), context: context.map(native))
    }

    /// The lookup itself: the slot the hash names, then the next ones, until the key or an empty slot.
    static func find(
        context: UnsafeBufferPointer<UInt8>, msgid: UnsafeBufferPointer<UInt8>, in records: UnsafeBufferPointer<UInt8>,
        slots: [Int]
    ) -> [String]? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash(context: context, msgid: msgid)) & mask
        while slots[slot] != 0 {
            let start = slots[slot] - 1
            if matches(context: context, msgid: msgid, records, at: start) {
                return translations(records, recordAt: start + context.count + msgid.count + 2)
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// FNV-1a (64 bits) of the context's bytes, U+001F, the msgid's length (8 bytes, little-endian)
    /// and the msgid's bytes: all of them when there are at most 32, else the first 16 and the last
    /// 16, so a long paragraph costs no more than a short one. po/generate.py computes the same.
    static func hash(context: UnsafeBufferPointer<UInt8>, msgid: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = add(context, 0..<context.count, to: 0xcbf2_9ce4_8422_2325)
        hash = (hash ^ 0x1F) &* 0x0000_0100_0000_01b3
        var count = UInt64(msgid.count)
        for _ in 0..<8 {
            hash = (hash ^ (count & 0xFF)) &* 0x0000_0100_0000_01b3
            count >>= 8
        }
        if msgid.count <= 32 { return add(msgid, 0..<msgid.count, to: hash) }
        return add(msgid, (msgid.count - 16)..<msgid.count, to: add(msgid, 0..<16, to: hash))
    }

    @inline(__always)
    private static func add(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to start: UInt64) -> UInt64 {
        guard let base = bytes.baseAddress else { return start }
        var hash = start
        for index in range { hash = (hash ^ UInt64(base[index])) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    /// True when the record at `start` has this context and msgid: its bytes are the context, U+001F,
    /// the msgid and U+001F (no byte of a message is below U+0020, so a longer field does not match).
    static func matches(
        context: UnsafeBufferPointer<UInt8>, msgid: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>, at start: Int
    ) -> Bool {
        // The context, then the msgid, each followed by U+001F (written out: an array of the two would
        // be allocated at every lookup).
        let afterContext = start + context.count
        let afterMsgid = afterContext + 1 + msgid.count
        return matches(context, bytes, at: start) && afterContext < bytes.count && bytes[afterContext] == 0x1F
            && matches(msgid, bytes, at: afterContext + 1) && afterMsgid < bytes.count && bytes[afterMsgid] == 0x1F
    }

    /// True when `bytes` hold `part` at `index`.
    private static func matches(_ part: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + part.count <= bytes.count else { return false }
        var offset = 0
        while offset < part.count {
            if part[offset] != bytes[index + offset] { return false }
            offset += 1
        }
        return true
    }

    /// The index of the first `byte` in `bytes[range]`, if any.
    @inline(__always)
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    /// The translations in a record, from its plural (skipped) at `start` to the record's end (U+001E).
    static func translations(_ bytes: UnsafeBufferPointer<UInt8>, recordAt start: Int) -> [String] {
        guard start < bytes.count, let end = firstIndex(of: 0x1E, in: bytes, start..<bytes.count) else { return [] }
        var fields: [String] = []
        var field = start
        var first = true
        while field <= end {
            let stop = firstIndex(of: 0x1F, in: bytes, field..<end) ?? end
            if !first { fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[field..<stop]), as: UTF8.self)) }
            first = false
            field = stop + 1
        }
        return fields
    }
}
