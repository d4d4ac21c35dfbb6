extension Guide {
    /// The guide in a language: every text a member reads (titles, the purpose, paragraphs,
    /// instructions, menu path entries with words of their own, link labels, what you should see,
    /// region notes, questions and answers, "not verified" notes, caveats, receipts, re-check
    /// questions) replaced by its translation: the guide's own (`translations`), else optout's
    /// translation of the same English (the built-in guide's, from the catalogue), else the English.
    /// Ids, links, sources and LinkedIn's labels (which have their own languages) stay; so do label
    /// references such as `{data-privacy}` inside the text, which are resolved afterwards.
    ///
    /// On the language question, the interface language comes first when it is one of the seven (the
    /// answers stored stay the codes). In the pseudo-locale every text is transformed.
    public func localized(to language: InterfaceLanguage = .current) -> Guide {
        switch language {
        case .pseudo:
            return mapTexts { text, _ in PseudoLocale.transform(text) }
        case .language(.en):
            return putting(.en, firstIn: LinkedInLanguage.answerKey)
        case let .language(code):
            // Every text is looked up before the first frame: the table is fetched once, and an empty
            // dictionary is not asked (asking hashes the text).
            let own = translations[code.rawValue] ?? [:]
            let catalogue = Catalogue.table(for: code)
            let translated = mapTexts { text, _ in
                (own.isEmpty ? nil : own[text]) ?? catalogue?.translation(of: text, context: Catalogue.guideContext) ?? text
            }
            return translated.putting(code, firstIn: LinkedInLanguage.answerKey)
        }
    }

    /// Every text `localized(to:)` translates, with its place in the guide file (`$.steps[2].title`),
    /// in the file's order.
    public var translatableTexts: [(text: String, path: String)] {
        var texts: [(text: String, path: String)] = []
        _ = mapTexts { text, place in
            texts.append((text, place.description))
            return text
        }
        return texts
    }

    /// The guide with the catalogue's translations added for each text it has none for, in every
    /// language: what `guide export` writes, so the file carries what `localized(to:)` shows.
    public func withCatalogueTranslations() -> Guide {
        var guide = self
        let texts = translatableTexts
        for language in Catalogue.translatedLanguages {
            var table = translations[language.rawValue] ?? [:]
            for (text, _) in texts where table[text] == nil {
                table[text] = Catalogue.translation(of: text, context: Catalogue.guideContext, in: language)
            }
            if !table.isEmpty { guide.translations[language.rawValue] = table }
        }
        return guide
    }

    /// True for text with words of its own; a label reference alone (`{data-privacy}`) has nothing to
    /// translate. Read as bytes (every text of the guide is asked before the first frame, and most
    /// answer at their first byte).
    static func isTranslatable(_ text: String) -> Bool {
        let scanned = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var index = 0
            while index < bytes.count {
                if let after = Placeholders.end(of: bytes, placeholderAt: index) {
                    index = after
                    continue
                }
                // Anything but ASCII white space is a word.
                let byte = bytes[index]
                if !(byte == 0x20 || (0x09...0x0D).contains(byte)) { return true }
                index += 1
            }
            return false
        }
        if let scanned { return scanned }
        return isTranslatable(String(decoding: Array(text.utf8), as: UTF8.self))
    }

    /// Where a text is in a guide file: `$.steps[2].body[1]`, written out only when asked for
    /// (`localized` runs before the first frame and never asks).
    struct TextPlace: CustomStringConvertible {
        var step: Int?
        var field: StaticString
        var index: Int?
        var suffix: StaticString = ""
        /// A second index after `suffix`, then `last` (`$.changelog[2].regionNotes[0].text`).
        var innerIndex: Int?
        var last: StaticString = ""

        var description: String {
            "$" + (step.map { ".steps[\($0)]" } ?? "") + "\(field)" + (index.map { "[\($0)]" } ?? "") + "\(suffix)"
                + (innerIndex.map { "[\($0)]" } ?? "") + "\(last)"
        }
    }

    /// The guide with each translatable text replaced by `transform(text, place)`. The one list of the
    /// texts a member reads; po/extract.py reads the same fields from an exported guide.
    func mapTexts(_ transform: (String, TextPlace) -> String) -> Guide {
        func map(_ text: String, _ place: TextPlace) -> String {
            Self.isTranslatable(text) ? transform(text, place) : text
        }
        // Lists are changed in place, and only where a text changes: copying every list of the guide
        // would cost more than looking its texts up.
        func map(_ lines: inout [String], _ step: Int?, _ field: StaticString) {
            for index in lines.indices {
                let text = map(lines[index], TextPlace(step: step, field: field, index: index))
                if text != lines[index] { lines[index] = text }
            }
        }
        func map(_ value: inout PerPlatform<[String]>?, _ step: Int, any: StaticString, web: StaticString, app: StaticString) {
            if value?.any != nil { map(&value!.any!, step, any) }
            if value?.web != nil { map(&value!.web!, step, web) }
            if value?.app != nil { map(&value!.app!, step, app) }
        }
        var guide = self
        guide.title = map(title, TextPlace(field: ".title"))
        guide.purpose = map(purpose, TextPlace(field: ".purpose"))
        map(&guide.caveats, nil, ".caveats")
        if let reportTo = guide.reportTo { guide.reportTo = map(reportTo, TextPlace(field: ".reportTo")) }
        // What each version changed, as the notice after an update and `guide` tell it.
        for i in guide.changelog.indices {
            let summary = map(guide.changelog[i].summary, TextPlace(field: ".changelog", index: i, suffix: ".summary"))
            if summary != guide.changelog[i].summary { guide.changelog[i].summary = summary }
            for j in guide.changelog[i].regionNotes.indices {
                let place = TextPlace(field: ".changelog", index: i, suffix: ".regionNotes", innerIndex: j, last: ".text")
                let text = map(guide.changelog[i].regionNotes[j].text, place)
                if text != guide.changelog[i].regionNotes[j].text { guide.changelog[i].regionNotes[j].text = text }
            }
        }
        // Each step is changed where it is, never copied out and back.
        for i in guide.steps.indices {
            guide.steps[i].title = map(guide.steps[i].title, TextPlace(step: i, field: ".title"))
            map(&guide.steps[i].body, i, ".body")
            map(&guide.steps[i].instructions, i, any: ".instructions.any", web: ".instructions.web", app: ".instructions.app")
            map(&guide.steps[i].menuPath, i, any: ".menuPath.any", web: ".menuPath.web", app: ".menuPath.app")
            if let label = guide.steps[i].link?.label {
                guide.steps[i].link?.label = map(label, TextPlace(step: i, field: ".link.label"))
            }
            if let expected = guide.steps[i].expected {
                guide.steps[i].expected = map(expected, TextPlace(step: i, field: ".expected"))
            }
            for j in guide.steps[i].regionNotes.indices {
                let text = map(guide.steps[i].regionNotes[j].text, TextPlace(step: i, field: ".regionNotes", index: j, suffix: ".text"))
                if text != guide.steps[i].regionNotes[j].text { guide.steps[i].regionNotes[j].text = text }
            }
            if let choice = guide.steps[i].choice {
                guide.steps[i].choice?.prompt = map(choice.prompt, TextPlace(step: i, field: ".choice.prompt"))
                for (j, option) in choice.options.enumerated() {
                    let label = map(option.label, TextPlace(step: i, field: ".choice.options", index: j, suffix: ".label"))
                    if label != option.label { guide.steps[i].choice?.options[j].label = label }
                    if let detail = option.detail {
                        let text = map(detail, TextPlace(step: i, field: ".choice.options", index: j, suffix: ".detail"))
                        if text != detail { guide.steps[i].choice?.options[j].detail = text }
                    }
                }
            }
            map(&guide.steps[i].unverified, i, ".unverified")
            if let reference = guide.steps[i].confirmation?.reference {
                guide.steps[i].confirmation?.reference = map(reference, TextPlace(step: i, field: ".confirmation.reference"))
            }
            if let recheck = guide.steps[i].recheck {
                guide.steps[i].recheck?.question = map(recheck.question, TextPlace(step: i, field: ".recheck.question"))
                guide.steps[i].recheck?.ifNo = map(recheck.ifNo, TextPlace(step: i, field: ".recheck.ifNo"))
            }
            if let receipt = guide.steps[i].receipt {
                guide.steps[i].receipt = map(receipt, TextPlace(step: i, field: ".receipt"))
            }
        }
        return guide
    }

    /// The guide with `language`'s answer first on the question whose answers are stored under `key`
    /// (the LinkedIn language question), when it is among the answers.
    func putting(_ language: LinkedInLanguage, firstIn key: String) -> Guide {
        var guide = self
        for i in steps.indices {
            guard var choice = steps[i].choice, choice.answerKey == key,
                let index = choice.options.firstIndex(where: { $0.id == language.rawValue }), index > 0
            else { continue }
            choice.options.insert(choice.options.remove(at: index), at: 0)
            guide.steps[i].choice = choice
        }
        return guide
    }
}
