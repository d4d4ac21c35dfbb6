import Synchronization

/// What layout had to give up while it is watched: words wider than a line, broken between
/// characters (`TextLayout.wrap`), and text cut at the edge of the grid or of its area
/// (`CellGrid.put`). Nothing is watched unless a watch is bound (`LayoutWatch.$current`), as the
/// tests do to check that longer translations neither overflow nor break a word; drawing reads the
/// task-local only when it breaks or cuts something.
public final class LayoutWatch: Sendable {
    /// The watch bound for the task, if any.
    @TaskLocal public static var current: LayoutWatch?

    private let seen = Mutex<(brokenWords: [String], cutTexts: [String])>(([], []))

    public init() {}

    /// Words broken between characters because no line was wide enough.
    public var brokenWords: [String] { seen.withLock { $0.brokenWords } }
    /// Texts cut short at the edge of the grid or of their area.
    public var cutTexts: [String] { seen.withLock { $0.cutTexts } }

    func recordBroken(_ word: String) { seen.withLock { $0.brokenWords.append(word) } }
    func recordCut(_ text: String) { seen.withLock { $0.cutTexts.append(text) } }
}
