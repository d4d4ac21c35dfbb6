/// The characters the screen draws with beyond text: Unicode where the locale can show it,
/// plain ASCII otherwise.
public struct Glyphs: Equatable, Sendable {
    public var breadcrumbSeparator: String
    public var barFilled: String
    public var barEmpty: String
    public var horizontalRule: String
    public var verticalRule: String
    public var pointer: String
    public var times: String
    public var ellipsis: String
    /// The arrows of the scroll marks on the rules ("↑ more": the word is the interface language's).
    public var moreAbove: String
    public var moreBelow: String

    public static let unicode = Glyphs(
        breadcrumbSeparator: " → ", barFilled: "█", barEmpty: "░", horizontalRule: "─", verticalRule: "│",
        pointer: "›", times: "×", ellipsis: "…", moreAbove: "↑", moreBelow: "↓")
    public static let ascii = Glyphs(
        breadcrumbSeparator: " > ", barFilled: "#", barEmpty: "-", horizontalRule: "-", verticalRule: "|",
        pointer: ">", times: "x", ellipsis: "...", moreAbove: "^", moreBelow: "v")
}
