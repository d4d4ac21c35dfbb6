#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Matches saved progress to the current guide by step id.
public enum GuideReconciler {
    /// Puts the records in the guide's order, adds pending records for new steps, keeps records of
    /// removed steps as retired (one per step, the latest), and brings a retired record back, with its
    /// status, note and form records, when its step is in the guide again. The progress then carries the
    /// guide's version. The changes name the member's region, so what the guide's changelog says for it
    /// can be told.
    public static func reconcile(_ saved: WalkthroughProgress, with guide: Guide) -> (WalkthroughProgress, GuideChanges) {
        var progress = saved
        let savedById = Dictionary(saved.steps.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let guideIds = Set(guide.steps.map(\.id))
        // Retired records by id, the later one winning; in the order each id first retired.
        var retiredOrder: [String] = []
        var retiredById: [String: StepRecord] = [:]
        func retire(_ record: StepRecord) {
            if retiredById[record.id] == nil { retiredOrder.append(record.id) }
            retiredById[record.id] = record
        }
        (saved.retiredSteps ?? []).forEach(retire)
        let restored = guide.steps.map(\.id).filter { savedById[$0] == nil && retiredById[$0] != nil }
        let added = guide.steps.map(\.id).filter { savedById[$0] == nil && retiredById[$0] == nil }
        let removed = saved.steps.map(\.id).filter { !guideIds.contains($0) }

        progress.steps = guide.steps.map { savedById[$0.id] ?? retiredById[$0.id] ?? StepRecord(id: $0.id) }
        saved.steps.filter { !guideIds.contains($0.id) }.forEach(retire)
        let stillRetired = retiredOrder.filter { !guideIds.contains($0) }.compactMap { retiredById[$0] }
        if saved.retiredSteps != nil || !stillRetired.isEmpty {
            progress.retiredSteps = stillRetired.isEmpty ? nil : stillRetired
        }
        if let current = progress.currentStepId, !guideIds.contains(current) {
            progress.currentStepId = progress.unresolved.first?.id
        }
        if progress.currentStepId == nil, !progress.isComplete {
            progress.currentStepId = progress.unresolved.first?.id
        }
        progress.guideVersion = guide.version
        let changes = GuideChanges(
            fromVersion: saved.guideVersion, toVersion: guide.version, addedStepIds: added, removedStepIds: removed,
            restoredStepIds: restored, region: saved.region)
        return (progress, changes)
    }
}
