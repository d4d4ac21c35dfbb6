#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What a guide file means, checked once its shape is right: unique ids, text present, https links,
/// choices the engine understands, label references to labels the guide has, and labels whose
/// wordings fit their judgement and cite sources that exist.
enum GuideMeaningCheck {
    /// What a URL may hold as it is (RFC 3986's unreserved, reserved and percent characters).
    static let allowedInLinks = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%".unicodeScalars)

    /// "not a date as YYYY-MM-DD: "…"".
    static func notADate(_ text: String) -> String {
        // Translators: YYYY-MM-DD is the form of a date: keep it as it is; {text} is what the file has.
        tr("not a date as YYYY-MM-DD: \"{text}\"", ["text": TerminalSafeText.sanitize(text)])
    }

    /// Checks what the shape cannot: unique ids, text present, https links, choices that fit the engine.
    static func problems(in guide: Guide) -> [GuideProblem] {
        var problems: [GuideProblem] = []
        func add(_ path: String, _ message: String) { problems.append(GuideProblem(path: path, message: message)) }
        func text(_ value: String, _ path: String) {
            // Translators: what is wrong at a place in a guide file ("$.steps[2].title: missing text").
            if value.trimmed.isEmpty { add(path, tr("missing text")) }
        }
        func link(_ url: String, _ path: String) {
            guard let parsed = URL(string: url), parsed.scheme == "https", let host = parsed.host, !host.isEmpty else {
                add(path, tr("not an https link: \"{url}\"", ["url": TerminalSafeText.sanitize(url)]))
                return
            }
            // A link is printed, encoded as a QR code and handed to a browser as it is: it must be one
            // URL, with anything outside plain ASCII percent-encoded (RFC 3986).
            if let bad = url.unicodeScalars.first(where: { !Self.allowedInLinks.contains($0) }) {
                let url = TerminalSafeText.sanitize(url)
                if bad == " " {
                    // Translators: %20 is how a space is written in a link: keep it as it is.
                    add(path, tr("not a single URL: it holds a space; write spaces and other such characters percent-encoded (%20): \"{url}\"", ["url": url]))
                } else {
                    // Translators: {character} is the character that may not stand in a link as it is; %20 stays as it is.
                    add(path, tr("not a single URL: it holds \"{character}\"; write spaces and other such characters percent-encoded (%20): \"{url}\"",
                                 ["character": TerminalSafeText.sanitize(String(bad)), "url": url]))
                }
            }
        }
        func identifier(_ id: String, _ path: String) {
            let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            if id.isEmpty || !allowed { add(path, tr("ids use lower-case letters, digits and -: \"{id}\"", ["id": TerminalSafeText.sanitize(id)])) }
        }

        identifier(guide.id, "$.id")
        text(guide.title, "$.title")
        text(guide.version, "$.version")
        text(guide.purpose, "$.purpose")
        if CalendarDay.parse(guide.lastVerified) != guide.lastVerified {
            add("$.lastVerified", notADate(guide.lastVerified))
        }
        if guide.steps.isEmpty { add("$.steps", tr("a guide needs at least one step")) }
        for (i, caveat) in guide.caveats.enumerated() { text(caveat, "$.caveats[\(i)]") }

        var sourceIds = Set<String>()
        for (i, source) in guide.sources.enumerated() {
            let path = "$.sources[\(i)]"
            identifier(source.id, path + ".id")
            if !sourceIds.insert(source.id).inserted { add(path + ".id", tr("duplicate source id \"{id}\"", ["id": source.id])) }
            text(source.title, path + ".title")
            if let url = source.url { link(url, path + ".url") }
            if let publisher = source.publisher { text(publisher, path + ".publisher") }
            if let day = source.dateRead, CalendarDay.parse(day) != day {
                add(path + ".dateRead", notADate(day))
            }
        }
        func cited(_ ids: [String], _ path: String) {
            for id in ids where !sourceIds.contains(id) {
                add(path, tr("no source with id \"{id}\"", ["id": TerminalSafeText.sanitize(id)]))
            }
        }
        problems += labelProblems(guide, cited: cited)
        // Label references: to labels the guide has, and only in texts that are resolved.
        func references(_ value: String, _ path: String, allowed: Bool = true) {
            for reference in LabelResolver.references(in: value) {
                if !allowed {
                    // Translators: {reference} is a label reference as the guide file writes it, such as {data-privacy}.
                    add(path, tr("label references like {reference} are not allowed here",
                                 ["reference": "{" + TerminalSafeText.sanitize(reference.key) + "}"]))
                } else if reference.key != LabelResolver.lastVerifiedKey, guide.labels[reference.key] == nil {
                    // Translators: $.labels is the place in the guide file where labels are: keep it as it is.
                    add(path, tr("no label with key \"{key}\" in $.labels", ["key": TerminalSafeText.sanitize(reference.key)]))
                }
            }
        }
        references(guide.title, "$.title", allowed: false)
        references(guide.purpose, "$.purpose")
        for (i, caveat) in guide.caveats.enumerated() { references(caveat, "$.caveats[\(i)]") }
        if let reportTo = guide.reportTo {
            text(reportTo, "$.reportTo")
            references(reportTo, "$.reportTo")
        }

        // Computed first: the checks it is given add to `problems` themselves.
        let changelog = changelogProblems(guide, text: text, cited: cited, references: { references($0, $1, allowed: false) })
        problems += changelog

        var stepIds = Set<String>()
        for (i, step) in guide.steps.enumerated() {
            let path = "$.steps[\(i)]"
            identifier(step.id, path + ".id")
            if !stepIds.insert(step.id).inserted { add(path + ".id", tr("duplicate step id \"{id}\"", ["id": step.id])) }
            text(step.title, path + ".title")
            for (j, paragraph) in step.body.enumerated() { text(paragraph, "\(path).body[\(j)]") }
            for (key, value) in [("instructions", step.instructions), ("menuPath", step.menuPath)] {
                guard let value else { continue }
                for (platform, lines) in [("any", value.any), ("web", value.web), ("app", value.app)] {
                    for (j, line) in (lines ?? []).enumerated() { text(line, "\(path).\(key).\(platform)[\(j)]") }
                }
            }
            if let l = step.link {
                text(l.label, path + ".link.label")
                link(l.url, path + ".link.url")
            }
            if let expected = step.expected { text(expected, path + ".expected") }
            for (j, note) in step.regionNotes.enumerated() {
                text(note.text, "\(path).regionNotes[\(j)].text")
                if note.regions.isEmpty { add("\(path).regionNotes[\(j)].regions", tr("name at least one region")) }
            }
            cited(step.sourceIds, path + ".sourceIds")
            if let l = step.link { cited(l.sourceIds, path + ".link.sourceIds") }
            for (j, note) in step.regionNotes.enumerated() { cited(note.sourceIds, "\(path).regionNotes[\(j)].sourceIds") }
            references(step.title, path + ".title", allowed: false)
            for (j, paragraph) in step.body.enumerated() { references(paragraph, "\(path).body[\(j)]") }
            for (key, value) in [("instructions", step.instructions), ("menuPath", step.menuPath)] {
                guard let value else { continue }
                for (platform, lines) in [("any", value.any), ("web", value.web), ("app", value.app)] {
                    for (j, line) in (lines ?? []).enumerated() { references(line, "\(path).\(key).\(platform)[\(j)]") }
                }
            }
            if let l = step.link { references(l.label, path + ".link.label") }
            if let expected = step.expected { references(expected, path + ".expected") }
            for (j, note) in step.regionNotes.enumerated() { references(note.text, "\(path).regionNotes[\(j)].text") }
            for (j, line) in step.unverified.enumerated() { references(line, "\(path).unverified[\(j)]") }
            if let recheck = step.recheck {
                references(recheck.question, path + ".recheck.question")
                references(recheck.ifNo, path + ".recheck.ifNo")
            }
            if let receipt = step.receipt { references(receipt, path + ".receipt") }
            if let choice = step.choice {
                references(choice.prompt, path + ".choice.prompt", allowed: false)
                for (j, option) in choice.options.enumerated() {
                    references(option.label, "\(path).choice.options[\(j)].label", allowed: false)
                    if let detail = option.detail { references(detail, "\(path).choice.options[\(j)].detail") }
                }
            }
            if let confirmation = step.confirmation {
                references(confirmation.reference, path + ".confirmation.reference", allowed: false)
            }
            switch step.kind {
            case .choice:
                guard let choice = step.choice else {
                    add(path + ".choice", tr("a choice step needs a choice"))
                    break
                }
                text(choice.prompt, path + ".choice.prompt")
                if choice.options.count < 2 { add(path + ".choice.options", tr("a choice needs at least two options")) }
                var optionIds = Set<String>()
                for (j, option) in choice.options.enumerated() {
                    identifier(option.id, "\(path).choice.options[\(j)].id")
                    if !optionIds.insert(option.id).inserted {
                        add("\(path).choice.options[\(j)].id", tr("duplicate option id \"{id}\"", ["id": option.id]))
                    }
                    text(option.label, "\(path).choice.options[\(j)].label")
                }
                let known: [String: [String]] = [
                    "platform": Platform.allCases.map(\.rawValue), "region": Region.allCases.map(\.rawValue),
                    LinkedInLanguage.answerKey: LinkedInLanguage.allCases.map(\.rawValue),
                ]
                if let allowed = known[choice.answerKey] {
                    for (j, option) in choice.options.enumerated() where !allowed.contains(option.id) {
                        // Translators: {key} is the question's answer key (platform, region, linkedInLanguage); {allowed} lists ids.
                        add("\(path).choice.options[\(j)].id", tr("a {key} answer must be one of {allowed}",
                                                                     ["key": choice.answerKey, "allowed": allowed.joined(separator: ", ")]))
                    }
                }
            case .action:
                for platform in Platform.allCases where (step.instructions?.value(for: platform) ?? []).isEmpty {
                    // Translators: {platform} is web or app, as the guide file names them; "any" is the file's word too.
                    add(path + ".instructions", tr("an action step needs instructions for {platform} (or for any)", ["platform": platform.rawValue]))
                }
                if step.choice != nil { add(path + ".choice", tr("only choice steps have a choice")) }
            case .info, .finish:
                if step.choice != nil { add(path + ".choice", tr("only choice steps have a choice")) }
            }
            if step.kind == .finish, i != guide.steps.count - 1 { add(path + ".kind", tr("the finish step must be the last")) }
            if let recheck = step.recheck {
                text(recheck.question, path + ".recheck.question")
                text(recheck.ifNo, path + ".recheck.ifNo")
            }
            if let confirmation = step.confirmation { text(confirmation.reference, path + ".confirmation.reference") }
            if (step.confirmation != nil || step.objectionDraft), step.kind != .action {
                add(path + ".kind", tr("a step that tracks a confirmation or offers a draft must be an action step"))
            }
        }
        return problems
    }

