/// Turns label references in a guide's text into the words a member looks for.
///
/// Guide text names LinkedIn's labels by key in braces: `Click {data-privacy}.` In prose a reference
/// becomes the label in quotes, followed by the English in brackets when the language is not
/// English: `Click "Datenschutz" ("Data privacy").` A text that is a reference and nothing else
/// (a menu path entry, a link's label) drops the quotes: `Datenschutz ("Data privacy")`. A wording
/// only one source gives is marked "not verified", variants are all shown, and a wording not known
/// shows the English with a note. `{lastVerified}` stands for the guide's last-verified date.
public struct LabelResolver: Sendable {
    public var labels: [String: [String: LabelWording]]
    public var language: LinkedInLanguage
    public var lastVerified: String

    public init(labels: [String: [String: LabelWording]], language: LinkedInLanguage, lastVerified: String) {
        self.labels = labels
        self.language = language
        self.lastVerified = lastVerified
    }

    /// The reserved reference for the guide's last-verified date.
    public static let lastVerifiedKey = "lastVerified"

    /// The text with every reference replaced. References to labels the guide does not have are
    /// left as they are (`guide validate` reports them).
    public func resolve(_ text: String) -> String {
        guard Self.mayReferToLabels(text) else { return text }
        let references = Self.references(in: text)
        if references.count == 1, let only = references.first, only.range == text.startIndex..<text.endIndex,
            only.key != Self.lastVerifiedKey
        {
            return render(only.key, quoted: false) ?? text
        }
        var out = ""
        var position = text.startIndex
        for reference in references {
            let replacement = reference.key == Self.lastVerifiedKey ? lastVerified : render(reference.key, quoted: true)
            guard let replacement else { continue }
            // append(contentsOf:) takes a Substring directly; += would take the generic Sequence path.
            out.append(contentsOf: text[position..<reference.range.lowerBound])
            out += replacement
            position = reference.range.upperBound
        }
        out.append(contentsOf: text[position...])
        return out
    }

    /// A label as the member should look for it; nil when the guide has no such label.
    public func render(_ key: String, quoted: Bool) -> String? {
        guard let set = labels[key], let english = set[LinkedInLanguage.en.rawValue], let englishFirst = english.wording.first
        else { return nil }
        func words(_ wording: [String]) -> String {
            // A loop, not the generic joined(), which looks up associated types at run time.
            var text = ""
            for (index, word) in wording.enumerated() {
                let shown = quoted ? "\"\(word)\"" : word
                if index == 0 {
                    text = shown
                } else if quoted {
                    // Translators: two wordings of a label that sources disagree on: "Datenschutz" or "Privatsphäre".
                    text = tr("{first} or {second}", ["first": text, "second": shown], context: "label wordings")
                } else {
                    text += " / " + shown
                }
            }
            return text
        }
        let englishUnsure = english.judgement == .single
        if language == .en {
            // Translators: after a label that only one source gives: {label} is the label.
            return englishUnsure ? tr("{label} (not verified)", ["label": words(english.wording)]) : words(english.wording)
        }
        guard let local = set[language.rawValue], local.judgement != .notFound, !local.wording.isEmpty else {
            let values: KeyValuePairs<String, String> = ["label": words(english.wording), "language": language.localizedName]
            // Translators: a label shown in English because its wording in {language} (such as German) is not known.
            return englishUnsure ? tr("{label} (not verified; {language} wording not known)", values)
                : tr("{label} ({language} wording not known)", values)
        }
        let quotedEnglish = "\"\(englishFirst)\""
        guard local.judgement == .single else { return words(local.wording) + " (\(quotedEnglish))" }
        // Translators: a label in the member's LinkedIn language that only one source gives, with the English in brackets.
        return tr("{label} ({english}; not verified)", ["label": words(local.wording), "english": quotedEnglish])
    }

    /// A `{key}` in a guide's text.
    public struct Reference: Equatable, Sendable {
        public var key: String
        public var range: Range<String.Index>
    }

    /// False when the text has no `{`, so no reference. (Its bytes are searched, not its characters:
    /// this runs for every text of a step before the full screen's first frame.)
    public static func mayReferToLabels(_ text: String) -> Bool {
        text.utf8.contains(UInt8(ascii: "{"))
    }

    /// Every `{key}` in the text, where a key is letters, digits and `-`.
    public static func references(in text: String) -> [Reference] {
        guard mayReferToLabels(text) else { return [] }
        var found: [Reference] = []
        var index = text.startIndex
        while let open = text[index...].firstIndex(of: "{") {
            let afterOpen = text.index(after: open)
            guard let close = text[afterOpen...].firstIndex(where: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-")) }),
                text[close] == "}", close > afterOpen
            else {
                index = afterOpen
                continue
            }
            found.append(Reference(key: String(text[afterOpen..<close]), range: open..<text.index(after: close)))
            index = text.index(after: close)
        }
        return found
    }
}

/// One label's wording in one language, how sure it is, and where it was seen.
public struct LabelWording: Codable, Sendable, Equatable {
    public var judgement: LabelJudgement
    /// The words as LinkedIn shows them; more than one where sources disagree; none when not found.
    public var wording: [String]
    /// Ids of `Guide.sources` that show the wording.
    public var sourceIds: [String]

    public init(_ judgement: LabelJudgement, _ wording: [String], sources: [String]) {
        self.judgement = judgement
        self.wording = wording
        self.sourceIds = sources
    }

    /// A wording that is not known in a language.
    public static let notFound = LabelWording(.notFound, [], sources: [])
}

/// How sure the sources make a label's wording in one language.
public enum LabelJudgement: String, Codable, Sendable, CaseIterable {
    /// LinkedIn's own page in that language shows it.
    case official
    /// Two or more independent reputable sources give the same words.
    case agreed
    /// One source only, or sources disagree (the wordings are the variants): shown as not verified.
    case single
    /// No source: the English label is shown, with a note that the wording is not known.
    case notFound = "not-found"
}
