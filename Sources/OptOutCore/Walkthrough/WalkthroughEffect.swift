/// What the reducer asks the outside world to do. Effects are values; a driver carries them out.
public enum WalkthroughEffect: Equatable, Sendable {
    /// Keep the saved progress file as a dated backup beside it, before anything replaces it. When that
    /// fails, nothing else of the transition may happen.
    case keepSavedProgressAside
    /// Write this progress to the progress file.
    case save(WalkthroughProgress)
    /// Show the completion summary.
    case showSummary
    /// Leave the walkthrough.
    case exit
}