    /// Checks the changelog: each entry names a version once, says what changed, has a real date if
    /// any, cites sources that exist, and holds no label references (its lines are shown as written).
    private static func changelogProblems(
        _ guide: Guide, text: (String, String) -> Void, cited: ([String], String) -> Void,
        references: (String, String) -> Void
    ) -> [GuideProblem] {
        var problems: [GuideProblem] = []
        var versions = Set<String>()
        for (i, entry) in guide.changelog.enumerated() {
            let path = "$.changelog[\(i)]"
            text(entry.version, path + ".version")
            if !versions.insert(entry.version).inserted {
                problems.append(GuideProblem(path: path + ".version", message: tr("duplicate version \"{version}\"", ["version": TerminalSafeText.sanitize(entry.version)])))
            }
            text(entry.summary, path + ".summary")
            references(entry.summary, path + ".summary")
            if let day = entry.date, CalendarDay.parse(day) != day {
                problems.append(GuideProblem(path: path + ".date", message: notADate(day)))
            }
            for (j, note) in entry.regionNotes.enumerated() {
                let at = "\(path).regionNotes[\(j)]"
                text(note.text, at + ".text")
                references(note.text, at + ".text")
                if note.regions.isEmpty {
                    problems.append(GuideProblem(path: at + ".regions", message: tr("name at least one region")))
                }
                cited(note.sourceIds, at + ".sourceIds")
            }
            cited(entry.sourceIds, path + ".sourceIds")
        }
        return problems
    }

