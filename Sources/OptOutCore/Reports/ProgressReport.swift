#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A step as reports show it: the guide's words joined with the member's record.
public struct StepReport: Codable, Equatable, Sendable {
    public var number: Int
    public var id: String
    public var title: String
    public var optional: Bool
    public var status: StepStatus
    public var reason: String?
    public var note: String?
    public var updatedAt: Date?
    /// When the status was last set (the time shown beside it).
    public var statusChangedAt: Date?
    public var sentOn: String?
    public var confirmation: String?
    public var confirmedAt: Date?
    public var screenDiffers: String?

    private enum CodingKeys: String, CodingKey {
        case number, id, title, optional, status, reason, note, updatedAt, statusChangedAt, sentOn, confirmation, confirmedAt,
            screenDiffers
    }

    /// Encodes every key, with null for what is absent, so scripts can rely on the keys being there.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(optional, forKey: .optional)
        try c.encode(status, forKey: .status)
        try c.encode(reason, forKey: .reason)
        try c.encode(note, forKey: .note)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encode(statusChangedAt, forKey: .statusChangedAt)
        try c.encode(sentOn, forKey: .sentOn)
        try c.encode(confirmation, forKey: .confirmation)
        try c.encode(confirmedAt, forKey: .confirmedAt)
        try c.encode(screenDiffers, forKey: .screenDiffers)
    }
}

/// Where a member's walkthrough stands: the numbers `status` and `summary` report.
public struct ProgressReport: Sendable {
    public let guide: Guide
    /// The guide as given, its labels not yet resolved: the notes a resolved label carries ("not
    /// verified") are in the interface language, so JSON resolves it again in English.
    let sourceGuide: Guide
    public let progress: WalkthroughProgress
    public let steps: [StepReport]
    public let schedule: RecheckSchedule
    /// The member's time zone: times are shown in it, and due days are its days.
    public let zone: LocalZone
    /// The moment the report describes, for whether a re-check is due; nil leaves that out.
    public let now: Date?
    /// How old the guide is; when it may be stale, the summary and status say so.
    public var guideAge: GuideAge?

    /// Builds the report from saved progress, matched to the guide by step id. The guide's labels are
    /// shown in the member's LinkedIn language; times in `zone`. Without a `schedule`, re-checks are due
    /// as the member chose (`WalkthroughProgress.recheckSchedule`).
    public init(
        guide: Guide, saved: WalkthroughProgress, schedule: RecheckSchedule? = nil, zone: LocalZone, now: Date?
    ) {
        let (progress, _) = GuideReconciler.reconcile(saved, with: guide)
        self.sourceGuide = guide
        self.guide = guide.resolvingLabels(for: progress.linkedInLanguage)
        self.progress = progress
        self.schedule = schedule ?? saved.recheckSchedule
        self.zone = zone
        self.now = now
        self.steps = guide.steps.enumerated().map { index, step in
            let record = progress.record(step.id) ?? StepRecord(id: step.id)
            return StepReport(
                number: index + 1, id: step.id, title: step.title, optional: step.optional, status: record.status,
                reason: record.reason, note: record.note, updatedAt: record.updatedAt,
                statusChangedAt: record.statusChangedAt ?? (record.status == .pending ? nil : record.updatedAt),
                sentOn: record.sentOn, confirmation: record.confirmation,
                confirmedAt: record.status == .done ? record.confirmedAt : nil, screenDiffers: record.screenDiffers)
        }
    }

    /// The lines of the record a member keeps: what was confirmed, sent and re-checked, and when. Every
    /// time is the time of that act: a status's own time, never the time of a later note; a day the
    /// member did not give is not made up.
    public var recordLines: [String] {
        var lines: [String] = []
        for step in guide.steps {
            guard let receipt = step.receipt, let record = report(step.id) else { continue }
            if step.confirmation != nil {
                var line: String
                if let sent = record.sentOn {
                    // Translators: a line of the record: {receipt} names what was sent (the guide's words, such as
                    // "Data Processing Objection Form sent"); {day} is the day.
                    line = tr("{receipt} on {day}", ["receipt": receipt, "day": sent])
                } else if record.status == .done, let marked = record.statusChangedAt {
                    // Translators: a line of the record: {receipt} names what was sent; {time} when the step was marked done.
                    line = tr("{receipt} (the day was not recorded; the step was marked done {time})",
                              ["receipt": receipt, "time": zone.time(marked)])
                } else {
                    continue
                }
                // Translators: {line} is the start of a line of the record; {reference} the confirmation's reference.
                if let reference = record.confirmation { line = tr("{line}; confirmation: {reference}", ["line": line, "reference": reference]) }
                if record.status == .done, let received = record.confirmedAt {
                    // Translators: {line} is the start of a line of the record; {time} is when the confirmation came.
                    line = tr("{line}; received {time}", ["line": line, "time": zone.time(received)])
                } else if record.status == .waiting {
                    // Translators: {line} is the start of a line of the record.
                    line = tr("{line}; waiting for the confirmation", ["line": line])
                }
                lines.append(line)
            } else if record.status == .done, let at = record.statusChangedAt {
                if let place = whereToFind(step) {
                    // Translators: a line of the record: {receipt} names the setting (the guide's words); {time} when it
                    // was confirmed; {place} where to find it again ("find it at Settings → Data privacy, or https://…").
                    lines.append(tr("{receipt}: confirmed {time}; {place}", ["receipt": receipt, "time": zone.time(at), "place": place]))
                } else {
                    lines.append(tr("{receipt}: confirmed {time}", ["receipt": receipt, "time": zone.time(at)]))
                }
            }
        }
        if let last = progress.rechecks?.last {
            let answers = last.answers.map { answer in
                let title = guide.step(answer.stepId)?.title ?? answer.stepId
                // Translators: a step's title and the member's answer at a re-check, in the record: "Turn off …: yes".
                return switch answer.answer {
                case .yes: tr("{step}: yes", ["step": title])
                case .no: tr("{step}: no", ["step": title])
                case .skipped: tr("{step}: skipped", ["step": title])
                }
            }
            let time = zone.time(last.checkedAt)
            if answers.isEmpty {
                lines.append(tr("Last re-check {time}", ["time": time]))
            } else {
                // Translators: {answers} lists each step's answer at the re-check, separated by semicolons.
                lines.append(tr("Last re-check {time} ({answers})", ["time": time, "answers": answers.joined(separator: "; ")]))
            }
        }
        switch recheckStanding {
        case .nothingToRecheck: break
        // Translators: optout recheck is a command: keep it as it is.
        case let .dueOn(day): lines.append(tr("Next re-check due {day} (run: optout recheck)", ["day": day]))
        // Translators: optout recheck is a command: keep it as it is.
        case let .dueToday(day): lines.append(tr("Next re-check due today, {day} (run: optout recheck)", ["day": day]))
        case let .overdue(since, days):
            // Translators: {day} is the day it was due; {count} days have passed since. optout recheck is a command.
            lines.append(trn("Re-check overdue: it was due {day}, {count} day ago (run: optout recheck)",
                             "Re-check overdue: it was due {day}, {count} days ago (run: optout recheck)", count: days, ["day": since]))
        }
        return lines
    }

