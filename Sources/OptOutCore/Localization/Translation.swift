// The marking functions: every sentence optout says goes through `tr` or `trn`, with its English
// text as a literal so `make pot` (po/extract.py) finds it. See docs/translations.md.

/// A message in the interface language (`InterfaceLanguage.current`), with its placeholders filled:
/// `tr("Progress saved to {path}.", ["path": path])`. `context` tells two messages with the same
/// English apart (`context: "language name"`). A comment `// Translators: …` on the lines just above
/// the call goes into the catalogue for translators.
///
/// Never store the result in a `static let`: that keeps the language of whoever asked first.
public func tr(_ msgid: StaticString, _ arguments: KeyValuePairs<String, String> = [:], context: StaticString? = nil) -> String {
    let text = Catalogue.text(msgid.description, context: context?.description, in: InterfaceLanguage.current)
    return Placeholders.fill(text, arguments)
}

/// A message with a count, in the form the interface language's plural rule picks:
/// `trn("{count} step", "{count} steps", count: n)`. `{count}` is filled with the count; other
/// placeholders come from `arguments`.
public func trn(
    _ singular: StaticString, _ plural: StaticString, count: Int, _ arguments: KeyValuePairs<String, String> = [:],
    context: StaticString? = nil
) -> String {
    let text = Catalogue.text(
        singular: singular.description, plural: plural.description, count: count, context: context?.description,
        in: InterfaceLanguage.current)
    return Placeholders.fill(Placeholders.fill(text, ["count": String(count)]), arguments)
}