    /// Checks the labels: keys that are ids, known language codes, English always there, wordings
    /// that fit their judgement, and sources that exist.
    private static func labelProblems(_ guide: Guide, cited: (_ ids: [String], _ path: String) -> Void) -> [GuideProblem] {
        var problems: [GuideProblem] = []
        func add(_ path: String, _ message: String) { problems.append(GuideProblem(path: path, message: message)) }
        let codes = LinkedInLanguage.allCases.map(\.rawValue)
        for key in guide.labels.keys.sorted() {
            let path = "$.labels.\(TerminalSafeText.sanitize(key))"
            let allowed = key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            if key.isEmpty || !allowed { add(path, tr("label keys use lower-case letters, digits and -")) }
            let languages = guide.labels[key] ?? [:]
            if languages["en"] == nil { add(path + ".en", tr("missing: every label needs its English wording")) }
            for code in languages.keys.sorted() {
                let at = "\(path).\(TerminalSafeText.sanitize(code))"
                guard codes.contains(code) else {
                    // Translators: {codes} lists the language codes a guide file may use.
                    add(at, tr("unknown language code (expected one of {codes})", ["codes": codes.joined(separator: ", ")]))
                    continue
                }
                guard let wording = languages[code] else { continue }
                for (i, words) in wording.wording.enumerated() where words.trimmed.isEmpty { add("\(at).wording[\(i)]", tr("missing text")) }
                switch wording.judgement {
                case .notFound:
                    if code == "en" { add(at + ".judgement", tr("the English wording must be known")) }
                    // Translators: not-found is a judgement as the guide file writes it: keep it as it is.
                    if !wording.wording.isEmpty { add(at + ".wording", tr("a wording judged not-found has no words")) }
                case .official, .agreed:
                    if wording.wording.count != 1 {
                        // Translators: {judgement} is official or agreed, and single a judgement too, as the guide file writes them.
                        add(at + ".wording", tr("an {judgement} wording has exactly one text (variants are judged single)",
                                                ["judgement": wording.judgement.rawValue]))
                    }
                    if wording.sourceIds.isEmpty { add(at + ".sourceIds", tr("name the sources that show it")) }
                case .single:
                    // Translators: not-found is a judgement as the guide file writes it: keep it as it is.
                    if wording.wording.isEmpty { add(at + ".wording", tr("give the wording, or judge it not-found")) }
                    if wording.sourceIds.isEmpty { add(at + ".sourceIds", tr("name the sources that show it")) }
                }
                cited(wording.sourceIds, at + ".sourceIds")
            }
        }
        return problems
    }
}
