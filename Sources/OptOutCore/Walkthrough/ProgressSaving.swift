#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Something that keeps progress: the progress file, or a test double.
public protocol ProgressSaving {
    func save(_ progress: WalkthroughProgress) throws(ProgressStoreError)
    /// Keeps what is saved now as a dated backup beside it (before starting over); returns the
    /// backup's path, or nil when nothing was saved to keep.
    func keepAside(at now: Date) throws(ProgressStoreError) -> String?
}

extension ProgressSaving {
    /// A keeper with no file of its own (a test double) has nothing to keep aside.
    public func keepAside(at now: Date) throws(ProgressStoreError) -> String? { nil }
}
