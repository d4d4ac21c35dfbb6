// Small helpers that keep the program on FoundationEssentials alone: the full Foundation, with its
// calendar and locale data, costs start-up time and memory in every run.

extension String {
    /// The text without leading and trailing white space (spaces, tabs, line breaks).
    public var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
