/// What a page gives the frame: its lines, and what the frame needs to scroll it and to place the
/// cursor. The frame shows as many of the lines as fit between its rules.
struct Page {
    var lines: [StyledLine] = []
    /// Lines of the selected answer or choice, kept in view when the selection moves.
    var selection: Range<Int>?
    /// The line the cursor sits on when nothing is selected.
    var focusLine: Int?
    /// Where parts of the page start, for scrolling to them.
    var anchors = Anchors()

    mutating func add(_ more: [StyledLine]) { lines += more }
    /// An empty line, unless the page is empty or already ends with one.
    mutating func blank() { if let last = lines.last, !last.text.isEmpty { lines.append(.empty) } }

    /// The page with `more` above it, its selection, focus and anchors moved down to match.
    func prepending(_ more: [StyledLine]) -> Page {
        guard !more.isEmpty else { return self }
        let offset = more.count
        var shifted = self
        shifted.lines = more + lines
        shifted.selection = selection.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
        shifted.focusLine = focusLine.map { $0 + offset }
        shifted.anchors = anchors.mapValues { $0 + offset }
        return shifted
    }

    /// The line each anchor starts on. (Two fields, not a dictionary: the first dictionary of a
    /// key type costs the runtime a search of every protocol conformance, before the first frame.)
    struct Anchors {
        var draft: Int?
        var record: Int?

        subscript(anchor: PageAnchor) -> Int? {
            get {
                switch anchor {
                case .draft: draft
                case .record: record
                }
            }
            set {
                switch anchor {
                case .draft: draft = newValue
                case .record: record = newValue
                }
            }
        }

        /// Every anchor's line changed by `transform`, as a dictionary's `mapValues` would.
        func mapValues(_ transform: (Int) -> Int) -> Anchors {
            Anchors(draft: draft.map(transform), record: record.map(transform))
        }
    }
}
