import OptOutCore
import Testing

@testable import OptOutTUI

/// Pastes, flags and long text in the text field (the suite and `typed` are in ScreenModelTests.swift).
extension TextFieldTests {
    @Test("the second half of a flag joins the first, before the cursor too")
    func flags() {
        #expect(typed("🇬🇧").count == 1)
        var field = typed("ab")
        field.apply(.moveLeft)
        field = typed("\u{301}", into: field)
        #expect(field.text == "a\u{301}b")
        #expect(field.cursor == 1)
    }

    @Test("a paste is one line: line breaks and tabs become spaces, control characters are left out")
    func paste() {
        var field = typed("note: ")
        field.apply(.paste("ref 123\r\nwq\rx\ny\tz\u{1B}[31m\u{202E}"))
        #expect(field.text == "note: ref 123 wq x y z[31m")
        #expect(field.isEdited)
        #expect(!TextField(text: "as it was").isEdited)
        var middle = typed("ac")
        middle.apply(.moveLeft)
        middle.apply(.paste("b\n"))
        #expect(middle.text == "ab c")
        #expect(middle.cursor == 3)
    }

    @Test("the visible part measures characters as they are drawn: a flag takes four columns")
    func visibleFlags() {
        var field = typed(String(repeating: "x", count: 50) + "🇬🇧end")
        var shown = field.visible(width: 10)
        #expect(shown.text == "xx🇬🇧end")
        #expect(shown.cursorColumn == 9)
        field.apply(.moveToStart)
        shown = field.visible(width: 10)
        #expect(shown.text == "xxxxxxxxxx")
        #expect(shown.cursorColumn == 0)
    }

    @Test("a field of 100,000 characters edits and draws around the cursor")
    func long() {
        var field = TextField(text: String(repeating: "abcdefghij", count: 10_000))
        for _ in 0..<1000 {
            field.apply(.insert("k"))
            _ = field.visible(width: 70)
        }
        for _ in 0..<1000 { field.apply(.deleteBackward) }
        #expect(field.count == 100_000)
        #expect(field.visible(width: 5).text == "ghij")
    }
}