    /// Where the next re-check stands at `now` (only its day, without `now`).
    public var recheckStanding: RecheckStanding {
        if let now { return schedule.standing(progress, guide: guide, now: now, zone: zone) }
        return schedule.nextDueDay(progress, guide: guide, zone: zone).map { .dueOn($0) } ?? .nothingToRecheck
    }

    /// Where a setting's step is found again, for a record read months later: its menu path on the
    /// member's platform (the website when none was chosen) and its direct link.
    func whereToFind(_ step: GuideStep) -> String? {
        let path = (step.menuPath?.value(for: progress.platform ?? .web) ?? []).joined(separator: " → ")
        switch (path.isEmpty ? nil : path, step.link?.url) {
        // Translators: where a setting is found again: {path} is its menu path, {url} its direct link.
        case let (path?, url?): return tr("find it at {path}, or {url}", ["path": path, "url": url])
        case let (path?, nil): return tr("find it at {path}", ["path": path])
        case let (nil, url?): return tr("find it at {url}", ["url": url])
        case (nil, nil): return nil
        }
    }

    /// The same report with every word optout adds in English: what JSON is built from, whatever the
    /// interface language (its values are a contract).
    var inEnglish: ProgressReport {
        InterfaceLanguage.$current.withValue(.english) {
            ProgressReport(guide: sourceGuide, saved: progress, schedule: schedule, zone: zone, now: now)
        }
    }

    /// The report of a step, by id.
    public func report(_ id: String) -> StepReport? { steps.first { $0.id == id } }

    /// Steps skipped or left out, with the reason when one was given.
    public var skippedLines: [String] {
        steps.filter { $0.status == .skipped || $0.status == .notNeeded }.map { step in
            let line = "\(step.number). \(step.title): \(step.status.words)"
            // Translators: {step} is "3. Title: skipped"; {reason} is the member's own words.
            return step.reason.map { tr("{step} ({reason})", ["step": line, "reason": $0]) } ?? line
        }
    }

    /// Records of steps the guide no longer has, kept from an earlier guide: "sign-in: done; note: …".
    public var retiredLines: [String] {
        (progress.retiredSteps ?? []).map { record in
            var line = "\(record.id): \(record.status.words)"
            // Translators: {status} is "sign-in: skipped" (a step's id and status); {reason} is the member's own words.
            if let reason = record.reason { line = tr("{status} (reason: {reason})", ["status": line, "reason": reason]) }
            // Translators: {line} is the start of a line of what was recorded on a step; {day} is the day the form was sent.
            if let sent = record.sentOn { line = tr("{line}; sent on {day}", ["line": line, "day": sent]) }
            if let confirmation = record.confirmation { line = tr("{line}; confirmation: {reference}", ["line": line, "reference": confirmation]) }
            // Translators: {line} is the start of a line of what was recorded on a step; {note} is the member's note.
            if let note = record.note { line = tr("{line}; note: {note}", ["line": line, "note": note]) }
            return line
        }
    }

    /// Steps whose screen did not match, with what the member saw.
    public var screenDifferenceLines: [String] {
        steps.compactMap { step in
            step.screenDiffers.map { "\(step.number). \(step.title) (\(step.id)): \($0)" }
        }
    }

    public var isComplete: Bool { progress.isComplete }
    public var doneCount: Int { steps.filter { $0.status == .done }.count }
    public var notNeededCount: Int { steps.filter { $0.status == .notNeeded }.count }
    public var total: Int { steps.count }
    /// Steps still to do, in order.
    public var remaining: [StepReport] { steps.filter { !$0.status.isResolved } }
    /// The step to go on with: the saved current step, else the first one left; nil when complete.
    public var currentStepId: String? {
        if isComplete { return nil }
        if let id = progress.currentStepId, guide.step(id) != nil { return id }
        return remaining.first?.id
    }

    /// The label of the member's answer to a choice, e.g. "Desktop web browser".
    public func answerLabel(_ key: String) -> String? {
        guard let value = progress.answers[key] else { return nil }
        let option = guide.steps.compactMap(\.choice).first { $0.answerKey == key }?.options.first { $0.id == value }
        return option?.label ?? value
    }
}
