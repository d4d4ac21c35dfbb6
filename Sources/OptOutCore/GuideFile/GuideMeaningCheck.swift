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

    /// Checks what the shape cannot: unique ids, text present, https links, choices that fit the engine.
    static func problems(in guide: Guide) -> [GuideProblem] {
        var problems: [GuideProblem] = []
        func add(_ path: String, _ message: String) { problems.append(GuideProblem(path: path, message: message)) }
        func text(_ value: String, _ path: String) {
            if value.trimmed.isEmpty { add(path, "missing text") }
        }
        func link(_ url: String, _ path: String) {
            guard let parsed = URL(string: url), parsed.scheme == "https", let host = parsed.host, !host.isEmpty else {
                add(path, "not an https link: \"\(TerminalSafeText.sanitize(url))\"")
                return
            }
            // A link is printed, encoded as a QR code and handed to a browser as it is: it must be one
            // URL, with anything outside plain ASCII percent-encoded (RFC 3986).
            if let bad = url.unicodeScalars.first(where: { !Self.allowedInLinks.contains($0) }) {
                let what = bad == " " ? "a space" : "\"\(TerminalSafeText.sanitize(String(bad)))\""
                add(path, "not a single URL: it holds \(what); write spaces and other such characters percent-encoded (%20): \"\(TerminalSafeText.sanitize(url))\"")
            }
        }
        func identifier(_ id: String, _ path: String) {
            let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            if id.isEmpty || !allowed { add(path, "ids use lower-case letters, digits and -: \"\(TerminalSafeText.sanitize(id))\"") }
        }

        identifier(guide.id, "$.id")
        text(guide.title, "$.title")
        text(guide.version, "$.version")
        text(guide.purpose, "$.purpose")
        if CalendarDay.parse(guide.lastVerified) != guide.lastVerified {
            add("$.lastVerified", "not a date as YYYY-MM-DD: \"\(TerminalSafeText.sanitize(guide.lastVerified))\"")
        }
        if guide.steps.isEmpty { add("$.steps", "a guide needs at least one step") }
        for (i, caveat) in guide.caveats.enumerated() { text(caveat, "$.caveats[\(i)]") }

        var sourceIds = Set<String>()
        for (i, source) in guide.sources.enumerated() {
            let path = "$.sources[\(i)]"
            identifier(source.id, path + ".id")
            if !sourceIds.insert(source.id).inserted { add(path + ".id", "duplicate source id \"\(source.id)\"") }
            text(source.title, path + ".title")
            if let url = source.url { link(url, path + ".url") }
            if let publisher = source.publisher { text(publisher, path + ".publisher") }
            if let day = source.dateRead, CalendarDay.parse(day) != day {
                add(path + ".dateRead", "not a date as YYYY-MM-DD: \"\(TerminalSafeText.sanitize(day))\"")
            }
        }
        func cited(_ ids: [String], _ path: String) {
            for id in ids where !sourceIds.contains(id) {
                add(path, "no source with id \"\(TerminalSafeText.sanitize(id))\"")
            }
        }
        problems += labelProblems(guide, cited: cited)
        // Label references: to labels the guide has, and only in texts that are resolved.
        func references(_ value: String, _ path: String, allowed: Bool = true) {
            for reference in LabelResolver.references(in: value) {
                if !allowed {
                    add(path, "label references like {\(TerminalSafeText.sanitize(reference.key))} are not allowed here")
                } else if reference.key != LabelResolver.lastVerifiedKey, guide.labels[reference.key] == nil {
                    add(path, "no label with key \"\(TerminalSafeText.sanitize(reference.key))\" in $.labels")
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
            if !stepIds.insert(step.id).inserted { add(path + ".id", "duplicate step id \"\(step.id)\"") }
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
                if note.regions.isEmpty { add("\(path).regionNotes[\(j)].regions", "name at least one region") }
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
                    add(path + ".choice", "a choice step needs a choice")
                    break
                }
                text(choice.prompt, path + ".choice.prompt")
                if choice.options.count < 2 { add(path + ".choice.options", "a choice needs at least two options") }
                var optionIds = Set<String>()
                for (j, option) in choice.options.enumerated() {
                    identifier(option.id, "\(path).choice.options[\(j)].id")
                    if !optionIds.insert(option.id).inserted {
                        add("\(path).choice.options[\(j)].id", "duplicate option id \"\(option.id)\"")
                    }
                    text(option.label, "\(path).choice.options[\(j)].label")
                }
                let known: [String: [String]] = [
                    "platform": Platform.allCases.map(\.rawValue), "region": Region.allCases.map(\.rawValue),
                    LinkedInLanguage.answerKey: LinkedInLanguage.allCases.map(\.rawValue),
                ]
                if let allowed = known[choice.answerKey] {
                    for (j, option) in choice.options.enumerated() where !allowed.contains(option.id) {
                        add("\(path).choice.options[\(j)].id", "a \(choice.answerKey) answer must be one of \(allowed.joined(separator: ", "))")
                    }
                }
            case .action:
                for platform in Platform.allCases where (step.instructions?.value(for: platform) ?? []).isEmpty {
                    add(path + ".instructions", "an action step needs instructions for \(platform.rawValue) (or for any)")
                }
                if step.choice != nil { add(path + ".choice", "only choice steps have a choice") }
            case .info, .finish:
                if step.choice != nil { add(path + ".choice", "only choice steps have a choice") }
            }
            if step.kind == .finish, i != guide.steps.count - 1 { add(path + ".kind", "the finish step must be the last") }
            if let recheck = step.recheck {
                text(recheck.question, path + ".recheck.question")
                text(recheck.ifNo, path + ".recheck.ifNo")
            }
            if let confirmation = step.confirmation { text(confirmation.reference, path + ".confirmation.reference") }
            if (step.confirmation != nil || step.objectionDraft), step.kind != .action {
                add(path + ".kind", "a step that tracks a confirmation or offers a draft must be an action step")
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
                problems.append(GuideProblem(path: path + ".version", message: "duplicate version \"\(TerminalSafeText.sanitize(entry.version))\""))
            }
            text(entry.summary, path + ".summary")
            references(entry.summary, path + ".summary")
            if let day = entry.date, CalendarDay.parse(day) != day {
                problems.append(GuideProblem(path: path + ".date", message: "not a date as YYYY-MM-DD: \"\(TerminalSafeText.sanitize(day))\""))
            }
            for (j, note) in entry.regionNotes.enumerated() {
                let at = "\(path).regionNotes[\(j)]"
                text(note.text, at + ".text")
                references(note.text, at + ".text")
                if note.regions.isEmpty {
                    problems.append(GuideProblem(path: at + ".regions", message: "name at least one region"))
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
            if key.isEmpty || !allowed { add(path, "label keys use lower-case letters, digits and -") }
            let languages = guide.labels[key] ?? [:]
            if languages["en"] == nil { add(path + ".en", "missing: every label needs its English wording") }
            for code in languages.keys.sorted() {
                let at = "\(path).\(TerminalSafeText.sanitize(code))"
                guard codes.contains(code) else {
                    add(at, "unknown language code (expected one of \(codes.joined(separator: ", ")))")
                    continue
                }
                guard let wording = languages[code] else { continue }
                for (i, words) in wording.wording.enumerated() where words.trimmed.isEmpty { add("\(at).wording[\(i)]", "missing text") }
                switch wording.judgement {
                case .notFound:
                    if code == "en" { add(at + ".judgement", "the English wording must be known") }
                    if !wording.wording.isEmpty { add(at + ".wording", "a wording judged not-found has no words") }
                case .official, .agreed:
                    if wording.wording.count != 1 {
                        add(at + ".wording", "an \(wording.judgement.rawValue) wording has exactly one text (variants are judged single)")
                    }
                    if wording.sourceIds.isEmpty { add(at + ".sourceIds", "name the sources that show it") }
                case .single:
                    if wording.wording.isEmpty { add(at + ".wording", "give the wording, or judge it not-found") }
                    if wording.sourceIds.isEmpty { add(at + ".sourceIds", "name the sources that show it") }
                }
                cited(wording.sourceIds, at + ".sourceIds")
            }
        }
        return problems
    }
}
