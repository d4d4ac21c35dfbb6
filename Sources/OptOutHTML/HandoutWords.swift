import OptOutCore

/// The handout's and the receipt's own words, in one place: headings, labels and the sentences around
/// the guide's text, with the language they are in. A text with a value in it is a template whose
/// `{name}` places `fill` replaces, so a translation can move the value where its language wants it.
///
/// The words come from the catalogue in the interface language (`current`), whose code becomes the page's
/// `<html lang>`; `english` is the same in English. What the core says (a step's position, region
/// conditions, statuses, the stale-guide warning, the record's lines) comes from the core in its words.
public struct HandoutWords: Sendable, Equatable {
    /// The language of these words and of the page's prose, a BCP 47 tag: `<html lang>`.
    public var language: String

    // The top of the handout.
    /// "Guide {id} {version}, last verified {date}"
    public var guideLine: String
    /// "LinkedIn's labels are in English." (the guide's labels in English)
    public var labelsInEnglish: String
    /// LinkedIn's labels in {language}, the English in brackets.
    public var labelsInLanguage: String
    /// Which region's notes are shown: "{region}".
    public var regionShown: String
    /// Every region's notes are shown.
    public var everyRegionShown: String
    /// How to use the page on paper and on a phone.
    public var howToUse: String
    /// The label of the stale-guide warning.
    public var warningLabel: String

    // A step.
    /// Marks an optional step's title.
    public var optional: String
    public var menuPath: String
    public var directLink: String
    /// The accessible name of a link's QR code: "QR code for {url}".
    public var qrCodeName: String
    /// Beside an address that is not an https link, so it is not made one.
    public var notALink: String
    public var whatYouShouldSee: String
    public var notVerified: String
    public var stepSources: String

    // The end of the handout.
    public var caveatsHeading: String
    public var sourcesHeading: String
    /// "read {date}"
    public var sourceRead: String

    // The receipt.
    /// "{title}: summary"
    public var receiptTitle: String
    /// "Started {started}; last change {changed}"
    public var receiptTimes: String
    public var platform: String
    public var linkedInLanguage: String
    public var region: String
    public var recordHeading: String
    public var stepsHeading: String
    public var note: String
    /// "reason: {reason}"
    public var reason: String
    public var screenDiffered: String
    public var stillToDoHeading: String
    public var skippedHeading: String
    public var screensDifferedHeading: String
    /// Under the screens that differed: "Guide {id} {version}; worth reporting with optout report."
    public var screensDifferedNote: String

    /// The words in the interface language (`InterfaceLanguage.current`), through the catalogue; the
    /// page's `<html lang>` is that language's code. A computed value: asked again in each language.
    public static var current: HandoutWords {
        HandoutWords(
            language: InterfaceLanguage.current.code,
            // Translators: at the top of the printed guide and the summary page; {id} and {version} name the guide, {date} is an ISO date.
            guideLine: tr("Guide {id} {version}, last verified {date}"),
            labelsInEnglish: tr("LinkedIn's labels are shown in English."),
            // Translators: {language} is a language's name ("German"); the English in brackets follows each of LinkedIn's labels.
            labelsInLanguage: tr("LinkedIn's labels are shown in {language}, each followed by the English in brackets; \"not verified\" marks a wording only one source gives, or one the sources disagree on."),
            // Translators: {region} is a region's name as the guide's region question gives it ("European Union / EEA").
            regionShown: tr("Only the notes for one region are shown: {region}."),
            everyRegionShown: tr("The notes for every region are shown."),
            howToUse: tr("Tick each box when you have done the step. To open a link on your phone, scan its code with the phone's camera, or type the address written beside it."),
            // Translators: the label before the warning that the guide may be out of date.
            warningLabel: tr("Note", context: "warning label"),
            // Translators: in brackets after an optional step's title.
            optional: tr("optional", context: "step"),
            menuPath: tr("Menu path"),
            directLink: tr("Direct link"),
            // Translators: what a screen reader says for a link's QR code; {url} is the address.
            qrCodeName: tr("QR code for {url}"),
            notALink: tr("(not an https address, so it is not a link)"),
            whatYouShouldSee: tr("What you should see"),
            notVerified: tr("Not verified"),
            // Translators: before the ids of the sources a step rests on.
            stepSources: tr("Sources", context: "step"),
            // Translators: the heading of the things to keep in mind, at the end of the printed guide and the summary page.
            caveatsHeading: tr("Keep in mind"),
            // Translators: the heading of the list of sources at the end of the printed guide.
            sourcesHeading: tr("Sources", context: "heading"),
            // Translators: after a source, in brackets; {date} is the ISO date it was read.
            sourceRead: tr("read {date}"),
            // Translators: the summary page's title; {title} is the guide's title.
            receiptTitle: tr("{title}: summary"),
            // Translators: {started} and {changed} are times (2025-11-03 14:05).
            receiptTimes: tr("Started {started}; last change {changed}"),
            platform: tr("Platform"),
            linkedInLanguage: tr("LinkedIn language"),
            region: tr("Region"),
            // Translators: the heading of what the walkthrough recorded (the setting confirmed Off, the form sent).
            recordHeading: tr("Record"),
            stepsHeading: tr("Steps"),
            // Translators: the label before a member's note on a step.
            note: tr("Note", context: "step note"),
            // Translators: in brackets after a skipped step; {reason} is what the member typed.
            reason: tr("reason: {reason}"),
            screenDiffered: tr("Screen differed"),
            stillToDoHeading: tr("Still to do"),
            skippedHeading: tr("Skipped or left out"),
            screensDifferedHeading: tr("Screens that did not match the guide"),
            // Translators: under the screens that differed; {id} and {version} name the guide; `optout report` is a command.
            screensDifferedNote: tr("Guide {id} {version}; worth reporting with optout report."))
    }

    /// The words in English, whatever the interface language.
    public static var english: HandoutWords {
        InterfaceLanguage.$current.withValue(.english) { current }
    }

    /// A text of these words as HTML: the template escaped (words are text, whatever a translation
    /// holds), each `{name}` filled with its value escaped.
    public func html(_ template: String, _ values: [String: String] = [:]) -> String {
        Self.fill(HTMLText.escape(template), values.mapValues(HTMLText.escape))
    }

    /// A template with each `{name}` replaced by its value, put in as it is.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            out += rest[..<open]
            if let value = values[name] {
                out += value
            } else {
                out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
