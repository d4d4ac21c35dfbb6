import Foundation
import OptOutTestSupport
import Testing

@testable import OptOutCore

/// The catalogues in po/ against the sources and the program: the template holds exactly the messages
/// the sources mark (and the guide texts po/guide-steps.txt names), every PO file holds exactly the
/// template's messages, translated, with the placeholders of their English, and the generated Swift
/// holds exactly what the PO files say. CI checks the same with gettext's own tools (.ci/catalogue-check);
/// these catch drift in `swift test` too.
@Suite("Catalogue files")
struct CatalogueFilesTests {
    static let root = OptOutBinary.packageRoot
    static let languages = Catalogue.translatedLanguages

    static func template() throws -> POFile { try POFile(path: root + "/po/optout.pot") }
    static func catalogue(_ language: LinkedInLanguage) throws -> POFile { try POFile(path: root + "/po/\(language.rawValue).po") }

    typealias Message = SourceMessages.Message

    static func messages(_ file: POFile) -> [Message] {
        file.entries.map { Message(context: $0.context, msgid: $0.msgid ?? "", msgidPlural: $0.msgidPlural) }
    }

    /// The built-in guide's texts the catalogue holds: those of the parts po/guide-steps.txt names.
    static func guideMessages() throws -> Set<Message> {
        let scope = Set(
            try String(contentsOfFile: root + "/po/guide-steps.txt", encoding: .utf8).split(separator: "\n")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") })
        let guide = Guide.linkedInAITraining
        let stepPaths = guide.steps.enumerated().map { ("$.steps[\($0.offset)]", $0.element.id) }
        var messages = Set<Message>()
        for (text, path) in guide.translatableTexts {
            let part = stepPaths.first { path.hasPrefix($0.0 + ".") }?.1 ?? "guide"
            if scope.contains("*") || scope.contains(part) {
                messages.insert(Message(context: Catalogue.guideContext, msgid: text, msgidPlural: nil))
            }
        }
        return messages
    }

    @Test func theTemplateHoldsExactlyTheMessagesTheSourcesMark() throws {
        let (marked, unreadable) = try SourceMessages.read(root: Self.root)
        #expect(unreadable.isEmpty, "calls whose message is not a literal: \(unreadable)")
        #expect(!marked.isEmpty)
        let expected = marked.union(try Self.guideMessages())
        let template = Set(Self.messages(try Self.template()))
        #expect(template.subtracting(expected).isEmpty, "po/optout.pot holds messages nothing uses (run `make pot`): \(template.subtracting(expected))")
        #expect(expected.subtracting(template).isEmpty, "po/optout.pot lacks messages (run `make pot`): \(expected.subtracting(template))")
    }

    @Test(arguments: languages)
    func everyCatalogueHoldsTheTemplatesMessagesTranslated(language: LinkedInLanguage) throws {
        let file = try Self.catalogue(language)
        #expect(Self.messages(file) == Self.messages(try Self.template()), "po/\(language.rawValue).po is not merged with the template (run `make pot`)")
        for entry in file.entries {
            #expect(!entry.fuzzy, "fuzzy in po/\(language.rawValue).po: \(entry.msgid ?? "")")
            #expect(entry.translations.count == (entry.msgidPlural == nil ? 1 : 2), "\(entry.msgid ?? "")")
            #expect(entry.translations.allSatisfy { !$0.isEmpty }, "untranslated in po/\(language.rawValue).po: \(entry.msgid ?? "")")
        }
    }

    @Test(arguments: languages)
    func everyTranslationKeepsThePlaceholdersOfItsEnglish(language: LinkedInLanguage) throws {
        for entry in try Self.catalogue(language).entries {
            let english = Placeholders.names(in: entry.msgid ?? "").sorted()
            if let plural = entry.msgidPlural { #expect(Placeholders.names(in: plural).sorted() == english, "\(plural)") }
            for translation in entry.translations where !translation.isEmpty {
                #expect(
                    Placeholders.names(in: translation).sorted() == english,
                    "po/\(language.rawValue).po changes the placeholders of \"\(entry.msgid ?? "")\": \"\(translation)\"")
            }
        }
    }

    @Test(arguments: languages)
    func theHeaderNamesTheLanguageItsPluralRuleAndUTF8(language: LinkedInLanguage) throws {
        let header = try Self.catalogue(language).header
        #expect(header["Language"] == language.rawValue)
        #expect(header["Content-Type"] == "text/plain; charset=UTF-8")
        // gettext's rules: French and (Brazilian) Portuguese count 0 with 1; the others only 1 is singular.
        let expected = [LinkedInLanguage.fr, .pt].contains(language) ? "nplurals=2; plural=(n > 1);" : "nplurals=2; plural=(n != 1);"
        #expect(header["Plural-Forms"] == expected)
    }

    @Test(arguments: languages)
    func theGeneratedSwiftHoldsWhatThePOFileSays(language: LinkedInLanguage) throws {
        let file = try Self.catalogue(language)
        let fromFile = file.entries.filter { !$0.fuzzy && $0.translations.allSatisfy { !$0.isEmpty } }.map {
            CatalogueMessage(context: $0.context, msgid: $0.msgid ?? "", msgidPlural: $0.msgidPlural, translations: $0.translations)
        }
        // The generated records are sorted by context and msgid as bytes (so the file changes little).
        func key(_ message: CatalogueMessage) -> [UInt8] { Array((message.context ?? "").utf8) + [0x1F] + Array(message.msgid.utf8) }
        let generated = Catalogue.messages(in: language)
        #expect(generated.map(key) == generated.map(key).sorted { $0.lexicographicallyPrecedes($1) })
        #expect(
            generated == fromFile.sorted { key($0).lexicographicallyPrecedes(key($1)) },
            "Catalogues+Generated.swift is not current (run `make catalogues`)")
        #expect(Catalogue.pluralForms(of: language) == file.header["Plural-Forms"])
        // Every message is found, with each of its forms.
        let table = try #require(Catalogue.table(for: language))
        for message in fromFile {
            #expect(table.forms(of: message.msgid, context: message.context) == message.translations, "\(message.msgid)")
        }
        #expect(table.forms(of: "Not a message of any catalogue", context: nil) == nil)
        #expect(table.forms(of: "Quit", context: nil) == nil, "a message with a context is not found without it")
        #expect(table.forms(of: "Qui", context: "resume offer") == nil)
        #expect(table.forms(of: "Quit!", context: "resume offer") == nil)
        #expect(table.forms(of: "", context: nil) == nil)
    }

    @Test func everyLanguageButEnglishHasACatalogue() {
        #expect(Catalogue.translatedLanguages == LinkedInLanguage.allCases.filter { $0 != .en })
        #expect(Catalogue.messages(in: .en).isEmpty)
    }
}
