extension Guide {
    /// The resolver for this guide's labels in a language (English when none is known).
    public func labelResolver(for language: LinkedInLanguage?) -> LabelResolver {
        LabelResolver(labels: labels, language: language ?? .en, lastVerified: lastVerified)
    }

    /// The guide with every label reference replaced by the words for the language: what a member
    /// reads. Ids, titles and the choices' prompts and labels carry no references.
    public func resolvingLabels(for language: LinkedInLanguage?) -> Guide {
        let resolver = labelResolver(for: language)
        var guide = self
        guide.purpose = resolver.resolve(purpose)
        guide.caveats = caveats.map(resolver.resolve)
        guide.reportTo = reportTo.map(resolver.resolve)
        guide.steps = steps.map { $0.resolvingLabels(with: resolver) }
        return guide
    }

    /// The ids of the labels a piece of the guide's text refers to, in order, each once.
    public static func labelKeys(in texts: [String]) -> [String] {
        var keys: [String] = []
        for text in texts {
            for reference in LabelResolver.references(in: text)
            where reference.key != LabelResolver.lastVerifiedKey && !keys.contains(reference.key) {
                keys.append(reference.key)
            }
        }
        return keys
    }
}

extension GuideStep {
    /// Every text of the step that may refer to labels.
    public var textsWithLabels: [String] {
        var texts = body
        // One at a time, not in an array: an array of them needs PerPlatform<[String]>'s metadata at
        // run time, and its Codable and Equatable requirements cost conformance searches.
        func add(_ value: PerPlatform<[String]>?) {
            guard let value else { return }
            texts += (value.any ?? []) + (value.web ?? []) + (value.app ?? [])
        }
        add(instructions)
        add(menuPath)
        texts += [link?.label, expected, recheck?.question, recheck?.ifNo, receipt].compactMap { $0 }
        texts += regionNotes.map(\.text) + unverified
        texts += (choice?.options ?? []).compactMap(\.detail)
        return texts
    }

    /// The step with its label references replaced.
    public func resolvingLabels(with resolver: LabelResolver) -> GuideStep {
        guard textsWithLabels.contains(where: LabelResolver.mayReferToLabels) else { return self }
        let r = resolver.resolve
        var step = self
        step.body = body.map(r)
        step.instructions = instructions.map { $0.map { $0.map(r) } }
        step.menuPath = menuPath.map { $0.map { $0.map(r) } }
        step.link?.label = r(link?.label ?? "")
        step.expected = expected.map(r)
        step.regionNotes = regionNotes.map { note in
            var note = note
            note.text = r(note.text)
            return note
        }
        step.unverified = unverified.map(r)
        step.choice?.options = (choice?.options ?? []).map { option in
            var option = option
            option.detail = option.detail.map(r)
            return option
        }
        step.recheck?.question = r(recheck?.question ?? "")
        step.recheck?.ifNo = r(recheck?.ifNo ?? "")
        step.receipt = receipt.map(r)
        return step
    }
}
